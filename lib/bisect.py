"""Bisection algorithms (written for pym).

The four functions live in the C module _bisect: bisect_left/bisect_right
find the insertion point of x in a sorted sequence a (restricted to
a[lo:hi], comparing key(item) when key is given), insort_left/insort_right
insert x there.  bisect and insort are the _right forms, as in CPython.
"""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
