# implicit chaining (__context__) and explicit (__cause__)
class ConfigError(Exception):
    pass

def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError("missing key " + key) from e

def parse(text):
    try:
        return int(text)
    except ValueError:
        return load({}, "fallback")

print("parsing")
parse("abc")
