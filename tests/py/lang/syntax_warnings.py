x = 1
try:
    pass
finally:
    print(x is 1)
if False:
    print(x is "a")
while 0:
    x is 2
assert (x, 1)
print(1 if x is () else 2)
y = [1, 2] [0] if False else 0
z = "abc"["x"] if False else 0
w = (lambda: 0)[1] if False else 0
v = None[0] if False else 0
print((1, 2)(3) if False else 0)
print(f"{x}"() if False else 0)
print(-1 is x, x is not -1.5, x is ..., x is None, x is b"", [] is x)
