def nest(d):
    if d == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"d{d}", [nest(d - 1)])
raise nest(12)
