# format() and f-strings with ints and floats
specs = ['', 'd', ',', '_', '010', '010,', '08,', '06,', '07,', '+', ' ', '-', '=+08', 'x<8', '*^9', '#x', '#X',
         '#o', '#b', 'x', 'b', 'o', '#010b', '_x', '_b', '07_x', 'e', '.2e', 'E', 'f', '.3f', 'g', 'G', '%', '.1%',
         'n', '>10', '<10', '^10', '0=10,', 'x=10,', '<05', '*<05', 'c']
for s in specs:
    out = []
    for v in (0, 7, 65, -42, 1234, 1234567, 2 ** 70, -(2 ** 70)):
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(s), out)
fspecs = ['', '.3', '.0', '.1', '.2', '.17', '#', '#.0', 'e', '.2e', '#.0e', 'E', 'f', '.0f', '#.0f', '.2f', ',.2f',
          '_.3f', 'g', '#g', '.3g', 'G', '%', '.1%', ',', '_', '010', '+010', '08.3e', '010n', '+08,.2f', '010.2%',
          ' 08,', 'x<10', '^12.4', '=+12,.1f', '.2n', 'n']
for s in fspecs:
    out = []
    for v in (0.0, -0.0, 1.0, 1.5, -1.5, 12.0, 0.1, 100.0, 1234.5, 123456.789, 1e-5, 1e16, 1e20, 2.5e-5,
              float('inf'), float('-inf'), float('nan')):
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(s), out)
for s in [',x', ',b', ',c', '#c', '+c', '.2d', ',n', '_n', 's', ',s']:
    for v in (1234, 1234.5):
        try:
            print(s, v, format(v, s))
        except Exception as e:
            print(s, v, type(e).__name__, e)
x, y, name = 3.14159, 2 ** 40, 'pi'
print(f'{name}={x:.2f} {y:,} {y:_x} {x:10.3e} {-x:+.1f} {x:>8.1%} {y!r} {x!s}')
print(f'{12:04d}|{12:<4}|{12:^6}|{12:>+5}|{-12:=6}|{255:#06x}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}')
print('{:,.2f} {:e} {:08.3f} {:g} {:g} {:g}'.format(1234567.891, 0.000123, -3.14159, 1e-5, 123456789.0, 1e100))
print('%d %5.2f %x %e %g %s %r' % (42, 3.14159, 255, 12345.678, 0.0001, 1.5, 2.0))
