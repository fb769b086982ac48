/*
** mod_sre.c -- _sre, the matching engine under lib/re/.
**
** The pattern is parsed and compiled in Python (lib/re/_parser.py and
** _compiler.py) into a flat program of integers; _sre.compile() copies it
** into a Program object and _sre.run() executes it against a subject.
**
** The matcher is a backtracking machine that never recurses in C.  Its
** state is a program counter, a position and a register file (the group
** marks, two registers per counted repeat, the last closed group).  Two
** stacks live on the heap and grow as needed (MemoryError when they
** cannot):
**
**   - choice frames: where to resume when the current path fails (an
**     alternative, one fewer/more char of a single-width repeat, the exit
**     of a lazy loop) plus markers that delimit atomic groups and
**     lookarounds;
**   - the trail: every register write records the old value, and
**     resuming a frame first undoes the trail down to the height the
**     frame saw, so captures and loop counters are restored exactly.
**
** Atomic groups, possessive repeats and lookarounds "cut": at their end
** the frames pushed inside them are dropped (the innermost marker is the
** top marker, since inner constructs have already removed theirs).  The
** trail is kept, so backtracking to a point before them still undoes what
** they captured.  Counted repeats follow CPython's MAX_UNTIL/MIN_UNTIL:
** once the minimum is reached, an iteration that consumed nothing ends the
** loop, which is what makes (a*)* terminate.
**
** The subject is read through one accessor: bytes and ASCII strs are read
** in place (one byte a char); other strs are decoded once into an array of
** code points held by a Subject object (_sre.subject()), so positions are
** code points, never UTF-8 offsets.
**
** Entry points: run() (one match/fullmatch/search, the marks as a tuple),
** iterate() (an iterator of the marks of successive matches, for finditer
** and split), findall() and sub() (whole loops in C, the substrings made
** from the code points).  Successive matches follow CPython's rule: after
** an empty match the next one may not be empty at the same place
** (must_advance).
*/
#include "pym.h"

/* opcodes: keep in step with lib/re/_compiler.py */
/* clang-format off */
enum {
    OP_FAIL, OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_LIT, OP_NOT_LIT, OP_LIT_I, OP_NOT_LIT_I,
    OP_IN, OP_IN_I, OP_AT, OP_JMP, OP_SPLIT, OP_MARK, OP_GROUPREF, OP_GROUPREF_I,
    OP_GROUPREF_EXISTS, OP_REPEAT_ONE, OP_MIN_REPEAT_ONE, OP_RINIT, OP_RMAX, OP_RMIN,
    OP_RINC, OP_ATOMIC_BEGIN, OP_ATOMIC_END, OP_ASSERT, OP_ASSERT_END, OP_ASSERT_NOT,
    OP_ASSERT_NOT_END,
};
/* clang-format on */
/* items of a character set (after OP_IN/OP_IN_I and its end address) */
enum { S_END, S_LIT, S_RANGE, S_CAT, S_NEG };
/* categories: the ASCII forms, then the Unicode forms (+6) */
enum { C_DIGIT, C_NOT_DIGIT, C_SPACE, C_NOT_SPACE, C_WORD, C_NOT_WORD };
/* anchors */
enum {
    AT_BEGIN,
    AT_BEGIN_LINE,
    AT_END,
    AT_END_LINE,
    AT_END_STRING,
    AT_BOUNDARY,
    AT_NON_BOUNDARY,
    AT_UNI_BOUNDARY,
    AT_UNI_NON_BOUNDARY
};
/* Program flags */
#define PF_UNICASE 1 /* Unicode case folding (str without re.ASCII) */

typedef struct {
    PymObject ob_base;
    int64_t *code;
    intptr_t ncode;
    intptr_t ngroups;  /* capturing groups, not counting group 0 */
    intptr_t nrepeats; /* counted repeats (two registers each) */
    int flags;
} Program;

typedef struct {
    PymObject ob_base;
    PymObject *obj;          /* the str or bytes */
    const unsigned char *p8; /* one byte a char (bytes, ASCII str) */
    uint32_t *p32;           /* decoded code points (other strs), on the allocator */
    intptr_t len;
} Subject;

static PymType program_type, subject_type;

/* {====== subjects ======} */

static void subject_dealloc(PymObject *o) {
    Subject *s = (Subject *)o;
    PYM_XDECREF(s->obj);
    if (s->p32) pym_obj_free(s->p32);
    PYM_TYPE(o)->tp_free(o);
}

static PymObject *subject_new(PymObject *obj) {
    if (!PYM_STR_CHECK(obj) && !PYM_BYTES_CHECK(obj)) {
        pym_err_format(PymExc_TypeError, "expected string or bytes-like object, got '%s'",
                       pym_type_name(obj));
        return NULL;
    }
    Subject *s = (Subject *)pym_object_alloc(&subject_type, 0);
    if (!s) return NULL;
    s->obj = pym_newref(obj);
    s->p8 = NULL;
    s->p32 = NULL;
    if (PYM_BYTES_CHECK(obj)) {
        s->p8 = (const unsigned char *)PYM_BYTES_DATA(obj);
        s->len = PYM_BYTES_LEN(obj);
    } else if (PYM_STR_IS_ASCII(obj)) {
        s->p8 = (const unsigned char *)PYM_STR_DATA(obj);
        s->len = PYM_STR_LEN(obj);
    } else {
        /* the str's 1/2/4-byte characters widened to code points */
        intptr_t n = PYM_STR_LEN(obj);
        int kind = PYM_STR_KIND(obj);
        const void *d = PYM_STR_DATA(obj);
        s->p32 = pym_obj_malloc(sizeof(uint32_t) * (size_t)(n ? n : 1));
        if (!s->p32) {
            PYM_DECREF(s);
            return pym_err_no_memory();
        }
        for (intptr_t i = 0; i < n; i++) s->p32[i] = pym_str_read(kind, d, i);
        s->len = n;
    }
    return (PymObject *)s;
}

