# re.Scanner (a lexer over the engine) and Pattern.scanner.
import re
def s_ident(scanner, token): return ("ID", token)
def s_operator(scanner, token): return ("OP", token)
def s_float(scanner, token): return ("FLOAT", float(token))
def s_int(scanner, token): return ("INT", int(token))
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312.50 + bar ?rest"))
sc = re.compile(r"\d").scanner("1a23")
print(sc.match(), sc.match(), sc.match(), sc.search())
sc = re.compile(r"\d*").scanner("1a2")
print([sc.search() for i in range(5)])
sc = re.compile(r"(a)|b").scanner("abab", 1, 3)
print(sc.match(), sc.match(), sc.match(), sc.pattern)
