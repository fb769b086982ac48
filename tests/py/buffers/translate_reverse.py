# bytes/bytearray translate (with and without a table, with deletions, the
# result's type and identity), maketrans errors, extended slices of bytes and
# bytearray (step -1 over lengths around the 8-byte blocks, other steps), and
# the reverse-complement shape of the Benchmarks Game program.
import sys

table = bytes.maketrans(b'ACGTacgt', b'TGCAtgca')
print(table[60:80], len(table), type(table).__name__)
print(bytearray.maketrans(b'ab', b'xy')[95:100])
seq = b'ACGTNacgtn\nAC GT\r' * 3
for src in (seq, bytearray(seq)):
    t = src.translate(table)
    print(type(t).__name__, t)
    t = src.translate(table, b'\n\r ')
    print(type(t).__name__, t, len(t))
    t = src.translate(None, b'ACGT')
    print(type(t).__name__, t)
    t = src.translate(None)
    print(type(t).__name__, t == src, t is src)
    print(src.translate(table, delete=b'acgt'))
    print(src.translate(None, bytearray(b'\n')), src.translate(None, memoryview(b'A')))
# identity: an exact bytes comes back as itself when nothing changes
plain = b'xyz' * 10
ident = bytes(range(256))
print(plain.translate(ident) is plain, plain.translate(None, b'q') is plain,
      plain.translate(table) is plain, plain.translate(None, b'x') is plain)
ba = bytearray(plain)
print(ba.translate(ident) is ba, ba.translate(ident) == ba)
class B(bytes):
    pass
sub = B(b'abc')
r = sub.translate(None)
print(type(r).__name__, r, r is sub)
print(b''.translate(table, b'a'), bytearray().translate(table, b'a'), bytearray().translate(None))
# everything deleted, every byte value deleted but one
print(b'aaaa'.translate(None, b'a'), bytearray(b'abab').translate(None, b'ab'))
print(bytes(range(256)).translate(None, bytes(range(1, 256))))
print(len(bytes(range(256)).translate(table, b'')))
for bad in (lambda: seq.translate(b'short'), lambda: seq.translate('x' * 256),
            lambda: seq.translate(table, 'abc'), lambda: bytearray(seq).translate(table[:10]),
            lambda: seq.translate(), lambda: seq.translate(table, b'a', b'b'),
            lambda: bytes.maketrans(b'abc', b'xy'), lambda: bytes.maketrans('a', 'b'),
            lambda: seq.translate(table, deletechars=b'x'),
            lambda: bytearray(seq).translate(3)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
# a bytearray result is a fresh object of the right size
r = bytearray(b'a\nb' * 1000).translate(None, b'\n')
print(len(r), sys.getsizeof(r) >= len(r), r[:6])

# extended slices
for n in range(0, 20):
    b = bytes(range(65, 65 + n))
    ba = bytearray(b)
    assert b[::-1] == bytes(reversed(b)), n
    assert ba[::-1] == bytearray(reversed(b)), n
    assert b[n // 2::-1] == bytes(reversed(b[:n // 2 + 1])), n
print(b'abcdefghijklmnopq'[::-1], bytearray(b'abcdefghijklmnopq')[::-1])
print(b'abcdefghijklmnopq'[::3], b'abcdefghijklmnopq'[-2::-4], b'abcdefghijklmnopq'[10:2:-3])
print(bytearray(b'abcdefghijklmnopq')[1::5], bytearray(b'abcdefghijklmnopq')[15:0:-2])
print(b'abc'[5:0:-1], b'abc'[0:5:-1], bytearray(b'abc')[::-7], b'x'[::-1], b'ab'[1:0:-1])
print(type(B(b'xy')[::-1]).__name__, type(bytearray(b'xy')[::-1]).__name__)
big = bytes(range(256)) * 40
print(big[::-1] == bytes(reversed(big)), bytearray(big)[::-1] == bytearray(reversed(big)))
print(big[7::-1], big[1000:990:-1])

# the reverse-complement shape
rev = bytes.maketrans(b'ABCDGHKMNRSTUVWYabcdghkmnrstuvwy', b'TVGHCDMKNYSAABWRTVGHCDMKNYSAABWR')
sequence = bytearray()
for line in [b'GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG\n', b'AAAAATTTTTCCC\n'] * 5:
    sequence += line
t = sequence.translate(rev, b'\n\r ')
output = bytearray()
trailing = len(t) % 60
if trailing:
    output += b'\n' + t[:trailing]
for i in range(trailing, len(t), 60):
    output += b'\n' + t[i:i + 60]
print(bytes(output[::-1]))
