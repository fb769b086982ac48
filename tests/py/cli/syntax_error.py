# a syntax error in the script itself: nothing runs
print("never printed")
x = (1,
     2
y = 3
