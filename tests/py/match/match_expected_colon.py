import sys
match sys.argv:
    case [_]:
        print("one")
    case [_, *more]
        print(more)
