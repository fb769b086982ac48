# While the main script runs, each constant its source made has one more
# reference (CPython's parser arena); imported modules' constants have none.
import sys
import helper_refcount_literals as mod

print(sys.getrefcount(12345678))
x = 87654321
print(sys.getrefcount(x))
y = 87654321
print(sys.getrefcount(y))
print(sys.getrefcount(10 ** 25))
t = (1001, 1002, 1003)
print(sys.getrefcount(t), sys.getrefcount(t[0]))
f = 3.75
print(sys.getrefcount(f))
def func():
    return 55555555
print(sys.getrefcount(func()))
print(sys.getrefcount(mod.CONST), sys.getrefcount(mod.get()))
print(eval("sys.getrefcount(7654321)"))
exec("z = 7777777\nprint(sys.getrefcount(z))")
print(sys.getrefcount(z))
code = compile("w = 6666666", "<c>", "exec")
exec(code)
print(sys.getrefcount(w))
s = "hello world!"
print(sys.getrefcount(s))
i = "identifier_like"
print(sys.getrefcount(i))
b = b"bytes here"
print(sys.getrefcount(b))
t = ("a", 1)
print(sys.getrefcount(t))
n = None
print(sys.getrefcount(-12345678))
def f(x=99999999): return x
print(sys.getrefcount(f()))
e = eval("11112222 + 0")
print(sys.getrefcount(e))
print(sys.getrefcount(2 ** 100))
l = [123456789, 123456789]
print(sys.getrefcount(l[0]))
