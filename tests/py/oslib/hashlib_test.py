# hashlib: md5, sha1, sha224, sha256, sha512 digests (C), update/copy, errors
import hashlib, io
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha512']:
    for data in [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 119, b'a' * 1000, bytes(range(256))]:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest())
    h = getattr(hashlib, name)()
    print(h.name, h.digest_size, h.block_size, type(h).__name__)
    h.update(b'hello ')
    c = h.copy()
    h.update(b'world')
    print(h.hexdigest() == getattr(hashlib, name)(b'hello world').hexdigest(), c.hexdigest() == hashlib.new(name, b'hello ').hexdigest())
    print(h.digest() == bytes.fromhex(h.hexdigest()), len(h.digest()))
print(hashlib.md5(bytearray(b'xyz')).hexdigest(), hashlib.sha256(memoryview(b'xyz')).hexdigest())
print(hashlib.sha1(string=b'kw').hexdigest(), hashlib.md5(b'x', usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
print(hashlib.file_digest(io.BytesIO(b'file data'), 'sha256').hexdigest())
for f in [lambda: hashlib.md5('str'), lambda: hashlib.new('nope'), lambda: hashlib.sha1(3), lambda: hashlib.md5().update('s')]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