static PymType subject_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),      .tp_name = "_sre.Subject",
    .tp_basicsize = sizeof(Subject),           .tp_dealloc = subject_dealloc,
    .tp_getattro = pym_object_generic_getattr, .tp_free = pym_object_free,
};

/* {====== character tests ======} */

static inline bool ascii_word(uint32_t c) {
    return c < 128 && (c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9'));
}
static inline bool uni_word(uint32_t c) { return c < 128 ? ascii_word(c) : pym_unicode_isalnum(c); }
static inline bool ascii_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool category(int64_t cat, uint32_t c) {
    switch (cat) {
    case C_DIGIT: return c >= '0' && c <= '9';
    case C_NOT_DIGIT: return !(c >= '0' && c <= '9');
    case C_SPACE: return ascii_space(c);
    case C_NOT_SPACE: return !ascii_space(c);
    case C_WORD: return ascii_word(c);
    case C_NOT_WORD: return !ascii_word(c);
    case 6 + C_DIGIT: return c < 128 ? (c >= '0' && c <= '9') : pym_unicode_isdecimal(c);
    case 6 + C_NOT_DIGIT: return !(c < 128 ? (c >= '0' && c <= '9') : pym_unicode_isdecimal(c));
    case 6 + C_SPACE:
        return c < 128 ? ascii_space(c) || (c >= 0x1C && c <= 0x1F) : pym_unicode_isspace(c);
    case 6 + C_NOT_SPACE:
        return !(c < 128 ? ascii_space(c) || (c >= 0x1C && c <= 0x1F) : pym_unicode_isspace(c));
    case 6 + C_WORD: return uni_word(c);
    case 6 + C_NOT_WORD: return !uni_word(c);
    }
    return false;
}

static inline uint32_t lower_of(int uni, uint32_t c) {
    if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (!uni) return c;
    switch (c) {               /* the signs that lower to letters */
    case 0x2126: return 0x3C9; /* OHM SIGN */
    case 0x212A: return 'k';   /* KELVIN SIGN */
    case 0x212B: return 0xE5;  /* ANGSTROM SIGN */
    }
    return pym_unicode_tolower(c);
}
static inline uint32_t upper_of(int uni, uint32_t c) {
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return uni ? pym_unicode_toupper(c) : c;
}

static bool fold_eq(int uni, uint32_t a, uint32_t b) {
    return a == b || lower_of(uni, a) == lower_of(uni, b) || upper_of(uni, a) == upper_of(uni, b);
}

/* Membership of c in the set items at p (ending with S_END), negation aside. */
static bool set_has(const int64_t *p, uint32_t c) {
    for (;;) {
        switch (*p) {
        case S_END: return false;
        case S_LIT:
            if (c == (uint32_t)p[1]) return true;
            p += 2;
            break;
        case S_RANGE:
            if (c >= (uint32_t)p[1] && c <= (uint32_t)p[2]) return true;
            p += 3;
            break;
        case S_CAT:
            if (category(p[1], c)) return true;
            p += 2;
            break;
        default: p++; break;
        }
    }
}

static bool in_set(int uni, const int64_t *p, uint32_t c, bool icase) {
    bool neg = false;
    if (*p == S_NEG) {
        neg = true;
        p++;
    }
    bool has = set_has(p, c);
    if (!has && icase) {
        uint32_t l = lower_of(uni, c), u = upper_of(uni, c);
        has = (l != c && set_has(p, l)) || (u != c && set_has(p, u));
    }
    return has != neg;
}

/* {====== the matcher ======} */

enum { F_ALT, F_REPEAT_ONE, F_MIN_REPEAT_ONE, F_LAZY, F_ATOMIC, F_ASSERT, F_ASSERT_NOT };

typedef struct {
    int kind;
    intptr_t pc, pos, trail;
    intptr_t a, b, c; /* per kind: counts, limits, item address */
} Frame;

typedef struct {
    intptr_t reg, old;
} TrailEntry;

typedef struct {
    const Program *prog;
    const unsigned char *p8;
    const uint32_t *p32;
    intptr_t end;   /* endpos */
    intptr_t *regs; /* marks (2 per group, group 0 too), lastindex, repeats */
    intptr_t nregs;
    Frame *frames;
    intptr_t nframes, capframes;
    TrailEntry *trail;
    intptr_t ntrail, captrail;
    bool fullmatch;
    bool must_advance; /* no empty match at search_start */
    intptr_t search_start;
    intptr_t match_end;
} Machine;

#define CH(i)            (m->p8 ? (uint32_t)m->p8[i] : m->p32[i])
#define REG_LASTINDEX(m) (2 * ((m)->prog->ngroups + 1))
#define REG_COUNT(m, r)  (REG_LASTINDEX(m) + 1 + 2 * (r))
#define REG_START(m, r)  (REG_COUNT(m, r) + 1)

static bool grow(void **p, intptr_t *cap, size_t elsize) {
    intptr_t ncap = *cap ? *cap * 2 : 64;
    if ((size_t)ncap > SIZE_MAX / 2 / elsize) return false;
    void *np = pym_obj_realloc(*p, (size_t)ncap * elsize);
    if (!np) return false;
    *p = np;
    *cap = ncap;
    return true;
}

static inline int set_reg(Machine *m, intptr_t r, intptr_t v) {
    if (m->ntrail == m->captrail && !grow((void **)&m->trail, &m->captrail, sizeof(TrailEntry)))
        return -1;
    m->trail[m->ntrail].reg = r;
    m->trail[m->ntrail].old = m->regs[r];
    m->ntrail++;
    m->regs[r] = v;
    return 0;
}

static inline Frame *push(Machine *m, int kind, intptr_t pc, intptr_t pos) {
    if (m->nframes == m->capframes && !grow((void **)&m->frames, &m->capframes, sizeof(Frame)))
        return NULL;
    Frame *f = &m->frames[m->nframes++];
    f->kind = kind;
    f->pc = pc;
    f->pos = pos;
    f->trail = m->ntrail;
    return f;
}

static inline void undo_to(Machine *m, intptr_t height) {
    while (m->ntrail > height) {
        m->ntrail--;
        m->regs[m->trail[m->ntrail].reg] = m->trail[m->ntrail].old;
    }
}

/* Index of the innermost marker frame (atomic group or lookaround). */
static intptr_t top_marker(Machine *m) {
    intptr_t k = m->nframes - 1;
    while (k >= 0 && m->frames[k].kind < F_ATOMIC) k--;
    return k;
}

/* Does the single-width item at p accept c? */
static inline bool item_ok(Machine *m, const int64_t *p, uint32_t c) {
    int uni = m->prog->flags & PF_UNICASE;
    switch (p[0]) {
    case OP_ANY: return c != '\n';
    case OP_ANY_ALL: return true;
    case OP_LIT: return c == (uint32_t)p[1];
    case OP_NOT_LIT: return c != (uint32_t)p[1];
    case OP_LIT_I: return fold_eq(uni, c, (uint32_t)p[1]);
    case OP_NOT_LIT_I: return !fold_eq(uni, c, (uint32_t)p[1]);
    case OP_IN: return in_set(uni, p + 2, c, false);
    case OP_IN_I: return in_set(uni, p + 2, c, true);
    }
    return false;
}

static bool at(Machine *m, int64_t kind, intptr_t pos) {
    intptr_t end = m->end;
    bool before, after;
    switch (kind) {
    case AT_BEGIN: return pos == 0;
    case AT_BEGIN_LINE: return pos == 0 || CH(pos - 1) == '\n';
    case AT_END: return pos == end || (pos == end - 1 && CH(pos) == '\n');
    case AT_END_LINE: return pos == end || CH(pos) == '\n';
    case AT_END_STRING: return pos == end;
    case AT_BOUNDARY:
    case AT_NON_BOUNDARY:
    case AT_UNI_BOUNDARY:
    case AT_UNI_NON_BOUNDARY: {
        if (pos == 0 && pos == end) return false;
        bool uni = kind >= AT_UNI_BOUNDARY;
        before = pos > 0 && (uni ? uni_word(CH(pos - 1)) : ascii_word(CH(pos - 1)));
        after = pos < end && (uni ? uni_word(CH(pos)) : ascii_word(CH(pos)));
        return (kind == AT_BOUNDARY || kind == AT_UNI_BOUNDARY) ? before != after : before == after;
    }
    }
    return false;
}

/* Tries a match starting at start.  1: matched (regs hold the marks,
** match_end the end), 0: no match, -1: error set. */
static int attempt(Machine *m, intptr_t start) {
    const int64_t *code = m->prog->code;
    intptr_t pc = 0, pos = start, end = m->end;
    unsigned steps = 0;
    for (intptr_t i = 0; i < m->nregs; i++) m->regs[i] = -1;
    m->nframes = 0;
    m->ntrail = 0;
    for (;;) {
        if (PYM_UNLIKELY(++steps == 0x100000)) {
            steps = 0;
            if (pym_vm_interrupt_pending) {
                pym_vm_interrupt_pending = 0;
                pym_err_set_none(PymExc_KeyboardInterrupt);
                return -1;
            }
        }
        const int64_t *p = code + pc;
        switch (p[0]) {
        case OP_FAIL: goto fail;
        case OP_SUCCESS:
            if (m->fullmatch && pos != end) goto fail;
            if (m->must_advance && pos == m->search_start) goto fail;
            m->match_end = pos;
            return 1;
        case OP_ANY:
        case OP_ANY_ALL:
            if (pos >= end || !item_ok(m, p, CH(pos))) goto fail;
            pos++;
            pc++;
            break;
        case OP_LIT:
        case OP_NOT_LIT:
        case OP_LIT_I:
        case OP_NOT_LIT_I:
            if (pos >= end || !item_ok(m, p, CH(pos))) goto fail;
            pos++;
            pc += 2;
            break;
        case OP_IN:
        case OP_IN_I:
            if (pos >= end || !item_ok(m, p, CH(pos))) goto fail;
            pos++;
            pc = p[1];
            break;
        case OP_AT:
            if (!at(m, p[1], pos)) goto fail;
            pc += 2;
            break;
        case OP_JMP: pc = p[1]; break;
        case OP_SPLIT:
            if (!push(m, F_ALT, p[2], pos)) goto nomem;
            pc = p[1];
            break;
        case OP_MARK:
            if (set_reg(m, p[1], pos) < 0) goto nomem;
            if ((p[1] & 1) && set_reg(m, REG_LASTINDEX(m), p[1] / 2) < 0) goto nomem;
            pc += 2;
            break;
        case OP_GROUPREF:
        case OP_GROUPREF_I: {
            intptr_t a = m->regs[2 * p[1]], b = m->regs[2 * p[1] + 1];
            if (a < 0 || b < 0 || b < a) goto fail;
            intptr_t n = b - a;
            if (end - pos < n) goto fail;
            int uni = m->prog->flags & PF_UNICASE;
            for (intptr_t i = 0; i < n; i++) {
                uint32_t x = CH(a + i), y = CH(pos + i);
                if (x != y && (p[0] == OP_GROUPREF || !fold_eq(uni, x, y))) goto fail;
            }
            pos += n;
            pc += 2;
            break;
        }
        case OP_GROUPREF_EXISTS: {
            intptr_t a = m->regs[2 * p[1]], b = m->regs[2 * p[1] + 1];
            pc = (a >= 0 && b >= 0 && a <= b) ? pc + 3 : p[2];
            break;
        }
        case OP_REPEAT_ONE: {
            intptr_t min = p[1], max = p[2], lim = end - pos, n = 0;
            if (max >= 0 && max < lim) lim = max;
            const int64_t *item = p + 4;
            while (n < lim && item_ok(m, item, CH(pos + n))) n++;
            if (n < min) goto fail;
            if (n > min) {
                /* quick reject: the tail starts with a literal not here */
                Frame *f = push(m, F_REPEAT_ONE, p[3], pos);
                if (!f) goto nomem;
                f->a = n;
                f->b = min;
            }
            pos += n;
            pc = p[3];
            break;
        }
        case OP_MIN_REPEAT_ONE: {
            intptr_t min = p[1], n = 0;
            const int64_t *item = p + 4;
            if (end - pos < min) goto fail;
            while (n < min && item_ok(m, item, CH(pos + n))) n++;
            if (n < min) goto fail;
            Frame *f = push(m, F_MIN_REPEAT_ONE, p[3], pos);
            if (!f) goto nomem;
            f->a = n;
            f->b = p[2];
            f->c = pc + 4;
            pos += n;
            pc = p[3];
            break;
        }
        case OP_RINIT:
            if (set_reg(m, REG_COUNT(m, p[1]), 0) < 0 || set_reg(m, REG_START(m, p[1]), -1) < 0)
                goto nomem;
            pc += 2;
            break;
        case OP_RMAX: {
            intptr_t cnt = m->regs[REG_COUNT(m, p[1])];
            if (cnt < p[2]) {
                pc += 5;
                break;
            }
            if ((p[3] < 0 || cnt < p[3]) && pos != m->regs[REG_START(m, p[1])]) {
                if (!push(m, F_ALT, p[4], pos)) goto nomem;
                if (set_reg(m, REG_START(m, p[1]), pos) < 0) goto nomem;
                pc += 5;
                break;
            }
            pc = p[4];
            break;
        }
        case OP_RMIN: {
            intptr_t cnt = m->regs[REG_COUNT(m, p[1])];
            if (cnt < p[2]) {
                pc += 5;
                break;
            }
            if (!push(m, F_LAZY, pc, pos)) goto nomem;
            pc = p[4];
            break;
        }
        case OP_RINC:
            if (set_reg(m, REG_COUNT(m, p[1]), m->regs[REG_COUNT(m, p[1])] + 1) < 0) goto nomem;
            pc = p[2];
            break;
        case OP_ATOMIC_BEGIN:
            if (!push(m, F_ATOMIC, 0, pos)) goto nomem;
            pc++;
            break;
        case OP_ATOMIC_END:
            m->nframes = top_marker(m);
            pc++;
            break;
        case OP_ASSERT:
            if (pos - p[1] < 0) goto fail;
            if (!push(m, F_ASSERT, 0, pos)) goto nomem;
            pos -= p[1];
            pc += 2;
            break;
        case OP_ASSERT_END: {
            intptr_t k = top_marker(m);
            pos = m->frames[k].pos;
            m->nframes = k;
            pc++;
            break;
        }
        case OP_ASSERT_NOT:
            if (pos - p[1] < 0) {
                pc = p[2];
                break;
            }
            if (!push(m, F_ASSERT_NOT, p[2], pos)) goto nomem;
            pos -= p[1];
            pc += 3;
            break;
        case OP_ASSERT_NOT_END: m->nframes = top_marker(m); goto fail;
        default:
            pym_err_set_string(PymExc_RuntimeError, "internal error in regular expression engine");
            return -1;
        }
        continue;
    fail:
        for (;;) {
            if (m->nframes == 0) return 0;
            Frame *f = &m->frames[m->nframes - 1];
            undo_to(m, f->trail);
            switch (f->kind) {
            case F_ALT:
                pc = f->pc;
                pos = f->pos;
                m->nframes--;
                goto resumed;
            case F_REPEAT_ONE: {
                intptr_t n = --f->a;
                pc = f->pc;
                pos = f->pos + n;
                if (n == f->b) m->nframes--;
                /* skip positions where a literal tail cannot start */
                if (code[pc] == OP_LIT) {
                    uint32_t c = (uint32_t)code[pc + 1];
                    while (pos < end && CH(pos) != c && f->a > f->b) {
                        n = --f->a;
                        pos = f->pos + n;
                        if (n == f->b) {
                            m->nframes--;
                            break;
                        }
                    }
                }
                goto resumed;
            }
            case F_MIN_REPEAT_ONE: {
                intptr_t n = f->a, at_ = f->pos + n;
                if ((f->b >= 0 && n >= f->b) || at_ >= end || !item_ok(m, code + f->c, CH(at_))) {
                    m->nframes--;
                    continue;
                }
                f->a = n + 1;
                pc = f->pc;
                pos = at_ + 1;
                goto resumed;
            }
            case F_LAZY: {
                const int64_t *q = code + f->pc;
                pos = f->pos;
                m->nframes--;
                intptr_t cnt = m->regs[REG_COUNT(m, q[1])];
                if ((q[3] >= 0 && cnt >= q[3]) || pos == m->regs[REG_START(m, q[1])]) continue;
                if (set_reg(m, REG_START(m, q[1]), pos) < 0) goto nomem;
                pc = f->pc + 5;
                goto resumed;
            }
            case F_ASSERT_NOT:
                pc = f->pc;
                pos = f->pos;
                m->nframes--;
                goto resumed;
            default: /* atomic group or positive lookaround failed */ m->nframes--; continue;
            }
        }
    resumed:;
    }
nomem:
    pym_err_no_memory();
    return -1;
}

/* {====== Python interface ======} */

static void program_dealloc(PymObject *o) {
    pym_obj_free(((Program *)o)->code);
    PYM_TYPE(o)->tp_free(o);
}

static PymType program_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),      .tp_name = "_sre.Program",
    .tp_basicsize = sizeof(Program),           .tp_dealloc = program_dealloc,
    .tp_getattro = pym_object_generic_getattr, .tp_free = pym_object_free,
};

