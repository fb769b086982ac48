/*
** strobject.c -- the str type: creation, the '' and 1-character caches, the
** intern table, hashing, comparison, repr, indexing and slicing, iteration,
** every str method, codecs (utf-8, ascii, latin-1) and pym_str_from_format.
**
** Design (PEP 393).  A str is one allocation.  An ASCII str is the 48-byte
** header and its characters, which are also its UTF-8, then a NUL
** (sys.getsizeof 49 + n).  Any other str is CPython's 72-byte compact header
** (PymStrWide) and (n + 1) * kind bytes: kind 1 (Latin-1), 2 (UCS-2, lone
** surrogates included) or 4, the narrowest that holds its widest character,
** so equal strings always have the same kind and layout.  Indexing, slicing,
** iteration, comparison, hashing, concatenation, join, repeat, find/count/in
** and repr read the characters directly (1-byte kinds with memchr/memmem/
** memcmp); results are built with the narrowest kind again (slicing 'é' off
** 'éa' gives an ASCII str).  Methods written against UTF-8 (split, strip,
** replace, case mappings ...) work on the UTF-8 form, which PYM_STR_UTF8
** makes on demand and caches in st_utf8 as CPython's PyUnicode_AsUTF8
** does; __sizeof__ counts it when present.  print, write, encode, f-strings
** and the string builder encode without caching, so what a script sees of
** sizes stays CPython's in the common cases.  The hash reads the UTF-8
** eight bytes at a time (produced on the fly for non-ASCII strs), so a C
** string and an equal str hash alike (pym_hash_bytes, below).  `s += t` on a str nobody
** else holds (pym_str_concat_steal, called by the VM) grows the block in
** place, so building a string with += is linear.
** Strings of length 0 and 1 (code point < 256) come from caches; interned
** strings live in an open-addressing set owned by this file and are immortal
** (the table holds a reference that is never dropped).  The hash is cached in
** st_hash, never -1.
** Character classes and case mappings cover ASCII, Latin-1, Latin Extended,
** Greek, Cyrillic, Armenian and common CJK/numeric ranges (tables below).
*/
#define _GNU_SOURCE 1
#include "pym.h"
#include <stdarg.h>
#include <ctype.h>
#include <limits.h>

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */
/* ------------------------------------------------------------------ */

int pym_utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Strict check of one sequence (surrogates allowed when allow_surr); returns
** its length or 0 when invalid; *why gets CPython's reason, *bad the number
** of bytes the error covers. */
static int utf8_check(const unsigned char *s, intptr_t n, uint32_t *cp, bool allow_surr,
                      const char **why, int *bad) {
    unsigned c = s[0];
    *bad = 1;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
        min = 0x10000;
    } else {
        *why = "invalid start byte";
        return 0;
    }
    for (int k = 1; k < len; k++) {
        if (k >= n) {
            *why = "unexpected end of data";
            *bad = k;
            return 0;
        }
        unsigned d = s[k];
        /* second-byte restrictions, as CPython checks them */
        if (k == 1) {
            bool ok = (d & 0xC0) == 0x80;
            if (c == 0xE0 && d < 0xA0) ok = false;
            if (c == 0xED && d >= 0xA0 && !allow_surr) ok = false;
            if (c == 0xF0 && d < 0x90) ok = false;
            if (c == 0xF4 && d >= 0x90) ok = false;
            if (!ok) {
                *why = "invalid continuation byte";
                *bad = 1;
                return 0;
            }
        } else if ((d & 0xC0) != 0x80) {
            *why = "invalid continuation byte";
            *bad = k;
            return 0;
        }
        v = (v << 6) | (d & 0x3F);
    }
    if (v < min) {
        *why = "invalid continuation byte";
        return 0;
    }
    *cp = v;
    return len;
}

int pym_utf8_decode(const unsigned char *s, intptr_t n, uint32_t *cp) {
    const char *why;
    int bad;
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    int len = utf8_check(s, n, cp, true, &why, &bad);
    if (!len) {
        *cp = 0xFFFD;
        return 1;
    }
    return len;
}

/* Fast decode of valid UTF-8 at s[*i]; advances *i. */
static inline uint32_t u8_next(const unsigned char *s, intptr_t *i) {
    uint32_t c = s[*i];
    if (c < 0x80) {
        (*i)++;
        return c;
    }
    if (c < 0xE0) {
        c = ((c & 0x1F) << 6) | (s[*i + 1] & 0x3F);
        *i += 2;
        return c;
    }
    if (c < 0xF0) {
        c = ((c & 0x0F) << 12) | ((uint32_t)(s[*i + 1] & 0x3F) << 6) | (s[*i + 2] & 0x3F);
        *i += 3;
        return c;
    }
    c = ((c & 0x07) << 18) | ((uint32_t)(s[*i + 1] & 0x3F) << 12) |
        ((uint32_t)(s[*i + 2] & 0x3F) << 6) | (s[*i + 3] & 0x3F);
    *i += 4;
    return c;
}

/* Decodes the code point ending before byte *i; moves *i back. */
static inline uint32_t u8_prev(const unsigned char *s, intptr_t *i) {
    intptr_t j = *i - 1;
    while (j > 0 && (s[j] & 0xC0) == 0x80) j--;
    *i = j;
    intptr_t k = j;
    return u8_next(s, &k);
}

static inline int u8_len(uint32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* ------------------------------------------------------------------ */
/* Unicode character classes and case mapping                          */
/* ------------------------------------------------------------------ */

bool pym_unicode_isspace(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static bool is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
           c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* Simple lowercase mapping (one code point). */
static uint32_t lower1(uint32_t c) {
    if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c < 0x100) return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 32 : c;
    if (c < 0x180) {
        if (c == 0x130) return 'i';
        if (c == 0x178) return 0xFF;
        if ((c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return (c & 1) ? c : c + 1;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
        return c;
    }
    if (c >= 0x370 && c < 0x400) {
        if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
        if (c == 0x386) return 0x3AC;
        if (c >= 0x388 && c <= 0x38A) return c + 37;
        if (c == 0x38C) return 0x3CC;
        if (c == 0x38E || c == 0x38F) return c + 63;
        if (c >= 0x3D8 && c <= 0x3EF) return (c & 1) ? c : c + 1;
        return c;
    }
    if (c >= 0x400 && c < 0x530) {
        if (c < 0x410) return c + 80;
        if (c < 0x430) return c + 32;
        if (c < 0x460) return c;
        if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0))
            return (c & 1) ? c : c + 1;
        if (c == 0x4C0) return 0x4CF;
        if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c + 1 : c;
        return c;
    }
    if (c >= 0x531 && c <= 0x556) return c + 48;
    if (c >= 0x1E00 && c <= 0x1EFF) {
        if (c <= 0x1E95 || c >= 0x1EA0) return (c & 1) ? c : c + 1;
        if (c == 0x1E9E) return 0xDF;
        return c;
    }
    if (c >= 0x2160 && c <= 0x216F) return c + 16;
    if (c >= 0x24B6 && c <= 0x24CF) return c + 26;
    if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;
    return c;
}

/* Simple uppercase mapping (one code point). */
static uint32_t upper1(uint32_t c) {
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    if (c < 0x100) {
        if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
        if (c == 0xFF) return 0x178;
        if (c == 0xB5) return 0x39C;
        return c;
    }
    if (c < 0x180) {
        if (c == 0x131) return 'I';
        if (c == 0x17F) return 'S';
        if ((c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return (c & 1) ? c - 1 : c;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c : c - 1;
        return c;
    }
    if (c >= 0x370 && c < 0x400) {
        if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return c - 32;
        if (c == 0x3C2) return 0x3A3;
        if (c == 0x3AC) return 0x386;
        if (c >= 0x3AD && c <= 0x3AF) return c - 37;
        if (c == 0x3CC) return 0x38C;
        if (c == 0x3CD || c == 0x3CE) return c - 63;
        if (c >= 0x3D8 && c <= 0x3EF) return (c & 1) ? c - 1 : c;
        return c;
    }
    if (c >= 0x400 && c < 0x530) {
        if (c >= 0x430 && c < 0x450) return c - 32;
        if (c >= 0x450 && c < 0x460) return c - 80;
        if (c < 0x460) return c;
        if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0))
            return (c & 1) ? c - 1 : c;
        if (c == 0x4CF) return 0x4C0;
        if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c : c - 1;
        return c;
    }
    if (c >= 0x561 && c <= 0x586) return c - 48;
    if (c >= 0x1E00 && c <= 0x1EFF) {
        if (c <= 0x1E95 || c >= 0x1EA0) return (c & 1) ? c - 1 : c;
        return c;
    }
    if (c >= 0x2170 && c <= 0x217F) return c - 16;
    if (c >= 0x24D0 && c <= 0x24E9) return c - 26;
    if (c >= 0xFF41 && c <= 0xFF5A) return c - 32;
    return c;
}

static bool cp_isupper(uint32_t c) {
    if (c < 128) return c >= 'A' && c <= 'Z';
    return lower1(c) != c;
}

static bool cp_islower(uint32_t c) {
    if (c < 128) return c >= 'a' && c <= 'z';
    if (upper1(c) != c) return true;
    return c == 0xDF || c == 0x138 || c == 0x149 || c == 0xAA || c == 0xBA || c == 0x390 ||
           c == 0x3B0 || (c >= 0x250 && c <= 0x2AF) || (c >= 0xFB00 && c <= 0xFB06);
}

static bool cp_iscased(uint32_t c) { return cp_isupper(c) || cp_islower(c); }

bool pym_unicode_isdecimal(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9';
    return (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) || (c >= 0x966 && c <= 0x96F) ||
           (c >= 0xFF10 && c <= 0xFF19) || (c >= 0x1D7CE && c <= 0x1D7FF);
}

/* Value of a Unicode decimal digit (the ranges pym_unicode_isdecimal knows), or -1 */
static int decimal_value(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    static const uint32_t zeros[] = {0x660, 0x6F0, 0x966, 0xFF10};
    for (size_t i = 0; i < PYM_ARRAY_LEN(zeros); i++)
        if (c >= zeros[i] && c <= zeros[i] + 9) return (int)(c - zeros[i]);
    if (c >= 0x1D7CE && c <= 0x1D7FF) return (int)((c - 0x1D7CE) % 10);
    return -1;
}

PymObject *pym_str_decimal_to_ascii(PymObject *s) {
    if (((PymStr *)s)->st_ascii) return pym_newref(s);
    const char *p = PYM_STR_UTF8(s);
    intptr_t n = PYM_STR_NBYTES(s), i = 0;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    while (i < n) {
        uint32_t c;
        i += pym_utf8_decode((const unsigned char *)p + i, n - i, &c);
        int d = decimal_value(c);
        if (d >= 0)
            pym_sb_append_char(&sb, '0' + (uint32_t)d);
        else if (pym_unicode_isspace(c))
            pym_sb_append_char(&sb, ' ');
        else if (c < 128)
            pym_sb_append_char(&sb, c);
        else
            pym_sb_append_char(&sb, '?');
    }
    return pym_sb_finish(&sb);
}

static bool cp_isdigit(uint32_t c) {
    if (pym_unicode_isdecimal(c)) return true;
    return c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) ||
           (c >= 0x2474 && c <= 0x247C) || (c >= 0x2488 && c <= 0x2490) || c == 0x24EA ||
           (c >= 0x2776 && c <= 0x277E);
}

static bool cp_isnumeric(uint32_t c) {
    if (cp_isdigit(c)) return true;
    if ((c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x2189) || (c >= 0x2469 && c <= 0x2473) ||
        (c >= 0x247D && c <= 0x2487) || (c >= 0x2491 && c <= 0x249B) || c == 0x3007 ||
        (c >= 0x3021 && c <= 0x3029))
        return true;
    switch (c) {
    case 0x4E00:
    case 0x4E8C:
    case 0x4E09:
    case 0x56DB:
    case 0x4E94:
    case 0x516D:
    case 0x4E03:
    case 0x516B:
    case 0x4E5D:
    case 0x5341:
    case 0x767E:
    case 0x5343:
    case 0x4E07:
    case 0x5104:
    case 0x96F6: return true;
    }
    return false;
}

bool pym_unicode_isalpha(uint32_t c) {
    if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
    if (c < 0x100)
        return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
    if (c < 0x2C2) return true; /* Latin Extended, IPA, modifiers */
    if (c >= 0x2C6 && c <= 0x2D1) return true;
    if (c >= 0x2E0 && c <= 0x2E4) return true;
    if (c >= 0x370 && c <= 0x3FF)
        return !(c == 0x375 || c == 0x37E || c == 0x384 || c == 0x385 || c == 0x387 || c == 0x3F6 ||
                 c == 0x378 || c == 0x379 || (c >= 0x380 && c <= 0x383) || c == 0x38B ||
                 c == 0x38D || c == 0x3A2);
    if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);
    if ((c >= 0x531 && c <= 0x556) || (c >= 0x560 && c <= 0x588)) return true;
    if (c >= 0x5D0 && c <= 0x5EA) return true;
    if ((c >= 0x620 && c <= 0x64A) || (c >= 0x671 && c <= 0x6D3)) return true;
    if (c >= 0x904 && c <= 0x939) return true;
    if (c >= 0xE01 && c <= 0xE30) return true;
    if (c >= 0x10A0 && c <= 0x10FF) return true;
    if (c >= 0x1100 && c <= 0x11FF) return true;
    if (c >= 0x1E00 && c <= 0x1FFF) return true;
    if (c == 0x2071 || c == 0x207F || (c >= 0x2090 && c <= 0x209C)) return true;
    if (c == 0x2102 || c == 0x2107 || (c >= 0x210A && c <= 0x2113) || c == 0x2115 ||
        (c >= 0x2119 && c <= 0x211D) || c == 0x2124 || c == 0x2126 || c == 0x2128 ||
        (c >= 0x212A && c <= 0x212D) || (c >= 0x212F && c <= 0x2139))
        return true;
    if (c >= 0x3041 && c <= 0x3096) return true;
    if (c >= 0x309D && c <= 0x309F) return true;
    if (c >= 0x30A1 && c <= 0x30FA) return true;
    if (c >= 0x30FC && c <= 0x30FF) return true;
    if (c >= 0x3400 && c <= 0x4DBF) return true;
    if (c >= 0x4E00 && c <= 0x9FFF) return true;
    if (c >= 0xAC00 && c <= 0xD7A3) return true;
    if (c >= 0xF900 && c <= 0xFAFF) return true;
    if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) return true;
    if (c >= 0xFF66 && c <= 0xFFDC) return true;
    if (c >= 0x20000 && c <= 0x3134A) return true;
    return false;
}

static bool cp_isalnum(uint32_t c) { return pym_unicode_isalpha(c) || cp_isnumeric(c); }

bool pym_unicode_isprintable(uint32_t c) {
    if (c < 128) return c >= 0x20 && c < 0x7F;
    if (c <= 0xA0 || c == 0xAD) return false;
    if (c < 0x300) return true;
    if (c == 0x378 || c == 0x379 || (c >= 0x380 && c <= 0x383) || c == 0x38B || c == 0x38D ||
        c == 0x3A2)
        return false;
    if ((c >= 0x600 && c <= 0x605) || c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x180E ||
        c == 0x1680)
        return false;
    if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
        (c >= 0x205F && c <= 0x206F) || c == 0x3000)
        return false;
    if (c >= 0xD800 && c <= 0xF8FF) return false; /* surrogates, private use */
    if (c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF) return false;
    if (c >= 0x1BCA0 && c <= 0x1BCA3) return false;
    if (c >= 0x1D173 && c <= 0x1D17A) return false;
    if (c >= 0xE0000 && c <= 0xE007F) return false;
    if (c >= 0xF0000) return false;
    if ((c & 0xFFFE) == 0xFFFE) return false;
    if (c >= 0x323B0 && c < 0xE0000) return false;
    return true;
}

/* For the re engine (mod_sre.c): simple case mappings and str.isalnum(). */
uint32_t pym_unicode_tolower(uint32_t c) { return lower1(c); }
uint32_t pym_unicode_toupper(uint32_t c) { return upper1(c); }
bool pym_unicode_isalnum(uint32_t c) { return cp_isalnum(c); }

bool pym_unicode_isidstart(uint32_t c) {
    if (c < 128) return c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z');
    return pym_unicode_isalpha(c) && c != 0xAA + 0x10000; /* letters */
}

bool pym_unicode_isidcontinue(uint32_t c) {
    if (c < 128) return c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
    if (c == 0xB7 || (c >= 0x300 && c <= 0x36F)) return true;
    return pym_unicode_isalpha(c) || pym_unicode_isdecimal(c);
}

/* ------------------------------------------------------------------ */
/* Allocation, caches, interning                                       */
/* ------------------------------------------------------------------ */

static PymObject *empty_str;
static PymObject *char_cache[256];

