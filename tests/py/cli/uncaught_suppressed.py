# raise ... from None suppresses the context
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no " + k) from None

get({}, "x")