// compile(code, ngroups, nrepeats, flags): a Program from the list of ints
static PymObject *sre_compile(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kw) {
    (void)self;
    if (pym_arg_count("compile", nargs, kw, 4, 4) < 0) return NULL;
    if (!PYM_LIST_CHECK(args[0])) {
        pym_err_set_string(PymExc_TypeError, "compile() expects a list");
        return NULL;
    }
    intptr_t n = PYM_SIZE(args[0]);
    intptr_t ng = pym_int_as_ssize(args[1]), nr = pym_int_as_ssize(args[2]);
    intptr_t fl = pym_int_as_ssize(args[3]);
    if ((ng == -1 || nr == -1 || fl == -1) && pym_err_occurred()) return NULL;
    Program *pr = (Program *)pym_object_alloc(&program_type, 0);
    if (!pr) return NULL;
    pr->code = pym_obj_malloc(sizeof(int64_t) * (size_t)(n + 1));
    if (!pr->code) {
        PYM_DECREF(pr);
        return pym_err_no_memory();
    }
    for (intptr_t i = 0; i < n; i++) {
        intptr_t v = pym_int_as_ssize(PYM_LIST_ITEMS(args[0])[i]);
        if (v == -1 && pym_err_occurred()) {
            PYM_DECREF(pr);
            return NULL;
        }
        pr->code[i] = v;
    }
    pr->code[n] = OP_FAIL;
    pr->ncode = n;
    pr->ngroups = ng;
    pr->nrepeats = nr;
    pr->flags = (int)fl;
    return (PymObject *)pr;
}

