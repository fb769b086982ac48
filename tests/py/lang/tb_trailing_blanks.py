x = 1
def f():
    raise ValueError("a")   
f()    
