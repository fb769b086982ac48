# Compiling a long chain of operators (x+x+...+x, 2 800 deep) costs time
# linear in its length: each operator's constant-folding check must not walk
# the whole chain below it again.  Also what folds still folds.
import time


big = '+'.join(['x'] * 2800)
t0 = time.perf_counter()
for _ in range(10):
    compile(big, '<chain>', 'eval')
# CPython takes about 0.15 s, pym 0.06 s; n*n walks took pym 0.9 s
print('fast', time.perf_counter() - t0 < 0.5)
x = 3
print(eval(big), eval('+'.join(['1'] * 2000) + '+x'), eval('x+' + '+'.join(['2'] * 1000)))
code = compile('+'.join(['1'] * 500) + '*x', '<c>', 'eval')
print(500 in code.co_consts, eval(code))
code = compile('-(2**8)+' + '+'.join(['x'] * 100), '<c>', 'eval')
print(-256 in code.co_consts, eval(code))