// subject(s): the subject s read by code point, for repeated run() calls
static PymObject *sre_subject(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kw) {
    (void)self;
    if (pym_arg_count("subject", nargs, kw, 1, 1) < 0) return NULL;
    return subject_new(args[0]);
}

static int machine_init(Machine *m, Program *pr, Subject *s, intptr_t endpos) {
    memset(m, 0, sizeof *m);
    m->prog = pr;
    m->p8 = s->p8;
    m->p32 = s->p32;
    m->end = endpos;
    m->nregs = 2 * (pr->ngroups + 1) + 1 + 2 * pr->nrepeats;
    m->regs = pym_obj_malloc(sizeof(intptr_t) * (size_t)m->nregs);
    if (!m->regs) {
        pym_err_no_memory();
        return -1;
    }
    return 0;
}

static void machine_free(Machine *m) {
    pym_obj_free(m->regs);
    if (m->frames) pym_obj_free(m->frames);
    if (m->trail) pym_obj_free(m->trail);
}

/* A match (mode 0), fullmatch (1) or search (2) from pos.  1: found, with
** regs[0..1] the span and each group's marks -1 unless both ends are set;
** 0: none; -1: error. */
static int machine_run(Machine *m, intptr_t pos, int mode, bool must_advance) {
    const Program *pr = m->prog;
    intptr_t endpos = m->end, start = pos;
    m->fullmatch = mode == 1;
    m->must_advance = must_advance;
    m->search_start = pos;
    int r = 0;
    /* a search for a pattern starting with a literal skips to its occurrences */
    bool lit = pr->code[0] == OP_LIT;
    for (;;) {
        if (mode == 2 && lit) {
            uint32_t c = (uint32_t)pr->code[1];
            while (start < endpos && (m->p8 ? (uint32_t)m->p8[start] : m->p32[start]) != c) start++;
            if (start >= endpos) break;
        }
        r = attempt(m, start);
        if (r != 0 || mode != 2 || start >= endpos) break;
        if (pr->code[0] == OP_AT && pr->code[1] == AT_BEGIN) break;
        start++;
    }
    if (r <= 0) return r;
    intptr_t n = 2 * (pr->ngroups + 1);
    m->regs[0] = start;
    m->regs[1] = m->match_end;
    for (intptr_t i = 2; i < n; i += 2)
        if (m->regs[i] < 0 || m->regs[i + 1] < 0 || m->regs[i] > m->regs[i + 1])
            m->regs[i] = m->regs[i + 1] = -1;
    return 1;
}

