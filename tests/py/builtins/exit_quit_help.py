def f(a, b=2, *args, c, d='x', **kw):
    '''Doc line.

    More.'''
def g(x: int, /, y: list[int] = None) -> str: pass
def h(): pass
help(f); help(g); help(h)
class A:
    'Doc A.'
    def m(self, x=1):
        'M doc.'
    @classmethod
    def c(cls, y, /, z): pass
help(A().m); help(A.c)
print(repr(exit), repr(quit), repr(help))
print(type(exit).__name__, type(help).__name__)
try: exit(3)
except SystemExit as e: print('SystemExit', e.code)
try: quit()
except SystemExit as e: print('SystemExit', e.code)
exit('bye')
