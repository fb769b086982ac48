/*
** strobject.h -- str (strobject.c), the string builder (strbuilder.c) and the
** format-spec mini-language (formatspec.c).
**
** A str stores its characters as PEP 393 does: 1, 2 or 4 bytes a character,
** the kind chosen by the widest character, so indexing and slicing are O(1)
** for every string.  ASCII strings keep CPython's 48-byte header with the
** characters (which are also their UTF-8) inline after it: sys.getsizeof is
** 49 + n.  Other strings use CPython's 72-byte compact header (PymStrWide)
** and (n + 1) * kind bytes of characters; their UTF-8 form is made on demand
** by PYM_STR_UTF8 and cached in st_utf8 (counted by __sizeof__, as CPython
** counts its utf8 member).  ob_size is the length in code points; the hash is
** computed once and cached (-1: not yet).  Strings are immutable (except the
** in-place += of a str nobody else sees); interned strings are unique so they
** compare by pointer first.
*/
#ifndef PYM_STROBJECT_H
#define PYM_STROBJECT_H

#include "object.h"
#include "strbuilder.h"
#include <stdarg.h>

typedef struct PymStr {
    PymVarObject ob_base; /* ob_size: length in code points */
    intptr_t st_hash;     /* -1 until computed */
    char *st_utf8;        /* non-ASCII: cached UTF-8 + NUL (pym_obj_malloc) or
                                 ** NULL; ASCII: NULL (the data is the UTF-8) */
    uint32_t st_interned; /* 1 if in the intern table (immortal) */
    uint8_t st_ascii;     /* 1 if every char < 128 (then kind 1, data inline) */
    uint8_t st_kind;      /* 1, 2 or 4 bytes a character */
    uint16_t st_unused;
    char st_data[]; /* ASCII: ob_size chars + NUL */
} PymStr;

/* A non-ASCII str: CPython's compact header (72 bytes), then the data. */
typedef struct PymStrWide {
    PymStr base;
    intptr_t st_nbytes;     /* length of st_utf8 when cached */
    intptr_t st_unused2[2]; /* CPython's utf8 / wstr_length slots */
} PymStrWide;

extern PymType pym_type_str;
#define PYM_STR_CHECK(o)       ((PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_STR_SUBCLASS) != 0)
#define PYM_STR_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_type_str)
#define PYM_STR_LEN(o)         PYM_SIZE(o)
#define PYM_STR_IS_ASCII(o)    (((PymStr *)(o))->st_ascii)
#define PYM_STR_KIND(o)        (((PymStr *)(o))->st_kind)
/* The characters: 1-byte (ASCII or Latin-1), 2-byte or 4-byte units. */
#define PYM_STR_DATA(o) \
    (PYM_STR_IS_ASCII(o) ? (void *)((PymStr *)(o))->st_data \
                         : (void *)((char *)(o) + sizeof(PymStrWide)))
static inline uint32_t pym_str_read(int kind, const void *data, intptr_t i) {
    return kind == 1   ? ((const uint8_t *)data)[i]
           : kind == 2 ? ((const uint16_t *)data)[i]
                       : ((const uint32_t *)data)[i];
}

/* The UTF-8 form (borrowed, NUL-terminated; cached for non-ASCII strs).  On
** out of memory pym_str_utf8_slow sets MemoryError and returns "" (length
** 0); pym_str_as_utf8 returns NULL instead, for callers that check. */
char *pym_str_utf8_slow(PymObject *s);
const char *pym_str_as_utf8(PymObject *s, intptr_t *nbytes);
/* The UTF-8 length of a non-ASCII str whose form is not cached yet: makes
** it, or gives 0 when that fails or already failed (MemoryError pending),
** so that PYM_STR_UTF8 then PYM_STR_NBYTES always pair "" with 0. */
intptr_t pym_str_nbytes_slow(PymObject *s);
static inline char *pym_str_utf8_inline(PymObject *o) {
    PymStr *s = (PymStr *)o;
    if (PYM_LIKELY(s->st_ascii)) return s->st_data;
    if (s->st_utf8) return s->st_utf8;
    return pym_str_utf8_slow(o);
}
static inline intptr_t pym_str_nbytes_inline(PymObject *o) {
    PymStr *s = (PymStr *)o;
    if (PYM_LIKELY(s->st_ascii)) return PYM_SIZE(o);
    if (s->st_utf8) return ((PymStrWide *)s)->st_nbytes;
    return pym_str_nbytes_slow(o);
}
/* Size of the UTF-8 form and writing it to out, without caching it. */
intptr_t pym_str_utf8_size(PymObject *s);
void pym_str_utf8_write(PymObject *s, char *out);
/* The UTF-8 form for a one-off use (print, write) without caching it: the
** cached/ASCII text, or a new buffer in *tofree (pym_raw_free it; NULL
** when none).  NULL with MemoryError on out of memory. */
const char *pym_str_utf8_temp(PymObject *s, intptr_t *nbytes, char **tofree);
#define PYM_STR_UTF8(o)   pym_str_utf8_inline((PymObject *)(o))
#define PYM_STR_NBYTES(o) pym_str_nbytes_inline((PymObject *)(o))

/* New strs.  s must be valid UTF-8 (from_utf8 checks and raises
** UnicodeDecodeError when check is true). */
PymObject *pym_str_from_utf8(const char *s, intptr_t nbytes);
PymObject *pym_str_from_utf8_checked(const char *s, intptr_t nbytes); /* validates */
PymObject *pym_str_from_cstr(const char *s);
PymObject *pym_str_from_format(const char *fmt, ...); /* codes as in error.h */
PymObject *pym_str_from_vformat(const char *fmt, va_list ap);
PymObject *pym_str_from_codepoint(uint32_t cp); /* chr() */
PymObject *pym_str_empty(void);                 /* the '' singleton, new ref */
/* Interning: returns the unique equal string; steals s, returns a new ref. */
PymObject *pym_str_intern(PymObject *s);
/* The interned str of s: borrowed, immortal. */
PymObject *pym_str_intern_cstr(const char *s);

