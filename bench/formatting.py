# f-strings with format specs, str.format and %-formatting.
out = 0
for i in range(120000):
    x = i * 0.37
    a = f"{i:>8d}|{x:10.3f}|{i:#x}|{i % 1000:04}"
    b = "%-6s %5d %8.2f" % ("ab", i, x)
    c = "{0}:{1:.2e}".format(i, x)
    d = f"{i!r} {str(i)} {x:g}"
    out += len(a) + len(b) + len(c) + len(d)
print(out)
