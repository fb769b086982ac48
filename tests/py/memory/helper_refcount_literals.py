CONST = 44444444
def get():
    return 33333333