intptr_t pym_str_hash(PymObject *s);
/* The hash of n bytes, equal to that of a str whose UTF-8 they are. */
intptr_t pym_hash_bytes(const void *p, intptr_t n);
int pym_str_equal(PymObject *a, PymObject *b); /* both strs: 1/0 */
int pym_str_equal_cstr(PymObject *s, const char *c);
int pym_str_compare(PymObject *a, PymObject *b); /* <0, 0, >0 by code point */
PymObject *pym_str_concat(PymObject *a, PymObject *b);
PymObject *pym_str_join(PymObject *sep, PymObject *iterable);
PymObject *pym_str_substring(PymObject *s, intptr_t start, intptr_t end); /* code points */
/* s[start:start+n*step:step] for indices pym_slice_adjust_indices resolved
** (n items, all in range; step != 0): what slicing an exact str returns. */
PymObject *pym_str_get_slice(PymObject *s, intptr_t start, intptr_t n, intptr_t step);
uint32_t pym_str_char_at(PymObject *s, intptr_t i); /* code point i (in range) */
/* repr(str) with CPython's quoting rules ('abc', "it's", '\n', '\x00'). */
PymObject *pym_str_repr(PymObject *s);
/* ascii(): repr with non-ASCII escaped (\xe9, \u20ac, \U0001f600); takes a repr str. */
PymObject *pym_str_ascii_escape(PymObject *repr_str);
/* Decodes one UTF-8 sequence at s (n bytes left); returns its length (>=1)
** and the code point in *cp; invalid sequences give length 1 and cp 0xFFFD. */
int pym_utf8_decode(const unsigned char *s, intptr_t n, uint32_t *cp);
int pym_utf8_encode(uint32_t cp, char *out); /* returns 1..4 */

/* ---- format-spec mini-language ---- */
typedef struct PymFormatSpec {
    uint32_t fill;      /* ' ' by default */
    char align;         /* '<', '>', '^', '=' or 0 (type default) */
    char sign;          /* '+', '-', ' ' or 0 */
    bool alternate;     /* '#' */
    bool zero;          /* '0' before width */
    intptr_t width;     /* -1: none */
    char grouping;      /* ',', '_' or 0 */
    intptr_t precision; /* -1: none */
    char type;          /* presentation type or 0 */
} PymFormatSpec;

/* ---- iterators, construction from known UTF-8, codecs ---- */
extern PymType pym_type_str_iter, pym_type_str_ascii_iter;
/* New str from UTF-8 whose code point count and ASCII-ness are known (uses
** the '' and 1-char caches). */
PymObject *pym_str_new_known(const char *s, intptr_t nbytes, intptr_t nchars, bool ascii);
/* Byte offset of code point i (0 <= i <= len). */
intptr_t pym_str_offset(PymObject *s, intptr_t i);
/* Decodes bytes with a codec ("utf-8", "ascii", "latin-1" and aliases) and an
** error handler ("strict", "ignore", "replace", "backslashreplace"); new str. */
PymObject *pym_str_decode(const char *data, intptr_t len, const char *encoding, const char *errors);
/* Encodes a str to a bytes object. */
PymObject *pym_str_encode(PymObject *s, const char *encoding, const char *errors);
/* Unicode character classes used by str methods. */
bool pym_unicode_isspace(uint32_t c);
/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII for int()/float():
** Unicode decimal digits become ASCII digits, Unicode spaces ' ', other
** non-ASCII characters '?'.  New reference (s itself when ASCII). */
PymObject *pym_str_decimal_to_ascii(PymObject *s);
bool pym_unicode_isalpha(uint32_t c);
bool pym_unicode_isdecimal(uint32_t c);
bool pym_unicode_isprintable(uint32_t c);
bool pym_unicode_isidstart(uint32_t c);
bool pym_unicode_isidcontinue(uint32_t c);
uint32_t pym_unicode_tolower(uint32_t c); /* simple one-code-point mappings */
uint32_t pym_unicode_toupper(uint32_t c);
bool pym_unicode_isalnum(uint32_t c);

/* New str from kind-sized characters (the narrowest kind that holds them). */
PymObject *pym_str_from_kind(int kind, const void *data, intptr_t n);
/* a + b for `a += b` when the caller holds the only reference to a (the VM
** has dropped the variable's): an exact, uninterned str a is resized in
** place when b's characters fit its kind, else a new str is made.  Steals
** the reference to a; returns a new reference or NULL. */
PymObject *pym_str_concat_steal(PymObject *a, PymObject *b);
/* Whether a += b may resize a in place (exact strs, a not shared/cached). */
static inline bool pym_str_can_append_inplace(PymObject *a, PymObject *b) {
    return PYM_STR_CHECK_EXACT(a) && PYM_STR_CHECK_EXACT(b) && !((PymStr *)a)->st_interned &&
           PYM_SIZE(a) > 1 && ((PymStr *)a)->st_kind >= ((PymStr *)b)->st_kind &&
           (((PymStr *)b)->st_ascii || !((PymStr *)a)->st_ascii);
}

int pym_strings_init(void); /* str/bytes types, '' */
/* Makes the cached 1-char strings (U+0000-U+00FF) not made yet: they are
** made on first use, and all at once before the heap is observed. */
void pym_str_fill_char_cache(void);

#include "formatspec.h" /* format specs, format(), str.format */
#include "strformat.h"  /* str % args, bytes % args */

#endif
