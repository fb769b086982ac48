"""pickletools for pym: look inside pickles (written for pym).

genops(pickle) yields (opcode, argument, position) for each opcode up to
STOP; dis(pickle) prints them as CPython 3.11's pickletools.dis does -- one
line per opcode with its position, MARK blocks indented, PUT/GET checked
against an emulated memo and stack -- and optimize(pickle) drops the PUTs
nobody GETs.  The opcode table below (OPCODES) gives each opcode its name,
code, argument reader, stack effect and the protocol that introduced it;
its names are those of pickle's opcode constants.  The long descriptions of
CPython's module (its opcode documentation) are not here: dis(annotate=N)
prints each opcode's one-line summary instead.
"""

import codecs
import io
import pickle
import sys
from struct import unpack

__all__ = ['dis', 'genops', 'optimize']

bytes_types = pickle.bytes_types


class OpcodeInfo:
    """One opcode: name, code (a 1-character str), arg (its reader or
    None), how many items it pops (pop), whether it first pops down to the
    topmost mark (popmark), how many it pushes (push), proto and doc."""

    __slots__ = ('name', 'code', 'arg', 'pop', 'popmark', 'push', 'proto', 'doc')

    def __init__(self, name, code, arg, pop, popmark, push, proto, doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.pop = pop
        self.popmark = popmark
        self.push = push
        self.proto = proto
        self.doc = doc

    def __repr__(self):
        return '<OpcodeInfo %s %r>' % (self.name, self.code)


# ---- argument readers: each takes the file and returns the argument ----

def _read_exact(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a %s, but only %d remain" %
                         (n, what, len(data)))
    return data


def _read_line(f, what):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read " + what)
    return data[:-1]


def read_uint1(f):
    return _read_exact(f, 1, 'uint1')[0]


def read_uint2(f):
    return unpack('<H', _read_exact(f, 2, 'uint2'))[0]


def read_int4(f):
    return unpack('<i', _read_exact(f, 4, 'int4'))[0]


def read_uint4(f):
    return unpack('<I', _read_exact(f, 4, 'uint4'))[0]


def read_uint8(f):
    return unpack('<Q', _read_exact(f, 8, 'uint8'))[0]


def read_stringnl(f, stripquotes=True):
    data = _read_line(f, 'stringnl')
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q):
                    raise ValueError("strinq quote %r not found at both ends of %r"
                                     % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    return codecs.escape_decode(data)[0].decode("ascii")


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def _counted(size_reader, what, convert):
    def reader(f):
        n = size_reader(f)
        if n < 0:
            raise ValueError("%s byte count < 0: %d" % (what, n))
        return convert(_read_exact(f, n, what))
    return reader


def _latin1(data):
    return data.decode('latin-1')


def _utf8(data):
    return str(data, 'utf-8', 'surrogatepass')


read_string1 = _counted(read_uint1, 'string1', _latin1)
read_string4 = _counted(read_int4, 'string4', _latin1)
read_bytes1 = _counted(read_uint1, 'bytes1', bytes)
read_bytes4 = _counted(read_uint4, 'bytes4', bytes)
read_bytes8 = _counted(read_uint8, 'bytes8', bytes)
read_bytearray8 = _counted(read_uint8, 'bytearray8', bytearray)
read_unicodestring1 = _counted(read_uint1, 'unicodestring1', _utf8)
read_unicodestring4 = _counted(read_uint4, 'unicodestring4', _utf8)
read_unicodestring8 = _counted(read_uint8, 'unicodestring8', _utf8)
read_long1 = _counted(read_uint1, 'long1', pickle.decode_long)
read_long4 = _counted(read_int4, 'long4', pickle.decode_long)


def read_unicodestringnl(f):
    return str(_read_line(f, 'unicodestringnl'), 'raw-unicode-escape')


def read_decimalnl_short(f):
    s = read_stringnl(f, stripquotes=False)
    if s == "00":
        return False
    if s == "01":
        return True
    return int(s)


def read_decimalnl_long(f):
    s = read_stringnl(f, stripquotes=False)
    if s[-1:] == 'L':
        s = s[:-1]
    return int(s)


def read_floatnl(f):
    return float(read_stringnl(f, stripquotes=False))


def read_float8(f):
    return unpack('>d', _read_exact(f, 8, 'float8'))[0]


# ---- the opcodes: name, code, argument, pops, pops to mark, pushes,
# protocol, one-line summary ----

_N = None
OPCODES = [OpcodeInfo(*row) for row in [
    ('INT', 'I', read_decimalnl_short, 0, 0, 1, 0, "Push an integer or bool."),
    ('BININT', 'J', read_int4, 0, 0, 1, 1, "Push a four-byte signed integer."),
    ('BININT1', 'K', read_uint1, 0, 0, 1, 1, "Push a one-byte unsigned integer."),
    ('BININT2', 'M', read_uint2, 0, 0, 1, 1, "Push a two-byte unsigned integer."),
    ('LONG', 'L', read_decimalnl_long, 0, 0, 1, 0, "Push a long integer."),
    ('LONG1', '\x8a', read_long1, 0, 0, 1, 2, "Long integer using one-byte length."),
    ('LONG4', '\x8b', read_long4, 0, 0, 1, 2, "Long integer using four-byte length."),
    ('STRING', 'S', read_stringnl, 0, 0, 1, 0, "Push a Python string object."),
    ('BINSTRING', 'T', read_string4, 0, 0, 1, 1, "Push a Python string object."),
    ('SHORT_BINSTRING', 'U', read_string1, 0, 0, 1, 1, "Push a Python string object."),
    ('BINBYTES', 'B', read_bytes4, 0, 0, 1, 3, "Push a Python bytes object."),
    ('SHORT_BINBYTES', 'C', read_bytes1, 0, 0, 1, 3, "Push a Python bytes object."),
    ('BINBYTES8', '\x8e', read_bytes8, 0, 0, 1, 4, "Push a Python bytes object."),
    ('BYTEARRAY8', '\x96', read_bytearray8, 0, 0, 1, 5, "Push a Python bytearray object."),
    ('NEXT_BUFFER', '\x97', _N, 0, 0, 1, 5, "Push an out-of-band buffer object."),
    ('READONLY_BUFFER', '\x98', _N, 1, 0, 1, 5, "Make an out-of-band buffer object read-only."),
    ('NONE', 'N', _N, 0, 0, 1, 0, "Push None on the stack."),
    ('NEWTRUE', '\x88', _N, 0, 0, 1, 2, "Push True onto the stack."),
    ('NEWFALSE', '\x89', _N, 0, 0, 1, 2, "Push False onto the stack."),
    ('UNICODE', 'V', read_unicodestringnl, 0, 0, 1, 0, "Push a Python Unicode string object."),
    ('SHORT_BINUNICODE', '\x8c', read_unicodestring1, 0, 0, 1, 4, "Push a Python Unicode string object."),
    ('BINUNICODE', 'X', read_unicodestring4, 0, 0, 1, 1, "Push a Python Unicode string object."),
    ('BINUNICODE8', '\x8d', read_unicodestring8, 0, 0, 1, 4, "Push a Python Unicode string object."),
    ('FLOAT', 'F', read_floatnl, 0, 0, 1, 0, "Newline-terminated decimal float literal."),
    ('BINFLOAT', 'G', read_float8, 0, 0, 1, 1, "Float stored in binary form, with 8 bytes of data."),
    ('EMPTY_LIST', ']', _N, 0, 0, 1, 1, "Push an empty list."),
    ('APPEND', 'a', _N, 2, 0, 1, 0, "Append an object to a list."),
    ('APPENDS', 'e', _N, 1, 1, 1, 1, "Extend a list by a slice of stack objects."),
    ('LIST', 'l', _N, 0, 1, 1, 0, "Build a list out of the topmost stack slice, after markobject."),
    ('EMPTY_TUPLE', ')', _N, 0, 0, 1, 1, "Push an empty tuple."),
    ('TUPLE', 't', _N, 0, 1, 1, 0, "Build a tuple out of the topmost stack slice, after markobject."),
    ('TUPLE1', '\x85', _N, 1, 0, 1, 2, "Build a one-tuple out of the topmost item on the stack."),
    ('TUPLE2', '\x86', _N, 2, 0, 1, 2, "Build a two-tuple out of the top two items on the stack."),
    ('TUPLE3', '\x87', _N, 3, 0, 1, 2, "Build a three-tuple out of the top three items on the stack."),
    ('EMPTY_DICT', '}', _N, 0, 0, 1, 1, "Push an empty dict."),
    ('DICT', 'd', _N, 0, 1, 1, 0, "Build a dict out of the topmost stack slice, after markobject."),
    ('SETITEM', 's', _N, 3, 0, 1, 0, "Add a key+value pair to an existing dict."),
    ('SETITEMS', 'u', _N, 1, 1, 1, 1, "Add an arbitrary number of key+value pairs to an existing dict."),
    ('EMPTY_SET', '\x8f', _N, 0, 0, 1, 4, "Push an empty set."),
    ('ADDITEMS', '\x90', _N, 1, 1, 1, 4, "Add an arbitrary number of items to an existing set."),
    ('FROZENSET', '\x91', _N, 0, 1, 1, 4, "Build a frozenset out of the topmost slice, after markobject."),
    ('POP', '0', _N, 1, 0, 0, 0, "Discard the top stack item, shrinking the stack by one item."),
    ('DUP', '2', _N, 0, 0, 1, 0, "Push the top stack item onto the stack again, duplicating it."),
    ('MARK', '(', _N, 0, 0, 0, 0, "Push markobject onto the stack."),
    ('POP_MARK', '1', _N, 0, 1, 0, 1, "Pop all the stack objects at and above the topmost markobject."),
    ('GET', 'g', read_decimalnl_short, 0, 0, 1, 0, "Read an object from the memo and push it on the stack."),
    ('BINGET', 'h', read_uint1, 0, 0, 1, 1, "Read an object from the memo and push it on the stack."),
    ('LONG_BINGET', 'j', read_uint4, 0, 0, 1, 1, "Read an object from the memo and push it on the stack."),
    ('PUT', 'p', read_decimalnl_short, 0, 0, 0, 0, "Store the stack top into the memo.  The stack is not popped."),
    ('BINPUT', 'q', read_uint1, 0, 0, 0, 1, "Store the stack top into the memo.  The stack is not popped."),
    ('LONG_BINPUT', 'r', read_uint4, 0, 0, 0, 1, "Store the stack top into the memo.  The stack is not popped."),
    ('MEMOIZE', '\x94', _N, 0, 0, 0, 4, "Store the stack top into the memo.  The stack is not popped."),
    ('EXT1', '\x82', read_uint1, 0, 0, 1, 2, "Extension code."),
    ('EXT2', '\x83', read_uint2, 0, 0, 1, 2, "Extension code."),
    ('EXT4', '\x84', read_int4, 0, 0, 1, 2, "Extension code."),
    ('GLOBAL', 'c', read_stringnl_noescape_pair, 0, 0, 1, 0, "Push a global object (module.attr) on the stack."),
    ('STACK_GLOBAL', '\x93', _N, 2, 0, 1, 4, "Push a global object (module.attr) on the stack."),
    ('REDUCE', 'R', _N, 2, 0, 1, 0, "Push an object built from a callable and an argument tuple."),
    ('BUILD', 'b', _N, 2, 0, 1, 0, "Finish building an object, via __setstate__ or dict update."),
    ('INST', 'i', read_stringnl_noescape_pair, 0, 1, 1, 0, "Build a class instance."),
    ('OBJ', 'o', _N, 0, 1, 1, 1, "Build a class instance."),
    ('NEWOBJ', '\x81', _N, 2, 0, 1, 2, "Build an object instance."),
    ('NEWOBJ_EX', '\x92', _N, 3, 0, 1, 4, "Build an object instance."),
    ('PROTO', '\x80', read_uint1, 0, 0, 0, 2, "Protocol version indicator."),
    ('STOP', '.', _N, 1, 0, 0, 0, "Stop the unpickling machine."),
    ('FRAME', '\x95', read_uint8, 0, 0, 0, 4, "Indicate the beginning of a new frame."),
    ('PERSID', 'P', read_stringnl_noescape, 0, 0, 1, 0, "Push an object identified by a persistent ID."),
    ('BINPERSID', 'Q', _N, 1, 0, 1, 1, "Push an object identified by a persistent ID."),
]]
del _N

code2op = {op.code: op for op in OPCODES}


def _check_consistency():
    # the table and pickle's opcode constants agree, name for name
    for name in pickle.__all__:
        code = getattr(pickle, name)
        if isinstance(code, bytes) and len(code) == 1:
            op = code2op.get(code.decode('latin-1'))
            if op is None or op.name != name:
                raise ValueError("pickle's opcode %s (%r) is not in the table" % (name, code))


_check_consistency()


# ---- walking a pickle ----

def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    getpos = getattr(data, 'tell', None)
    while True:
        pos = getpos() if getpos is not None else None
        code = data.read(1)
        op = code2op.get(code.decode('latin-1'))
        if op is None:
            if code == b'':
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % (
                "<unknown>" if pos is None else pos, code))
        arg = None if op.arg is None else op.arg(data)
        if yield_end_pos:
            yield op, arg, pos, getpos()
        else:
            yield op, arg, pos
        if code == b'.':
            break


