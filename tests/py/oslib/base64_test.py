# base64 and binascii
import base64, binascii
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xff\xfe\xfd']:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
    print(base64.b32decode(base64.b32encode(data)) == data, base64.b16decode(base64.b16encode(data)) == data,
          base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data, base64.b32hexencode(data))
print(base64.b64decode('Zm9v'), base64.b64decode(b'Zm9v\nYmFy'), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.standard_b64encode(b'x'), base64.standard_b64decode(b'eA=='), base64.b16decode('ff', casefold=True))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
for bad in ['Zm9', 'Zm9vY', 'Z', b'ab=c']:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print('Error', e, isinstance(e, ValueError))
for bad in ['Zm9v!', 'Zm=9v']:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print('Error', e)
for f, a in [(base64.b32decode, 'AB'), (base64.b32decode, 'A1======'), (base64.b16decode, 'zz'), (base64.b64decode, 'é')]:
    try:
        f(a)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    base64.b64encode('text')
except TypeError as e:
    print(e)
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'), binascii.crc32(b'hello world'), binascii.crc32(b''), binascii.crc32(b'a', 5))
print(binascii.b2a_base64(b'hi'), binascii.a2b_base64(b'aGk='), binascii.hexlify(b'abc', '-'))
try:
    binascii.unhexlify('abc')
except binascii.Error as e:
    print(e)