/* Clamps pos/endpos to the subject as CPython does; false: no match possible. */
static bool clamp(Subject *s, intptr_t *pos, intptr_t *endpos) {
    if (*pos < 0) *pos = 0;
    if (*pos > s->len) *pos = s->len;
    if (*endpos > s->len) *endpos = s->len;
    if (*endpos < 0) *endpos = 0;
    return *endpos >= *pos;
}

/* Program and Subject from the arguments (subject made when given a str or
** bytes: *own is then a new reference to drop). */
static int get_prog_subject(PymObject *const *args, Program **pr, Subject **s, PymObject **own) {
    if (PYM_TYPE(args[0]) != &program_type) {
        pym_err_set_string(PymExc_TypeError, "expected a compiled program");
        return -1;
    }
    *pr = (Program *)args[0];
    *own = NULL;
    if (PYM_TYPE(args[1]) == &subject_type) {
        *s = (Subject *)args[1];
        return 0;
    }
    *own = subject_new(args[1]);
    if (!*own) return -1;
    *s = (Subject *)*own;
    return 0;
}

/* run(program, subject, pos, endpos, mode): mode 0 match, 1 fullmatch,
** 2 search, plus 4: the match may not be empty at pos (after an empty match,
** as CPython's must_advance).  None, or a tuple of the 2*(groups+1) marks
** (-1: unset) followed by lastindex (-1: None). */
static PymObject *sre_run(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw) {
    (void)self;
    if (pym_arg_count("run", nargs, kw, 5, 5) < 0) return NULL;
    Program *pr;
    Subject *s;
    PymObject *own, *result = NULL;
    if (get_prog_subject(args, &pr, &s, &own) < 0) return NULL;
    intptr_t pos = pym_int_as_ssize(args[2]), endpos = pym_int_as_ssize(args[3]);
    intptr_t mode = pym_int_as_ssize(args[4]);
    if ((pos == -1 || endpos == -1 || mode == -1) && pym_err_occurred()) goto done;
    if (!clamp(s, &pos, &endpos)) {
        result = pym_newref(pym_None);
        goto done;
    }
    Machine m;
    if (machine_init(&m, pr, s, endpos) < 0) goto done;
    int r = machine_run(&m, pos, (int)(mode & 3), (mode & 4) != 0);
    if (r > 0) {
        intptr_t n = 2 * (pr->ngroups + 1);
        result = pym_tuple_new(n + 1);
        for (intptr_t i = 0; result && i <= n; i++) {
            PymObject *x = pym_int_from_ssize(m.regs[i]);
            if (!x) {
                PYM_CLEAR(result);
                break;
            }
            PYM_TUPLE_ITEMS(result)[i] = x;
        }
    } else if (r == 0) {
        result = pym_newref(pym_None);
    }
    machine_free(&m);
done:
    PYM_XDECREF(own);
    return result;
}

