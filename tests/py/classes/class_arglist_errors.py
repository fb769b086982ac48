# CPython's SyntaxErrors for malformed class argument lists
cases = ["class A(,): pass", "class A(x=1, B): pass", "class A(**k, *a): pass", "class A(1=2): pass",
         "class A(B C): pass", "class A(: pass", "class A(x for x in y): pass",
         "class A(B, x for x in y): pass", "class A(*): pass", "class A(**): pass", "class A(B,,): pass",
         "class A(x=1, x=2): pass", "class A(B) pass", "class A(B):\npass", "class A(B)", "class A[B]: pass",
         "class A(True=1): pass", "class A((x) for x in y): pass", "class A(B, **k, C): pass",
         "class A(metaclass=M, *b): pass", "class (B): pass", "class A(B)(C): pass"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("OK", src)
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
