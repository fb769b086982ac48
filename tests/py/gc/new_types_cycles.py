import gc, io
a = []; g = list[a]; a.append(g); del a, g
u = []; x = int | None
s = io.StringIO(); s.self = s; del s
b = io.BytesIO(); b.me = b; del b
m = memoryview(b'abc'); l = [m]; l.append(l); del m, l
print(gc.collect() >= 3)
