# lexer probes
x = (1 +
     2)
y = 1 + \
    2
print(x, y)
print(0x_ff, 0o_17, 0b_1010, 1_000_000, 0XFF, 0O17, 0B11)
print(1e10, 1E-5, 1.5e+3, 1_0.5_5e1_0, .5, 5., 0.0, 1e16, 1e+16, 123456789012345678.0)
print(00, 0_0)
print('a\tb\\c\'d\"e', "\x41\101\u00e9\U0001F600" if False else "\x41\101\u00e9")
print(r'\n\t', R"\d", rb'\x00', Rb"ab", BR'x', b'\x00\xff'.hex())
print('''tri
ple''', """dq
"quoted" """, len("""a\
b"""))
print('adj' "acent" 'strings')
print(f'{1+2}', F"{'x'!r}", f'{"a"!s:>5}', f'{3.14159:.{2}f}', f'{{}}', f'{{{1}}}')
w = 10; p = 3
print(f'{3.14159:{w}.{p}f}|', f'{"é"!a}', f'{[1,2][0]}', f"{ {'a':1}['a'] }")
print(f'{x=}', f'{x = }', f'{x=!r:>6}')
print(f'''{
x
}''')
name = "World"
print(f"Hello, {name.upper()}!", f"{name!r:^12}", f"{len(name):03d}")
print(rf'\n{x}', fr"{x}\t", Rf'{y}')
print('\a\b\f\v\0'.encode(), '\777' if False else '\77')
café = 3
print(café, "ünïcödé", len("日本語"))
print(f"{'nested {braces}'}", f"{'a' if x else 'b'}", f"{(lambda: 5)()}")
print(f"{1:{'>'}{10}}")
print(0.1+0.2, 1/3, 2/3, 1e-7, 1.0e-5, 123e-20, 1e22, 1e21, 1e15, 12345678901234567890.0)
print(10**20, -2**63, 2**64 - 1, 0xDEAD_BEEF)
if True:
	print("tab indent")
if x:  # comment
    pass  # comment
    # comment at odd indent
  # another
    print("after comments")
print(1 if x else 2 \
   , 3)
s = 'line1\
line2'
print(s)
