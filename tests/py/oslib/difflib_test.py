# difflib: SequenceMatcher, get_close_matches, ndiff, unified/context diffs, restore
import difflib
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes(), s.find_longest_match(0, 29, 0, 38))
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.get_matching_blocks())
a = list(range(300)) + [1] * 10
b = [1] * 300
print(difflib.SequenceMatcher(None, a, b).ratio(), difflib.SequenceMatcher(None, a, b, autojunk=False).ratio())
s = difflib.SequenceMatcher(None, 'qabxcd', 'abycdf')
for g in s.get_grouped_opcodes(1):
    print(g)
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'whale', 'wheat', 'hello', 'wheel'], n=2, cutoff=0.5))
for kw in [dict(n=0), dict(cutoff=2)]:
    try:
        difflib.get_close_matches('x', ['y'], **kw)
    except ValueError as e:
        print(e)
a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n'.splitlines(keepends=True)
b = 'zero\none\ntree\nfour\nfive\nsix\nseven\nnine\n'.splitlines(keepends=True)
print(''.join(difflib.unified_diff(a, b, 'before.txt', 'after.txt')), end='')
print(''.join(difflib.unified_diff(a, b, n=1, fromfiledate='d1', tofiledate='d2')), end='')
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
print(''.join(difflib.context_diff(a, b, 'a', 'b')), end='')
d = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(d), end='')
print(''.join(difflib.restore(d, 1)), end='')
print(''.join(difflib.restore(d, 2)), end='')
print(list(difflib.Differ().compare(['abcdefg\n', 'same\n'], ['abXdefg\n', 'same\n', 'new\n'])))
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print(e)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print(e)
print(difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x'), difflib.IS_CHARACTER_JUNK(' '), difflib.Match(1, 2, 3))
