# the location lines under each frame's failing expression
class Store:
    def __init__(self):
        self.data = {"a": {"x": 1}}

    def lookup(self, outer, inner):
        return self.data[outer][inner]

def ratio(a, b, c):
    return (a + b) / (c - c)

def total(items):
    return sum(ratio(i, 1, 2) for i in items) + 1

def main():
    s = Store()
    try:
        s.lookup("a", "y")
    except KeyError as e:
        print("KeyError", e)
    values = [total([1, 2])]
    return values

main()
