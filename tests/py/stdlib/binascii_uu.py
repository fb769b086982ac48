# binascii.b2a_uu / a2b_uu: lines, backtick, errors, round trips.
import binascii as b
print(b.b2a_uu(b''), b.b2a_uu(b'abc'), b.b2a_uu(b'abc', backtick=True), b.b2a_uu(b'\x00'*45), b.b2a_uu(b'\x00', backtick=True))
print(b.a2b_uu(b'#86)C\n'), b.a2b_uu(b''), b.a2b_uu(b'\n'), b.a2b_uu(b'#86)C'), b.a2b_uu('#86)C'), b.a2b_uu(b'!````'), b.a2b_uu(b' '), b.a2b_uu(b'\`'))
for x in [b'a'*46, b'#86', b'#8!!!!!!', b'!\x1f']:
  try: print(b.a2b_uu(x))
  except Exception as e: print(type(e).__name__, e)
for x in [b'a'*46, 'abc']:
  try: b.b2a_uu(x)
  except Exception as e: print(type(e).__name__, e)
import random
random.seed(5)
for n in range(46):
    d = bytes(random.randrange(256) for _ in range(n))
    for bt in (False, True):
        assert b.a2b_uu(b.b2a_uu(d, backtick=bt)) == d
print(b.b2a_uu(bytes(range(45))))
