x = b' Hello World '
for m in ['title', 'swapcase', 'capitalize', 'isascii', 'istitle', 'splitlines', 'expandtabs']:
    print(m, repr(getattr(x, m)()))
print(x.partition(b'o'), x.rpartition(b'o'), x.partition(b'z'), x.rpartition(b'z'), x.center(20, b'*'), x.ljust(16), x.rjust(16, b'-'), b'-42'.zfill(6), b'+7'.zfill(4), b'abc'.zfill(2))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(keepends=True), b''.splitlines(), b'x'.center(4), b'x'.center(5, b'.'))
t = bytes.maketrans(b'abc', b'ABC'); print(len(t), t[97:100], b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), b'hello'.translate(t, delete=b'h'))
print(b'prefix-x'.removeprefix(b'prefix-'), b'x.py'.removesuffix(b'.py'), b'abc'.removeprefix(b'zz'), b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(tabsize=2), b'ABC'.istitle(), b'Abc Def'.istitle(), b'\xff'.isascii())
print(bytes(bytearray(b'xy')), b'abc'.__bytes__(), b'ab' + bytearray(b'cd'), bytearray(b'c') in b'abc', b'abc'.find(bytearray(b'c')), b'-'.join([bytearray(b'1'), memoryview(b'2')]))
for e in ['bytes.maketrans(b"ab", b"a")', 'b"x".translate(b"short")', 'b"x".partition("x")', 'b"x".center(3, "x")', 'b"x".zfill("3")', 'b"x".partition(b"")']:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '!', type(ex).__name__, ex)
