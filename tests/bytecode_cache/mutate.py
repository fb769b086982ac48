# mutate.py PYC SEED OPCODES_H -- damages one field of the structure of a pym cache
# file's payload (a type tag, a length or count, a reference index, the
# instruction count, an index-taking instruction's argument, a flag byte,
# a position run's start)
# and writes a fresh checksum, so that only the loader's own checks
# (src/marshal.c) stand between the damaged data and the VM.  The code
# objects' other header fields (stack size, flags) and the stack effects of
# the instructions are trusted behind the checksum, as CPython trusts a .pyc.
import sys, random

HEADER = 52
path, seed, opcodes_h = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(path, "rb") as fp:
    data = bytearray(fp.read())
INDEXED = {"LOAD_CONST", "LOAD_FAST", "STORE_FAST", "LOAD_GLOBAL", "LOAD_NAME",
           "STORE_NAME", "LOAD_ATTR", "LOAD_METHOD", "LOAD_DEREF", "LOAD_CLOSURE"}


def u32(p):
    return int.from_bytes(data[p:p + 4], "little")


fields = []          # (offset, width) of each field that may be damaged
lengths = []         # tuple lengths by reference index (None: not a tuple)


def obj(p):
    """Parses the object at p; returns (end, tuple length or None)."""
    tag = chr(data[p])
    fields.append((p, 1))
    p += 1
    if tag in "NTF.":
        return p, None
    if tag == "r":
        fields.append((p, 4))
        return p + 4, lengths[u32(p)]
    idx = len(lengths)
    lengths.append(None)
    n = None
    if tag == "i" or tag == "f":
        p += 8
    elif tag == "x":
        p += 16
    elif tag in "lsSb":
        fields.append((p, 4))
        p += 4 + u32(p)
    elif tag in "(<":
        n = u32(p)
        fields.append((p, 4))
        p += 4
        for _ in range(n):
            p = obj(p)[0]
    elif tag == "c":
        ncode = u32(p + 24)
        fields.append((p + 24, 4))
        p += 28
        for i in range(ncode):
            if (data[p + 4 * i] & 0xff) in index_ops:
                fields.append((p + 4 * i + 1, 3))
        p += 4 * ncode
        nruns = u32(p)                 # the position table: runs of words
        fields.append((p, 4))
        p += 4
        for i in range(nruns):         # each run's first word
            fields.append((p + 20 * i, 4))
        p += 20 * nruns
        cells = 0
        for k in range(7):
            p, tl = obj(p)
            if k == 3:
                cells = tl
        hascell = data[p]
        fields.append((p, 1))
        p += 1 + (4 * cells if hascell else 0)
    else:
        raise SystemExit("mutate.py: unknown tag %r" % tag)
    lengths[idx] = n
    return p, n


# opcode numbers of the index-taking instructions: their order in opcodes.h
index_ops = set()
with open(opcodes_h) as fp:
    names = [line.split("X(", 1)[1].split(",", 1)[0] for line in fp
             if line.lstrip().startswith("X(")]
for i, name in enumerate(names):
    if name in INDEXED:
        index_ops.add(i)

end = obj(HEADER)[0]
assert end == len(data), (end, len(data))
rng = random.Random(seed)
off, width = fields[rng.randrange(len(fields))]
data[off + rng.randrange(width)] = rng.randrange(256)
h = 0xcbf29ce484222325
for b in data[HEADER:]:
    h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
data[44:52] = h.to_bytes(8, "little")
with open(path, "wb") as fp:
    fp.write(data)