/* subject[a:b] as a str or bytes like the subject (a < 0: empty). */
static PymObject *subject_slice(Subject *s, intptr_t a, intptr_t b) {
    if (a < 0) a = b = 0;
    if (PYM_BYTES_CHECK(s->obj)) return pym_bytes_from_data((const char *)s->p8 + a, b - a);
    if (s->p8) return pym_str_new_known((const char *)s->p8 + a, b - a, b - a, true);
    PymStrBuilder sb;
    pym_sb_init(&sb);
    for (intptr_t i = a; i < b; i++) pym_sb_append_char(&sb, s->p32[i]);
    return pym_sb_finish(&sb);
}

// findall(program, subject, pos, endpos): Pattern.findall's list
static PymObject *sre_findall(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kw) {
    (void)self;
    if (pym_arg_count("findall", nargs, kw, 4, 4) < 0) return NULL;
    Program *pr;
    Subject *s;
    PymObject *own, *list = NULL;
    if (get_prog_subject(args, &pr, &s, &own) < 0) return NULL;
    intptr_t pos = pym_int_as_ssize(args[2]), endpos = pym_int_as_ssize(args[3]);
    if ((pos == -1 || endpos == -1) && pym_err_occurred()) goto done;
    list = pym_list_new(0);
    if (!list || !clamp(s, &pos, &endpos)) goto done;
    Machine m;
    if (machine_init(&m, pr, s, endpos) < 0) {
        PYM_CLEAR(list);
        goto done;
    }
    bool must_advance = false;
    intptr_t ng = pr->ngroups;
    while (pos <= endpos) {
        int r = machine_run(&m, pos, 2, must_advance);
        if (r < 0) {
            PYM_CLEAR(list);
            break;
        }
        if (r == 0) break;
        PymObject *item;
        if (ng == 0) {
            item = subject_slice(s, m.regs[0], m.regs[1]);
        } else if (ng == 1) {
            item = subject_slice(s, m.regs[2], m.regs[3]);
        } else {
            item = pym_tuple_new(ng);
            for (intptr_t g = 1; item && g <= ng; g++) {
                PymObject *x = subject_slice(s, m.regs[2 * g], m.regs[2 * g + 1]);
                if (!x) {
                    PYM_CLEAR(item);
                    break;
                }
                PYM_TUPLE_ITEMS(item)[g - 1] = x;
            }
        }
        if (!item || pym_list_append(list, item) < 0) {
            PYM_XDECREF(item);
            PYM_CLEAR(list);
            break;
        }
        PYM_DECREF(item);
        must_advance = m.regs[0] == m.regs[1];
        pos = m.regs[1];
    }
    machine_free(&m);
done:
    PYM_XDECREF(own);
    return list;
}

