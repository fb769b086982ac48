import argparse
import sys


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        t = "".join(self.parts)
        self.parts = []
        return t


out = Out()


def run(parser, args):
    """Parse args; show the namespace, or what went to stdout/stderr and the
    exit status."""
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = out
    try:
        ns = parser.parse_args(args)
    except SystemExit as e:
        sys.stdout, sys.stderr = old_out, old_err
        print("exit", e.code)
        print(out.text(), end="")
        return None
    sys.stdout, sys.stderr = old_out, old_err
    print(ns)
    return ns


p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and more things, "
                            "described at length so that it wraps.", epilog="Bye.")
p.add_argument("files", nargs="+", help="input files")
p.add_argument("-n", "--count", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("-v", "--verbose", action="store_true", help="chatty")
p.add_argument("--mode", choices=["a", "b"], help="the mode")
p.add_argument("--very-long-option-name-here", metavar="VALUE",
               help="a long option whose help goes on the next line and wraps around because it is long")
print(p.format_help(), end="")
print(p.format_usage(), end="")
run(p, ["a.txt"])
run(p, ["a.txt", "b.txt", "-n", "7", "-v", "--mode", "b"])
run(p, ["-n5", "x", "--count=9", "--very-long-option-name-here", "V"])
run(p, ["--verb", "--mo=a", "f"])
run(p, [])
run(p, ["f", "-n", "x"])
run(p, ["f", "--mode", "c"])
run(p, ["f", "--bogus", "extra"])
run(p, ["f", "-n"])
run(p, ["-h"])
run(p, ["f", "--", "-v"])

q = argparse.ArgumentParser(prog="calc")
q.add_argument("x", type=float)
q.add_argument("y", type=float, nargs="?", default=1.0)
q.add_argument("rest", nargs="*")
q.add_argument("-o", "--op", default="add", choices=("add", "mul"))
q.add_argument("-q", action="count", default=0)
q.add_argument("--tag", action="append")
q.add_argument("--const", action="store_const", const=42)
q.add_argument("--no-cache", dest="cache", action="store_false")
q.add_argument("--pair", nargs=2, metavar=("K", "V"))
q.add_argument("--ext", action="extend", nargs="+", type=int)
q.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use colour")
q.add_argument("--version", action="version", version="%(prog)s 1.0")
print(q.format_help(), end="")
run(q, ["3"])
run(q, ["3", "4", "5", "6", "-qqq", "--tag", "a", "--tag", "b", "--const", "--no-cache"])
run(q, ["-1.5", "--pair", "k", "v", "--ext", "1", "2", "--ext", "3", "--no-color"])
run(q, ["1", "--pair", "k"])
run(q, ["1", "--op", "div"])
run(q, ["abc"])
run(q, ["--version"])
run(q, ["1", "--const=3"])

g = argparse.ArgumentParser(prog="grp")
mx = g.add_mutually_exclusive_group(required=True)
mx.add_argument("--fast", action="store_true")
mx.add_argument("--slow", action="store_true")
grp = g.add_argument_group("advanced", "Knobs for experts.")
grp.add_argument("--level", type=int, default=1, help="the level")
print(g.format_help(), end="")
run(g, ["--fast"])
run(g, ["--fast", "--slow"])
run(g, [])

s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
subs = s.add_subparsers(dest="command", help="sub-command help")
c = subs.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = subs.add_parser("push", help="update remote")
pu.add_argument("remote", nargs="?", default="origin")
print(s.format_help(), end="")
run(s, ["commit", "-m", "msg"])
run(s, ["--debug", "push"])
run(s, ["push", "upstream"])
run(s, ["commit"])
run(s, ["pull"])
print(c.format_help(), end="")

ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, vars(ns))
d = argparse.ArgumentParser(prog="defs")
d.set_defaults(func="handler", level=5)
d.add_argument("--level", type=int)
d.add_argument("--name", default="anon", type=str.upper)
print(d.parse_args([]), d.get_default("func"), d.parse_known_args(["--zzz", "--level", "2"]))
try:
    d.add_argument("--level")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    d.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError:", e)
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "x"])
except argparse.ArgumentError as err:
    print("ArgumentError:", err)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


t = argparse.ArgumentParser(prog="typed", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
t.add_argument("--size", type=positive, default=10, help="the size")
t.add_argument("--name", default="x", help="a name")
print(t.format_help(), end="")
run(t, ["--size", "-3"])
run(t, ["--size", "0"])
run(t, ["--size", "4"])