/* Allocates an ASCII str of type t with room for n chars (+NUL); st_hash -1. */
static PymStr *str_alloc(PymType *t, intptr_t nbytes, intptr_t nchars) {
    (void)nchars; /* ASCII: nchars == nbytes */
    PymStr *s = (PymStr *)pym_object_alloc(t, nbytes + 1);
    if (!s) return NULL;
    PYM_SIZE(s) = nbytes;
    s->st_hash = -1;
    s->st_utf8 = NULL;
    s->st_interned = 0;
    s->st_ascii = 1;
    s->st_kind = 1;
    s->st_data[nbytes] = 0;
    return s;
}

/* Allocates a non-ASCII str of n chars of the given kind (zeroed, NUL). */
static PymStr *str_alloc_wide(PymType *t, intptr_t n, int kind) {
    if (n > (PYM_SSIZE_MAX - 256) / 4) {
        pym_err_no_memory();
        return NULL;
    }
    PymStr *s = (PymStr *)pym_object_alloc(t, (intptr_t)(sizeof(PymStrWide) - sizeof(PymStr)) +
                                                  (n + 1) * kind);
    if (!s) return NULL;
    PYM_SIZE(s) = n;
    s->st_hash = -1;
    s->st_utf8 = NULL;
    ((PymStrWide *)s)->st_nbytes = -1;
    s->st_interned = 0;
    s->st_ascii = 0;
    s->st_kind = (uint8_t)kind;
    return s;
}

static inline int kind_of(uint32_t maxchar) {
    return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

static inline void write_char(int kind, void *data, intptr_t i, uint32_t c) {
    if (kind == 1)
        ((uint8_t *)data)[i] = (uint8_t)c;
    else if (kind == 2)
        ((uint16_t *)data)[i] = (uint16_t)c;
    else
        ((uint32_t *)data)[i] = c;
}

/* Copies n chars from (sk, src) to (dk, dst); every char fits kind dk. */
static void copy_chars(int dk, void *dst, int sk, const void *src, intptr_t n) {
    if (dk == sk) {
        memcpy(dst, src, (size_t)(n * dk));
        return;
    }
    for (intptr_t i = 0; i < n; i++) write_char(dk, dst, i, pym_str_read(sk, src, i));
}

static uint32_t max_char(int kind, const void *data, intptr_t n) {
    uint32_t m = 0;
    if (kind == 1) {
        const uint8_t *p = data;
        for (intptr_t i = 0; i < n; i++)
            if (p[i] > m) m = p[i];
    } else if (kind == 2) {
        const uint16_t *p = data;
        for (intptr_t i = 0; i < n; i++)
            if (p[i] > m) m = p[i];
    } else {
        const uint32_t *p = data;
        for (intptr_t i = 0; i < n; i++)
            if (p[i] > m) m = p[i];
    }
    return m;
}

static PymObject *make_char(uint32_t cp) {
    if (cp < 0x80) {
        PymStr *s = str_alloc(&pym_type_str, 1, 1);
        if (s) s->st_data[0] = (char)cp;
        return (PymObject *)s;
    }
    int k = kind_of(cp);
    PymStr *s = str_alloc_wide(&pym_type_str, 1, k);
    if (s) write_char(k, PYM_STR_DATA(s), 0, cp);
    return (PymObject *)s;
}

PymObject *pym_str_empty(void) {
    if (PYM_UNLIKELY(!empty_str)) {
        PymStr *s = str_alloc(&pym_type_str, 0, 0);
        if (!s) return NULL;
        empty_str = (PymObject *)s;
        pym_leakcheck_immortal(empty_str);
    }
    return pym_newref(empty_str);
}

/* The cached 1-char string for cp < 256 (new ref). */
static PymObject *latin1_char(uint32_t cp) {
    PymObject *c = char_cache[cp];
    if (PYM_UNLIKELY(!c)) {
        c = make_char(cp);
        if (!c) return NULL;
        char_cache[cp] = c;
        pym_leakcheck_immortal(c); /* a process-lifetime cache */
    }
    return pym_newref(c);
}

/* New exact str from n chars of the given kind whose widest char is maxchar. */
static PymObject *str_from_kind_max(int kind, const void *data, intptr_t n, uint32_t maxchar) {
    if (n == 0) return pym_str_empty();
    if (n == 1) {
        uint32_t c = pym_str_read(kind, data, 0);
        if (c < 256) return latin1_char(c);
    }
    if (maxchar < 0x80) {
        PymStr *r = str_alloc(&pym_type_str, n, n);
        if (!r) return NULL;
        copy_chars(1, r->st_data, kind, data, n); /* narrowing: values < 128 */
        return (PymObject *)r;
    }
    int rk = kind_of(maxchar);
    PymStr *r = str_alloc_wide(&pym_type_str, n, rk);
    if (!r) return NULL;
    void *d = PYM_STR_DATA(r);
    if (rk == kind)
        memcpy(d, data, (size_t)(n * kind));
    else
        for (intptr_t i = 0; i < n; i++) write_char(rk, d, i, pym_str_read(kind, data, i));
    return (PymObject *)r;
}

PymObject *pym_str_from_kind(int kind, const void *data, intptr_t n) {
    return str_from_kind_max(kind, data, n, max_char(kind, data, n));
}

/* Non-ASCII str from valid (generalized) UTF-8 of nchars code points. */
static PymObject *str_from_utf8_wide(const char *s, intptr_t nbytes, intptr_t nchars) {
    const unsigned char *p = (const unsigned char *)s;
    uint32_t maxc = 0;
    for (intptr_t i = 0; i < nbytes;) {
        uint32_t c = u8_next(p, &i);
        if (c > maxc) maxc = c;
    }
    if (nchars == 1 && maxc < 256) return latin1_char(maxc);
    int k = kind_of(maxc);
    PymStr *r = str_alloc_wide(&pym_type_str, nchars, k);
    if (!r) return NULL;
    void *d = PYM_STR_DATA(r);
    intptr_t i = 0, j = 0;
    if (k == 1) {
        uint8_t *o = d;
        while (i < nbytes) o[j++] = (uint8_t)u8_next(p, &i);
    } else if (k == 2) {
        uint16_t *o = d;
        while (i < nbytes) o[j++] = (uint16_t)u8_next(p, &i);
    } else {
        uint32_t *o = d;
        while (i < nbytes) o[j++] = u8_next(p, &i);
    }
    return (PymObject *)r;
}

PymObject *pym_str_new_known(const char *s, intptr_t nbytes, intptr_t nchars, bool ascii) {
    if (nbytes == 0) return pym_str_empty();
    if (!ascii) return str_from_utf8_wide(s, nbytes, nchars);
    if (nchars == 1) return latin1_char((unsigned char)s[0]);
    PymStr *r;
    if (PYM_LIKELY(!(pym_leakcheck_active | pym_tracemalloc_active))) {
        /* what str_alloc does through pym_object_alloc, without its memset
        ** and tests (str is not GC, not a heap type): every byte up to the
        ** NUL is set here (substrings, knucleotide's seq[i:i + k]) */
        r = pym_obj_malloc((sizeof(PymStr) + (size_t)nbytes + 1 + 7) & ~(size_t)7);
        if (!r) return pym_err_no_memory();
        r->ob_base.ob_base.ob_refcnt = 1;
        r->ob_base.ob_base.ob_type = &pym_type_str;
        r->ob_base.ob_size = nbytes;
        r->st_hash = -1;
        r->st_utf8 = NULL;
        r->st_interned = 0;
        r->st_ascii = 1;
        r->st_kind = 1;
        r->st_unused = 0;
    } else {
        r = str_alloc(&pym_type_str, nbytes, nchars);
        if (!r) return NULL;
    }
    memcpy(r->st_data, s, (size_t)nbytes);
    r->st_data[nbytes] = 0;
    return (PymObject *)r;
}

/* Length of the (generalized) UTF-8 form of n chars. */
static intptr_t utf8_size(int kind, const void *data, intptr_t n) {
    intptr_t t = n;
    if (kind == 1) {
        const uint8_t *p = data;
        for (intptr_t i = 0; i < n; i++) t += p[i] >> 7;
        return t;
    }
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = pym_str_read(kind, data, i);
        t += (c >= 0x80) + (c >= 0x800) + (c >= 0x10000);
    }
    return t;
}

/* Writes the UTF-8 of n chars to out (utf8_size bytes). */
static void utf8_write(int kind, const void *data, intptr_t n, char *out) {
    if (kind == 1) {
        const uint8_t *p = data;
        for (intptr_t i = 0; i < n; i++) {
            uint8_t c = p[i];
            if (c < 0x80)
                *out++ = (char)c;
            else {
                *out++ = (char)(0xC0 | (c >> 6));
                *out++ = (char)(0x80 | (c & 0x3F));
            }
        }
        return;
    }
    for (intptr_t i = 0; i < n; i++) out += pym_utf8_encode(pym_str_read(kind, data, i), out);
}

char *pym_str_utf8_slow(PymObject *o) {
    PymStr *s = (PymStr *)o;
    if (s->st_ascii) return s->st_data;
    PymStrWide *w = (PymStrWide *)o;
    if (s->st_utf8) return s->st_utf8;
    intptr_t n = PYM_SIZE(o);
    const void *d = PYM_STR_DATA(o);
    intptr_t nb = utf8_size(s->st_kind, d, n);
    char *u = pym_obj_malloc((size_t)nb + 1);
    if (!u) {
        pym_err_no_memory();
        return (char *)"";
    }
    utf8_write(s->st_kind, d, n, u);
    u[nb] = 0;
    /* a str from before the leak check started (or a process-lifetime one)
    ** is not among its roots: its cache is not a leak either */
    if (PYM_UNLIKELY(pym_leakcheck_active) && !pym_leakcheck_is_recorded(o))
        pym_leakcheck_on_free(u);
    s->st_utf8 = u;
    w->st_nbytes = nb;
    return u;
}

intptr_t pym_str_utf8_size(PymObject *s) {
    if (PYM_STR_IS_ASCII(s) || ((PymStr *)s)->st_utf8) return PYM_STR_NBYTES(s);
    return utf8_size(PYM_STR_KIND(s), PYM_STR_DATA(s), PYM_STR_LEN(s));
}

void pym_str_utf8_write(PymObject *s, char *out) {
    if (PYM_STR_IS_ASCII(s) || ((PymStr *)s)->st_utf8)
        memcpy(out, PYM_STR_UTF8(s), (size_t)PYM_STR_NBYTES(s));
    else
        utf8_write(PYM_STR_KIND(s), PYM_STR_DATA(s), PYM_STR_LEN(s), out);
}

const char *pym_str_utf8_temp(PymObject *s, intptr_t *nbytes, char **tofree) {
    *tofree = NULL;
    if (PYM_STR_IS_ASCII(s) || ((PymStr *)s)->st_utf8) {
        *nbytes = PYM_STR_NBYTES(s);
        return PYM_STR_UTF8(s);
    }
    intptr_t nb = pym_str_utf8_size(s);
    char *u = pym_raw_malloc((size_t)nb + 1);
    if (!u) {
        pym_err_no_memory();
        return NULL;
    }
    pym_str_utf8_write(s, u);
    u[nb] = 0;
    *nbytes = nb;
    *tofree = u;
    return u;
}

intptr_t pym_str_nbytes_slow(PymObject *o) {
    PymStr *s = (PymStr *)o;
    if (pym_err_occurred() && pym_err_matches((PymObject *)PymExc_MemoryError)) return 0;
    if (pym_str_utf8_slow(o) != s->st_utf8 || !s->st_utf8) return 0;
    return ((PymStrWide *)s)->st_nbytes;
}

const char *pym_str_as_utf8(PymObject *o, intptr_t *nbytes) {
    char *u = pym_str_utf8_inline(o);
    if (!PYM_STR_IS_ASCII(o) && !((PymStr *)o)->st_utf8) return NULL;
    if (nbytes) *nbytes = PYM_STR_NBYTES(o);
    return u;
}

/* Counts code points of valid UTF-8; *ascii set. */
static intptr_t count_cps(const char *s, intptr_t n, bool *ascii) {
    const unsigned char *p = (const unsigned char *)s;
    intptr_t i = 0;
    /* fast ASCII scan, 8 bytes at a time */
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
    }
    while (i < n && p[i] < 0x80) i++;
    if (i == n) {
        *ascii = true;
        return n;
    }
    *ascii = false;
    intptr_t count = i;
    for (; i < n; i++)
        if ((p[i] & 0xC0) != 0x80) count++;
    return count;
}

PymObject *pym_str_from_utf8(const char *s, intptr_t nbytes) {
    bool ascii;
    intptr_t n = count_cps(s, nbytes, &ascii);
    return pym_str_new_known(s, nbytes, n, ascii);
}

PymObject *pym_str_from_utf8_checked(const char *s, intptr_t nbytes) {
    return pym_str_decode(s, nbytes, "utf-8", "strict");
}

PymObject *pym_str_from_cstr(const char *s) { return pym_str_from_utf8(s, (intptr_t)strlen(s)); }

