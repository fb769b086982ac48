import string
from string import Template, Formatter, capwords

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable), string.ascii_uppercase)
print(capwords("hello   world  from pym"), capwords("a-b-c", "-"), capwords(""), capwords(" x "))

t = Template("$who likes $what, ${who}s pay $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "a", "what": "b"}, what="override"))
print(t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(t.safe_substitute(who="only"), Template("$ and $").safe_substitute())
for bad in ("cost: $", "line1\n  $5 bad", "${unclosed", "ok $x and $"):
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
    print(Template(bad).is_valid(), Template(bad).safe_substitute(x=1))
print(Template("$x$y $x_1 ${x}y").substitute(x=1, y=2, x_1=3))
print(Template("$a.$b").substitute(a=1, b=2), Template("no placeholders").substitute())


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %{amt} (100%%)").substitute(who="bob", amt=5))

f = Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3), f.format("{a}-{b!r}-{c:>5}", a=1, b="x", c="y"))
print(f.format("{} {} {}", "a", "b", "c"), f.format("{0[1]} {1.real} {d[k]}", [5, 6], 3, d={"k": "v"}))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=2), f.format("{{literal}} {0!s:^7}|", "mid"))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))
for bad in ("{", "}", "{0!}", "{0} {}"):
    try:
        f.format(bad, 1, 2)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError:", e)


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upper().format("{} and {x}", "low", x="er"))
print(f.vformat("{0}{k}", ("v",), {"k": "w"}))
