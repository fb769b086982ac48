cases = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept TypeError:\n    pass\nexcept* ValueError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    return 1\n",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    return\n",
    "for x in y:\n  try:\n    pass\n  except* ValueError:\n    continue\n",
    "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\n",
    "for x in y:\n  try:\n    pass\n  except* ValueError:\n    for z in w:\n      break\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
