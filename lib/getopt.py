"""getopt -- Unix-style command-line option parsing, written for pym.

getopt(args, shortopts, longopts=[]) splits args into (options, rest):
options is a list of (option, value) pairs ('-x' or '--name', value or ''),
rest is what follows the options.  shortopts is a string of letters, a
letter followed by ':' takes a value; longopts is a list of names, a name
ending in '=' takes a value, and a long option may be abbreviated to any
unique prefix.  getopt stops at the first non-option; gnu_getopt lets
options and operands mix (unless shortopts starts with '+' or
POSIXLY_CORRECT is set).  Errors raise GetoptError(msg, opt) with CPython's
messages.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse options up to the first operand; return (opts, remaining args)."""
    args = list(args)
    longopts = _long_list(longopts)
    opts = []
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _take_long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _take_short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but operands may come between options."""
    args = list(args)
    longopts = _long_list(longopts)
    opts = []
    operands = []
    in_order = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        in_order = True
    elif os.environ.get("POSIXLY_CORRECT"):
        in_order = True
    while args:
        if args[0] == '--':
            operands += args[1:]
            break
        if args[0][:2] == '--':
            opts, args = _take_long(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == '-' and args[0] != '-':
            opts, args = _take_short(opts, args[0][1:], shortopts, args[1:])
        elif in_order:
            operands += args
            break
        else:
            operands.append(args[0])
            args = args[1:]
    return opts, operands


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def _take_long(opts, text, longopts, args):
    eq = text.find('=')
    if eq >= 0:
        name, value = text[:eq], text[eq + 1:]
    else:
        name, value = text, None
    wants_value, name = _match_long(name, longopts)
    if wants_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return opts, args


def _match_long(name, longopts):
    """(takes a value, full name) for the long option name abbreviates."""
    found = [o for o in longopts if o.startswith(name)]
    if not found:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in found:
        return False, name
    if name + '=' in found:
        return True, name
    if len(found) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = found[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _take_short(opts, letters, shortopts, args):
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_wants_value(letter, shortopts):
            if letters == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % letter,
                                      letter)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + letter, value))
    return opts, args


def _short_wants_value(letter, shortopts):
    for i in range(len(shortopts)):
        if letter == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
