# argument-count messages of builtin methods and functions (qualified names
# for METH_O / METH_NOARGS methods, getargs wording for str.find & co.)
cases = [
    "{}.get(x=1)", "[].append(x=1)", "[].copy(x=1)", "'a'.count(x=1)", "len(x=1)",
    "(1).bit_length(1)", "'a'.upper(1)", "{}.items(1)", "set().add()", "set().add(1, 2)",
    "[].append(1, 2)", "(1, 2).count()", "'a'.zfill()", "list.append([], 1, 2)",
    "dict.fromkeys(x=1)", "'a'.count()", "'a'.find(1, 2, 3, 4)", "b'a'.count()",
    "'a'.startswith()", "'a'.endswith()", "'a'.index()", "'a'.rindex()", "b'a'.find()",
    "exec()", "eval()", "eval(1, 2, 3, 4)", "exec(1, 2, 3, 4)", "super(1, 2, 3)",
    "zip(x=1)", "min(x=1)", "max(x=1)", "reversed()", "reversed(1, 2)", "enumerate()",
    "sorted()", "'a'.split(sep=1, x=2)", "[].sort(1)", "{}.pop()", "[].insert(1)",
    "abs()", "divmod()", "pow()", "getattr(1)", "'a'.center()", "iter(1, 2, 3)",
]
for src in cases:
    try:
        eval(src)
        print("no error:", src)
    except TypeError as e:
        print(f"{src:24} {e}")
class L(list):
    pass
try:
    L().append(1, 2)
except TypeError as e:
    print(e)
m = [].append
try:
    m()
except TypeError as e:
    print(e)
