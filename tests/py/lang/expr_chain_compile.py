# A long chain of operators (x+x+...+x, 2 800 deep) compiles and runs, and
# what folds still folds.  Its cost (linear: each operator's constant-folding
# check must not walk the chain below it again) is measured by
# bench/cliffs.py compile_chain at two sizes, not here.
big = '+'.join(['x'] * 2800)
print(len(compile(big, '<chain>', 'eval').co_names))
x = 3
print(eval(big), eval('+'.join(['1'] * 2000) + '+x'), eval('x+' + '+'.join(['2'] * 1000)))
code = compile('+'.join(['1'] * 500) + '*x', '<c>', 'eval')
print(500 in code.co_consts, eval(code))
code = compile('-(2**8)+' + '+'.join(['x'] * 100), '<c>', 'eval')
print(-256 in code.co_consts, eval(code))
