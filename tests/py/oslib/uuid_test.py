# uuid: UUID forms and fields, uuid3/uuid5 (hash-based, deterministic), uuid1/uuid4 shapes, errors
import uuid
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.node, u.clock_seq, u.time)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID('urn:uuid:12345678123456781234567812345678') == u, hash(u) == hash(uuid.UUID(int=u.int)), int(u) == u.int)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'), uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3'), uuid.NAMESPACE_X500)
a = uuid.uuid4()
print(a.version, a.variant, len(str(a)), a != uuid.uuid4())
b = uuid.uuid1()
print(b.version, b.variant, b.node == uuid.getnode(), uuid.uuid1(node=5, clock_seq=7).clock_seq, uuid.uuid1(node=5).node)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=0) == 0)
print(uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
for kw in [{}, {'hex': 'zz'}, {'hex': '123'}, {'bytes': b'short'}, {'int': -1}, {'int': 1, 'version': 9}, {'fields': (1, 2, 3)}, {'fields': (1 << 32, 0, 0, 0, 0, 0)}]:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(e)
print(uuid.SafeUUID.unknown, u.is_safe)
