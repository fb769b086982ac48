# optparse: options of every action, types, defaults, help layout, errors.
import io
import os
import sys
os.environ.pop('COLUMNS', None)
from optparse import (OptionParser, Option, OptionGroup, OptionError, OptionValueError,
                      BadOptionError, OptionConflictError, Values, SUPPRESS_HELP,
                      TitledHelpFormatter, make_option)

def run(parser, args):
    # parse_args, with the exit of errors/help caught and stderr shown.
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        opts, rest = parser.parse_args(args)
        print("  ->", sorted(vars(opts).items()), rest)
    except SystemExit as e:
        print("  exit", e.code)
    finally:
        sys.stderr = old
    if buf.getvalue():
        print("  stderr:", repr(buf.getvalue()))

def record(option, opt_str, value, parser, tag, scale=1):
    print("  callback", option, opt_str, value, tag, scale, parser.largs, parser.rargs)
    parser.values.seen = (opt_str, value)

p = OptionParser(usage="%prog [options] files...", version="%prog 1.0", prog="demo",
                 description="Demo of optparse: a parser with one option of each kind, "
                             "and a description long enough to be wrapped at the width.",
                 epilog="That is all.")
p.add_option("-f", "--file", dest="filename", metavar="FILE", help="write report to FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-v", action="store_true", dest="verbose")
p.add_option("-n", "--num", type="int", default=3, help="how many [default: %default]")
p.add_option("--ratio", type="float")
p.add_option("-I", "--include", action="append", help="add a directory")
p.add_option("-c", action="count", dest="level")
p.add_option("--mode", choices=["fast", "slow"], default="fast")
p.add_option("--const", action="store_const", const=42)
p.add_option("--tag", action="append_const", const="t", dest="tags")
p.add_option("--point", nargs=2, type="int")
p.add_option("--cb", action="callback", callback=record, callback_args=("T",),
             callback_kwargs={"scale": 2}, type="string")
p.add_option("--flag-cb", action="callback", callback=record, callback_args=("F",))
p.add_option("--secret", help=SUPPRESS_HELP)
p.add_option("--a-very-long-option-name-here", dest="long", help="an option whose strings are wider than the help column, so its help starts on the next line and is wrapped over several lines of text")
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk.")
g.add_option("-g", action="store_true", help="group option")
p.add_option_group(g)

for args in [[], ["-f", "out.txt", "a", "b"], ["--file=x", "-qv"], ["-fout", "-n", "7", "--num=0x1f"],
             ["-vc", "-cc", "--include", "a", "-Ib", "--incl=c"], ["--mode", "slow", "--const", "--tag", "--tag"],
             ["--point", "1", "2", "rest"], ["--cb", "val", "x"], ["--flag-cb", "y"], ["a", "--", "-f", "b"],
             ["--ratio", "2.5", "-n", "010", "-n", "0b101"], ["-g", "--secret", "s"]]:
    print(args)
    run(p, args)

print("errors")
for args in [["-x"], ["--nope"], ["--m"], ["--ratio", "abc"], ["-n", "1.5"], ["--mode", "medium"],
             ["-f"], ["--point", "1"], ["-q=1"], ["--quiet=1"], ["--version"], ["-h"]]:
    print(args)
    run(p, args)
p.add_option("--mod2", action="store_true")
print(["--mo"])
run(p, ["--mo"])

print(p.format_help())
print(repr(p.get_usage()), p.get_version(), p.get_prog_name())
print(p.get_option("-f"), p.has_option("--file"), p.has_option("-z"), p.defaults["num"])
print(repr(p.get_option("-f")).startswith("<Option at 0x"), p.get_option_group("-g").title)
p.remove_option("--file")
print(p.has_option("-f"))
try:
    p.remove_option("--file")
except ValueError as e:
    print("ValueError:", e)

p2 = OptionParser(add_help_option=False, formatter=TitledHelpFormatter())
p2.add_option("--alpha", "-a", type="string", help="alpha value")
p2.set_defaults(alpha="A")
p2.disable_interspersed_args()
print(p2.format_help())
run(p2, ["pos", "-a", "x"])
p3 = OptionParser(usage="usage: %prog [-d] [-t] [input [output]]", prog="uu")
p3.add_option("-d", "--decode", dest="decode", help="Decode", action="store_true")
p3.add_option("-t", "--text", dest="text", help="data is text", action="store_true")
print(p3.format_help())
p3.print_usage()
run(p3, ["-z"])

print("option errors")
for args, kw in [(("-x",), {"action": "bogus"}), (("x",), {}), (("-",), {}), (("---x",), {}),
                 (("-ab",), {}), (("-x",), {"type": "bogus"}), (("-x",), {"action": "store_true", "type": "int"}),
                 (("-x",), {"type": "choice"}), (("-x",), {"choices": ["a"], "type": "int"}),
                 (("-x",), {"const": 1}), (("-x",), {"action": "count", "nargs": 2}),
                 (("-x",), {"action": "callback", "callback": 5}), (("-x",), {"callback": print}),
                 (("-x",), {"bogus": 1, "other": 2}), (("-x",), {"type": "choice", "choices": "ab"}), ((), {})]:
    try:
        o = Option(*args, **kw)
        print("made", o, o.dest, o.type)
    except (OptionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    p3.add_option("-d")
except OptionConflictError as e:
    print("OptionConflictError:", e)
p4 = OptionParser(conflict_handler="resolve")
p4.add_option("-x", "--ex", dest="one")
p4.add_option("-x", dest="two")
print(p4.get_option("-x").dest, p4.get_option("--ex").dest, [str(o) for o in p4.option_list])
try:
    OptionParser(conflict_handler="bogus")
except ValueError as e:
    print("ValueError:", e)

o = make_option("--int", type=int)
print(o.type, o.dest, o.nargs, o.takes_value(), o.get_opt_string())
v = Values({"a": 1})
print(v, v == {"a": 1}, v == Values({"a": 1}), v.ensure_value("b", []), v.ensure_value("a", 5))
print(str(BadOptionError("-q")), str(OptionValueError("bad")))
