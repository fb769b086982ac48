import cmath, math
vals = [0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2.5+3j, 3-4j, 1e-310+1e-310j, 1e300+1e300j, -1e308j, 2+0j, complex(0.0,-0.0), complex(-0.0, 0.0)]
fs = ['acos','acosh','asin','asinh','atan','atanh','cos','cosh','exp','log','log10','sin','sinh','sqrt','tan','tanh','phase','polar','isfinite','isinf','isnan']
for f in fs:
    out = []
    for v in vals:
        try: out.append(repr(getattr(cmath, f)(v)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(f, ' '.join(out))
inf, nan = float('inf'), float('nan')
sp = [complex(inf, 0), complex(-inf, 1), complex(1, inf), complex(nan, 1), complex(inf, nan), complex(0, nan), complex(inf, inf), complex(-inf,-inf), complex(nan,nan)]
for f in fs:
    out = []
    for v in sp:
        try: out.append(repr(getattr(cmath, f)(v)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(f, ' '.join(out))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(100), cmath.log(2+3j, 10))
for a in [(1, 0.5), (2, 0), (0, 1), (-1, math.pi), (inf, 1), (inf, 0), (1, inf), (nan, 1)]:
    try: print(cmath.rect(*a))
    except Exception as e: print(type(e).__name__, e)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for bad in ['cmath.sqrt("x")', 'cmath.log(0)', 'cmath.exp(1000)', 'cmath.cosh(1000)', 'cmath.atanh(1)', 'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.log(1, 0)', 'cmath.sqrt()', 'cmath.log(1,2,3)', 'cmath.polar(complex(1e308, 1e308))']:
    try: print(eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
