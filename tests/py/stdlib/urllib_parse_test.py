# urllib.parse: splitting, joining, quoting, query strings, result classes.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, quote, quote_plus, unquote, unquote_plus,
                          quote_from_bytes, unquote_to_bytes, urlencode,
                          parse_qs, parse_qsl, ParseResult, SplitResult)
import urllib.parse

urls = [
    "http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag",
    "https://[::1]:443/path",
    "ftp://ftp.example.org/pub/file.txt",
    "mailto:someone@example.com",
    "//netloc/only/path",
    "/just/a/path?x=y",
    "file:///etc/passwd",
    "HTTP://host/%7Euser",
    "  http://spaces.example/\tpath\n",
    "path;params",
    "http://host/a;b/c;d",
    "",
    "a1+.-:rest",
    "1abc:rest",
    "http://host:/x",
    "http://u@h/",
]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print("  ", p)
    print("  ", s)
    print("  ", p.geturl(), "|", s.geturl(), "|", urlunparse(p), "|", urlunsplit(s))
    print("  ", p.username, p.password, p.hostname, p.port)

print(urlparse("www.x.org/a", scheme="http"))
print(urlsplit("http://h/a#b", allow_fragments=False))
r = urlparse("http://h/p")
print(r._replace(path="/q").geturl(), r.scheme, r[1], len(r), isinstance(r, tuple))
print(type(r).__name__, type(urlsplit("x")).__name__)

for bad in ["http://h:abc/", "http://h:99999/", "http://h:-1/"]:
    try:
        print(urlparse(bad).port)
    except ValueError as e:
        print("ValueError:", e)
try:
    urlsplit("http://[::1/")
except ValueError as e:
    print("ValueError:", e)
try:
    urlparse("http://x", b"http")
except TypeError as e:
    print("TypeError:", e)

b = urlparse(b"http://User@Host:80/p?q#f")
print(b, b.hostname, b.port, b.username, b.geturl())
print(b.decode(), urlparse("http://h/").encode())
print(urlunsplit((b"http", b"h", b"/x", b"", b"")))

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s",
            "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../",
            "../g", "../..", "../../", "../../g", "../../../g", "/./g",
            "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h",
            "g/../h", "g;x=1/./y", "g;x=1/../y", "http:g", "https://other/x"]:
    print(rel, "->", urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://a/", ""), urljoin("http://a", "b"))
print(urljoin(b"http://a/b/", b"c"))
print(urljoin("mailto:a@b", "c"), urljoin("http://a/b/c", "ftp://d/e"))

print(urldefrag("http://h/p?q#frag"), urldefrag("http://h/p"))
print(urldefrag("http://h/p#f").geturl(), urldefrag(b"a#b"))

for s in ["abc def", "a/b/c", "ü€", "~_.-!*'()", "", "a+b=c&d", "%41"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"))
print(quote(b"a b\xff"), quote_from_bytes(b"/x y", "/"), quote("é", encoding="latin-1"))
print(quote("é", safe="é"), quote("a b", safe=b" "), quote_plus(b"a b"))
for bad in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"),
            lambda: quote_from_bytes("x"), lambda: quote(5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

for s in ["abc%20def", "%7e%7E", "%zz%4", "caf%C3%A9", "%E9", "ü%20x", "a+b", "%", "no escapes"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote("%E9", encoding="latin-1"), repr(unquote("%E9", errors="strict") if False else ""))
try:
    unquote("%E9", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(unquote(b"a%20b"), unquote_to_bytes(""), unquote_to_bytes(b"x%41"))

print(urlencode({"a": 1, "b": "x y", "c": "é&="}))
print(urlencode([("k", "v1"), ("k", "v2")]))
print(urlencode({"k": ["a", "b"], "n": 5, "s": "str"}, doseq=True))
print(urlencode({"k": ["a", "b"]}))
print(urlencode({"p": "a/b c"}, safe="/", quote_via=quote))
print(urlencode({b"k": b"v w"}), urlencode([]))
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError:", e)

qs = "a=1&b=2&a=3&empty=&noeq&plus=x+y&pct=%26%3D&&"
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(b"x=%41+b"))
for args in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator="")]:
    try:
        print(parse_qsl("a=1&noeq&c=3", **args))
    except ValueError as e:
        print("ValueError:", e)
print(parse_qs(""), parse_qsl("a=%E9", encoding="latin-1"))
print(urllib.parse._splittype("http://x"), urllib.parse._splittype("/p"))
print(urllib.parse.unwrap("<URL:http://a/b>"))