/* Appends subject[a:b] to sb (UTF-8 for strs, the raw bytes for bytes). */
static void append_span(PymStrBuilder *sb, Subject *s, intptr_t a, intptr_t b) {
    if (s->p8)
        pym_sb_append(sb, (const char *)s->p8 + a, b - a);
    else
        for (intptr_t i = a; i < b; i++) pym_sb_append_char(sb, s->p32[i]);
}

// sub(program, subject, template, count) -> (new, n): template is a list of
// literals (str or bytes, as the subject) and group numbers
static PymObject *sre_sub(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw) {
    (void)self;
    if (pym_arg_count("sub", nargs, kw, 4, 4) < 0) return NULL;
    Program *pr;
    Subject *s;
    PymObject *own, *result = NULL, *tmpl = args[2];
    if (!PYM_LIST_CHECK(tmpl)) {
        pym_err_set_string(PymExc_TypeError, "sub() expects a template list");
        return NULL;
    }
    if (get_prog_subject(args, &pr, &s, &own) < 0) return NULL;
    intptr_t count = pym_int_as_ssize(args[3]), n = 0, last = 0, pos = 0;
    if (count == -1 && pym_err_occurred()) goto done;
    bool is_bytes = PYM_BYTES_CHECK(s->obj), must_advance = false;
    Machine m;
    if (machine_init(&m, pr, s, s->len) < 0) goto done;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    int r = 0;
    while (pos <= s->len && (count == 0 || n < count)) {
        r = machine_run(&m, pos, 2, must_advance);
        if (r <= 0) break;
        append_span(&sb, s, last, m.regs[0]);
        for (intptr_t i = 0; i < PYM_SIZE(tmpl); i++) {
            PymObject *item = PYM_LIST_ITEMS(tmpl)[i];
            if (PYM_INT_CHECK(item)) {
                intptr_t g = pym_int_as_ssize(item);
                if (g < 0 || g > pr->ngroups) {
                    pym_err_set_string(PymExc_IndexError, "no such group");
                    r = -1;
                    break;
                }
                if (m.regs[2 * g] >= 0) append_span(&sb, s, m.regs[2 * g], m.regs[2 * g + 1]);
            } else if (is_bytes && PYM_BYTES_CHECK(item)) {
                pym_sb_append(&sb, PYM_BYTES_DATA(item), PYM_BYTES_LEN(item));
            } else if (!is_bytes && PYM_STR_CHECK(item)) {
                pym_sb_append_str(&sb, item);
            } else {
                pym_err_set_string(PymExc_TypeError, "sub() template item of the wrong type");
                r = -1;
                break;
            }
        }
        if (r < 0) break;
        last = m.regs[1];
        n++;
        must_advance = m.regs[0] == m.regs[1];
        pos = m.regs[1];
    }
    machine_free(&m);
    if (r < 0) {
        pym_sb_discard(&sb);
        goto done;
    }
    append_span(&sb, s, last, s->len);
    PymObject *text;
    if (is_bytes) {
        text = sb.failed ? pym_err_no_memory() : pym_bytes_from_data(sb.buf, sb.len);
        pym_sb_discard(&sb);
    } else {
        text = pym_sb_finish(&sb);
    }
    if (!text) goto done;
    PymObject *cnt = pym_int_from_ssize(n);
    result = cnt ? pym_tuple_new(2) : NULL;
    if (!result) {
        PYM_DECREF(text);
        PYM_XDECREF(cnt);
        goto done;
    }
    PYM_TUPLE_ITEMS(result)[0] = text;
    PYM_TUPLE_ITEMS(result)[1] = cnt;
done:
    PYM_XDECREF(own);
    return result;
}

