x = 1j
y = 1j
z = -0j
w = 0j
print(x is y, z is w, x == y)
def f(): return 2.5j
print(f() is f())