PymObject *pym_str_from_codepoint(uint32_t cp) {
    if (cp < 256) return latin1_char(cp);
    if (cp > 0x10FFFF) {
        pym_err_set_string(PymExc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return make_char(cp);
}

/* Copy of s as an exact str (identity when s is exact). */
static PymObject *str_exact(PymObject *s) {
    if (PYM_STR_CHECK_EXACT(s)) return pym_newref(s);
    return pym_str_from_kind(PYM_STR_KIND(s), PYM_STR_DATA(s), PYM_STR_LEN(s));
}

/* The str hash reads the UTF-8 bytes eight at a time: each 8-byte word is
** folded in by xor, multiply and xorshift, the last 1..7 bytes by at most two
** overlapping loads, then the length and a final avalanche (the dict and set
** tables index by the low bits).  About a fifth of the instructions FNV-1a
** spent per byte.  Non-ASCII strs are encoded to UTF-8 on the fly into a
** small buffer and fed through the same steps, so equal text hashes equal
** whatever its kind, and a C string (pym_hash_bytes) equal to a str hashes
** as the str does; bytes use the same function (b'a' and 'a' hash alike, as
** in CPython).  hash('') == 0; never -1. */
#define HASH_K1 0x9E3779B97F4A7C15ULL
#define HASH_K2 0xBF58476D1CE4E5B9ULL
#define HASH_SEED 0x243F6A8885A308D3ULL

static inline uint64_t hash_load64(const unsigned char *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

static inline uint64_t hash_word(uint64_t h, uint64_t w) {
    h = (h ^ w) * HASH_K1;
    return h ^ (h >> 32);
}

/* The last r (0..7) bytes at p as one word, reading only [p, p+r). */
static inline uint64_t hash_tail(const unsigned char *p, intptr_t r) {
    if (r >= 4) {
        uint32_t a, b;
        memcpy(&a, p, 4);
        memcpy(&b, p + r - 4, 4);
        return (uint64_t)a | (uint64_t)b << 32;
    }
    if (r >= 2) {
        uint16_t a, b;
        memcpy(&a, p, 2);
        memcpy(&b, p + r - 2, 2);
        return (uint64_t)a | (uint64_t)b << 16;
    }
    return r ? p[0] : 0;
}

static inline intptr_t hash_finish(uint64_t h, uint64_t tail, intptr_t n) {
    if (n == 0) return 0; /* hash('') == 0, as in CPython */
    h = (h ^ tail ^ ((uint64_t)n << 56)) * HASH_K2;
    h ^= h >> 29;
    h *= HASH_K1;
    h ^= h >> 32;
    intptr_t r = (intptr_t)h;
    return r == -1 ? -2 : r;
}

intptr_t pym_hash_bytes(const void *v, intptr_t n) {
    const unsigned char *p = (const unsigned char *)v;
    uint64_t h = HASH_SEED;
    intptr_t i = 0;
    for (; i + 8 <= n; i += 8) h = hash_word(h, hash_load64(p + i));
    return hash_finish(h, hash_tail(p + i, n - i), n);
}

static intptr_t hash_nonascii(PymStr *s) {
    unsigned char buf[256];
    intptr_t used = 0, total = 0;
    uint64_t h = HASH_SEED;
    int k = s->st_kind;
    const void *d = PYM_STR_DATA(s);
    for (intptr_t i = 0, n = PYM_SIZE(s); i < n; i++) {
        used += pym_utf8_encode(pym_str_read(k, d, i), (char *)buf + used);
        if (used >= (intptr_t)sizeof buf - 4) { /* feed whole words */
            intptr_t w = used & ~(intptr_t)7;
            for (intptr_t j = 0; j < w; j += 8) h = hash_word(h, hash_load64(buf + j));
            memmove(buf, buf + w, (size_t)(used - w));
            total += w;
            used -= w;
        }
    }
    intptr_t j = 0;
    for (; j + 8 <= used; j += 8) h = hash_word(h, hash_load64(buf + j));
    return hash_finish(h, hash_tail(buf + j, used - j), total + used);
}

intptr_t pym_str_hash(PymObject *o) {
    PymStr *s = (PymStr *)o;
    if (PYM_LIKELY(s->st_hash != -1)) return s->st_hash;
    if (s->st_ascii)
        s->st_hash = pym_hash_bytes(s->st_data, PYM_SIZE(s));
    else if (s->st_utf8)
        s->st_hash = pym_hash_bytes(s->st_utf8, PYM_STR_NBYTES(o));
    else
        s->st_hash = hash_nonascii(s);
    return s->st_hash;
}

/* Intern table: open addressing, linear probing, power-of-two size. */
static PymObject **intern_table;
static size_t intern_cap, intern_used;

static bool intern_grow(void) {
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    PymObject **nt = pym_raw_calloc(ncap, sizeof(PymObject *));
    if (!nt) return false;
    for (size_t i = 0; i < intern_cap; i++) {
        PymObject *s = intern_table[i];
        if (!s) continue;
        size_t j = (size_t)pym_str_hash(s) & (ncap - 1);
        while (nt[j]) j = (j + 1) & (ncap - 1);
        nt[j] = s;
    }
    pym_raw_free(intern_table);
    intern_table = nt;
    intern_cap = ncap;
    return true;
}

/* Finds an interned str equal to the bytes; borrowed or NULL. */
static PymObject *intern_find(const char *p, intptr_t n, intptr_t h, size_t *slot) {
    if (!intern_cap && !intern_grow()) {
        *slot = (size_t)-1;
        return NULL;
    }
    size_t j = (size_t)h & (intern_cap - 1);
    for (;;) {
        PymObject *s = intern_table[j];
        if (!s) {
            *slot = j;
            return NULL;
        }
        if (((PymStr *)s)->st_hash == h && PYM_STR_NBYTES(s) == n &&
            memcmp(PYM_STR_UTF8(s), p, (size_t)n) == 0)
            return s;
        j = (j + 1) & (intern_cap - 1);
    }
}

/* Adds s (a reference is taken) at slot; grows when 2/3 full. */
static void intern_add(PymObject *s, size_t slot) {
    if (slot == (size_t)-1) return;
    PYM_INCREF(s);
    ((PymStr *)s)->st_interned = 1;
    intern_table[slot] = s;
    intern_used++;
    if (intern_used * 3 >= intern_cap * 2) intern_grow();
}

PymObject *pym_str_intern(PymObject *s) {
    if (!PYM_STR_CHECK_EXACT(s) || ((PymStr *)s)->st_interned) return s;
    intptr_t h = pym_str_hash(s);
    size_t slot;
    PymObject *f = intern_find(PYM_STR_UTF8(s), PYM_STR_NBYTES(s), h, &slot);
    if (f) {
        PYM_DECREF(s);
        return pym_newref(f);
    }
    intern_add(s, slot);
    return s;
}

static PymObject *intern_cstr(const char *c);

/* Identifiers from C strings are used unchecked by their callers, like
** CPython's static identifiers: exempt from fault injection (obmalloc.h). */
PymObject *pym_str_intern_cstr(const char *c) {
    pym_obmalloc_faults_hold(1);
    PymObject *s = intern_cstr(c);
    pym_obmalloc_faults_hold(0);
    return s;
}

static PymObject *intern_cstr(const char *c) {
    intptr_t n = (intptr_t)strlen(c);
    intptr_t h = pym_hash_bytes(c, n);
    size_t slot;
    PymObject *f = intern_find(c, n, h, &slot);
    if (f) return f;
    PymObject *s = pym_str_from_utf8(c, n);
    if (!s) return NULL;
    pym_str_hash(s);
    if (((PymStr *)s)->st_interned) { /* a cached 1-char str already interned */
        PYM_DECREF(s);
        return s;
    }
    intern_add(s, slot);
    PYM_DECREF(s); /* the table's reference keeps it alive */
    /* a C identifier: CPython's are static, never seen by tracemalloc */
    if (PYM_UNLIKELY(pym_tracemalloc_active)) pym_tracemalloc_untrace_object(s);
    return s;
}

/* ------------------------------------------------------------------ */
/* Comparison                                                          */
/* ------------------------------------------------------------------ */

/* x[0..n) == y[0..n): short runs (the usual dict keys) by two overlapping
** loads instead of a call to memcmp; nothing outside the n bytes is read. */
static inline bool bytes_equal(const void *a, const void *b, size_t n) {
    const uint8_t *x = a, *y = b;
    if (n >= 8) {
        if (n > 16) return memcmp(x, y, n) == 0;
        uint64_t u0, v0, u1, v1;
        memcpy(&u0, x, 8);
        memcpy(&v0, y, 8);
        memcpy(&u1, x + n - 8, 8);
        memcpy(&v1, y + n - 8, 8);
        return ((u0 ^ v0) | (u1 ^ v1)) == 0;
    }
    if (n >= 4) {
        uint32_t u0, v0, u1, v1;
        memcpy(&u0, x, 4);
        memcpy(&v0, y, 4);
        memcpy(&u1, x + n - 4, 4);
        memcpy(&v1, y + n - 4, 4);
        return ((u0 ^ v0) | (u1 ^ v1)) == 0;
    }
    return n == 0 || (x[0] == y[0] && x[n >> 1] == y[n >> 1] && x[n - 1] == y[n - 1]);
}

int pym_str_equal(PymObject *a, PymObject *b) {
    if (a == b) return 1;
    PymStr *x = (PymStr *)a, *y = (PymStr *)b;
    if (PYM_SIZE(x) != PYM_SIZE(y) || x->st_kind != y->st_kind || x->st_ascii != y->st_ascii)
        return 0;
    if (x->st_hash != -1 && y->st_hash != -1 && x->st_hash != y->st_hash) return 0;
    if (x->st_interned && y->st_interned) return 0;
    return bytes_equal(PYM_STR_DATA(x), PYM_STR_DATA(y), (size_t)(PYM_SIZE(x) * x->st_kind));
}

int pym_str_equal_cstr(PymObject *s, const char *c) {
    size_t n = strlen(c);
    if (PYM_LIKELY(((PymStr *)s)->st_ascii))
        return (size_t)PYM_SIZE(s) == n && memcmp(((PymStr *)s)->st_data, c, n) == 0;
    return (size_t)PYM_STR_NBYTES(s) == n && memcmp(PYM_STR_UTF8(s), c, n) == 0;
}

/* Code point order (1-byte kinds compare as unsigned bytes). */
int pym_str_compare(PymObject *a, PymObject *b) {
    intptr_t na = PYM_SIZE(a), nb = PYM_SIZE(b), m = PYM_MIN(na, nb);
    int ka = PYM_STR_KIND(a), kb = PYM_STR_KIND(b);
    const void *da = PYM_STR_DATA(a), *db = PYM_STR_DATA(b);
    if (ka == 1 && kb == 1) {
        int c = memcmp(da, db, (size_t)m);
        if (c) return c;
    } else {
        for (intptr_t i = 0; i < m; i++) {
            uint32_t x = pym_str_read(ka, da, i), y = pym_str_read(kb, db, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
}

static PymObject *str_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_STR_CHECK(a) || !PYM_STR_CHECK(b)) PYM_RETURN_NOTIMPL;
    int r;
    if (op == PYM_EQ || op == PYM_NE) {
        r = pym_str_equal(a, b);
        return pym_bool_from(op == PYM_EQ ? r : !r);
    }
    int c = pym_str_compare(a, b);
    switch (op) {
    case PYM_LT: r = c < 0; break;
    case PYM_LE: r = c <= 0; break;
    case PYM_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return pym_bool_from(r);
}

/* ------------------------------------------------------------------ */
/* Indexing helpers                                                    */
/* ------------------------------------------------------------------ */

intptr_t pym_str_offset(PymObject *s, intptr_t i) {
    if (((PymStr *)s)->st_ascii) return i;
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(s);
    intptr_t n = PYM_STR_NBYTES(s), len = PYM_STR_LEN(s);
    if (i >= len) return n;
    if (i > len / 2) { /* scan from the end */
        intptr_t off = n, k = len;
        while (k > i) {
            off--;
            while ((p[off] & 0xC0) == 0x80) off--;
            k--;
        }
        return off;
    }
    intptr_t off = 0;
    while (i > 0) {
        off++;
        while (off < n && (p[off] & 0xC0) == 0x80) off++;
        i--;
    }
    return off;
}

uint32_t pym_str_char_at(PymObject *s, intptr_t i) {
    return pym_str_read(PYM_STR_KIND(s), PYM_STR_DATA(s), i);
}

PymObject *pym_str_substring(PymObject *s, intptr_t start, intptr_t end) {
    intptr_t len = PYM_STR_LEN(s);
    if (start < 0) start = 0;
    if (end > len) end = len;
    if (start >= end) return pym_str_empty();
    if (start == 0 && end == len) return str_exact(s);
    if (((PymStr *)s)->st_ascii)
        return pym_str_new_known(((PymStr *)s)->st_data + start, end - start, end - start, true);
    int k = PYM_STR_KIND(s);
    return pym_str_from_kind(k, (const char *)PYM_STR_DATA(s) + start * k, end - start);
}

PymObject *pym_str_get_slice(PymObject *s, intptr_t start, intptr_t n, intptr_t step) {
    if (n <= 0) return pym_str_empty();
    if (step == 1) return pym_str_substring(s, start, start + n);
    if (((PymStr *)s)->st_ascii) {
        PymStr *r = str_alloc(&pym_type_str, n, n);
        if (!r) return NULL;
        const char *d = PYM_STR_UTF8(s);
        for (intptr_t k = 0; k < n; k++) r->st_data[k] = d[start + k * step];
        if (n == 1) {
            PymObject *c = latin1_char((unsigned char)r->st_data[0]);
            PYM_DECREF(r);
            return c;
        }
        return (PymObject *)r;
    }
    int kd = PYM_STR_KIND(s);
    const void *d = PYM_STR_DATA(s);
    void *tmp = pym_raw_malloc((size_t)(n * kd));
    if (!tmp) return pym_err_no_memory();
    for (intptr_t k = 0; k < n; k++) write_char(kd, tmp, k, pym_str_read(kd, d, start + k * step));
    PymObject *r = pym_str_from_kind(kd, tmp, n);
    pym_raw_free(tmp);
    return r;
}

/* Decodes the whole string into a raw array of code points (caller frees). */
static uint32_t *str_to_ucs4(PymObject *s) {
    intptr_t len = PYM_STR_LEN(s);
    uint32_t *a = pym_raw_malloc(sizeof(uint32_t) * (size_t)(len + 1));
    if (!a) {
        pym_err_no_memory();
        return NULL;
    }
    int k = PYM_STR_KIND(s);
    const void *d = PYM_STR_DATA(s);
    for (intptr_t i = 0; i < len; i++) a[i] = pym_str_read(k, d, i);
    return a;
}

PymObject *pym_str_concat(PymObject *a, PymObject *b) {
    intptr_t na = PYM_STR_LEN(a), nb = PYM_STR_LEN(b);
    if (na == 0 && PYM_STR_CHECK_EXACT(b)) return pym_newref(b);
    if (nb == 0 && PYM_STR_CHECK_EXACT(a)) return pym_newref(a);
    if (na > PYM_SSIZE_MAX / 8 - nb) {
        pym_err_no_memory();
        return NULL;
    }
    if (PYM_STR_IS_ASCII(a) && PYM_STR_IS_ASCII(b)) {
        PymStr *r = str_alloc(&pym_type_str, na + nb, na + nb);
        if (!r) return NULL;
        memcpy(r->st_data, ((PymStr *)a)->st_data, (size_t)na);
        memcpy(r->st_data + na, ((PymStr *)b)->st_data, (size_t)nb);
        return (PymObject *)r;
    }
    int ka = PYM_STR_KIND(a), kb = PYM_STR_KIND(b), k = PYM_MAX(ka, kb);
    PymStr *r = str_alloc_wide(&pym_type_str, na + nb, k);
    if (!r) return NULL;
    char *d = PYM_STR_DATA(r);
    copy_chars(k, d, ka, PYM_STR_DATA(a), na);
    copy_chars(k, d + na * k, kb, PYM_STR_DATA(b), nb);
    return (PymObject *)r;
}

PymObject *pym_str_concat_steal(PymObject *a, PymObject *b) {
    if (PYM_REFCNT(a) != 1 || !pym_str_can_append_inplace(a, b) || PYM_STR_LEN(b) == 0) {
        PymObject *r = pym_str_concat(a, b);
        PYM_DECREF(a);
        return r;
    }
    /* nobody else sees a: grow its block (realloc is amortized for large
    ** blocks, bounded copies for small ones), so building a string with +=
    ** in a loop is linear, as in CPython */
    intptr_t na = PYM_STR_LEN(a), nb = PYM_STR_LEN(b);
    if (na > PYM_SSIZE_MAX / 8 - nb) {
        PYM_DECREF(a);
        return pym_err_no_memory();
    }
    int k = PYM_STR_KIND(a);
    bool ascii = PYM_STR_IS_ASCII(a);
    size_t head = ascii ? sizeof(PymStr) : sizeof(PymStrWide);
    size_t size = (head + (size_t)((na + nb + 1) * k) + 7) & ~(size_t)7;
    PymStr *s = (PymStr *)a;
    pym_obj_free(s->st_utf8); /* the cached UTF-8 is stale */
    s->st_utf8 = NULL;
    if (!ascii) ((PymStrWide *)s)->st_nbytes = -1;
    PymStr *r = pym_obj_realloc(s, size);
    if (!r) {
        PYM_DECREF(a);
        return pym_err_no_memory();
    }
    char *d = PYM_STR_DATA(r);
    copy_chars(k, d + na * k, PYM_STR_KIND(b), PYM_STR_DATA(b), nb);
    write_char(k, d, na + nb, 0);
    PYM_SIZE(r) = na + nb;
    r->st_hash = -1;
    return (PymObject *)r;
}

/* ------------------------------------------------------------------ */
/* pym_str_from_format                                                 */
/* ------------------------------------------------------------------ */

PymObject *pym_str_from_vformat(const char *fmt, va_list ap) {
    PymStrBuilder sb;
    pym_sb_init(&sb);
    const char *p = fmt;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%') q++;
        if (q > p) pym_sb_append(&sb, p, q - p);
        if (!*q) break;
        p = q + 1;
        /* collect flags/width/precision for C codes */
        char spec[32];
        int sl = 0;
        spec[sl++] = '%';
        while (*p && strchr("-+ #0", *p) && sl < 20) spec[sl++] = *p++;
        while (*p >= '0' && *p <= '9' && sl < 20) spec[sl++] = *p++;
        int prec = -1;
        if (*p == '.') {
            spec[sl++] = *p++;
            prec = 0;
            while (*p >= '0' && *p <= '9' && sl < 28) {
                prec = prec * 10 + (*p - '0');
                spec[sl++] = *p++;
            }
        }
        int lng = 0; /* 1: l, 2: ll, 3: z */
        if (*p == 'l') {
            p++;
            lng = 1;
            if (*p == 'l') {
                p++;
                lng = 2;
            }
        } else if (*p == 'z') {
            p++;
            lng = 3;
        }
        char code = *p ? *p++ : 0;
        switch (code) {
        case '%': pym_sb_append(&sb, "%", 1); break;
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X': {
            if (lng == 2) {
                memcpy(spec + sl, "ll", 2);
                sl += 2;
            } else if (lng == 1)
                spec[sl++] = 'l';
            else if (lng == 3)
                spec[sl++] = 'z';
            spec[sl++] = code;
            spec[sl] = 0;
            if (lng == 2) {
                if (code == 'd' || code == 'i')
                    pym_sb_printf(&sb, spec, va_arg(ap, long long));
                else
                    pym_sb_printf(&sb, spec, va_arg(ap, unsigned long long));
            } else if (lng == 1) {
                if (code == 'd' || code == 'i')
                    pym_sb_printf(&sb, spec, va_arg(ap, long));
                else
                    pym_sb_printf(&sb, spec, va_arg(ap, unsigned long));
            } else if (lng == 3) {
                if (code == 'd' || code == 'i')
                    pym_sb_printf(&sb, spec, va_arg(ap, intptr_t));
                else
                    pym_sb_printf(&sb, spec, va_arg(ap, size_t));
            } else {
                if (code == 'd' || code == 'i')
                    pym_sb_printf(&sb, spec, va_arg(ap, int));
                else
                    pym_sb_printf(&sb, spec, va_arg(ap, unsigned int));
            }
            break;
        }
        case 'c': pym_sb_append_char(&sb, (uint32_t)va_arg(ap, int)); break;
        case 'p': pym_sb_printf(&sb, "%p", va_arg(ap, void *)); break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            intptr_t n = (intptr_t)strlen(s);
            if (prec >= 0 && n > prec) {
                /* cut to prec bytes, not inside a UTF-8 sequence */
                n = prec;
                while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
            }
            pym_sb_append(&sb, s, n);
            break;
        }
        case 'R':
        case 'S': {
            PymObject *o = va_arg(ap, PymObject *);
            int r = code == 'R' ? pym_sb_append_obj_repr(&sb, o) : pym_sb_append_obj_str(&sb, o);
            if (r < 0) {
                pym_sb_discard(&sb);
                return NULL;
            }
            break;
        }
        case 'U': {
            PymObject *o = va_arg(ap, PymObject *);
            if (o) pym_sb_append_str(&sb, o);
            break;
        }
        case 'f':
        case 'g':
        case 'e': {
            spec[sl++] = code;
            spec[sl] = 0;
            pym_sb_printf(&sb, spec, va_arg(ap, double));
            break;
        }
        default:
            /* unknown code: copy it verbatim */
            pym_sb_append(&sb, q, p - q);
            break;
        }
    }
    return pym_sb_finish(&sb);
}

PymObject *pym_str_from_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    PymObject *r = pym_str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

/* ------------------------------------------------------------------ */
/* repr and ascii                                                      */
/* ------------------------------------------------------------------ */

static const char hexdigits[] = "0123456789abcdef";

/* Appends the escaped form of a non-printable code point. */
static void append_escape(PymStrBuilder *sb, uint32_t c) {
    char buf[12];
    int n;
    if (c < 0x100) {
        buf[0] = '\\';
        buf[1] = 'x';
        buf[2] = hexdigits[c >> 4];
        buf[3] = hexdigits[c & 15];
        n = 4;
    } else if (c < 0x10000) {
        buf[0] = '\\';
        buf[1] = 'u';
        for (int k = 0; k < 4; k++) buf[2 + k] = hexdigits[(c >> (12 - 4 * k)) & 15];
        n = 6;
    } else {
        buf[0] = '\\';
        buf[1] = 'U';
        for (int k = 0; k < 8; k++) buf[2 + k] = hexdigits[(c >> (28 - 4 * k)) & 15];
        n = 10;
    }
    pym_sb_append(sb, buf, n);
}

/* repr of a non-ASCII str, reading its characters (the UTF-8 is not cached). */
static PymObject *repr_wide(PymObject *s) {
    int k = PYM_STR_KIND(s);
    const void *d = PYM_STR_DATA(s);
    intptr_t n = PYM_STR_LEN(s);
    bool has_sq = false, has_dq = false;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = pym_str_read(k, d, i);
        if (c == '\'')
            has_sq = true;
        else if (c == '"')
            has_dq = true;
    }
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append(&sb, &quote, 1);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = pym_str_read(k, d, i);
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != (uint32_t)quote) {
            pym_sb_append_char(&sb, c);
            continue;
        }
        switch (c) {
        case '\\': pym_sb_append(&sb, "\\\\", 2); break;
        case '\n': pym_sb_append(&sb, "\\n", 2); break;
        case '\t': pym_sb_append(&sb, "\\t", 2); break;
        case '\r': pym_sb_append(&sb, "\\r", 2); break;
        default:
            if (c == (uint32_t)quote) {
                pym_sb_append(&sb, "\\", 1);
                pym_sb_append(&sb, &quote, 1);
            } else if (c >= 0x80 && pym_unicode_isprintable(c))
                pym_sb_append_char(&sb, c);
            else
                append_escape(&sb, c);
        }
    }
    pym_sb_append(&sb, &quote, 1);
    return pym_sb_finish(&sb);
}