def genops(pickle):
    """Yield (opcode, arg, pos) for each opcode of the pickle, up to and
    with STOP; pos is the position in the file (None if it has no tell)."""
    return _genops(pickle)


_markobject = object()
_anyobject = object()


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic disassembly of pickle (bytes or a file), from the
    current position through the first STOP.  memo may be shared between
    calls for pickles of one pickler; indentlevel indents MARK blocks;
    annotate > 0 adds each opcode's summary from about that column.
    ValueError when the pickle misuses the stack, the marks or the memo."""
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []
    indentchunk = ' ' * indentlevel
    annocol = annotate
    for op, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (repr(op.code)[1:-1], indentchunk * len(markstack), op.name)
        maxproto = max(maxproto, op.proto)
        errormsg = None
        markmsg = None
        numtopop = op.pop
        if op.popmark or (op.name == "POP" and stack and stack[-1] is _markobject):
            if markstack:
                markpos = markstack.pop()
                markmsg = ("(MARK at unknown opcode offset)" if markpos is None
                           else "(MARK at %d)" % markpos)
                while stack[-1] is not _markobject:
                    stack.pop()
                stack.pop()
                if op.name == "POP":
                    numtopop = 0
            else:
                errormsg = markmsg = "no MARK exists on stack"
        pushed = [_anyobject] * op.push
        if op.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if op.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is _markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif op.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                pushed = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg
        if arg is not None or markmsg:
            line += ' ' * (10 - len(op.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if markmsg:
                line += ' ' + markmsg
        if annotate:
            line += ' ' * (annocol - len(line))
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += ' ' + op.doc
        print(line, file=out)
        if errormsg:
            raise ValueError(errormsg)
        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with only %d items"
                             % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if op.name == "MARK":
            markstack.append(pos)
            stack.append(_markobject)
        if op.name == "DUP" and stack:
            pushed = [stack[-1]]
        stack.extend(pushed)
    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)


def optimize(p):
    """p without the PUTs that no GET refers to (memo indices renumbered)."""
    put = 'PUT'
    get = 'GET'
    oldids = set()
    newids = {}
    opcodes = []
    proto = 0
    protoheader = b''
    for op, arg, pos, end_pos in _genops(p, yield_end_pos=True):
        if 'PUT' in op.name:
            oldids.add(arg)
            opcodes.append((put, arg))
        elif op.name == 'MEMOIZE':
            idx = len(oldids)
            oldids.add(idx)
            opcodes.append((put, idx))
        elif 'FRAME' in op.name:
            pass
        elif 'GET' in op.name:
            if op.proto > proto:
                proto = op.proto
            newids[arg] = None
            opcodes.append((get, arg))
        elif op.name == 'PROTO':
            if arg > proto:
                proto = arg
            if pos == 0:
                protoheader = p[pos:end_pos]
            else:
                opcodes.append((pos, end_pos))
        else:
            opcodes.append((pos, end_pos))
    del oldids

    out = io.BytesIO()
    out.write(protoheader)
    pickler = pickle._Pickler(out, proto)
    if proto >= 4:
        pickler.framer.start_framing()
    idx = 0
    for op, arg in opcodes:
        frameless = False
        if op is put:
            if arg not in newids:
                continue
            data = pickler.put(idx)
            newids[arg] = idx
            idx += 1
        elif op is get:
            data = pickler.get(newids[arg])
        else:
            data = p[op:arg]
            frameless = len(data) > pickler.framer._FRAME_SIZE_TARGET
        pickler.framer.commit_frame(force=frameless)
        if frameless:
            pickler.framer.file_write(data)
        else:
            pickler.write(data)
    pickler.framer.end_framing()
    return out.getvalue()


class _Example:
    """A class to pickle in doctests (CPython's pickletools has it too)."""

    def __init__(self, value):
        self.value = value


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description='disassemble one or more pickle files')
    parser.add_argument('pickle_file', type=argparse.FileType('br'), nargs='*',
                        help='the pickle file')
    parser.add_argument('-o', '--output', default=sys.stdout, type=argparse.FileType('w'),
                        help='the file where the output should be written')
    parser.add_argument('-m', '--memo', action='store_true',
                        help='preserve memo between disassemblies')
    parser.add_argument('-l', '--indentlevel', default=4, type=int,
                        help='the number of blanks by which to indent a new MARK level')
    parser.add_argument('-a', '--annotate', action='store_true',
                        help='annotate each line with a short opcode description')
    args = parser.parse_args()
    annotate = 30 if args.annotate else 0
    memo = {} if args.memo else None
    for f in args.pickle_file:
        dis(f, args.output, memo if args.memo else None, args.indentlevel, annotate)
