# f_lineno of a frame that has finished: where CPython's last instruction
# was -- after a finally body, a with exit, an unmatched except clause
import sys

box = []


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def ret_in_with():
    with CM():
        box.append(sys._getframe())
        return 1


def ret_in_except():
    try:
        raise ValueError
    except ValueError:
        box.append(sys._getframe())
        return 2


def ret_through_finally():
    try:
        box.append(sys._getframe())
        return 5
    finally:
        x = 1
        y = 2


def ret_through_two_finallys():
    try:
        try:
            box.append(sys._getframe())
            return 7
        finally:
            a = 1
    finally:
        b = 2


def break_through_finally():
    for i in range(3):
        try:
            box.append(sys._getframe())
            break
        finally:
            z = 1
    return 3


for f in (ret_in_with, ret_in_except, ret_through_finally, ret_through_two_finallys,
          break_through_finally):
    f()
    print(f.__name__, box[-1].f_lineno)


def raise_through_finally():
    try:
        box.append(sys._getframe())
        raise KeyError
    finally:
        w = 1


def unmatched_clause():
    try:
        box.append(sys._getframe())
        raise KeyError
    except ValueError:
        pass
    except TypeError:
        pass


def raise_in_handler_as():
    try:
        raise ValueError
    except ValueError as e:
        box.append(sys._getframe())
        raise KeyError


def raise_in_with():
    with CM():
        box.append(sys._getframe())
        raise KeyError


for f in (raise_through_finally, unmatched_clause, raise_in_handler_as, raise_in_with):
    try:
        f()
    except KeyError as e:
        print(f.__name__, box[-1].f_lineno, e.__traceback__.tb_next.tb_lineno)