PymObject *pym_str_repr(PymObject *s) {
    if (!PYM_STR_IS_ASCII(s)) return repr_wide(s);
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(s);
    intptr_t n = PYM_STR_NBYTES(s);
    bool has_sq = memchr(p, '\'', (size_t)n) != NULL;
    bool has_dq = memchr(p, '"', (size_t)n) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append(&sb, &quote, 1);
    intptr_t i = 0;
    while (i < n) {
        /* copy a run of plain ASCII */
        intptr_t j = i;
        while (j < n && p[j] >= 0x20 && p[j] < 0x7F && p[j] != '\\' && p[j] != (unsigned char)quote)
            j++;
        if (j > i) {
            pym_sb_append(&sb, (const char *)p + i, j - i);
            i = j;
            continue;
        }
        intptr_t start = i;
        uint32_t c = u8_next(p, &i);
        switch (c) {
        case '\\': pym_sb_append(&sb, "\\\\", 2); break;
        case '\n': pym_sb_append(&sb, "\\n", 2); break;
        case '\t': pym_sb_append(&sb, "\\t", 2); break;
        case '\r': pym_sb_append(&sb, "\\r", 2); break;
        default:
            if (c == (uint32_t)quote) {
                pym_sb_append(&sb, "\\", 1);
                pym_sb_append(&sb, &quote, 1);
            } else if (c >= 0x80 && pym_unicode_isprintable(c))
                pym_sb_append(&sb, (const char *)p + start, i - start);
            else
                append_escape(&sb, c);
        }
    }
    pym_sb_append(&sb, &quote, 1);
    return pym_sb_finish(&sb);
}

PymObject *pym_str_ascii_escape(PymObject *r) {
    if (((PymStr *)r)->st_ascii) return pym_newref(r);
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(r);
    intptr_t n = PYM_STR_NBYTES(r), i = 0;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    while (i < n) {
        if (p[i] < 0x80) {
            pym_sb_append(&sb, (const char *)p + i, 1);
            i++;
            continue;
        }
        append_escape(&sb, u8_next(p, &i));
    }
    return pym_sb_finish(&sb);
}

static PymObject *str_repr(PymObject *s) { return pym_str_repr(s); }
static PymObject *str_str(PymObject *s) { return str_exact(s); }
static intptr_t str_hash_slot(PymObject *s) { return pym_str_hash(s); }
static intptr_t str_length(PymObject *s) { return PYM_STR_LEN(s); }

/* ------------------------------------------------------------------ */
/* Integer argument helpers                                            */
/* ------------------------------------------------------------------ */

/* o as intptr_t via __index__; TypeError "'T' object cannot be interpreted
** as an integer" otherwise.  Clamps on overflow when clamp, else raises
** OverflowError. */
static int as_index(PymObject *o, intptr_t *out, bool clamp) {
    if (PYM_INT_CHECK_EXACT(o) && pym_int_is_compact(o)) {
        *out = pym_int_compact_value(o);
        return 0;
    }
    if (!PYM_INT_CHECK(o) && !PYM_TYPE(o)->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(o));
        return -1;
    }
    intptr_t v = pym_number_as_ssize(o, clamp ? NULL : PymExc_OverflowError);
    if (v == -1 && pym_err_occurred()) return -1;
    *out = v;
    return 0;
}

/* Slice-style start/end argument (None or an index), clamped. */
static int slice_arg(PymObject *o, intptr_t *out) {
    if (!o || o == pym_None) return 0;
    if (!PYM_INT_CHECK(o) && !PYM_TYPE(o)->nb_index) {
        pym_err_set_string(PymExc_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return as_index(o, out, true);
}

/* Adjusts start/end like a slice of length len. */
static void adjust_range(intptr_t *start, intptr_t *end, intptr_t len) {
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

/* ------------------------------------------------------------------ */
/* Subscript, contains, binary operators                               */
/* ------------------------------------------------------------------ */

static PymObject *str_getitem_index(PymObject *s, intptr_t i) {
    intptr_t len = PYM_STR_LEN(s);
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        pym_err_set_string(PymExc_IndexError, "string index out of range");
        return NULL;
    }
    uint32_t c = pym_str_read(PYM_STR_KIND(s), PYM_STR_DATA(s), i);
    return c < 256 ? latin1_char(c) : make_char(c);
}

/* A slice bound that is None (dflt) or an exact int of one digit. */
static inline bool slice_bound(PymObject *o, intptr_t dflt, intptr_t *out) {
    if (o == pym_None) {
        *out = dflt;
        return true;
    }
    if (!PYM_INT_CHECK_EXACT(o) || !pym_int_is_compact(o)) return false;
    *out = pym_int_compact_value(o);
    return true;
}

static PymObject *str_subscript(PymObject *s, PymObject *key) {
    if (PYM_INT_CHECK(key) || PYM_TYPE(key)->nb_index) {
        intptr_t i;
        if (PYM_INT_CHECK_EXACT(key) && pym_int_is_compact(key))
            i = pym_int_compact_value(key);
        else {
            i = pym_number_as_ssize(key, PymExc_IndexError);
            if (i == -1 && pym_err_occurred()) return NULL;
        }
        return str_getitem_index(s, i);
    }
    if (PYM_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        PymSlice *sl = (PymSlice *)key;
        if (sl->step == pym_None && slice_bound(sl->start, 0, &start) &&
            slice_bound(sl->stop, PYM_STR_LEN(s), &stop)) {
            /* s[i:j] with small ints or None: clamped here, no call */
            intptr_t len = PYM_STR_LEN(s);
            if (start < 0 && (start += len) < 0) start = 0;
            if (stop < 0 && (stop += len) < 0) stop = 0;
            return pym_str_substring(s, start, stop); /* clamps to len */
        }
        intptr_t n = pym_slice_indices(key, PYM_STR_LEN(s), &start, &stop, &step);
        if (n < 0) return NULL;
        return pym_str_get_slice(s, start, n, step);
    }
    pym_err_format(PymExc_TypeError, "string indices must be integers, not '%s'",
                   pym_type_name(key));
    return NULL;
}

/* Byte-level substring search in [from, to) of hay; -1 when absent. */
static intptr_t find_bytes(const char *hay, intptr_t from, intptr_t to, const char *needle,
                           intptr_t nn) {
    if (nn == 0) return from <= to ? from : -1;
    if (to - from < nn) return -1;
    if (nn == 1) {
        const char *r = memchr(hay + from, needle[0], (size_t)(to - from));
        return r ? r - hay : -1;
    }
    const char *r = memmem(hay + from, (size_t)(to - from), needle, (size_t)nn);
    return r ? r - hay : -1;
}

static intptr_t rfind_bytes(const char *hay, intptr_t from, intptr_t to, const char *needle,
                            intptr_t nn) {
    if (nn == 0) return from <= to ? to : -1;
    for (intptr_t i = to - nn; i >= from; i--)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)nn) == 0) return i;
    return -1;
}

/* Index (in code points) of the first (dir > 0) or last occurrence of sub in
** s[from:to], -1 when absent or -2 on out of memory.  Works on the kinds
** directly: 1-byte strings search bytes (memchr/memmem). */
static intptr_t str_find_chars(PymObject *s, PymObject *sub, intptr_t from, intptr_t to, int dir) {
    intptr_t nn = PYM_STR_LEN(sub);
    if (from > to) return -1;
    if (nn == 0) return dir > 0 ? from : to;
    if (to - from < nn) return -1;
    int ks = PYM_STR_KIND(s), kn = PYM_STR_KIND(sub);
    if (kn > ks) return -1; /* sub has a char wider than any in s */
    const char *h = PYM_STR_DATA(s);
    const char *nd = PYM_STR_DATA(sub);
    void *tmp = NULL;
    if (kn < ks) {
        tmp = pym_raw_malloc((size_t)(nn * ks));
        if (!tmp) {
            pym_err_no_memory();
            return -2;
        }
        copy_chars(ks, tmp, kn, nd, nn);
        nd = tmp;
    }
    intptr_t r;
    if (ks == 1) {
        r = dir > 0 ? find_bytes(h, from, to, nd, nn) : rfind_bytes(h, from, to, nd, nn);
    } else {
        r = -1;
        size_t w = (size_t)(nn * ks);
        uint32_t c0 = pym_str_read(ks, nd, 0);
        if (dir > 0) {
            for (intptr_t i = from; i <= to - nn; i++)
                if (pym_str_read(ks, h, i) == c0 && memcmp(h + i * ks, nd, w) == 0) {
                    r = i;
                    break;
                }
        } else {
            for (intptr_t i = to - nn; i >= from; i--)
                if (pym_str_read(ks, h, i) == c0 && memcmp(h + i * ks, nd, w) == 0) {
                    r = i;
                    break;
                }
        }
    }
    pym_raw_free(tmp);
    return r;
}

static int str_contains(PymObject *s, PymObject *item) {
    if (!PYM_STR_CHECK(item)) {
        pym_err_format(PymExc_TypeError, "'in <string>' requires string as left operand, not %s",
                       pym_type_name(item));
        return -1;
    }
    return str_find_chars(s, item, 0, PYM_STR_LEN(s), 1) >= 0;
}

/* s * n */
static PymObject *str_repeat(PymObject *s, intptr_t n) {
    if (n <= 0 || PYM_STR_LEN(s) == 0) return pym_str_empty();
    if (n == 1) return str_exact(s);
    intptr_t len = PYM_STR_LEN(s);
    int k = PYM_STR_KIND(s);
    if (len > PYM_SSIZE_MAX / n / 8) {
        pym_err_set_string(PymExc_OverflowError, "repeated string is too long");
        return NULL;
    }
    PymStr *r = PYM_STR_IS_ASCII(s) ? str_alloc(&pym_type_str, len * n, len * n)
                                    : str_alloc_wide(&pym_type_str, len * n, k);
    if (!r) return NULL;
    char *d = PYM_STR_DATA(r);
    intptr_t nb = len * k;
    if (nb == 1)
        memset(d, *(const char *)PYM_STR_DATA(s), (size_t)n);
    else {
        memcpy(d, PYM_STR_DATA(s), (size_t)nb);
        intptr_t done = nb, total = nb * n;
        while (done < total) {
            intptr_t c = PYM_MIN(done, total - done);
            memcpy(d + done, d, (size_t)c);
            done += c;
        }
    }
    return (PymObject *)r;
}

static bool is_user_type_with(PymObject *o, int op) {
    PymType *t = PYM_TYPE(o);
    return (t->tp_flags & PYM_TPFLAGS_HEAPTYPE) && t->nb_binop[op] != NULL;
}

static PymObject *str_add(PymObject *a, PymObject *b) {
    if (!PYM_STR_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (!PYM_STR_CHECK(b)) {
        if (is_user_type_with(b, PYM_NB_ADD)) PYM_RETURN_NOTIMPL;
        pym_err_format(PymExc_TypeError, "can only concatenate str (not \"%s\") to str",
                       pym_type_name(b));
        return NULL;
    }
    return pym_str_concat(a, b);
}

static PymObject *str_mul(PymObject *a, PymObject *b) {
    PymObject *s = a, *n = b;
    if (!PYM_STR_CHECK(a)) {
        s = b;
        n = a;
    }
    if (PYM_STR_CHECK(n) && s == b) PYM_RETURN_NOTIMPL; /* str*str seen from the right */
    if (!PYM_INT_CHECK(n) && !PYM_TYPE(n)->nb_index) {
        if (is_user_type_with(n, PYM_NB_MULTIPLY)) PYM_RETURN_NOTIMPL;
        pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                       pym_type_name(n));
        return NULL;
    }
    intptr_t count;
    if (PYM_INT_CHECK_EXACT(n) && pym_int_is_compact(n))
        count = pym_int_compact_value(n);
    else {
        count = pym_number_as_ssize(n, PymExc_OverflowError);
        if (count == -1 && pym_err_occurred()) {
            if (pym_err_matches((PymObject *)PymExc_OverflowError)) {
                pym_err_clear();
                pym_err_format(PymExc_OverflowError, "cannot fit '%s' into an index-sized integer",
                               pym_type_name(n));
            }
            return NULL;
        }
    }
    return str_repeat(s, count);
}

static PymObject *str_mod(PymObject *a, PymObject *b) {
    if (!PYM_STR_CHECK(a)) PYM_RETURN_NOTIMPL;
    return pym_str_percent_format(a, b);
}

/* ------------------------------------------------------------------ */
/* Iterators                                                           */
/* ------------------------------------------------------------------ */

typedef struct {
    PymObject ob_base;
    PymObject *it_str; /* NULL when exhausted */
    intptr_t it_pos;   /* index of the next char */
} PymStrIter;

static void striter_dealloc(PymObject *o) {
    PymStrIter *it = (PymStrIter *)o;
    pym_gc_untrack(o);
    PYM_XDECREF(it->it_str);
    PYM_TYPE(o)->tp_free(o);
}

static int striter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((PymStrIter *)o)->it_str);
    return 0;
}

static PymObject *striter_self(PymObject *o) { return pym_newref(o); }

static PymObject *striter_next(PymObject *o) {
    PymStrIter *it = (PymStrIter *)o;
    PymObject *s = it->it_str;
    if (!s) return NULL;
    if (it->it_pos >= PYM_STR_LEN(s)) {
        it->it_str = NULL;
        PYM_DECREF(s);
        return NULL;
    }
    uint32_t c = pym_str_read(PYM_STR_KIND(s), PYM_STR_DATA(s), it->it_pos++);
    return c < 256 ? latin1_char(c) : make_char(c);
}

