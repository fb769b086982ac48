# a RecursionError traceback collapses repeated lines
def down(n):
    return down(n + 1)

def start():
    down(0)

try:
    start()
except RecursionError as e:
    print("caught:", e)

def boom(n):
    if n == 0:
        raise ValueError("bottom")
    boom(n - 1)

boom(5)
