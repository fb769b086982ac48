# A larger program exercising many builtins together: an inventory system.
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(item, wanted, have)
        self.item = item
        self.wanted = wanted
        self.have = have

    def __str__(self):
        return "%s: wanted %d, have %d" % (self.item, self.wanted, self.have)


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self):
        return "Item(%r, %r, %r)" % (self.name, self.price, self.qty)

    def value(self):
        return round(self.price * self.qty, 2)


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, price, qty=1):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)
        self.log.append(("add", name, qty))

    def remove(self, name, qty=1):
        if name not in self.items:
            raise KeyError(name)
        item = self.items[name]
        if item.qty < qty:
            raise OutOfStock(name, qty, item.qty)
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]
        self.log.append(("remove", name, qty))

    def total(self):
        return round(sum(i.value() for i in self.items.values()), 2)

    def cheapest(self):
        return min(self.items.values(), key=lambda i: i.price, default=None)

    def priciest(self):
        return max(self.items.values(), key=lambda i: i.price)

    def report(self):
        lines = []
        for name in sorted(self.items):
            it = self.items[name]
            lines.append("{:<8}{:>6.2f} x{:>3} = {:>8.2f}".format(name, it.price, it.qty, it.value()))
        return "\n".join(lines)


inv = Inventory()
for name, price, qty in [("apple", 0.5, 10), ("pear", 0.75, 4), ("melon", 3.2, 2),
                         ("kiwi", 0.3, 25), ("apple", 0.5, 5)]:
    inv.add(name, price, qty)

print(inv.report())
print("total", inv.total())
print("cheapest", inv.cheapest())
print("priciest", inv.priciest())

for name, qty in [("apple", 3), ("melon", 5), ("banana", 1), ("melon", 2)]:
    try:
        inv.remove(name, qty)
        print("removed", qty, name)
    except OutOfStock as e:
        print("OutOfStock", e, e.args)
    except KeyError as e:
        print("KeyError", e)

print(sorted(inv.items))
print(len(inv.log), inv.log[-1])
counts = {}
for action, name, qty in inv.log:
    counts[action] = counts.get(action, 0) + qty
print(sorted(counts.items()))

by_letter = {}
for name in inv.items:
    by_letter.setdefault(name[0], []).append(name)
print(sorted(by_letter.items()))

values = [i.value() for i in inv.items.values()]
print(values, sum(values), max(values), min(values))
print(list(enumerate(sorted(inv.items), start=1)))
print(dict(zip(sorted(inv.items), map(len, sorted(inv.items)))))
print(list(filter(lambda n: len(n) > 4, sorted(inv.items))))
print(any(i.qty > 20 for i in inv.items.values()), all(i.price < 5 for i in inv.items.values()))
print(divmod(int(inv.total() * 100), 100))
print(isinstance(inv.cheapest(), Item), hasattr(inv, "report"), getattr(inv, "nothing", "n/a"))
print(repr(inv.items["kiwi"]), str(inv.items["kiwi"].qty).zfill(4))
print(hex(len(inv.log)), bin(len(inv.items)), oct(64), chr(ord("a") + len(inv.items)))

def histogram(data):
    out = []
    for k in sorted(data):
        out.append("%s %s" % (k.ljust(6), "#" * data[k]))
    return out

for line in histogram({name: it.qty // 2 for name, it in inv.items.items()}):
    print(line)

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [list(col) for col in zip(*matrix)])
print(sum(map(sum, matrix)), max(map(max, matrix)), sorted(sum(matrix, []), reverse=True)[:3])
print(eval("inv.total() > 10", {"inv": inv}))
