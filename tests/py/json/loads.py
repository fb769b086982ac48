# json.loads / json.load and JSONDecoder: values, hooks, and CPython's
# JSONDecodeError messages and positions.
import json

DOCS = ['{"a": [1, 2.5, -3e2, 0, -0, 1E+2, 2e-3, true, false, null, "s"]}', ' [ ] ', '{}',
        '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud83d\\ude00 \\u20ac"', '"\\ud83dx"',
        '123456789012345678901234567890', '-12.5e-10', '1.7976931348623157e308', '1e400',
        '0.1', '[NaN, Infinity, -Infinity]', '"naïve ☃ 😀"', '{"é": {"ü": ["ß"]}}',
        '\n\t {"a" : 1 , "b":[ 1 ,2 ] }\r\n', '[[[[[]]]]]', '{"a": 1, "a": 2}', '"x\\u0000y"',
        '[1e5, 1.5E-5, 10.0]', '{"": ""}']
for doc in DOCS:
    v = json.loads(doc)
    print(repr(doc), "->", repr(v), type(v).__name__)

print(json.loads(b'{"k": "v"}'), json.loads('"\u00e9"'.encode()), json.loads(b' [2] '))
print(json.detect_encoding(b'\xff\xfe[\x00'), json.detect_encoding(b'\x00[\x00]'),
      json.detect_encoding(b'[\x00\x00\x00'), json.detect_encoding(b'{}'))
print(json.loads('[1.5]', parse_float=lambda s: "F" + s), json.loads('[7]', parse_int=float))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": [2, {"c": 3}]}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1}', object_hook=lambda d: 0, object_pairs_hook=lambda p: p))
print(json.loads('"a\tb"', strict=False), json.loads('["x\\ny"]'))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('xx{"a": 1}', 2), d.decode(' 5 '))
print(json.decoder.scanstring('"abc\\n" rest', 1), json.scanner.make_scanner(d)('[1]', 0))

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 2}}', cls=MyDecoder))

BAD = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\x01"', '"\\q"', '"\\u12"',
       '"\\u12zz"', '1 2', '{1:2}', 'nul', '[', '{', '{"a"', '{"a":', '-', '01', '1.', '1e',
       '"\\', '[1,2', 'tru', '\ufeff1', '{"a":1 "b"}', '[1]\n\n  x', '{"a":\n [1,\n  ?]}',
       'NaNa', '[-]', '"\\ud83d\\uzzzz"', '[1, 2]]', '{"a": "b"', '"unterminated\n',
       '["é", x]']
for doc in BAD:
    try:
        json.loads(doc)
        print(repr(doc), "parsed")
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

for bad in [5, None, ["[]"]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
e = json.JSONDecodeError("msg", "ab\ncd", 4)
print(e, e.args, isinstance(e, ValueError), json.JSONDecodeError.__module__)
try:
    json.loads("[" * 100000)
except RecursionError:
    print("RecursionError for deep arrays")
try:
    json.loads('{"a":' * 100000)
except RecursionError:
    print("RecursionError for deep objects")
deep = "[" * 500 + "]" * 500
v = json.loads(deep)
n = 0
while v:
    v = v[0]
    n += 1
print("depth", n)

class In:
    def read(self):
        return '{"from": "file", "n": [1, 2]}'

print(json.load(In()), json.load(In(), object_pairs_hook=list))
big = json.dumps([{"id": i, "name": "item%d" % i, "tags": ["a", "b"], "v": i / 3}
                  for i in range(2000)])
back = json.loads(big)
print(len(big), len(back), back[1999], json.dumps(back) == big)
