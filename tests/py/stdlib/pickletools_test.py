# pickletools: dis of pickles of every protocol, annotate, optimize, genops,
# and the error for a GET of a memo index never stored.
import pickle, pickletools, io
x = [1, 2, (3, 4), {b'abc': "def"}]
for proto in range(6):
    pickletools.dis(pickle.dumps(x, proto))
pickletools.dis(pickle.dumps(pickletools._Example([1, 2]), 0))
pickletools.dis(pickle.dumps([1, "x", None], 2), annotate=1)
print(pickletools.optimize(pickle.dumps([1, 2, [3]], 2)))
print(pickletools.optimize(pickle.dumps({'a': [1, 2]}, 4)))
for op, arg, pos in pickletools.genops(pickle.dumps((1.5, "s"), 0)):
    print(op.name, arg, pos)
try:
    pickletools.dis(b'h\x05.')
except ValueError as e:
    print("ValueError", e)
