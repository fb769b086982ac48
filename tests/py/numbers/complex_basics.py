import sys, math
n=float('nan');i=float('inf')
for z in [complex(1,-n), complex(-n,1), complex(0,-0.0), -0j, complex(-0.0,0), complex(i,-i), 1e16j, 1.5+2.25j, 1e-5j, 123456789012345678j, 1J, 2.5J, 01j, 1_0j, 0xa if 0 else 1e3j]: print(repr(z), str(z))
for s in ['', '10', '<12', '.2', '.2f', 'e', '+g', ' .3', '^20.1f', 'n', '#g', '*>15.3e', ',', 'z.1f', '-^12']:
  print(repr(format(1.5-2j, s)), repr(format(0j, s)), repr(format(2j, s)), repr(format(complex(-0.0,-0.0), s)))
print(f"{3+4j:>20}|{1e10j:,.2f}")
for e in ['1j//1','1j%1','divmod(1j,1)','1j<2j','int(1j)','float(1j)','0j**-1','1/0j','abs(complex(1e308,1e308))','(1e200j)**100', 'format(1j,\"%\")', 'format(1j,\"=10\")','format(1j,\"010\")','format(1j,\"x\")', 'complex(\"1\",2)','complex(1,\"2\")','complex(\"x\")','complex([])','complex(1,[])', 'round(1j)', 'math.floor(1j)', 'hash(1j)', 'hash(complex(2,0)) == hash(2) == hash(2.0)', 'hash(complex(2.5,0)) == hash(2.5)', 'complex(\" (1+2j) \")','complex(\"1_0j\")','complex(\"-j\")','complex(\"+1.5e3-inFj\")','complex(\"(1\")','complex(\"1 + 2j\")', 'complex(\"nanj\")', 'complex(\"1__0\")', 'complex(\"j\")', 'complex(\"1e5\")','complex(\"infinityj\")', 'sys.getsizeof(1j)', '(1+2j)**2', '(1+2j)**0.5','2**(1j)', '(1+1j)**(2+3j)','1j**1j','0j**0j','0j**1j', '(1j).__complex__()','pow(1j,2,3)', '(1+2j)*3', '3-(1+2j)', '(1+2j)/(3-4j)', '1/(1+1j)', '2.5*(1-1j)', 'True+1j', '1j == 1j', '(1+0j) == 1', '(1+0j) == 1.0', '1j != 1j', '(2**53+1)+0j == 2**53+1', 'complex(2**53+1) == 2**53+1', 'abs(3+4j)', '(3+4j).conjugate()', '(3+4j).real', '(3+4j).imag', 'complex(1+2j, 3+4j)', 'complex(imag=2)', 'complex(real=3, imag=1j)', 'complex()', 'complex(1.5)', 'complex(10**400)', '(1+2j).__getnewargs__()', 'bool(0j)', 'bool(1e-300j)', '-(1+2j)', '+(1+2j)', 'sum([1j, 2, 3.5])', 'type(1j).__name__', '[1j, 2j] == [1j, 2j]', '{1+0j: 1}[1]', 'complex(\"  3.5  \")', 'isinstance(1j, complex)', '1j ** 2', '(1+1j) ** -2', '(2+0j) ** 101', '1e308j * 10', 'complex(b\"1\")', '1j.real' if False else '(1j).imag']:
  try: print(e, '->', repr(eval(e)))
  except Exception as x: print(e, '!', type(x).__name__, x)
class C:
    def __complex__(self): return 3+4j
class B:
    def __complex__(self): return 1
class F:
    def __float__(self): return 2.5
class S(complex): pass
print(complex(C()), complex(F()), complex(F(), F()), repr(S(1, 2)), type(S(1,2)).__name__, S(1,2) + 1)
try: complex(B())
except TypeError as e: print(e)
x = 1j; x += 2; x *= 1-1j; x **= 2; print(x)
print(sorted(set([1+0j, 1, 1.0, 2j])))  if False else print(len({1+0j, 1, 1.0, 2j}))
