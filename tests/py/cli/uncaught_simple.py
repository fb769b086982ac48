# an uncaught exception from nested calls: traceback and status 1
def inner(x):
    return 10 / x

def outer(x):
    return inner(x) + 1

print("start")
print(outer(5))
outer(0)
print("never")
