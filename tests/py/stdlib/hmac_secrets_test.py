# hmac (RFC 2104/4231 vectors, copy, update, names, errors, compare_digest)
# and secrets (shapes and ranges of the random values, errors).
import hashlib
import hmac
import secrets
import string

# RFC 4231 test case 2 and RFC 2202 cases.
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha512").hexdigest())
print(hmac.new(b"\x0b" * 20, b"Hi There", "md5").hexdigest(), hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha1).hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha256").hexdigest())
print(hmac.new(bytearray(b"key"), digestmod=hashlib.sha224).hexdigest())
print(hmac.digest(b"key", b"msg", "sha256").hex())
h = hmac.new(b"key", digestmod="sha256")
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest(), h.digest() == hmac.new(b"key", b"part one, part two", "sha256").digest())
print(h.name, h.digest_size, h.block_size, c.name, hmac.HMAC(b"k", digestmod=hashlib.md5).name)
print(hmac.new(b"k", b"", hashlib.sha512).block_size, hmac.digest_size)
for bad in [lambda: hmac.new("str key", digestmod="sha256"), lambda: hmac.new(b"k"),
            lambda: hmac.new(b"k", b"m", None), lambda: hmac.new(b"k", "text", "sha256")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"abc", b"ab"),
      hmac.compare_digest("abc", "abc"), hmac.compare_digest(bytearray(b"x"), b"x"), hmac.compare_digest(b"", b""))
for a, b in [("abc", b"abc"), ("é", "é"), (1, 2), (b"a", "a")]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)

t = secrets.token_bytes()
print(type(t).__name__, len(t), len(secrets.token_bytes(5)), len(secrets.token_bytes(0)))
hx = secrets.token_hex(16)
print(len(hx), all(ch in string.hexdigits for ch in hx), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), all(ch in string.ascii_letters + string.digits + '-_' for ch in u), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), len({secrets.randbelow(3) for _ in range(200)}))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0))
print(secrets.choice("x"), secrets.choice([4, 4, 4]), secrets.choice("abc") in "abc")
print(secrets.compare_digest is hmac.compare_digest, isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    secrets.choice([])
except IndexError as e:
    print("IndexError:", e)
