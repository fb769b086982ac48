import unittest
import sys


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        text = "".join(self.parts)
        self.parts = []
        # the run time differs from run to run
        out = []
        for line in text.split("\n"):
            if line.startswith("Ran ") and " in " in line:
                line = line[:line.index(" in ")] + " in T"
            # CPython 3.11 underlines expressions with ^ and ~; pym does not
            if line.strip() and set(line.strip()) <= set("^~"):
                continue
            out.append(line)
        return "\n".join(out)


class Calc(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.value = 10
        self.log.append("setUp " + self._testMethodName)

    def tearDown(self):
        self.log.append("tearDown")

    def test_add(self):
        """Adding works."""
        self.assertEqual(self.value + 5, 15)
        self.assertTrue(True)
        self.assertFalse(0)
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn(4, [1, 2, 3])
        self.assertIs(None, None)
        self.assertIsNone(None)
        self.assertIsNotNone(1)
        self.assertIsInstance(1, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertNotEqual(1, 2)

    def test_fail_equal(self):
        self.assertEqual(self.value, 11)

    def test_fail_msg(self):
        self.assertTrue(0, "zero is falsy")

    def test_error(self):
        {}["missing"]

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
        self.assertRaises(ValueError, int, "x")
        with self.assertRaises(KeyError):
            pass

    @unittest.skip("not today")
    def test_skipped(self):
        self.fail("never")

    @unittest.skipIf(sys.maxsize > 0, "always skipped")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "not skipped")
    def test_skip_unless(self):
        self.skipTest("skipped inside")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_more_failures(self):
        self.assertIn(5, [1, 2])


class Other(unittest.TestCase):
    def test_one(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)

    def test_two(self):
        self.assertGreater(1, 2, msg="custom")

    def test_three(self):
        self.assertIsNone(5)

    def test_four(self):
        self.assertIs([], None)

    def test_five(self):
        self.assertNotEqual(1, 1)

    def test_six(self):
        with self.assertRaises(ValueError):
            raise TypeError("wrong type")


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Calc))
suite = loader.loadTestsFromTestCase(Calc)
print(suite.countTestCases(), str(Calc("test_add")), repr(Calc("test_add")), Calc("test_add").id(),
      Calc("test_add").shortDescription())
stream = Stream()
result = unittest.TextTestRunner(stream=stream, verbosity=1).run(suite)
print(stream.text())
print(result, result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(Calc.log[:4], Calc.log[-1])

result = unittest.TextTestRunner(stream=stream, verbosity=2).run(loader.loadTestsFromTestCase(Other))
print(stream.text())

ok = unittest.TestSuite([Calc("test_add"), Calc("test_raises")])
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(ok)
print(stream.text())
print(res.wasSuccessful())
try:
    Calc("test_nope")
except ValueError as e:
    print("ValueError:", e)


def plain():
    assert 1 + 1 == 2


ft = unittest.FunctionTestCase(plain)
print(str(ft), unittest.TextTestRunner(stream=stream).run(unittest.TestSuite([ft])).wasSuccessful())
print(stream.text())


class Main(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1, 1)


sys.stderr = stream
try:
    unittest.main(argv=["prog"], defaultTest="Main")
except SystemExit as e:
    sys.stderr = sys.__stderr__
    print("exit code", e.code)
print(stream.text())
