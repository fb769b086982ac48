# Raising and catching exceptions, try/finally, custom exception classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 3 == 1:
        raise AppError(i)
    return i

total = 0
for i in range(200000):
    try:
        total += risky(i)
    except ValueError:
        total += 1
    except AppError as e:
        total += e.code % 5
    finally:
        total += 1
d = {}
for i in range(100000):
    try:
        total += d[i]
    except KeyError:
        d[i] = 1
print(total)
