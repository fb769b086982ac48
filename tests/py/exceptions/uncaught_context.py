# traceback of a chained exception (context) raised in a handler
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("released")

def parse(s):
    return int(s)

def run():
    with Resource():
        try:
            parse("x1")
        except ValueError:
            print("handling")
            missing_function()

run()
