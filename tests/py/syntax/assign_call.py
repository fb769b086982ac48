total = 1
f() = total
