# unittest discovery (what `pym -m unittest` runs): packages, patterns, failed imports
import unittest, tempfile, os, io, sys

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'pkgz', 'sub'))
    os.makedirs(os.path.join(d, 'notpkg'))
    files = {
        'test_alpha_z.py': 'import unittest\nclass A(unittest.TestCase):\n    def test_1(self): pass\n    def test_2(self): self.assertEqual(1, 2)\n',
        'pkgz/__init__.py': '',
        'pkgz/sub/__init__.py': '',
        'pkgz/test_beta_z.py': 'import unittest\nclass B(unittest.TestCase):\n    def test_b(self): pass\n',
        'pkgz/sub/test_gamma_z.py': 'import unittest\nclass C(unittest.TestCase):\n    def test_c(self): pass\n',
        'notpkg/test_hidden_z.py': 'import unittest\nclass H(unittest.TestCase):\n    def test_h(self): pass\n',
        'test_broken_z.py': 'import no_such_module_zz\n',
        'other_z.py': 'import unittest\nclass O(unittest.TestCase):\n    def test_o(self): pass\n',
        'check_delta_z.py': 'import unittest\nclass D(unittest.TestCase):\n    def test_d(self): pass\n',
    }
    for name, text in files.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
    loader = unittest.TestLoader()
    suite = loader.discover(d)

    def ids(s):
        out = []
        for t in s:
            if isinstance(t, unittest.TestSuite):
                out.extend(ids(t))
            else:
                out.append(t.id())
        return out
    print(suite.countTestCases(), ids(suite))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
    print([t.id() for t, _ in result.errors], 'No module named' in result.errors[0][1])
    print(ids(loader.discover(d, pattern='check_*.py')))
    print(ids(loader.discover(os.path.join(d, 'pkgz'), top_level_dir=d)))
    try:
        loader.discover(os.path.join(d, 'nope'))
    except ImportError as e:
        print('ImportError', str(e).startswith('Start directory is not importable'))
    print(ids(loader.loadTestsFromName('pkgz.sub.test_gamma_z.C.test_c')))
    print(ids(loader.loadTestsFromNames(['pkgz.test_beta_z', 'test_alpha_z.A'])))
    for m in [k for k in sys.modules if k.endswith('_z') or k.startswith('pkgz')]:
        del sys.modules[m]
    sys.path.remove(d)
