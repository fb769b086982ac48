# an uncaught exception prints a traceback on stderr and exits 1
def level3(x):
    return {"a": 1}[x]

def level2(x):
    return level3(x) + 1

def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        raise ValueError("lookup failed for " + repr(x)) from e

print("start")
print(level1("a"))
level1("b")
print("not reached")
