# __del__ runs when the last reference goes, exactly once (PEP 442), in
# allocation order inside a collected cycle; resurrection; errors in __del__
# are reported as "Exception ignored in" and do not stop the program.
import gc
gc.disable()

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Noisy("a")
print("before del")
del a
print("after del")

def scope():
    n = Noisy("local")
    print("leaving scope")
scope()
print("scope left")

x = Noisy("first")
x = Noisy("second")
print("rebound")
del x

one, two, three = Noisy("one"), Noisy("two"), Noisy("three")
one.p = two; two.p = three; three.p = one
del one, two, three
print("cycle dropped")
gc.collect()
print("collected")

saved = []
class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)
p = Phoenix()
p.me = p
del p
gc.collect()
print("resurrected:", len(saved))
saved.clear()
gc.collect()
print("no second __del__")

class Bad:
    def __del__(self):
        raise ValueError("boom in __del__")
b = Bad()
del b
print("still running")

lst = [Noisy(str(i)) for i in range(3)]
del lst[1]
lst.pop()
print("list left", len(lst))
del lst
print("end")
