# A larger program using the collections together: a small text index with
# word frequencies, a graph explored breadth-first with a deque, records as
# namedtuples, grouping with defaultdict, an LRU cache on OrderedDict and a
# sliding window on a bounded deque.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

TEXT = """
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs.
A quick brown dog? No: the quick fox, the lazy dog, and the brown hen.
Over and over the hen watches the fox and the dog.
"""

# ── word frequencies ─────────────────────────────────────────────────────

def words(text):
    word = []
    for ch in text.lower():
        if ch.isalpha():
            word.append(ch)
        elif word:
            yield ''.join(word)
            word = []
    if word:
        yield ''.join(word)


freq = Counter(words(TEXT))
print('distinct words:', len(freq), 'total:', freq.total())
for word, n in freq.most_common(6):
    print(f'  {word:<8}{n:>3} {"#" * n}')
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print('letters:', letters.most_common(5))
first_line = Counter(words(TEXT.strip().splitlines()[0]))
rest = Counter(words('\n'.join(TEXT.strip().splitlines()[1:])))
print('only in line 1:', sorted((first_line - rest).elements()))
print('shared:', sorted((first_line & rest).items()))
print('either, max:', (first_line | rest).most_common(3))
by_length = defaultdict(set)
for word in freq:
    by_length[len(word)].add(word)
for length in sorted(by_length):
    print(f'  len {length}: {sorted(by_length[length])}')

# ── records ──────────────────────────────────────────────────────────────

Employee = namedtuple('Employee', 'name dept salary manager', defaults=[None])
staff = [
    Employee('ada', 'eng', 120, None),
    Employee('bob', 'eng', 95, 'ada'),
    Employee('cyd', 'ops', 80, 'ada'),
    Employee('dee', 'eng', 99, 'bob'),
    Employee('eve', 'ops', 70, 'cyd'),
    Employee('fay', 'sales', 60, 'ada'),
    Employee('gus', 'sales', 65, 'fay'),
    Employee('hal', 'eng', 88, 'bob'),
]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept, members in sorted(by_dept.items()):
    total = sum(m.salary for m in members)
    top = max(members, key=lambda m: m.salary)
    print(f'{dept:<6} n={len(members)} total={total} top={top.name}')
raised = [e._replace(salary=e.salary + 10) if e.dept == 'ops' else e
          for e in staff]
print([e.salary for e in raised])
print(raised[2], raised[2]._asdict())
print(Employee._make(['zed', 'hr', 50, None]), Employee('yan', 'hr', 1), Employee._fields)
dept_count = Counter(e.dept for e in staff)
print(dept_count, dept_count.most_common(1)[0])

# ── graph: reports-to tree, BFS by levels ────────────────────────────────

reports = defaultdict(list)
for e in staff:
    if e.manager is not None:
        reports[e.manager].append(e.name)


def levels(root):
    seen = {root}
    queue = deque([(root, 0)])
    order = []
    while queue:
        name, depth = queue.popleft()
        order.append((depth, name))
        for sub in reports[name]:
            if sub not in seen:
                seen.add(sub)
                queue.append((sub, depth + 1))
    return order


for depth, name in levels('ada'):
    print('  ' * depth + name)

# shortest path on a grid maze with a deque
MAZE = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "##.##.##..",
    "...#...#.E",
]


def solve(maze):
    rows, cols = len(maze), len(maze[0])
    start = end = None
    for r, line in enumerate(maze):
        for c, ch in enumerate(line):
            if ch == 'S':
                start = (r, c)
            elif ch == 'E':
                end = (r, c)
    prev = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == end:
            break
        r, c = cell
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != '#' \
                    and (nr, nc) not in prev:
                prev[(nr, nc)] = cell
                queue.append((nr, nc))
    path = deque()
    cell = end
    while cell is not None:
        path.appendleft(cell)
        cell = prev.get(cell)
    return path


path = solve(MAZE)
print('path length', len(path) - 1, 'from', path[0], 'to', path[-1])
grid = [list(line) for line in MAZE]
for r, c in list(path)[1:-1]:
    grid[r][c] = '*'
for line in grid:
    print(''.join(line))

# ── LRU cache and a sliding window ───────────────────────────────────────

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()
        self.stats = Counter()

    def get(self, key, compute):
        if key in self.items:
            self.items.move_to_end(key)
            self.stats['hit'] += 1
            return self.items[key]
        self.stats['miss'] += 1
        value = self.items[key] = compute(key)
        if len(self.items) > self.capacity:
            old, _ = self.items.popitem(last=False)
            self.stats['evict'] += 1
        return value


cache = LRUCache(4)
for w in words(TEXT):
    cache.get(w, len)
print(cache.stats, list(cache.items))

window = deque(maxlen=3)
averages = []
for x in [5, 1, 9, 3, 7, 2, 8]:
    window.append(x)
    averages.append(round(sum(window) / len(window), 2))
print(window, averages)

ring = deque('abcde')
out = []
for step in range(7):
    ring.rotate(-2)
    out.append(ring.popleft())
    if not ring:
        break
print(out, ring)
