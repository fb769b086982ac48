# codecs.escape_decode/escape_encode (pickle STRING arguments), the
# raw-unicode-escape codec, and bytes.decode/str.encode reaching codecs.py for
# the encodings pym has no C codec for.
import codecs
for b in [b"abc", rb"a\n\\b\x00c\td", rb"\101\7\377x", b"q\\\nr", rb"\'\"", rb"\x4"]:
    try: print(codecs.escape_decode(b))
    except ValueError as e: print("ValueError", e)
try: codecs.escape_decode(b"ab\\")
except ValueError as e: print("ValueError", e)
print(codecs.escape_encode(b"a'\"\n\x00\xff"))
print(codecs.decode(b"abc\\uabcd\\U0001f600\\\\u0041\\x", "raw-unicode-escape"))
print(codecs.encode("é€😀", "raw-unicode-escape"))
print(b"caf\\u00e9 \\U0001f600".decode("raw_unicode_escape"), str(b"\\u20ac", "raw-unicode-escape"))
print("é€".encode("raw-unicode-escape"), "\u20ac".encode("utf-16-le"), b"\xac\x20".decode("utf-16-le"))
for call in (lambda: b"ab".decode("hex"), lambda: "ab".encode("rot13"), lambda: b"x".decode("no-such-codec"),
             lambda: "x".encode("no-such-codec")):
    try:
        call()
    except LookupError as e:
        print("LookupError", e)
