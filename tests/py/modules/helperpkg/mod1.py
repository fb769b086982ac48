def one():
    return 1
print("mod1 loaded as", __name__, __package__)