static PymObject *striter_length_hint(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kwnames) {
    PymStrIter *it = (PymStrIter *)self;
    if (!it->it_str) return pym_int_from_ssize(0);
    return pym_int_from_ssize(PYM_STR_LEN(it->it_str) - it->it_pos);
}

static PymMethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_str_iter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "str_iterator",
    .tp_basicsize = sizeof(PymStrIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = striter_dealloc,
    .tp_traverse = striter_traverse,
    .tp_iter = striter_self,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
    .tp_free = pym_object_free,
};

PymType pym_type_str_ascii_iter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "str_ascii_iterator",
    .tp_basicsize = sizeof(PymStrIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = striter_dealloc,
    .tp_traverse = striter_traverse,
    .tp_iter = striter_self,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
    .tp_free = pym_object_free,
};

static PymObject *str_iter(PymObject *s) {
    PymStrIter *it = (PymStrIter *)pym_object_alloc(
        ((PymStr *)s)->st_ascii ? &pym_type_str_ascii_iter : &pym_type_str_iter, 0);
    if (!it) return NULL;
    it->it_str = pym_newref(s);
    it->it_pos = 0;
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

/* ------------------------------------------------------------------ */
/* Codecs                                                              */
/* ------------------------------------------------------------------ */

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN };

static int codec_lookup(const char *name) {
    char norm[32];
    size_t k = 0;
    for (const char *p = name; *p && k < sizeof norm - 1; p++) {
        char c = (char)tolower((unsigned char)*p);
        if (c == '-' || c == ' ') c = '_';
        norm[k++] = c;
    }
    norm[k] = 0;
    if (!strcmp(norm, "utf_8") || !strcmp(norm, "utf8") || !strcmp(norm, "u8") ||
        !strcmp(norm, "utf"))
        return CODEC_UTF8;
    if (!strcmp(norm, "ascii") || !strcmp(norm, "us_ascii") || !strcmp(norm, "646"))
        return CODEC_ASCII;
    if (!strcmp(norm, "latin_1") || !strcmp(norm, "latin1") || !strcmp(norm, "latin") ||
        !strcmp(norm, "iso_8859_1") || !strcmp(norm, "iso8859_1") || !strcmp(norm, "l1") ||
        !strcmp(norm, "8859") || !strcmp(norm, "cp819"))
        return CODEC_LATIN1;
    pym_err_format(PymExc_LookupError, "unknown encoding: %s", name);
    return CODEC_UNKNOWN;
}

static const char *codec_name(int codec) {
    return codec == CODEC_UTF8 ? "utf-8" : codec == CODEC_ASCII ? "ascii" : "latin-1";
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_SURROGATEESCAPE, ERR_UNKNOWN };

static int errors_lookup(const char *e) {
    if (!e || !strcmp(e, "strict")) return ERR_STRICT;
    if (!strcmp(e, "ignore")) return ERR_IGNORE;
    if (!strcmp(e, "replace")) return ERR_REPLACE;
    if (!strcmp(e, "backslashreplace")) return ERR_BACKSLASH;
    if (!strcmp(e, "surrogateescape")) return ERR_SURROGATEESCAPE;
    return ERR_UNKNOWN;
}

/* Raises UnicodeDecodeError/UnicodeEncodeError(encoding, obj, start, end,
** reason): the exception keeps them and makes CPython's message from them
** (exceptions.c). */
static void raise_unicode_error(PymType *type, const char *encoding, PymObject *obj, intptr_t start,
                                intptr_t end, const char *reason) {
    PymObject *a[5] = {pym_str_from_cstr(encoding), pym_newref(obj), pym_int_from_ssize(start),
                       pym_int_from_ssize(end), pym_str_from_cstr(reason)};
    PymObject *exc = NULL;
    if (a[0] && a[2] && a[3] && a[4]) exc = pym_exc_new(type, a, 5);
    for (int k = 0; k < 5; k++) PYM_XDECREF(a[k]);
    if (exc) pym_err_set_exc(exc);
}

static void unknown_handler(const char *errors) {
    pym_err_format(PymExc_LookupError, "unknown error handler name '%s'", errors);
}

/* An encoding the C codecs lack goes to lib/codecs.py's registry
** (codecs._text_decode/_text_encode: text encodings only, else LookupError);
** arg is the bytes or str to convert. */
static PymObject *codec_fallback(const char *func, PymObject *arg, const char *encoding,
                                 const char *errors, PymType *want) {
    pym_err_clear();
    PymObject *mod = pym_import_cstr("codecs");
    if (!mod) return NULL;
    PymObject *fn = pym_object_getattr_cstr(mod, func);
    PYM_DECREF(mod);
    if (!fn) return NULL;
    PymObject *enc = pym_str_from_cstr(encoding);
    PymObject *err = enc ? pym_str_from_cstr(errors ? errors : "strict") : NULL;
    PymObject *r = NULL;
    if (err) {
        PymObject *a[3] = {arg, enc, err};
        r = pym_call(fn, a, 3, NULL);
    }
    PYM_XDECREF(enc);
    PYM_XDECREF(err);
    PYM_DECREF(fn);
    if (!r) {
        /* the error is the conversion's, as from a C codec: without the
        ** frames of codecs.py in its traceback */
        PymObject *exc = pym_err_fetch();
        if (exc && pym_type_is_subtype(PYM_TYPE(exc), &pym_exc_BaseException)) {
            PymBaseException *be = (PymBaseException *)exc;
            PymObject *tb = be->traceback;
            be->traceback = NULL;
            PYM_XDECREF(tb);
        }
        pym_err_restore(exc);
        return NULL;
    }
    if (!pym_type_is_subtype(PYM_TYPE(r), want)) {
        pym_err_format(
            PymExc_TypeError,
            "'%s' %s returned '%s' instead of '%s'; use codecs.%s() to %s to arbitrary types",
            encoding, want == &pym_type_str ? "decoder" : "encoder", PYM_TYPE(r)->tp_name,
            want->tp_name, want == &pym_type_str ? "decode" : "encode",
            want == &pym_type_str ? "decode" : "encode");
        PYM_DECREF(r);
        return NULL;
    }
    return r;
}

PymObject *pym_str_decode(const char *data, intptr_t len, const char *encoding,
                          const char *errors) {
    int codec = encoding ? codec_lookup(encoding) : CODEC_UTF8;
    if (codec == CODEC_UNKNOWN) {
        if (!pym_err_matches((PymObject *)PymExc_LookupError)) return NULL;
        PymObject *b = pym_bytes_from_data(data, len);
        if (!b) return NULL;
        PymObject *r = codec_fallback("_text_decode", b, encoding, errors, &pym_type_str);
        PYM_DECREF(b);
        return r;
    }
    const unsigned char *p = (const unsigned char *)data;
    if (codec == CODEC_LATIN1) {
        PymStrBuilder sb;
        pym_sb_init(&sb);
        for (intptr_t i = 0; i < len; i++) pym_sb_append_char(&sb, p[i]);
        return pym_sb_finish(&sb);
    }
    /* fast path: valid input */
    intptr_t i = 0;
    if (codec == CODEC_ASCII) {
        while (i < len && p[i] < 0x80) i++;
        if (i == len) return pym_str_new_known(data, len, len, true);
    } else {
        intptr_t nchars = 0;
        bool ascii = true;
        while (i < len) {
            if (p[i] < 0x80) {
                i++;
                nchars++;
                continue;
            }
            uint32_t cp;
            const char *why;
            int bad;
            int n = utf8_check(p + i, len - i, &cp, false, &why, &bad);
            if (!n) break;
            i += n;
            nchars++;
            ascii = false;
        }
        if (i == len) return pym_str_new_known(data, len, nchars, ascii);
    }
    int eh = errors_lookup(errors);
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append(&sb, data, i);
    while (i < len) {
        const char *why = NULL;
        int bad = 1, n;
        uint32_t cp;
        if (codec == CODEC_ASCII) {
            if (p[i] < 0x80) {
                pym_sb_append_char(&sb, p[i]);
                i++;
                continue;
            }
            why = "ordinal not in range(128)";
            n = 0;
        } else {
            n = utf8_check(p + i, len - i, &cp, false, &why, &bad);
            if (n) {
                pym_sb_append(&sb, data + i, n);
                i += n;
                continue;
            }
        }
        switch (eh) {
        case ERR_IGNORE: break;
        case ERR_REPLACE: pym_sb_append_char(&sb, 0xFFFD); break;
        case ERR_BACKSLASH:
            for (int k = 0; k < bad; k++) {
                char b[4] = {'\\', 'x', hexdigits[p[i + k] >> 4], hexdigits[p[i + k] & 15]};
                pym_sb_append(&sb, b, 4);
            }
            break;
        case ERR_SURROGATEESCAPE:
            for (int k = 0; k < bad; k++) pym_sb_append_char(&sb, 0xDC00 + p[i + k]);
            break;
        case ERR_UNKNOWN:
            pym_sb_discard(&sb);
            unknown_handler(errors);
            return NULL;
        default: {
            pym_sb_discard(&sb);
            PymObject *b = pym_bytes_from_data(data, len);
            if (!b) return NULL;
            raise_unicode_error(PymExc_UnicodeDecodeError, codec_name(codec), b, i, i + bad, why);
            PYM_DECREF(b);
            return NULL;
        }
        }
        i += bad;
    }
    return pym_sb_finish(&sb);
}

PymObject *pym_str_encode(PymObject *s, const char *encoding, const char *errors) {
    int codec = encoding ? codec_lookup(encoding) : CODEC_UTF8;
    if (codec == CODEC_UNKNOWN) {
        if (!pym_err_matches((PymObject *)PymExc_LookupError)) return NULL;
        return codec_fallback("_text_encode", s, encoding, errors, &pym_type_bytes);
    }
    if (codec == CODEC_UTF8 && !PYM_STR_IS_ASCII(s)) {
        /* no surrogates (kind 1 has none; scan the others): encode directly,
        ** without caching the UTF-8 in s (as CPython) */
        bool surr = false;
        int k = PYM_STR_KIND(s);
        const void *d = PYM_STR_DATA(s);
        for (intptr_t i = 0; k > 1 && i < PYM_STR_LEN(s); i++) {
            uint32_t c = pym_str_read(k, d, i);
            if (c >= 0xD800 && c <= 0xDFFF) {
                surr = true;
                break;
            }
        }
        if (!surr) {
            PymObject *b = pym_bytes_new_uninit(pym_str_utf8_size(s));
            if (b) pym_str_utf8_write(s, PYM_BYTES_DATA(b));
            return b;
        }
    }
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(s);
    intptr_t n = PYM_STR_NBYTES(s);
    if (((PymStr *)s)->st_ascii) return pym_bytes_from_data((const char *)p, n);
    uint32_t limit = codec == CODEC_UTF8 ? 0x110000 : codec == CODEC_ASCII ? 0x80 : 0x100;
    int eh = errors_lookup(errors);
    /* output is at most n bytes (each code point encodes to <= its UTF-8 length,
    ** backslashreplace aside) */
    intptr_t cap = n + 16, olen = 0;
    char *out = pym_raw_malloc((size_t)cap);
    if (!out) return pym_err_no_memory();
    intptr_t i = 0, idx = 0;
    while (i < n) {
        intptr_t at = i;
        uint32_t c = u8_next(p, &i);
        bool bad = c >= limit || (codec == CODEC_UTF8 && c >= 0xD800 && c <= 0xDFFF);
        if (!bad) {
            if (codec == CODEC_UTF8) {
                memcpy(out + olen, p + at, (size_t)(i - at));
                olen += i - at;
            } else
                out[olen++] = (char)c;
            idx++;
            continue;
        }
        if (eh == ERR_SURROGATEESCAPE && c >= 0xDC80 && c <= 0xDCFF) {
            out[olen++] = (char)(c - 0xDC00);
            idx++;
            continue;
        }
        if (eh == ERR_STRICT || eh == ERR_UNKNOWN || eh == ERR_SURROGATEESCAPE) {
            pym_raw_free(out);
            if (eh == ERR_UNKNOWN) {
                unknown_handler(errors);
                return NULL;
            }
            /* extent of the run of unencodable characters */
            intptr_t end = idx + 1, j = i;
            while (j < n) {
                intptr_t k = j;
                uint32_t d = u8_next(p, &k);
                bool dbad = d >= limit || (codec == CODEC_UTF8 && d >= 0xD800 && d <= 0xDFFF);
                if (!dbad) break;
                j = k;
                end++;
            }
            raise_unicode_error(PymExc_UnicodeEncodeError, codec_name(codec), s, idx, end,
                                codec == CODEC_UTF8    ? "surrogates not allowed"
                                : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                       : "ordinal not in range(256)");
            return NULL;
        }
        if (eh == ERR_REPLACE)
            out[olen++] = '?';
        else if (eh == ERR_BACKSLASH) {
            char buf[12];
            int m;
            if (c < 0x100)
                m = snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c < 0x10000)
                m = snprintf(buf, sizeof buf, "\\u%04x", c);
            else
                m = snprintf(buf, sizeof buf, "\\U%08x", c);
            if (olen + m + (n - i) + 16 > cap) {
                cap = (olen + m + (n - i)) * 2 + 16;
                char *no = pym_raw_realloc(out, (size_t)cap);
                if (!no) {
                    pym_raw_free(out);
                    return pym_err_no_memory();
                }
                out = no;
            }
            memcpy(out + olen, buf, (size_t)m);
            olen += m;
        }
        idx++;
    }
    PymObject *r = pym_bytes_from_data(out, olen);
    pym_raw_free(out);
    return r;
}

/* ------------------------------------------------------------------ */
/* str()                                                               */
/* ------------------------------------------------------------------ */

/* Makes an instance of subtype t equal to exact str s (steals s). */
static PymObject *str_subtype_new(PymType *t, PymObject *s) {
    intptr_t n = PYM_STR_LEN(s);
    PymStr *r = PYM_STR_IS_ASCII(s) ? str_alloc(t, n, n) : str_alloc_wide(t, n, PYM_STR_KIND(s));
    if (r) memcpy(PYM_STR_DATA(r), PYM_STR_DATA(s), (size_t)(n * PYM_STR_KIND(s)));
    PYM_DECREF(s);
    if (r && PYM_IS_GC(r))
        pym_gc_track((PymObject *)r); /* a subclass instance may hold a __dict__ */
    return (PymObject *)r;
}

static const char *arg_cstr(PymObject *o, const char *fname, const char *argname) {
    if (!o) return NULL;
    if (!PYM_STR_CHECK(o)) {
        pym_err_format(PymExc_TypeError, "%s() argument '%s' must be str, not %s", fname, argname,
                       pym_type_name(o));
        return NULL;
    }
    return PYM_STR_UTF8(o);
}

static PymObject *str_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    PymObject *a[3] = {NULL, NULL, NULL};
    if (nargs == 1 && !kwnames)
        a[0] = args[0];
    else if (pym_arg_unpack("str", args, nargs, kwnames, names, 0, -1, a) < 0)
        return NULL;
    PymObject *r;
    if (!a[1] && !a[2]) {
        r = a[0] ? pym_object_str(a[0]) : pym_str_empty();
    } else {
        const char *enc = NULL, *err = NULL;
        if (a[1] && !(enc = arg_cstr(a[1], "str", "encoding"))) return NULL;
        if (a[2] && !(err = arg_cstr(a[2], "str", "errors"))) return NULL;
        if (!a[0])
            r = pym_str_empty();
        else if (PYM_BYTES_CHECK(a[0]))
            r = pym_str_decode(PYM_BYTES_DATA(a[0]), PYM_BYTES_LEN(a[0]), enc, err);
        else if (PYM_STR_CHECK(a[0])) {
            pym_err_set_string(PymExc_TypeError, "decoding str is not supported");
            return NULL;
        } else {
            pym_err_format(PymExc_TypeError, "decoding to str: need a bytes-like object, %s found",
                           pym_type_name(a[0]));
            return NULL;
        }
    }
    if (!r || type == &pym_type_str) return r;
    return str_subtype_new(type, r);
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */
/* ------------------------------------------------------------------ */

static int need_str(PymObject *o) {
    if (PYM_STR_CHECK(o)) return 0;
    pym_err_format(PymExc_TypeError, "must be str, not %s", pym_type_name(o));
    return -1;
}

/* New str from bytes [b0, b1) of s. */
static PymObject *sub_bytes(PymObject *s, intptr_t b0, intptr_t b1) {
    if (b0 == 0 && b1 == PYM_STR_NBYTES(s)) return str_exact(s);
    if (((PymStr *)s)->st_ascii)
        return pym_str_new_known(PYM_STR_UTF8(s) + b0, b1 - b0, b1 - b0, true);
    return pym_str_from_utf8(PYM_STR_UTF8(s) + b0, b1 - b0);
}

