# linecache: lines of source files read once and cached.
import linecache

me = __file__
print(repr(linecache.getline(me, 1)))
print(repr(linecache.getline(me, 2)))
print(repr(linecache.getline(me, 0)), repr(linecache.getline(me, 10000)), repr(linecache.getline(me, -1)))
lines = linecache.getlines(me)
print(len(lines) > 10, all(l.endswith('\n') for l in lines))
print(lines is linecache.getlines(me))
print(repr(linecache.getline("/no/such/file.py", 1)), linecache.getlines("/no/such/file.py"))
print(repr(linecache.getline("<string>", 1)), repr(linecache.getline("", 1)))

# a file without a final newline gets one; checkcache sees changes
path = '/tmp/_pym_linecache_test.txt'   # pym has no os.remove: a fixed scratch file
with open(path, 'w') as f:
    f.write("first\nsecond")
print(linecache.getlines(path))
with open(path, 'w') as f:
    f.write("changed\n")
print(repr(linecache.getline(path, 1)), "(cached until checked)")
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))
linecache.checkcache()
print(repr(linecache.getline(path, 1)))
linecache.clearcache()
print(repr(linecache.getline(path, 1)))
with open(path, 'w') as f:
    f.write("")
linecache.checkcache(path)
print(linecache.getlines(path))
linecache.checkcache("/never/cached.py")
