# "Did you mean: 'x'?" after NameError / AttributeError in the error display
# (sys.__excepthook__ prints what an uncaught error would, without ending).
import sys, math

def show(f):
    try:
        f()
    except BaseException:
        sys.__excepthook__(*sys.exc_info())

apple = 1
Banana = 2
show(lambda: appel)                 # a global, one swap
show(lambda: banana)                # case flip only
show(lambda: pirnt)                 # a builtin
show(lambda: lenn)
show(lambda: xyzzy_not_close)       # nothing close

def local_first():
    apples = 3
    return applex                   # locals before globals
show(local_first)

def tie():
    abcx = 1; abcy = 2
    return abcz                      # two at the same distance: the first
show(tie)

long_name_number_one_that_is_really_rather_long_indeed = 1
show(lambda: long_name_number_one_that_is_really_rather_long_indeeX)
show(lambda: prefix_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_suffix)
prefix_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb_suffix = 0

café = 1
show(lambda: cafe)                  # UTF-8 bytes are the units
show(lambda: caffé)

class Point:
    def __init__(self):
        self.x = 1
        self.horizontal = 2
    def method(self): pass

p = Point()
show(lambda: p.horizontl)
show(lambda: p.metod)
show(lambda: p.X)
show(lambda: p.nothing_like_it)
show(lambda: math.sqr)
show(lambda: (1).bit_lenght)
show(lambda: "s".uper)
show(lambda: [].apend)
show(lambda: Point.methd)

class Custom:
    def __dir__(self): return ["alpha", "beta", 3]
show(lambda: Custom().alpah)        # a non-str in dir: nothing

class BadDir:
    def __dir__(self): raise ValueError("no dir")
show(lambda: BadDir().x)

class Many: pass
for i in range(800):
    setattr(Many, "attr%d" % i, i)
show(lambda: Many().attr1x)         # 750 names or more: nothing

def unbound():
    valu = 1
    del valu
    return valu
show(unbound)                       # UnboundLocalError: not NameError itself

class MyAttrError(AttributeError): pass
def raise_sub(): raise MyAttrError("custom", name="apend", obj=[])
show(raise_sub)                     # a subclass: nothing
def raise_plain(): raise AttributeError("plain")
show(raise_plain)
def raise_named(): raise AttributeError("named", name="apend", obj=[])
show(raise_named)
def raise_name_error(): raise NameError("n", name="appel")
show(raise_name_error)

try:
    appel
except NameError as e:
    print("str:", e)                # the hint is the display's, not str()