/* Appends a new reference to list l; consumes item. 0/-1 */
static int list_add(PymObject *l, PymObject *item) {
    if (!item) return -1;
    int r = pym_list_append(l, item);
    PYM_DECREF(item);
    return r;
}

/* Resolves (start, end) code point args to a byte range; returns 0, or 1
** when start > len (empty result), -1 on error. */
static int byte_range(PymObject *s, PymObject *const *args, size_t nargs, size_t first,
                      intptr_t *b0, intptr_t *b1, intptr_t *c0, intptr_t *c1) {
    intptr_t len = PYM_STR_LEN(s), start = 0, end = PYM_SSIZE_MAX;
    if (nargs > first && slice_arg(args[first], &start) < 0) return -1;
    if (nargs > first + 1 && slice_arg(args[first + 1], &end) < 0) return -1;
    adjust_range(&start, &end, len);
    *c0 = start;
    *c1 = end;
    if (start > len) return 1;
    *b0 = pym_str_offset(s, start);
    *b1 = end > start ? pym_str_offset(s, end) : *b0;
    if (end < start) return 2;
    return 0;
}

/* Resolves the (start, end) code point args of find/count; 0, or -1. */
static int cp_range(PymObject *s, PymObject *const *args, size_t nargs, size_t first, intptr_t *c0,
                    intptr_t *c1) {
    intptr_t start = 0, end = PYM_SSIZE_MAX;
    if (nargs > first && slice_arg(args[first], &start) < 0) return -1;
    if (nargs > first + 1 && slice_arg(args[first + 1], &end) < 0) return -1;
    adjust_range(&start, &end, PYM_STR_LEN(s));
    *c0 = start;
    *c1 = end;
    return 0;
}

/* find family: dir 1 forward, -1 backward; returns cp index, -1 absent, -2 error */
static intptr_t find_impl(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames,
                          int dir, const char *name) {
    if (pym_arg_count_tuple(name, nargs, kwnames, 1, 3) < 0) return -2;
    PymObject *sub = args[0];
    if (need_str(sub) < 0) return -2;
    intptr_t c0, c1;
    if (cp_range(self, args, nargs, 1, &c0, &c1) < 0) return -2;
    if (c0 > PYM_STR_LEN(self)) return -1;
    return str_find_chars(self, sub, c0, c1, dir);
}

PYM_CFUNC(str_find) {
    intptr_t r = find_impl(self, args, nargs, kwnames, 1, "find");
    return r == -2 ? NULL : pym_int_from_ssize(r);
}
PYM_CFUNC(str_rfind) {
    intptr_t r = find_impl(self, args, nargs, kwnames, -1, "rfind");
    return r == -2 ? NULL : pym_int_from_ssize(r);
}
PYM_CFUNC(str_index) {
    intptr_t r = find_impl(self, args, nargs, kwnames, 1, "index");
    if (r == -2) return NULL;
    if (r == -1) {
        pym_err_set_string(PymExc_ValueError, "substring not found");
        return NULL;
    }
    return pym_int_from_ssize(r);
}
PYM_CFUNC(str_rindex) {
    intptr_t r = find_impl(self, args, nargs, kwnames, -1, "rindex");
    if (r == -2) return NULL;
    if (r == -1) {
        pym_err_set_string(PymExc_ValueError, "substring not found");
        return NULL;
    }
    return pym_int_from_ssize(r);
}

PYM_CFUNC(str_count) {
    if (pym_arg_count_tuple("count", nargs, kwnames, 1, 3) < 0) return NULL;
    PymObject *sub = args[0];
    if (need_str(sub) < 0) return NULL;
    intptr_t c0, c1;
    if (cp_range(self, args, nargs, 1, &c0, &c1) < 0) return NULL;
    if (c0 > PYM_STR_LEN(self) || c1 < c0) return pym_int_from_ssize(0);
    intptr_t nn = PYM_STR_LEN(sub);
    if (nn == 0) return pym_int_from_ssize(c1 - c0 + 1);
    intptr_t n = 0, at = c0;
    if (PYM_STR_KIND(self) == 1 && PYM_STR_KIND(sub) == 1) {
        const char *h = PYM_STR_DATA(self), *nd = PYM_STR_DATA(sub);
        while ((at = find_bytes(h, at, c1, nd, nn)) >= 0) {
            n++;
            at += nn;
        }
    } else {
        while ((at = str_find_chars(self, sub, at, c1, 1)) >= 0) {
            n++;
            at += nn;
        }
        if (at == -2) return NULL;
    }
    return pym_int_from_ssize(n);
}

/* split on whitespace (sep None) */
static PymObject *split_ws(PymObject *s, intptr_t maxsplit, bool right) {
    PymObject *l = pym_list_new(0);
    if (!l) return NULL;
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(s);
    intptr_t n = PYM_STR_NBYTES(s);
    if (!right) {
        intptr_t i = 0;
        while (i < n) {
            intptr_t k = i;
            while (k < n) {
                intptr_t t = k;
                if (!pym_unicode_isspace(u8_next(p, &t))) break;
                k = t;
            }
            i = k;
            if (i >= n) break;
            if (maxsplit-- == 0) {
                /* the rest of the string, as is */
                if (list_add(l, sub_bytes(s, i, n)) < 0) goto fail;
                break;
            }
            intptr_t j = i;
            while (j < n) {
                intptr_t t = j;
                if (pym_unicode_isspace(u8_next(p, &t))) break;
                j = t;
            }
            if (list_add(l, sub_bytes(s, i, j)) < 0) goto fail;
            i = j;
        }
    } else {
        intptr_t i = n;
        while (i > 0) {
            intptr_t k = i;
            while (k > 0) {
                intptr_t t = k;
                if (!pym_unicode_isspace(u8_prev(p, &t))) break;
                k = t;
            }
            i = k;
            if (i <= 0) break;
            if (maxsplit-- == 0) {
                if (list_add(l, sub_bytes(s, 0, i)) < 0) goto fail;
                break;
            }
            intptr_t j = i;
            while (j > 0) {
                intptr_t t = j;
                if (pym_unicode_isspace(u8_prev(p, &t))) break;
                j = t;
            }
            if (list_add(l, sub_bytes(s, j, i)) < 0) goto fail;
            i = j;
        }
        if (pym_list_reverse(l) < 0) goto fail;
    }
    return l;
fail:
    PYM_DECREF(l);
    return NULL;
}

static PymObject *split_sep(PymObject *s, PymObject *sep, intptr_t maxsplit, bool right) {
    intptr_t nn = PYM_STR_NBYTES(sep);
    if (nn == 0) {
        pym_err_set_string(PymExc_ValueError, "empty separator");
        return NULL;
    }
    PymObject *l = pym_list_new(0);
    if (!l) return NULL;
    const char *h = PYM_STR_UTF8(s), *nd = PYM_STR_UTF8(sep);
    intptr_t n = PYM_STR_NBYTES(s);
    if (!right) {
        intptr_t i = 0, at;
        while (maxsplit != 0 && (at = find_bytes(h, i, n, nd, nn)) >= 0) {
            if (list_add(l, sub_bytes(s, i, at)) < 0) goto fail;
            i = at + nn;
            maxsplit--;
        }
        if (list_add(l, sub_bytes(s, i, n)) < 0) goto fail;
    } else {
        intptr_t j = n, at;
        while (maxsplit != 0 && (at = rfind_bytes(h, 0, j, nd, nn)) >= 0) {
            if (list_add(l, sub_bytes(s, at + nn, j)) < 0) goto fail;
            j = at;
            maxsplit--;
        }
        if (list_add(l, sub_bytes(s, 0, j)) < 0) goto fail;
        if (pym_list_reverse(l) < 0) goto fail;
    }
    return l;
fail:
    PYM_DECREF(l);
    return NULL;
}

static PymObject *split_common(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames, bool right) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack(right ? "rsplit" : "split", args, nargs, kwnames, names, 0, -1, a) < 0)
        return NULL;
    intptr_t maxsplit = -1;
    if (a[1] && as_index(a[1], &maxsplit, true) < 0) return NULL;
    if (maxsplit < 0) maxsplit = PYM_SSIZE_MAX;
    if (!a[0] || a[0] == pym_None) return split_ws(self, maxsplit, right);
    if (!PYM_STR_CHECK(a[0])) {
        pym_err_format(PymExc_TypeError, "must be str or None, not %s", pym_type_name(a[0]));
        return NULL;
    }
    return split_sep(self, a[0], maxsplit, right);
}

PYM_CFUNC(str_split) { return split_common(self, args, nargs, kwnames, false); }
PYM_CFUNC(str_rsplit) { return split_common(self, args, nargs, kwnames, true); }

