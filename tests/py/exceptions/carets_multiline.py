def combine(a, b):
    return a + b

result = combine(
    "text",
    5,
)
