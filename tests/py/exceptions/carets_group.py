def fail(i):
    return [1, 2][i] * 10

errors = []
for i in range(2, 4):
    try:
        fail(i)
    except IndexError as e:
        errors.append(e)
raise ExceptionGroup("several", errors)
