# unittest: assertEqual's type-specific messages with difflib diffs (as CPython's)
import unittest

class T(unittest.TestCase):
    def check(self, f, *args):
        try:
            f(*args)
        except AssertionError as e:
            print('---')
            print(e)
        else:
            print('--- passed')

t = T('check')
t.check(t.assertEqual, 'hello world\nline2\n', 'hello there\nline2\nline3\n')
t.check(t.assertEqual, 'one line', 'one lime')
t.check(t.assertEqual, [1, 2, 3, 4], [1, 2, 5, 4])
t.check(t.assertEqual, [1, 2], [1, 2, 3])
t.check(t.assertEqual, (1, 2, 3), (1,))
t.check(t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
t.check(t.assertEqual, {1, 2, 3}, {2, 3, 4})
t.check(t.assertEqual, frozenset([1]), frozenset())
t.check(t.assertEqual, [1, 2], (1, 2))
t.check(t.assertEqual, 1, 2)
t.check(t.assertListEqual, [1], (1,))
t.check(t.assertDictEqual, [], {})
t.check(t.assertMultiLineEqual, 'a', 1)
t.check(t.assertSequenceEqual, [1, 2], (1, 3))
t.check(t.assertSequenceEqual, [1, 2], (1, 2))
t.check(t.assertEqual, list(range(100)), list(range(1, 101)))
t.maxDiff = None
t.check(t.assertEqual, list(range(30)), list(range(1, 31)))
t.check(t.assertEqual, [1, 2], [1, 3], 'custom msg')
t.longMessage = False
t.check(t.assertEqual, [1, 2], [1, 3], 'custom msg')
t.longMessage = True
t.addTypeEqualityFunc(int, lambda a, b, msg=None: print('custom int compare', a, b))
t.check(t.assertEqual, 3, 4)
