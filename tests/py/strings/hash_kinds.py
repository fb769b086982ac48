# Equal text hashes equal whatever its kind (ASCII, Latin-1, UCS-2, UCS-4),
# whether or not its UTF-8 form was cached, and str and bytes of the same
# ASCII text hash alike; lengths around the 8-byte words and the 256-byte
# encoding buffer of the non-ASCII path.
for base in ['a', 'é', '日本', '😀a', 'aé']:
    for n in list(range(0, 20)) + list(range(20, 400, 7)):
        a = base * n + 'z'
        b = ''.join([base] * n) + 'z'
        a.split('q'); a.upper()
        c = (base * n + 'z').encode().decode()
        assert hash(a) == hash(b) == hash(c), (base, n)
        if a.isascii():
            assert hash(a) == hash(a.encode()), n
print(hash(''), hash(b''))
d = {('k%d' % i): i for i in range(1000)}
print(all(d['k%d' % i] == i for i in range(1000)))
print(len({hash(str(i)) for i in range(10000)}))
print('ok')
