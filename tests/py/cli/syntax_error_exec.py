# a SyntaxError raised by exec at run time is an ordinary exception
print("before")
exec("a = 1\nb = = 2\n")
