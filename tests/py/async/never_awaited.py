# an unawaited coroutine warns when it is destroyed (once per location)
async def job(n):
    return n

def make():
    job(1)

make()
for i in range(3):
    job(i)
c = job(5)
del c
c = job(6)
c.close()
del c
print("done")
left_over = job(7)
