# imports of more lib/ modules, each used a little (scripts/failalloc_walk.sh):
# the walk fails allocations while the bytecode cache is read and the module
# bodies run
import bisect
import copy
import dataclasses
import enum
import functools
import heapq
import json
import operator
import re
import string
import textwrap
print(bisect.bisect([1, 3, 5], 4), heapq.nsmallest(2, [5, 1, 4]))
print(copy.deepcopy({"a": [1, (2, 3)]}), functools.reduce(operator.add, range(5)))
@dataclasses.dataclass
class P:
    x: int
    y: int = 2
print(P(1), P(1) == P(1, 2))
class Colour(enum.Enum):
    RED = 1
    GREEN = 2
print(Colour.GREEN, Colour(1).name, list(Colour))
print(json.dumps({"k": [1, 2.5, None, "s"]}), json.loads('{"a": [true, false]}'))
print(re.findall(r"(\w)(\d+)", "a12 b3 c"), re.sub(r"\s+", "-", "a  b c"))
print(string.Template("$who here").substitute(who="me"), string.ascii_lowercase[:5])
print(textwrap.wrap("the quick brown fox jumps over the lazy dog", 12))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info().hits)
