T = '/tmp/pym_mode_test.bin'
open(T, 'wb').close()
for m in ['rb', 'wb', 'ab', 'r+b', 'w+b', 'a+b', 'rb+', 'br', 'r', 'w+', 'a']:
    f = open(T, m)
    print(m, f.mode, type(f).__name__)
    f.close()
f = open(T, 'r+b', buffering=0); print(repr(f).replace('/tmp/', '')); f.close()
