print(True, False, repr(True), str(False))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 1, type(True & 1).__name__, True + True, type(True + True).__name__)
print(True // True, True / True, True ** 2, True - False, True * 3.5)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(''), bool('a'), bool([]), bool([0]))
print(bool(2 ** 100), bool(2 ** 100 & 2 ** 99))
print(int(True), float(False), -True, ~True, abs(True), hash(True), hash(False))
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0, True is True)
print(True > False, max(True, 2), sum([True, True, False]))
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError', e)
print(format(True, ''), format(True, 'd'), format(True, '>6'), f'{False!r:>6}')
print({True: 'a', 1: 'b'})
