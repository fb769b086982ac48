# assert with and without a message
x = 1
try:
    assert x == 2
except AssertionError as e:
    print("caught", repr(e))
assert x == 2, "x should be 2, got %d" % x
