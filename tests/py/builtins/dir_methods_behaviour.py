import sys
def t(e):
    try: r = eval(e); print(e, '->', repr(r))
    except Exception as ex: print(e, '!', type(ex).__name__, ex)
for e in ['(255).bit_count()', '(-7).bit_count()', '(1024).to_bytes(2, "big")', '(1024).to_bytes(2, byteorder="little")', '(-1).to_bytes(2, "big", signed=True)', '(300).to_bytes(1, "big")',
          'int.from_bytes(b"\\x01\\x00", "big")', 'int.from_bytes(b"\\xff\\xff", "little", signed=True)', 'int.from_bytes([1, 2], "big")', '(10).as_integer_ratio()', '(0.75).as_integer_ratio()', 'True.as_integer_ratio()',
          '(3.5).hex()', 'float.fromhex("0x1.8p1")', '(1.0).is_integer()', '(5).is_integer()' if sys.version_info >= (3, 12) else '(5).__trunc__()', '(5).__floor__()', '(5).__ceil__()', '(5).__round__(-1)', '(7).conjugate()', '(7).numerator', '(7).denominator', '(7).real', '(7).imag',
          '"ß".casefold()', '"a\\tb".expandtabs(4)', '"Hello".swapcase()', '"abc".zfill(5)', '"a,b".partition(",")', '"ab".isascii()', '"x".isidentifier()', '"²".isdecimal()', '"²".isdigit()', '"½".isnumeric()', '"ab\\n".isprintable()', '"a b".title()', '"{0}".format_map({"0": 1}) if False else "{x}".format_map({"x": 1})',
          'str.maketrans("ab", "xy")', '"abc".translate(str.maketrans("ab", "xy", "c"))', '"abc".removeprefix("a")', '"a\\nb".splitlines(True)', '"abc".center(7, "*")', '"abc".rjust(5)', '"abc".ljust(5, "-")',
          'dict.fromkeys("ab", 0)', '{1: 2} | {3: 4}', 'list(reversed({1: 2, 3: 4}))', 'list(reversed({1: 2}.keys()))', 'list(reversed({1: 2}.values()))', 'list(reversed({1: 2}.items()))', 'd = None',
          '[].__sizeof__()', '[1,2,3].__sizeof__()', '().__sizeof__()', '{}.__sizeof__()', 'set().__sizeof__()', '"abc".__sizeof__()', 'b"abc".__sizeof__()', '(1).__sizeof__()', '(1.5).__sizeof__()', 'range(3).__sizeof__()', 'bytearray(b"ab").__sizeof__()', 'object().__sizeof__()', '(1j).__sizeof__()', 'memoryview(b"").__sizeof__()',
          '(5).__getnewargs__()', '"ab".__getnewargs__()', 'b"ab".__getnewargs__()', '(1.5).__getnewargs__()', '(1+2j).__getnewargs__()',
          'format(1234.5, ",.1f")', '(255).__format__("x")', '"ab".__format__(">4")', 'type(object().__format__("")).__name__', 'list.__reversed__([1, 2]).__class__.__name__', 'list(range(5).__reversed__())',
          'range(10).count(3)', 'range(10).index(3)', 'range(0, 10, 2)[::2]', 'slice(1, 10, 2).indices(5)', '(1, 2, 1).count(1)', '(1, 2).index(2)', '[3, 1].copy()', 'frozenset({1}).isdisjoint({2})', '{1, 2}.issubset({1, 2, 3})', '{1}.symmetric_difference({2})',
          '{1: 2}.setdefault(3, 4)', '{1: 2}.popitem()', 'sorted({1, 2} ^ {2, 3})', 'type.__prepare__("A", ())', 'type.mro(bool)', 'int.__subclasses__()[:1]', 'BaseException("a").with_traceback(None).args', 'BaseException("x").__cause__', 'BaseException().__suppress_context__', 'BaseException().__context__', 'BaseException().__traceback__',
          'slice(1, 2).start', 'range(5).start', 'range(1, 5, 2).stop', 'range(1,5,2).step', 'hash(range(3)) == hash(range(0, 3))', 'range(3) == range(0, 3, 1)', '(1).__index__()', 'True.__and__(False)', 'True.__or__(1)', '(5).__rtruediv__(10)', '(5).__rpow__(2)', '(2).__pow__(3, 5)', '(7).__divmod__(2)', '(7).__rdivmod__(2)', '(5.5).__rdivmod__(2)', '(5).__abs__()', '(5).__invert__()', '(5).__bool__()', '(2.5).__trunc__()', '(2.5).__int__()', '(2).__float__()']:
    t(e)
print(sorted(dir(int))[:3])