/* {====== the match iterator ======} */

/* iterate(program, subject, pos, endpos, limit): the marks of successive
** matches (as finditer, sub and split see them), limit 0: all. */
typedef struct {
    PymObject ob_base;
    PymObject *prog, *subj; /* Program, Subject */
    Machine m;
    intptr_t pos, limit, count;
    bool must_advance, done;
} MarksIter;

static PymType marks_iter_type;

static int marks_iter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((MarksIter *)o)->prog);
    PYM_VISIT(((MarksIter *)o)->subj);
    return 0;
}

static void marks_iter_dealloc(PymObject *o) {
    MarksIter *it = (MarksIter *)o;
    pym_gc_untrack(o);
    machine_free(&it->m);
    PYM_XDECREF(it->prog);
    PYM_XDECREF(it->subj);
    PYM_TYPE(o)->tp_free(o);
}

static PymObject *marks_iter_self(PymObject *o) { return pym_newref(o); }

static PymObject *marks_iter_next(PymObject *o) {
    MarksIter *it = (MarksIter *)o;
    if (it->done || it->pos > it->m.end) {
        it->done = true;
        return NULL;
    }
    int r = machine_run(&it->m, it->pos, 2, it->must_advance);
    if (r <= 0) {
        it->done = true;
        return NULL;
    }
    intptr_t n = 2 * (it->m.prog->ngroups + 1);
    PymObject *t = pym_tuple_new(n + 1);
    for (intptr_t i = 0; t && i <= n; i++) {
        PymObject *x = pym_int_from_ssize(it->m.regs[i]);
        if (!x) {
            PYM_CLEAR(t);
            break;
        }
        PYM_TUPLE_ITEMS(t)[i] = x;
    }
    it->must_advance = it->m.regs[0] == it->m.regs[1];
    it->pos = it->m.regs[1];
    if (it->limit && ++it->count >= it->limit) it->done = true;
    return t;
}

static PymType marks_iter_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_sre.MarksIterator",
    .tp_basicsize = sizeof(MarksIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = marks_iter_dealloc,
    .tp_traverse = marks_iter_traverse,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = marks_iter_self,
    .tp_iternext = marks_iter_next,
    .tp_free = pym_object_free,
};

static PymObject *sre_iterate(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kw) {
    (void)self;
    if (pym_arg_count("iterate", nargs, kw, 5, 5) < 0) return NULL;
    Program *pr;
    Subject *s;
    PymObject *own;
    if (get_prog_subject(args, &pr, &s, &own) < 0) return NULL;
    intptr_t pos = pym_int_as_ssize(args[2]), endpos = pym_int_as_ssize(args[3]);
    intptr_t limit = pym_int_as_ssize(args[4]);
    MarksIter *it = NULL;
    if ((pos == -1 || endpos == -1 || limit == -1) && pym_err_occurred()) goto done;
    bool possible = clamp(s, &pos, &endpos);
    it = (MarksIter *)pym_object_alloc(&marks_iter_type, 0);
    if (!it) goto done;
    memset(&it->m, 0, sizeof it->m);
    it->prog = pym_newref((PymObject *)pr);
    it->subj = pym_newref((PymObject *)s);
    it->pos = pos;
    it->limit = limit;
    it->count = 0;
    it->must_advance = false;
    it->done = !possible;
    if (machine_init(&it->m, pr, s, endpos) < 0) {
        PYM_CLEAR(it);
        goto done;
    }
    pym_gc_track((PymObject *)it);
done:
    PYM_XDECREF(own);
    return (PymObject *)it;
}

static PymMethodDef sre_functions[] = {
    {"compile", sre_compile, 0, "Make a program from compiled pattern code."},
    {"subject", sre_subject, 0, "Prepare a str or bytes for repeated matching."},
    {"run", sre_run, 0, "Run a program: None or the group marks."},
    {"iterate", sre_iterate, 0, "Iterator over the marks of successive matches."},
    {"sub", sre_sub, 0, "Replace matches by a template: (new, count)."},
    {"findall", sre_findall, 0, "All non-overlapping matches, as Pattern.findall."},
    {NULL, NULL, 0, NULL},
};

/* Creates the _sre module (new ref); called by the import system. */
PymObject *pym_sre_module_init(void) {
    if (pym_type_ready(&program_type) < 0 || pym_type_ready(&subject_type) < 0 ||
        pym_type_ready(&marks_iter_type) < 0)
        return NULL;
    PymObject *m = pym_module_new("_sre");
    if (!m) return NULL;
    PymObject *v = pym_int_from_ssize(4294967295LL);
    if (!v || pym_module_add_functions(m, sre_functions) < 0 ||
        pym_module_add_object(m, "MAXREPEAT", v) < 0) {
        PYM_XDECREF(v);
        PYM_DECREF(m);
        return NULL;
    }
    PYM_DECREF(v);
    return m;
}
