# locale: the C, POSIX and C.UTF-8 locales; setlocale, conventions, formatting.
import os
os.environ['LC_ALL'] = 'C.UTF-8'
import locale as L

print(L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES, L.LC_ALL, L.CHAR_MAX)
print(L.setlocale(L.LC_ALL, None))
print(L.setlocale(L.LC_CTYPE, None), L.setlocale(L.LC_TIME))
print(L.getlocale(), L.getencoding(), L.getpreferredencoding(False))
print(L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_ALL), L.getlocale(), L.getencoding())
print(L.nl_langinfo(L.CODESET))
print(L.setlocale(L.LC_TIME, 'POSIX'), L.setlocale(L.LC_TIME))
saved = L.setlocale(L.LC_ALL)
print(saved)
print(L.setlocale(L.LC_ALL, saved), L.setlocale(L.LC_ALL, ''), L.setlocale(L.LC_NUMERIC))
print(L.setlocale(L.LC_ALL, ('C', None)), L.setlocale(L.LC_ALL, 'C.UTF-8'))
for bad in [lambda: L.setlocale(L.LC_ALL, 'xx_YY'), lambda: L.setlocale(99, 'C'),
            lambda: L.setlocale(L.LC_ALL, 5), lambda: L.nl_langinfo(12345678),
            lambda: L.currency(1.5), lambda: L.getlocale(L.LC_ALL) if ';' in L.setlocale(L.LC_ALL) else L.getlocale(99)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(L.localeconv())
for name in ['CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR',
             'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ALT_DIGITS']:
    print(name, getattr(L, name), repr(L.nl_langinfo(getattr(L, name))))
print([L.nl_langinfo(getattr(L, 'DAY_%d' % i)) for i in range(1, 8)])
print([L.nl_langinfo(getattr(L, 'ABMON_%d' % i)) for i in range(1, 13)])

print(L.format_string('%d items, %.2f %s %%', (1234567, 1234.5, 'x'), grouping=True))
print(L.format_string('%(a)s-%(b)05.1f', {'a': 1, 'b': 2.25}))
print(repr(L.format_string('%5d|%-8.3f|%*d', (42, 2.5, 6, 7))))
print(L.format_string('%s', 1.0), L.format_string('%d', 3), L.format_string('%e', 12345.678, monetary=True))
try:
    L.format_string('%d %d', (1,))
except IndexError as e:
    print("IndexError", e)
print(L.str(3.14159265358979), L.str(1e20), L.atof('1.5'), L.atof('2', int), L.atoi('42'))
print(L.delocalize('1,234.5'), L.localize('1234.5', True), L.localize('7'))
print(L.strcoll('a', 'b'), L.strcoll('b', 'a'), L.strcoll('é', 'é'), L.strxfrm('abc'))
print(sorted(['b', 'A', 'a', 'é'], key=L.strxfrm))
for bad in [lambda: L.strcoll(1, 'a'), lambda: L.strxfrm(b'x')]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for n in ['C', 'POSIX', 'c.utf8', 'C.UTF-8', 'en_US', 'en_US.utf8', 'de_DE.UTF-8', 'fr_FR@euro', 'xx']:
    print(n, '->', L.normalize(n))
print(issubclass(L.Error, Exception), L.Error.__name__)
