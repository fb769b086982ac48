# A larger program: an inventory with suppliers, a dependency graph between
# products, shortest delivery routes and reports built from dicts, lists,
# sets and sorting with keys.

def make_inventory():
    items = {}
    rows = [
        ('bolt', 'hardware', 0.10, 500, ['acme', 'boltco']),
        ('nut', 'hardware', 0.05, 800, ['acme']),
        ('washer', 'hardware', 0.02, 1000, ['acme', 'boltco', 'zed']),
        ('panel', 'parts', 12.50, 40, ['zed']),
        ('frame', 'parts', 40.00, 12, ['zed', 'frameworks']),
        ('hinge', 'parts', 3.75, 0, ['boltco']),
        ('door', 'assembly', 95.00, 3, []),
        ('cabinet', 'assembly', 210.00, 1, []),
    ]
    for name, cat, price, qty, suppliers in rows:
        items[name] = {'category': cat, 'price': price, 'qty': qty,
                       'suppliers': set(suppliers)}
    return items

# product -> (component, count) it is built from
RECIPES = {
    'door': [('panel', 2), ('hinge', 3), ('bolt', 12), ('frame', 1)],
    'cabinet': [('door', 2), ('frame', 2), ('bolt', 30), ('nut', 30), ('washer', 30)],
    'frame': [('bolt', 8), ('nut', 8)],
}

def by_category(items):
    groups = {}
    for name in items:
        groups.setdefault(items[name]['category'], []).append(name)
    for cat in groups:
        groups[cat].sort()
    return groups

def stock_value(items):
    total = 0.0
    for name, info in items.items():
        total += info['price'] * info['qty']
    return round(total, 2)

def topo_order(recipes):
    # Kahn's algorithm over the "needs" graph; ties broken alphabetically.
    nodes = set(recipes)
    for parts in recipes.values():
        for part, _ in parts:
            nodes.add(part)
    indeg = dict.fromkeys(nodes, 0)
    users = {}
    for product, parts in recipes.items():
        for part, _ in parts:
            indeg[product] += 1
            users.setdefault(part, []).append(product)
    ready = []
    for n in sorted(nodes):
        if indeg[n] == 0:
            ready.append(n)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users.get(n, [])):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    return order

def explode(product, count, recipes, need):
    # total raw materials needed to build count products
    if product not in recipes:
        need[product] = need.get(product, 0) + count
        return need
    for part, n in recipes[product]:
        explode(part, n * count, recipes, need)
    return need

def shortages(items, need):
    short = []
    for name, amount in need.items():
        have = items[name]['qty']
        if have < amount:
            short.append((name, amount - have))
    short.sort(key=lambda p: (-p[1], p[0]))
    return short

def supplier_index(items):
    index = {}
    for name, info in items.items():
        for s in info['suppliers']:
            index.setdefault(s, set()).add(name)
    return index

ROADS = {
    'depot': {'north': 4, 'east': 2},
    'north': {'depot': 4, 'east': 1, 'mill': 5},
    'east': {'depot': 2, 'north': 1, 'mill': 8, 'port': 10},
    'mill': {'north': 5, 'east': 8, 'port': 2},
    'port': {'east': 10, 'mill': 2},
}

def shortest(graph, start):
    dist = {start: 0}
    prev = {}
    todo = set(graph)
    while todo:
        best = None
        for n in sorted(todo):
            if n in dist and (best is None or dist[n] < dist[best]):
                best = n
        if best is None:
            break
        todo.remove(best)
        for nxt, w in graph[best].items():
            nd = dist[best] + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = best
    return dist, prev

def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    path.reverse()
    return path

items = make_inventory()
groups = by_category(items)
for cat in sorted(groups):
    print(cat, groups[cat])
print('stock value', stock_value(items))
order = topo_order(RECIPES)
print('build order', order)
need = explode('cabinet', 2, RECIPES, {})
print('raw needs', sorted(need.items()))
print('shortages', shortages(items, need))
index = supplier_index(items)
for s in sorted(index, key=lambda s: (-len(index[s]), s)):
    print(s, sorted(index[s]), len(index[s]))
only_one = []
for name, info in sorted(items.items()):
    if len(info['suppliers']) == 1:
        only_one.append(name)
print('single-source', only_one)
common = index['acme'] & index['boltco']
print('acme and boltco', sorted(common), 'either', len(index['acme'] | index['boltco']))
print('not from zed', sorted(set(items) - index['zed'] - set(RECIPES)))
dist, prev = shortest(ROADS, 'depot')
for place in sorted(dist, key=dist.get):
    print(place, dist[place], '->'.join(path_to(prev, place)))
# restock: move quantities, remove empty entries, count by category
restock = {'hinge': 50, 'panel': 10, 'door': -3}
for name, delta in restock.items():
    items[name]['qty'] += delta
empty = []
for name in items:
    if items[name]['qty'] == 0:
        empty.append(name)
for name in empty:
    del items[name]
counts = {}
for info in items.values():
    counts[info['category']] = counts.get(info['category'], 0) + 1
print('removed', empty, 'counts', counts)
ranking = sorted(items, key=lambda n: (items[n]['category'], -items[n]['price']))
print('ranking', ranking)
cheap = list(filter(lambda n: items[n]['price'] < 1, items))
print('cheap', cheap, 'total qty', sum(map(lambda n: items[n]['qty'], cheap)))
pairs = list(zip(ranking, range(len(ranking))))
print(pairs[:3], dict(pairs)['panel'])
print(list(enumerate(sorted(counts), 1)))