PymObject *pym_str_join(PymObject *sep, PymObject *iterable) {
    PymObject *seq;
    if (PYM_LIST_CHECK_EXACT(iterable) || PYM_TUPLE_CHECK_EXACT(iterable))
        seq = pym_newref(iterable);
    else {
        PymObject *it = pym_object_getiter(iterable);
        if (!it) {
            if (pym_err_matches((PymObject *)PymExc_TypeError)) {
                pym_err_clear();
                pym_err_set_string(PymExc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        PYM_DECREF(it);
        seq = pym_list_from_iter(iterable);
        if (!seq) return NULL;
    }
    intptr_t n = PYM_SIZE(seq);
    PymObject **items = PYM_LIST_CHECK(seq) ? PYM_LIST_ITEMS(seq) : PYM_TUPLE_ITEMS(seq);
    if (n == 1 && PYM_STR_CHECK_EXACT(items[0])) {
        PymObject *r = pym_newref(items[0]);
        PYM_DECREF(seq);
        return r;
    }
    intptr_t nchars = 0;
    bool ascii = ((PymStr *)sep)->st_ascii;
    int kind = PYM_STR_KIND(sep);
    for (intptr_t i = 0; i < n; i++) {
        PymObject *it = items[i];
        if (!PYM_STR_CHECK(it)) {
            pym_err_format(PymExc_TypeError, "sequence item %zd: expected str instance, %s found",
                           i, pym_type_name(it));
            PYM_DECREF(seq);
            return NULL;
        }
        nchars += PYM_STR_LEN(it);
        if (!((PymStr *)it)->st_ascii) ascii = false;
        if (PYM_STR_KIND(it) > kind) kind = PYM_STR_KIND(it);
    }
    intptr_t sl = PYM_STR_LEN(sep);
    if (n > 1) nchars += sl * (n - 1);
    if (nchars == 0) {
        PYM_DECREF(seq);
        return pym_str_empty();
    }
    PymStr *r = ascii ? str_alloc(&pym_type_str, nchars, nchars)
                      : str_alloc_wide(&pym_type_str, nchars, kind);
    if (!r) {
        PYM_DECREF(seq);
        return NULL;
    }
    char *o = PYM_STR_DATA(r);
    int sk = PYM_STR_KIND(sep);
    const void *sd = PYM_STR_DATA(sep);
    for (intptr_t i = 0; i < n; i++) {
        if (i && sl) {
            copy_chars(kind, o, sk, sd, sl);
            o += sl * kind;
        }
        intptr_t l = PYM_STR_LEN(items[i]);
        copy_chars(kind, o, PYM_STR_KIND(items[i]), PYM_STR_DATA(items[i]), l);
        o += l * kind;
    }
    PYM_DECREF(seq);
    if (nchars == 1) {
        PymObject *c = pym_str_from_kind(kind, PYM_STR_DATA(r), 1);
        PYM_DECREF(r);
        return c;
    }
    return (PymObject *)r;
}

PYM_CFUNC(str_join) {
    if (pym_arg_count("join", nargs, kwnames, 1, 1) < 0) return NULL;
    return pym_str_join(self, args[0]);
}

/* strip: which 1 left, 2 right, 3 both */
static PymObject *strip_impl(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames, int which, const char *name) {
    if (pym_arg_count(name, nargs, kwnames, 0, 1) < 0) return NULL;
    PymObject *chars = nargs ? args[0] : NULL;
    if (chars == pym_None) chars = NULL;
    if (chars && !PYM_STR_CHECK(chars)) {
        pym_err_format(PymExc_TypeError, "%s arg must be None or str", name);
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(self);
    intptr_t n = PYM_STR_NBYTES(self), b = 0, e = n;
    uint32_t *set = NULL;
    intptr_t nset = 0;
    if (chars) {
        set = str_to_ucs4(chars);
        if (!set) return NULL;
        nset = PYM_STR_LEN(chars);
    }
#define IN_SET(c) \
    ({ \
        bool _f = false; \
        if (set) { \
            for (intptr_t _k = 0; _k < nset; _k++) \
                if (set[_k] == (c)) { \
                    _f = true; \
                    break; \
                } \
        } else \
            _f = pym_unicode_isspace(c); \
        _f; \
    })
    if (which & 1)
        while (b < n) {
            intptr_t t = b;
            uint32_t c = u8_next(p, &t);
            if (!IN_SET(c)) break;
            b = t;
        }
    if (which & 2)
        while (e > b) {
            intptr_t t = e;
            uint32_t c = u8_prev(p, &t);
            if (!IN_SET(c)) break;
            e = t;
        }
#undef IN_SET
    if (set) pym_raw_free(set);
    return sub_bytes(self, b, e);
}

PYM_CFUNC(str_strip) { return strip_impl(self, args, nargs, kwnames, 3, "strip"); }
PYM_CFUNC(str_lstrip) { return strip_impl(self, args, nargs, kwnames, 1, "lstrip"); }
PYM_CFUNC(str_rstrip) { return strip_impl(self, args, nargs, kwnames, 2, "rstrip"); }

PYM_CFUNC(str_replace) {
    if (pym_arg_count("replace", nargs, kwnames, 2, 3) < 0) return NULL;
    PymObject *old = args[0], *new = args[1];
    for (int k = 0; k < 2; k++)
        if (!PYM_STR_CHECK(args[k])) {
            pym_err_format(PymExc_TypeError, "replace() argument %d must be str, not %s", k + 1,
                           pym_type_name(args[k]));
            return NULL;
        }
    intptr_t count = -1;
    if (nargs > 2 && as_index(args[2], &count, true) < 0) return NULL;
    if (count < 0) count = PYM_SSIZE_MAX;
    const char *h = PYM_STR_UTF8(self);
    intptr_t n = PYM_STR_NBYTES(self), on = PYM_STR_NBYTES(old);
    PymStrBuilder sb;
    pym_sb_init(&sb);
    if (on == 0) {
        const unsigned char *p = (const unsigned char *)h;
        intptr_t i = 0;
        while (i < n && count > 0) {
            pym_sb_append_str(&sb, new);
            count--;
            intptr_t j = i;
            u8_next(p, &j);
            pym_sb_append(&sb, h + i, j - i);
            i = j;
        }
        if (i >= n && count > 0)
            pym_sb_append_str(&sb, new);
        else
            pym_sb_append(&sb, h + i, n - i);
        return pym_sb_finish(&sb);
    }
    intptr_t i = 0, at;
    bool any = false;
    while (count > 0 && (at = find_bytes(h, i, n, PYM_STR_UTF8(old), on)) >= 0) {
        pym_sb_append(&sb, h + i, at - i);
        pym_sb_append_str(&sb, new);
        i = at + on;
        count--;
        any = true;
    }
    if (!any) {
        pym_sb_discard(&sb);
        return str_exact(self);
    }
    pym_sb_append(&sb, h + i, n - i);
    return pym_sb_finish(&sb);
}

/* startswith/endswith */
static PymObject *xswith(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames,
                         bool end_, const char *name) {
    if (pym_arg_count_tuple(name, nargs, kwnames, 1, 3) < 0) return NULL;
    intptr_t b0, b1, c0, c1;
    PymObject *pre = args[0];
    if (!PYM_STR_CHECK(pre) && !PYM_TUPLE_CHECK(pre)) {
        pym_err_format(PymExc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                       pym_type_name(pre));
        return NULL;
    }
    int r = byte_range(self, args, nargs, 1, &b0, &b1, &c0, &c1);
    if (r < 0) return NULL;
    intptr_t ntry = PYM_STR_CHECK(pre) ? 1 : PYM_SIZE(pre);
    for (intptr_t k = 0; k < ntry; k++) {
        PymObject *p = PYM_STR_CHECK(pre) ? pre : PYM_TUPLE_GET(pre, k);
        if (!PYM_STR_CHECK(p)) {
            pym_err_format(PymExc_TypeError, "tuple for %s must only contain str, not %s", name,
                           pym_type_name(p));
            return NULL;
        }
        if (r == 1) continue;
        if (r == 2) {
            if (PYM_STR_NBYTES(p) == 0 && c0 <= c1) PYM_RETURN_TRUE;
            continue;
        }
        intptr_t pn = PYM_STR_NBYTES(p);
        if (pn > b1 - b0) continue;
        const char *at = PYM_STR_UTF8(self) + (end_ ? b1 - pn : b0);
        if (memcmp(at, PYM_STR_UTF8(p), (size_t)pn) == 0) PYM_RETURN_TRUE;
    }
    PYM_RETURN_FALSE;
}

PYM_CFUNC(str_startswith) { return xswith(self, args, nargs, kwnames, false, "startswith"); }
PYM_CFUNC(str_endswith) { return xswith(self, args, nargs, kwnames, true, "endswith"); }

/* ---- case conversion ---- */

enum { CASE_UPPER, CASE_LOWER, CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP, CASE_FOLD };

/* the Latin ligatures U+FB00..FB06 expand under upper/title/casefold */
static const char *const ligature_upper[7] = {"FF", "FI", "FL", "FFI", "FFL", "ST", "ST"};
static const char *const ligature_title[7] = {"Ff", "Fi", "Fl", "Ffi", "Ffl", "St", "St"};
static const char *const ligature_fold[7] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

static void append_upper(PymStrBuilder *sb, uint32_t c) {
    if (c >= 0xFB00 && c <= 0xFB06) {
        pym_sb_append_cstr(sb, ligature_upper[c - 0xFB00]);
        return;
    }
    if (c == 0xDF) {
        pym_sb_append(sb, "SS", 2);
        return;
    }
    if (c == 0x149) {
        pym_sb_append_char(sb, 0x2BC);
        pym_sb_append_char(sb, 'N');
        return;
    }
    pym_sb_append_char(sb, upper1(c));
}

static void append_title(PymStrBuilder *sb, uint32_t c) {
    if (c >= 0xFB00 && c <= 0xFB06) {
        pym_sb_append_cstr(sb, ligature_title[c - 0xFB00]);
        return;
    }
    if (c == 0xDF) {
        pym_sb_append(sb, "Ss", 2);
        return;
    }
    if (c == 0x149) {
        pym_sb_append_char(sb, 0x2BC);
        pym_sb_append_char(sb, 'N');
        return;
    }
    pym_sb_append_char(sb, upper1(c));
}

/* lower of a[i] with Greek final sigma */
static void append_lower(PymStrBuilder *sb, const uint32_t *a, intptr_t n, intptr_t i) {
    uint32_t c = a[i];
    if (c == 0x130) {
        pym_sb_append_char(sb, 'i');
        pym_sb_append_char(sb, 0x307);
        return;
    }
    if (c == 0x3A3) {
        bool before = false, after = false;
        for (intptr_t k = i - 1; k >= 0; k--) {
            if (a[k] == '\'' || a[k] == 0x2019 || (a[k] >= 0x300 && a[k] <= 0x36F)) continue;
            before = cp_iscased(a[k]);
            break;
        }
        for (intptr_t k = i + 1; k < n; k++) {
            if (a[k] == '\'' || a[k] == 0x2019 || (a[k] >= 0x300 && a[k] <= 0x36F)) continue;
            after = cp_iscased(a[k]);
            break;
        }
        pym_sb_append_char(sb, before && !after ? 0x3C2 : 0x3C3);
        return;
    }
    pym_sb_append_char(sb, lower1(c));
}

static PymObject *case_convert(PymObject *self, int how) {
    intptr_t len = PYM_STR_LEN(self);
    if (((PymStr *)self)->st_ascii) {
        PymStr *r = str_alloc(&pym_type_str, len, len);
        if (!r) return NULL;
        const char *s = ((PymStr *)self)->st_data;
        char *o = r->st_data;
        bool prev_cased = false;
        for (intptr_t i = 0; i < len; i++) {
            char c = s[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (how) {
            case CASE_UPPER:
                if (lo) c -= 32;
                break;
            case CASE_LOWER:
            case CASE_FOLD:
                if (up) c += 32;
                break;
            case CASE_SWAP:
                if (up)
                    c += 32;
                else if (lo)
                    c -= 32;
                break;
            case CASE_CAPITALIZE:
                if (i == 0) {
                    if (lo) c -= 32;
                } else if (up)
                    c += 32;
                break;
            case CASE_TITLE:
                if (prev_cased) {
                    if (up) c += 32;
                } else if (lo)
                    c -= 32;
                prev_cased = up || lo;
                break;
            }
            o[i] = c;
        }
        if (len <= 1) {
            PymObject *c = pym_str_new_known(r->st_data, len, len, true);
            PYM_DECREF(r);
            return c;
        }
        return (PymObject *)r;
    }
    uint32_t *a = str_to_ucs4(self);
    if (!a) return NULL;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    bool prev_cased = false;
    for (intptr_t i = 0; i < len; i++) {
        uint32_t c = a[i];
        switch (how) {
        case CASE_UPPER: append_upper(&sb, c); break;
        case CASE_LOWER: append_lower(&sb, a, len, i); break;
        case CASE_FOLD:
            if (c == 0xDF)
                pym_sb_append(&sb, "ss", 2);
            else if (c >= 0xFB00 && c <= 0xFB06)
                pym_sb_append_cstr(&sb, ligature_fold[c - 0xFB00]);
            else if (c == 0xB5)
                pym_sb_append_char(&sb, 0x3BC);
            else if (c == 0x3C2)
                pym_sb_append_char(&sb, 0x3C3);
            else if (c == 0x17F)
                pym_sb_append_char(&sb, 's');
            else if (c == 0x149) {
                pym_sb_append_char(&sb, 0x2BC);
                pym_sb_append_char(&sb, 'n');
            } else if (c == 0x130) {
                pym_sb_append_char(&sb, 'i');
                pym_sb_append_char(&sb, 0x307);
            } else
                pym_sb_append_char(&sb, lower1(c));
            break;
        case CASE_SWAP:
            if (cp_isupper(c))
                append_lower(&sb, a, len, i);
            else if (cp_islower(c))
                append_upper(&sb, c);
            else
                pym_sb_append_char(&sb, c);
            break;
        case CASE_CAPITALIZE:
            if (i == 0)
                append_title(&sb, c);
            else
                append_lower(&sb, a, len, i);
            break;
        case CASE_TITLE:
            if (prev_cased)
                append_lower(&sb, a, len, i);
            else
                append_title(&sb, c);
            prev_cased = cp_iscased(c);
            break;
        }
    }
    pym_raw_free(a);
    return pym_sb_finish(&sb);
}

PYM_CFUNC(str_upper) {
    if (pym_arg_count("upper", nargs, kwnames, 0, 0) < 0) return NULL;
    return case_convert(self, CASE_UPPER);
}
PYM_CFUNC(str_lower) {
    if (pym_arg_count("lower", nargs, kwnames, 0, 0) < 0) return NULL;
    return case_convert(self, CASE_LOWER);
}
PYM_CFUNC(str_title) {
    if (pym_arg_count("title", nargs, kwnames, 0, 0) < 0) return NULL;
    return case_convert(self, CASE_TITLE);
}
PYM_CFUNC(str_capitalize) {
    if (pym_arg_count("capitalize", nargs, kwnames, 0, 0) < 0) return NULL;
    return case_convert(self, CASE_CAPITALIZE);
}
PYM_CFUNC(str_swapcase) {
    if (pym_arg_count("swapcase", nargs, kwnames, 0, 0) < 0) return NULL;
    return case_convert(self, CASE_SWAP);
}
PYM_CFUNC(str_casefold) {
    if (pym_arg_count("casefold", nargs, kwnames, 0, 0) < 0) return NULL;
    return case_convert(self, CASE_FOLD);
}

/* ---- padding ---- */

static PymObject *pad(PymObject *self, intptr_t left, intptr_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return str_exact(self);
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append_repeat(&sb, fill, left);
    pym_sb_append_str(&sb, self);
    pym_sb_append_repeat(&sb, fill, right);
    return pym_sb_finish(&sb);
}

static int pad_args(PymObject *const *args, size_t nargs, PymObject *kwnames, const char *name,
                    intptr_t *width, uint32_t *fill) {
    if (pym_arg_count(name, nargs, kwnames, 1, 2) < 0) return -1;
    if (as_index(args[0], width, true) < 0) return -1;
    *fill = ' ';
    if (nargs > 1) {
        PymObject *f = args[1];
        if (!PYM_STR_CHECK(f)) {
            pym_err_format(PymExc_TypeError,
                           "The fill character must be a unicode character, not %s",
                           pym_type_name(f));
            return -1;
        }
        if (PYM_STR_LEN(f) != 1) {
            pym_err_set_string(PymExc_TypeError,
                               "The fill character must be exactly one character long");
            return -1;
        }
        *fill = pym_str_char_at(f, 0);
    }
    return 0;
}

PYM_CFUNC(str_center) {
    intptr_t w;
    uint32_t f;
    if (pad_args(args, nargs, kwnames, "center", &w, &f) < 0) return NULL;
    intptr_t marg = w - PYM_STR_LEN(self);
    if (marg <= 0) return str_exact(self);
    intptr_t left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f);
}
PYM_CFUNC(str_ljust) {
    intptr_t w;
    uint32_t f;
    if (pad_args(args, nargs, kwnames, "ljust", &w, &f) < 0) return NULL;
    return pad(self, 0, w - PYM_STR_LEN(self), f);
}
PYM_CFUNC(str_rjust) {
    intptr_t w;
    uint32_t f;
    if (pad_args(args, nargs, kwnames, "rjust", &w, &f) < 0) return NULL;
    return pad(self, w - PYM_STR_LEN(self), 0, f);
}
PYM_CFUNC(str_zfill) {
    if (pym_arg_count("zfill", nargs, kwnames, 1, 1) < 0) return NULL;
    intptr_t w;
    if (as_index(args[0], &w, true) < 0) return NULL;
    intptr_t len = PYM_STR_LEN(self);
    if (w <= len) return str_exact(self);
    PymStrBuilder sb;
    pym_sb_init(&sb);
    const char *s = PYM_STR_UTF8(self);
    intptr_t start = 0;
    if (len && (s[0] == '+' || s[0] == '-')) {
        pym_sb_append(&sb, s, 1);
        start = 1;
    }
    pym_sb_append_repeat(&sb, '0', w - len);
    pym_sb_append(&sb, s + start, PYM_STR_NBYTES(self) - start);
    return pym_sb_finish(&sb);
}

/* ---- predicates ---- */

typedef bool (*cpred)(uint32_t);
static bool cp_isspace_(uint32_t c) { return pym_unicode_isspace(c); }

static PymObject *all_chars(PymObject *self, size_t nargs, PymObject *kwnames, const char *name,
                            cpred pred, bool empty_value) {
    if (pym_arg_count(name, nargs, kwnames, 0, 0) < 0) return NULL;
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(self);
    intptr_t n = PYM_STR_NBYTES(self), i = 0;
    if (n == 0) return pym_bool_from(empty_value);
    while (i < n)
        if (!pred(u8_next(p, &i))) PYM_RETURN_FALSE;
    PYM_RETURN_TRUE;
}

PYM_CFUNC(str_isdigit) { return all_chars(self, nargs, kwnames, "isdigit", cp_isdigit, false); }
PYM_CFUNC(str_isdecimal) {
    return all_chars(self, nargs, kwnames, "isdecimal", pym_unicode_isdecimal, false);
}
PYM_CFUNC(str_isnumeric) {
    return all_chars(self, nargs, kwnames, "isnumeric", cp_isnumeric, false);
}
PYM_CFUNC(str_isalpha) {
    return all_chars(self, nargs, kwnames, "isalpha", pym_unicode_isalpha, false);
}
PYM_CFUNC(str_isalnum) { return all_chars(self, nargs, kwnames, "isalnum", cp_isalnum, false); }
PYM_CFUNC(str_isspace) { return all_chars(self, nargs, kwnames, "isspace", cp_isspace_, false); }
PYM_CFUNC(str_isprintable) {
    return all_chars(self, nargs, kwnames, "isprintable", pym_unicode_isprintable, true);
}
PYM_CFUNC(str_isascii) {
    if (pym_arg_count("isascii", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_bool_from(((PymStr *)self)->st_ascii);
}

/* isupper/islower: at least one cased char and no char of the other case */
static PymObject *case_pred(PymObject *self, size_t nargs, PymObject *kwnames, const char *name,
                            bool upper) {
    if (pym_arg_count(name, nargs, kwnames, 0, 0) < 0) return NULL;
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(self);
    intptr_t n = PYM_STR_NBYTES(self), i = 0;
    bool cased = false;
    while (i < n) {
        uint32_t c = u8_next(p, &i);
        if (upper ? cp_islower(c) : cp_isupper(c)) PYM_RETURN_FALSE;
        if (!cased && (upper ? cp_isupper(c) : cp_islower(c))) cased = true;
    }
    return pym_bool_from(cased);
}

PYM_CFUNC(str_isupper) { return case_pred(self, nargs, kwnames, "isupper", true); }
PYM_CFUNC(str_islower) { return case_pred(self, nargs, kwnames, "islower", false); }

PYM_CFUNC(str_istitle) {
    if (pym_arg_count("istitle", nargs, kwnames, 0, 0) < 0) return NULL;
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(self);
    intptr_t n = PYM_STR_NBYTES(self), i = 0;
    bool cased = false, prev_cased = false;
    while (i < n) {
        uint32_t c = u8_next(p, &i);
        if (cp_isupper(c)) {
            if (prev_cased) PYM_RETURN_FALSE;
            prev_cased = cased = true;
        } else if (cp_islower(c)) {
            if (!prev_cased) PYM_RETURN_FALSE;
            prev_cased = cased = true;
        } else
            prev_cased = false;
    }
    return pym_bool_from(cased);
}

PYM_CFUNC(str_isidentifier) {
    if (pym_arg_count("isidentifier", nargs, kwnames, 0, 0) < 0) return NULL;
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(self);
    intptr_t n = PYM_STR_NBYTES(self), i = 0;
    if (n == 0) PYM_RETURN_FALSE;
    if (!pym_unicode_isidstart(u8_next(p, &i))) PYM_RETURN_FALSE;
    while (i < n)
        if (!pym_unicode_isidcontinue(u8_next(p, &i))) PYM_RETURN_FALSE;
    PYM_RETURN_TRUE;
}

/* ---- splitlines, partition, expandtabs, prefixes ---- */

PYM_CFUNC(str_splitlines) {
    static const char *const names[] = {"keepends", NULL};
    PymObject *a[1] = {NULL};
    if (pym_arg_unpack("splitlines", args, nargs, kwnames, names, 0, -1, a) < 0) return NULL;
    int keep = 0;
    if (a[0] && (keep = pym_object_is_true(a[0])) < 0) return NULL;
    PymObject *l = pym_list_new(0);
    if (!l) return NULL;
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(self);
    intptr_t n = PYM_STR_NBYTES(self), i = 0;
    while (i < n) {
        intptr_t j = i, eol = -1, next = -1;
        while (j < n) {
            intptr_t t = j;
            uint32_t c = u8_next(p, &t);
            if (is_linebreak(c)) {
                eol = j;
                next = t;
                if (c == '\r' && t < n && p[t] == '\n') next = t + 1;
                break;
            }
            j = t;
        }
        if (eol < 0) { eol = next = n; }
        if (list_add(l, sub_bytes(self, i, keep ? next : eol)) < 0) {
            PYM_DECREF(l);
            return NULL;
        }
        i = next;
    }
    return l;
}

static PymObject *partition_impl(PymObject *self, PymObject *const *args, size_t nargs,
                                 PymObject *kwnames, bool right, const char *name) {
    if (pym_arg_count(name, nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *sep = args[0];
    if (need_str(sep) < 0) return NULL;
    intptr_t nn = PYM_STR_NBYTES(sep), n = PYM_STR_NBYTES(self);
    if (nn == 0) {
        pym_err_set_string(PymExc_ValueError, "empty separator");
        return NULL;
    }
    const char *h = PYM_STR_UTF8(self);
    intptr_t at = right ? rfind_bytes(h, 0, n, PYM_STR_UTF8(sep), nn)
                        : find_bytes(h, 0, n, PYM_STR_UTF8(sep), nn);
    PymObject *a, *b, *c;
    if (at < 0) {
        PymObject *e = pym_str_empty();
        PymObject *me = str_exact(self);
        PymObject *r = right ? pym_tuple_pack(3, e, e, me) : pym_tuple_pack(3, me, e, e);
        PYM_DECREF(e);
        PYM_DECREF(me);
        return r;
    }
    a = sub_bytes(self, 0, at);
    b = str_exact(sep);
    c = sub_bytes(self, at + nn, n);
    PymObject *r = (a && b && c) ? pym_tuple_pack(3, a, b, c) : NULL;
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    PYM_XDECREF(c);
    return r;
}

PYM_CFUNC(str_partition) { return partition_impl(self, args, nargs, kwnames, false, "partition"); }
PYM_CFUNC(str_rpartition) { return partition_impl(self, args, nargs, kwnames, true, "rpartition"); }

PYM_CFUNC(str_expandtabs) {
    static const char *const names[] = {"tabsize", NULL};
    PymObject *a[1] = {NULL};
    if (pym_arg_unpack("expandtabs", args, nargs, kwnames, names, 0, -1, a) < 0) return NULL;
    intptr_t tabsize = 8;
    if (a[0] && as_index(a[0], &tabsize, true) < 0) return NULL;
    if (tabsize > INT_MAX || tabsize < INT_MIN) { /* a C int in CPython */
        pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(self);
    intptr_t n = PYM_STR_NBYTES(self), i = 0, col = 0;
    if (!memchr(p, '\t', (size_t)n)) return str_exact(self);
    PymStrBuilder sb;
    pym_sb_init(&sb);
    while (i < n) {
        uint32_t c = u8_next(p, &i);
        if (c == '\t') {
            if (tabsize > 0) {
                intptr_t k = tabsize - col % tabsize;
                pym_sb_append_repeat(&sb, ' ', k);
                col += k;
            }
        } else {
            pym_sb_append_char(&sb, c);
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return pym_sb_finish(&sb);
}

PYM_CFUNC(str_removeprefix) {
    if (pym_arg_count("removeprefix", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *pre = args[0];
    if (!PYM_STR_CHECK(pre)) {
        pym_err_format(PymExc_TypeError, "removeprefix() argument must be str, not %s",
                       pym_type_name(pre));
        return NULL;
    }
    intptr_t pn = PYM_STR_NBYTES(pre), n = PYM_STR_NBYTES(self);
    if (pn <= n && memcmp(PYM_STR_UTF8(self), PYM_STR_UTF8(pre), (size_t)pn) == 0)
        return sub_bytes(self, pn, n);
    return str_exact(self);
}

PYM_CFUNC(str_removesuffix) {
    if (pym_arg_count("removesuffix", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *suf = args[0];
    if (!PYM_STR_CHECK(suf)) {
        pym_err_format(PymExc_TypeError, "removesuffix() argument must be str, not %s",
                       pym_type_name(suf));
        return NULL;
    }
    intptr_t sn = PYM_STR_NBYTES(suf), n = PYM_STR_NBYTES(self);
    if (sn && sn <= n && memcmp(PYM_STR_UTF8(self) + n - sn, PYM_STR_UTF8(suf), (size_t)sn) == 0)
        return sub_bytes(self, 0, n - sn);
    return str_exact(self);
}

/* ---- encode, translate, format ---- */

PYM_CFUNC(str_encode) {
    static const char *const names[] = {"encoding", "errors", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack("encode", args, nargs, kwnames, names, 0, -1, a) < 0) return NULL;
    const char *enc = NULL, *err = NULL;
    if (a[0] && !(enc = arg_cstr(a[0], "encode", "encoding"))) return NULL;
    if (a[1] && !(err = arg_cstr(a[1], "encode", "errors"))) return NULL;
    return pym_str_encode(self, enc, err);
}

/* str.maketrans(x[, y[, z]]) (static) */
static PymObject *str_maketrans(PymObject *unused, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    if (pym_arg_count("maketrans", nargs, kwnames, 1, 3) < 0) return NULL;
    PymObject *d = pym_dict_new();
    if (!d) return NULL;
    if (nargs == 1) {
        PymObject *x = args[0];
        if (!PYM_DICT_CHECK(x)) {
            pym_err_set_string(PymExc_TypeError,
                               "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        intptr_t pos = 0;
        PymObject *k, *v;
        while (pym_dict_next(x, &pos, &k, &v)) {
            if (PYM_STR_CHECK(k)) {
                if (PYM_STR_LEN(k) != 1) {
                    pym_err_set_string(PymExc_ValueError,
                                       "string keys in translate table must be of length 1");
                    goto fail;
                }
                PymObject *ik = pym_int_from_long(pym_str_char_at(k, 0));
                if (!ik) goto fail;
                int r = pym_dict_setitem(d, ik, v);
                PYM_DECREF(ik);
                if (r < 0) goto fail;
            } else if (PYM_INT_CHECK(k)) {
                if (pym_dict_setitem(d, k, v) < 0) goto fail;
            } else {
                pym_err_set_string(PymExc_TypeError,
                                   "keys in translate table must be strings or integers");
                goto fail;
            }
        }
        return d;
    }
    PymObject *x = args[0], *y = args[1];
    if (!PYM_STR_CHECK(x)) {
        pym_err_format(PymExc_TypeError, "maketrans() argument 1 must be str, not %s",
                       pym_type_name(x));
        goto fail;
    }
    if (!PYM_STR_CHECK(y)) {
        pym_err_format(PymExc_TypeError, "maketrans() argument 2 must be str, not %s",
                       pym_type_name(y));
        goto fail;
    }
    if (PYM_STR_LEN(x) != PYM_STR_LEN(y)) {
        pym_err_set_string(PymExc_ValueError,
                           "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (intptr_t i = 0; i < PYM_STR_LEN(x); i++) {
        PymObject *k = pym_int_from_long(pym_str_char_at(x, i));
        PymObject *v = pym_int_from_long(pym_str_char_at(y, i));
        int r = (k && v) ? pym_dict_setitem(d, k, v) : -1;
        PYM_XDECREF(k);
        PYM_XDECREF(v);
        if (r < 0) goto fail;
    }
    if (nargs == 3) {
        PymObject *z = args[2];
        if (!PYM_STR_CHECK(z)) {
            pym_err_format(PymExc_TypeError, "maketrans() argument 3 must be str, not %s",
                           pym_type_name(z));
            goto fail;
        }
        for (intptr_t i = 0; i < PYM_STR_LEN(z); i++) {
            PymObject *k = pym_int_from_long(pym_str_char_at(z, i));
            int r = k ? pym_dict_setitem(d, k, pym_None) : -1;
            PYM_XDECREF(k);
            if (r < 0) goto fail;
        }
    }
    return d;
fail:
    PYM_DECREF(d);
    return NULL;
}

PYM_CFUNC(str_translate) {
    if (pym_arg_count("translate", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *table = args[0];
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(self);
    intptr_t n = PYM_STR_NBYTES(self), i = 0;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    while (i < n) {
        uint32_t c = u8_next(p, &i);
        PymObject *key = pym_int_from_long(c);
        if (!key) goto fail;
        PymObject *v = pym_object_getitem(table, key);
        PYM_DECREF(key);
        if (!v) {
            if (pym_err_matches((PymObject *)PymExc_LookupError)) {
                pym_err_clear();
                pym_sb_append_char(&sb, c);
                continue;
            }
            goto fail;
        }
        if (v == pym_None) { /* deleted */
        } else if (PYM_INT_CHECK(v)) {
            long long cp = pym_int_as_longlong(v);
            if (cp < 0 || cp > 0x10FFFF) {
                PYM_DECREF(v);
                if (!pym_err_occurred())
                    pym_err_set_string(PymExc_ValueError,
                                       "character mapping must be in range(0x110000)");
                goto fail;
            }
            pym_sb_append_char(&sb, (uint32_t)cp);
        } else if (PYM_STR_CHECK(v))
            pym_sb_append_str(&sb, v);
        else {
            PYM_DECREF(v);
            pym_err_set_string(PymExc_TypeError,
                               "character mapping must return integer, None or str");
            goto fail;
        }
        PYM_DECREF(v);
    }
    return pym_sb_finish(&sb);
fail:
    pym_sb_discard(&sb);
    return NULL;
}

PYM_CFUNC(str_format) { return pym_str_format_method(self, args, nargs, kwnames); }

PYM_CFUNC(str_format_map) {
    if (pym_arg_count("format_map", nargs, kwnames, 1, 1) < 0) return NULL;
    return pym_str_format_map_impl(self, args[0]);
}

PYM_CFUNC(str___format__) {
    if (pym_arg_count("__format__", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "__format__() argument must be str, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    return pym_str_format_spec(self, args[0]);
}

PYM_CFUNC(str___getnewargs__) {
    if (pym_arg_count("__getnewargs__", nargs, kwnames, 0, 0) < 0) return NULL;
    PymObject *s = str_exact(self);
    if (!s) return NULL;
    PymObject *t = pym_tuple_pack(1, s);
    PYM_DECREF(s);
    return t;
}

PYM_CFUNC(str___sizeof__) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0) < 0) return NULL;
    intptr_t n = PYM_SIZE(self), kind = PYM_STR_KIND(self);
    if (!PYM_STR_CHECK_EXACT(self)) {
        /* an instance of a subclass is CPython 3.11's "legacy" two-block
        ** PyUnicodeObject: an 80-byte header and the characters in a
        ** separate block, 1, 2 or 4 bytes each (+ the NUL); sys.getsizeof
        ** adds the GC header and the managed-dict pointers */
        return pym_int_from_ssize(80 + (n + 1) * kind);
    }
    if (PYM_STR_IS_ASCII(self)) return pym_int_from_ssize((intptr_t)sizeof(PymStr) + n + 1);
    intptr_t size = (intptr_t)sizeof(PymStrWide) + (n + 1) * kind;
    if (((PymStr *)self)->st_utf8) size += ((PymStrWide *)self)->st_nbytes + 1;
    return pym_int_from_ssize(size);
}

/* CPython's str methods read the characters and never cache the UTF-8;
** pym's methods written against UTF-8 drop the form they made, when the
** str had none on entry, so that sys.getsizeof stays CPython's.  (A nested
** call made while the outer one holds the form sees it cached and keeps it.) */
static void utf8_drop(PymObject *self) {
    PymStr *s = (PymStr *)self;
    if (s->st_ascii || !s->st_utf8) return;
    pym_obj_free(s->st_utf8);
    s->st_utf8 = NULL;
    ((PymStrWide *)s)->st_nbytes = -1;
}

#define UTF8_TRANSIENT(fn) \
    static PymObject *fn##_t(PymObject *self, PymObject *const *args, size_t nargs, \
                             PymObject *kwnames) { \
        bool had = PYM_STR_IS_ASCII(self) || ((PymStr *)self)->st_utf8; \
        PymObject *r = fn(self, args, nargs, kwnames); \
        if (!had) utf8_drop(self); \
        return r; \
    }
UTF8_TRANSIENT(str_encode)
UTF8_TRANSIENT(str_replace)
UTF8_TRANSIENT(str_split)
UTF8_TRANSIENT(str_rsplit)
UTF8_TRANSIENT(str_capitalize)
UTF8_TRANSIENT(str_casefold)
UTF8_TRANSIENT(str_title)
UTF8_TRANSIENT(str_center)
UTF8_TRANSIENT(str_expandtabs)
UTF8_TRANSIENT(str_partition)
UTF8_TRANSIENT(str_ljust)
UTF8_TRANSIENT(str_lower)
UTF8_TRANSIENT(str_lstrip)
UTF8_TRANSIENT(str_rjust)
UTF8_TRANSIENT(str_rstrip)
UTF8_TRANSIENT(str_rpartition)
UTF8_TRANSIENT(str_splitlines)
UTF8_TRANSIENT(str_strip)
UTF8_TRANSIENT(str_swapcase)
UTF8_TRANSIENT(str_translate)
UTF8_TRANSIENT(str_upper)
UTF8_TRANSIENT(str_startswith)
UTF8_TRANSIENT(str_endswith)
UTF8_TRANSIENT(str_removeprefix)
UTF8_TRANSIENT(str_removesuffix)
UTF8_TRANSIENT(str_islower)
UTF8_TRANSIENT(str_isupper)
UTF8_TRANSIENT(str_istitle)
UTF8_TRANSIENT(str_isspace)
UTF8_TRANSIENT(str_isdecimal)
UTF8_TRANSIENT(str_isdigit)
UTF8_TRANSIENT(str_isnumeric)
UTF8_TRANSIENT(str_isalpha)
UTF8_TRANSIENT(str_isalnum)
UTF8_TRANSIENT(str_isidentifier)
UTF8_TRANSIENT(str_isprintable)
UTF8_TRANSIENT(str_zfill)
UTF8_TRANSIENT(str_format)
UTF8_TRANSIENT(str_format_map)
UTF8_TRANSIENT(str___format__)

static PymMethodDef str_methods[] = {
    {"encode", str_encode_t, 0, NULL},
    {"replace", str_replace_t, 0, NULL},
    {"split", str_split_t, 0, NULL},
    {"rsplit", str_rsplit_t, 0, NULL},
    {"join", str_join, 0, NULL},
    {"capitalize", str_capitalize_t, 0, NULL},
    {"casefold", str_casefold_t, 0, NULL},
    {"title", str_title_t, 0, NULL},
    {"center", str_center_t, 0, NULL},
    {"count", str_count, 0, NULL},
    {"expandtabs", str_expandtabs_t, 0, NULL},
    {"find", str_find, 0, NULL},
    {"partition", str_partition_t, 0, NULL},
    {"index", str_index, 0, NULL},
    {"ljust", str_ljust_t, 0, NULL},
    {"lower", str_lower_t, 0, NULL},
    {"lstrip", str_lstrip_t, 0, NULL},
    {"rfind", str_rfind, 0, NULL},
    {"rindex", str_rindex, 0, NULL},
    {"rjust", str_rjust_t, 0, NULL},
    {"rstrip", str_rstrip_t, 0, NULL},
    {"rpartition", str_rpartition_t, 0, NULL},
    {"splitlines", str_splitlines_t, 0, NULL},
    {"strip", str_strip_t, 0, NULL},
    {"swapcase", str_swapcase_t, 0, NULL},
    {"translate", str_translate_t, 0, NULL},
    {"upper", str_upper_t, 0, NULL},
    {"startswith", str_startswith_t, 0, NULL},
    {"endswith", str_endswith_t, 0, NULL},
    {"removeprefix", str_removeprefix_t, 0, NULL},
    {"removesuffix", str_removesuffix_t, 0, NULL},
    {"isascii", str_isascii, 0, NULL},
    {"islower", str_islower_t, 0, NULL},
    {"isupper", str_isupper_t, 0, NULL},
    {"istitle", str_istitle_t, 0, NULL},
    {"isspace", str_isspace_t, 0, NULL},
    {"isdecimal", str_isdecimal_t, 0, NULL},
    {"isdigit", str_isdigit_t, 0, NULL},
    {"isnumeric", str_isnumeric_t, 0, NULL},
    {"isalpha", str_isalpha_t, 0, NULL},
    {"isalnum", str_isalnum_t, 0, NULL},
    {"isidentifier", str_isidentifier_t, 0, NULL},
    {"isprintable", str_isprintable_t, 0, NULL},
    {"zfill", str_zfill_t, 0, NULL},
    {"format", str_format_t, 0, NULL},
    {"format_map", str_format_map_t, 0, NULL},
    {"__format__", str___format___t, 0, NULL},
    {"maketrans", str_maketrans, PYM_METH_STATIC, NULL},
    {"__sizeof__", str___sizeof__, 0, NULL},
    {"__getnewargs__", str___getnewargs__, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void str_dealloc(PymObject *o) {
    pym_obj_free(((PymStr *)o)->st_utf8);
    PYM_TYPE(o)->tp_free(o);
}

PymType pym_type_str = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "str",
    .tp_basicsize = sizeof(PymStr),
    .tp_itemsize = 1,
    .tp_flags = PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_STR_SUBCLASS | PYM_TPFLAGS_SEQ_CONCAT,
    .tp_dealloc = str_dealloc,
    .tp_repr = str_repr,
    .tp_str = str_str,
    .tp_hash = str_hash_slot,
    .tp_richcompare = str_richcompare,
    .tp_iter = str_iter,
    .nb_binop =
        {
            [PYM_NB_ADD] = str_add,
            [PYM_NB_MULTIPLY] = str_mul,
            [PYM_NB_REMAINDER] = str_mod,
        },
    .sq_length = str_length,
    .mp_subscript = str_subscript,
    .sq_contains = str_contains,
    .tp_methods = str_methods,
    .tp_new = str_new,
    .tp_free = pym_object_free,
    .tp_doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
};

int pym_strings_init(void) {
    if (pym_type_ready(&pym_type_str) < 0) return -1;
    if (pym_type_ready(&pym_type_str_iter) < 0) return -1;
    if (pym_type_ready(&pym_type_str_ascii_iter) < 0) return -1;
    PymObject *e = pym_str_empty();
    if (!e) return -1;
    PYM_DECREF(e);
    /* the 1-char strings are made on first use (pym_str_fill_char_cache) */
    return pym_bytes_init();
}

/* Makes every cached 1-char string not made yet: called, with the static
** types' dicts, before anything observes the whole heap, so that none of
** them shows up later as an allocation of the program. */
void pym_str_fill_char_cache(void) {
    for (uint32_t c = 0; c < 256; c++) {
        PymObject *s = latin1_char(c);
        if (!s) {
            pym_err_clear();
            return;
        }
        PYM_DECREF(s);
    }
}
