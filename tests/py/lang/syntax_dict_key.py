# SyntaxError messages for malformed dict displays (compiled via exec)
srcs = ["{1: 2, 3}", "{1: 2, 3, 4: 5}", "{1: }", "{1:, 2: 3}", "{1: 2, 3 4}",
        "{1: 2,\n3\n}", "{1 2}", "{1: 2 3: 4}", "{**a 1}", "{**a, **b c}",
        "{1: 2, **a 3: 4}", "{**a, 3 4}", "{1: 2, a b}", "{1, 2}", "{1: 2, **d}"]
for s in srcs:
    try:
        compile(s, "<dict>", "eval")
        print(repr(s), "compiles")
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno)
