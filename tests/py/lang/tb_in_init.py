import sys
def a():
    try:
        b()
    except ValueError as e:
        raise RuntimeError("in a") 
def b():
    raise ValueError("in b")
class C:
    def __init__(self):
        a()
sys.setrecursionlimit(100)
C()
