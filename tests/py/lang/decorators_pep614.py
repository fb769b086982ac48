# PEP 614: any expression as a decorator
calls = []
def deco(tag):
    def d(f):
        calls.append(tag)
        return f
    return d
decos = [deco("list0"), {"k": deco("dict")}]
class Holder:
    attr = [None, deco("attr1")]
h = Holder()
@decos[0]
@decos[1]["k"]
@h.attr[1]
@(lambda f: (calls.append("lambda"), f)[1])
@deco("a") if len(calls) < 100 else deco("b")
@(d := deco("walrus"))
@d
def f(): return "f"
print(f(), calls)
@decos[0]
class C: pass
print(C.__name__, calls[-1])
