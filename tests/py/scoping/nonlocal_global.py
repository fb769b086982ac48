# nonlocal and global declarations
x = 'global x'

def set_global():
    global x
    x = 'changed'

def read_global():
    return x

print(read_global())
set_global()
print(read_global())

def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
    def get():
        return total
    return add, get

add, get = make()
add(3)
add(4)
print(get())

def nested_nonlocal():
    v = 1
    def a():
        def b():
            nonlocal v
            v += 10
        b()
        return v
    return a(), v

print(nested_nonlocal())

def global_in_nested():
    x = 'local'
    def g():
        global x
        return x
    return g(), x

print(global_in_nested())

def create_global():
    global created
    created = 42

create_global()
print(created)

def del_global():
    global created
    del created

del_global()
try:
    print(created)
except NameError as e:
    print(type(e).__name__, e)

counter = 0
def bump():
    global counter
    for i in range(5):
        counter += i
bump()
print(counter)

def nonlocal_loop():
    acc = []
    n = 0
    def push():
        nonlocal n
        n += 1
        acc.append(n)
    for _ in range(3):
        push()
    return acc, n

print(nonlocal_loop())
