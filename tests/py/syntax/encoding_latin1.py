# -*- coding: latin-1 -*-
# a Latin-1 source file (PEP 263): the bytes are decoded before tokenizing
s = "café à la crème"
print(s, len(s), s.encode("utf-8"))
naïve = 1
print(naïve)
exec(b"# coding: latin-1\nprint(\"\xe9t\xe9\", len(\"\xe9t\xe9\"))\n")
import helper_encoding_latin9
print(helper_encoding_latin9.EURO, hex(ord(helper_encoding_latin9.EURO)))
