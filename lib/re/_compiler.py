"""Compiler of pym's re: node tree (see _parser) -> program for _sre.

The program is a flat list of integers: an opcode followed by its operands;
jump targets are absolute indexes in the list.  The opcode numbers are those
of src/modules/mod_sre.c, whose essay explains how the machine runs them.
"""

import _sre
from . import _parser

(FAIL, SUCCESS, ANY, ANY_ALL, LIT, NOT_LIT, LIT_I, NOT_LIT_I, IN, IN_I, AT, JMP, SPLIT,
 MARK, GROUPREF, GROUPREF_I, GROUPREF_EXISTS, REPEAT_ONE, MIN_REPEAT_ONE, RINIT, RMAX,
 RMIN, RINC, ATOMIC_BEGIN, ATOMIC_END, ASSERT, ASSERT_END, ASSERT_NOT,
 ASSERT_NOT_END) = range(29)
S_END, S_LIT, S_RANGE, S_CAT, S_NEG = range(5)
INFINITE = -1
PF_UNICASE = 1

_SINGLE = ("lit", "nlit", "any", "in")


class Compiler:
    def __init__(self, state):
        self.state = state
        self.code = []
        self.nrepeats = 0

    def item(self, node):
        """Emits a single-width item (one character)."""
        code = self.code
        op = node[0]
        if op == "lit":
            code.append(LIT_I if node[2] else LIT)
            code.append(node[1])
        elif op == "nlit":
            code.append(NOT_LIT_I if node[2] else NOT_LIT)
            code.append(node[1])
        elif op == "any":
            code.append(ANY_ALL if node[1] else ANY)
        else:
            code.append(IN_I if node[3] else IN)
            at = len(code)
            code.append(0)
            if node[2]:
                code.append(S_NEG)
            for it in node[1]:
                if it[0] == "lit":
                    code.append(S_LIT)
                    code.append(it[1])
                elif it[0] == "range":
                    code.append(S_RANGE)
                    code.append(it[1])
                    code.append(it[2])
                else:
                    code.append(S_CAT)
                    code.append(it[1])
            code.append(S_END)
            code[at] = len(code)

    def seq(self, seq):
        for node in seq:
            self.node(node)

    def node(self, node):
        code = self.code
        op = node[0]
        if op in _SINGLE:
            self.item(node)
        elif op == "at":
            code.append(AT)
            code.append(node[1])
        elif op == "group":
            gid = node[1]
            if gid is not None:
                code.append(MARK)
                code.append(2 * gid)
            self.seq(node[2])
            if gid is not None:
                code.append(MARK)
                code.append(2 * gid + 1)
        elif op == "branch":
            jumps = []
            branches = node[1]
            for i in range(len(branches)):
                if i < len(branches) - 1:
                    split = len(code)
                    code.extend((SPLIT, split + 3, 0))
                    self.seq(branches[i])
                    jumps.append(len(code) + 1)
                    code.extend((JMP, 0))
                    code[split + 2] = len(code)
                else:
                    self.seq(branches[i])
            for j in jumps:
                code[j] = len(code)
        elif op == "repeat":
            self.repeat(node)
        elif op == "atomic":
            code.append(ATOMIC_BEGIN)
            self.seq(node[1])
            code.append(ATOMIC_END)
        elif op == "assert":
            back = 0
            if node[1]:
                lo, hi = _parser.width(node[3], self.state)
                if lo != hi:
                    raise _parser.error("look-behind requires fixed-width pattern")
                back = lo
            if node[2]:
                at = len(code)
                code.extend((ASSERT_NOT, back, 0))
                self.seq(node[3])
                code.append(ASSERT_NOT_END)
                code[at + 2] = len(code)
            else:
                code.extend((ASSERT, back))
                self.seq(node[3])
                code.append(ASSERT_END)
        elif op == "ref":
            code.append(GROUPREF_I if node[2] else GROUPREF)
            code.append(node[1])
        elif op == "cond":
            at = len(code)
            code.extend((GROUPREF_EXISTS, node[1], 0))
            self.seq(node[2])
            if node[3] is not None:
                j = len(code)
                code.extend((JMP, 0))
                code[at + 2] = len(code)
                self.seq(node[3])
                code[j + 1] = len(code)
            else:
                code[at + 2] = len(code)

    def repeat(self, node):
        code = self.code
        lo, hi, how, body = node[1], node[2], node[3], node[4]
        if self.state.flags & _parser.TEMPLATE:
            raise _parser.error("internal: unsupported template operator %s_REPEAT"
                                % {"greedy": "MAX", "lazy": "MIN"}.get(how, "POSSESSIVE"))
        if hi == _parser.MAXREPEAT:
            hi = INFINITE
        if how == "possessive":
            code.append(ATOMIC_BEGIN)
            self.repeat(("repeat", node[1], node[2], "greedy", body))
            code.append(ATOMIC_END)
            return
        if len(body) == 1 and body[0][0] in _SINGLE:
            at = len(code)
            code.extend((REPEAT_ONE if how == "greedy" else MIN_REPEAT_ONE, lo, hi, 0))
            self.item(body[0])
            code[at + 3] = len(code)
            return
        if lo == 0 and hi == 1:
            at = len(code)
            if how == "greedy":
                code.extend((SPLIT, at + 3, 0))
                self.seq(body)
                code[at + 2] = len(code)
            else:
                code.extend((SPLIT, 0, at + 3))
                self.seq(body)
                code[at + 1] = len(code)
            return
        r = self.nrepeats
        self.nrepeats += 1
        code.extend((RINIT, r))
        loop = len(code)
        code.extend((RMAX if how == "greedy" else RMIN, r, lo, hi, 0))
        self.seq(body)
        code.extend((RINC, r, loop))
        code[loop + 4] = len(code)


def compile(pattern, flags):
    """(program, state) for pattern: state has flags, groups, groupdict."""
    seq, state = _parser.parse(pattern, flags)
    c = Compiler(state)
    c.seq(seq)
    c.code.append(SUCCESS)
    pflags = PF_UNICASE if isinstance(pattern, str) and not state.flags & _parser.ASCII else 0
    prog = _sre.compile(c.code, state.groups - 1, c.nrepeats, pflags)
    return prog, state
