# case conversion and character classes, ASCII and beyond
words = ["hello", "HELLO", "Hello World", "hello world", "they're bill's friends", "3rd place",
         "straße", "ÀÉÎõü", "ÿ", "µ", "ΑΒΓ δεζ", "Σίσυφος", "ΟΔΟΣ", "ΌΔΟΣ ΑΣ", "Москва", "ПРИВЕТ мир",
         "ĳ ŉ ſ", "İstanbul", "ıi", "", "123", "a1b2", "_x", "Ωmega"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isascii())

samples = ["", "abc", "ABC", "aBc", "123", "١٢٣", "²", "½", "一二三", "12.5", "-1", " ", "\t\n",
           "\xa0", "\u3000", "a b", "é", "日本語", "ひらがな", "abc_1", "1abc", "_", "if", "\x00", "\x7f",
           "hello!", "\u200b", "\ud800", "Ab Cd", "AB CD", "ab cd", "Ab cD", "A"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii(), s.istitle())
print("ß".upper(), "ß".title(), "ß".casefold(), "ß".lower(), "ß".islower(), "ß".isupper())
print("ΣΑΣ".lower(), "Σ".lower(), "ΑΣ.".lower(), "ΑΣ Β".lower(), "aΣb".lower())
