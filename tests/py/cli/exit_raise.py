# raise SystemExit directly, from inside a function
def leave(code):
    raise SystemExit(code)
print("leaving")
leave(42)
