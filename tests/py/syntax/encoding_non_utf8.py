print("never printed")
# not a declaration: it is on line 2 after code
# coding: latin-1
print("é")
