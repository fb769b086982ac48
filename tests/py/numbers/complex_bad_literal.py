print(1j)
x = 1jx
