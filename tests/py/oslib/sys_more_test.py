# sys: hash_info, float_repr_style and friends scripts read
import sys
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, h.hash_bits, h.cutoff, len(h))
print(hash(float('inf')) == h.inf, hash(2**61 - 1) == 0, hash(h.modulus + 5) == 5, hash(1j) == h.imag)
print(sys.float_repr_style, sys.platform, sys.byteorder, sys.maxunicode, sys.getdefaultencoding())
print(sys.float_info.mant_dig, sys.float_info.epsilon, sys.int_info.bits_per_digit > 0)
print(type(sys.flags).__name__, sys.intern('ab' + 'c') is sys.intern('abc'))
try:
    raise KeyError('k')
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
