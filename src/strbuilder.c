/*
** strbuilder.c -- PymStrBuilder: a growable UTF-8 buffer on the raw
** allocator used to assemble strings piece by piece (repr, join, format).
** It counts code points as it goes so pym_sb_finish can make the str
** without rescanning.  pym_sb_finish makes one str and frees the buffer.
*/
#include "pym.h"
#include <stdarg.h>

void pym_sb_init(PymStrBuilder *sb) {
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->nchars = 0;
    sb->ascii = true;
    sb->failed = false;
}

/* Makes room for n more bytes (plus the NUL); false when out of memory. */
static bool sb_reserve(PymStrBuilder *sb, intptr_t n) {
    if (sb->failed) return false;
    /* no buffer of half the address space or more: the sums below cannot
    ** overflow, and an absurd size fails at once (MemoryError) */
    if (n < 0 || n >= INTPTR_MAX / 2 - sb->len - 1) {
        sb->failed = true;
        return false;
    }
    if (sb->len + n + 1 <= sb->cap) return true;
    intptr_t cap = sb->cap ? sb->cap : 32;
    while (cap < sb->len + n + 1) cap += cap >> 1 > 16 ? cap >> 1 : 16;
    char *nb = pym_raw_realloc(sb->buf, (size_t)cap);
    if (!nb) {
        sb->failed = true;
        return false;
    }
    sb->buf = nb;
    sb->cap = cap;
    return true;
}

/* Appends nbytes of valid UTF-8. */
void pym_sb_append(PymStrBuilder *sb, const char *utf8, intptr_t nbytes) {
    if (nbytes <= 0 || !sb_reserve(sb, nbytes)) return;
    memcpy(sb->buf + sb->len, utf8, (size_t)nbytes);
    sb->len += nbytes;
    const unsigned char *p = (const unsigned char *)utf8;
    intptr_t n = 0;
    bool ascii = true;
    for (intptr_t i = 0; i < nbytes; i++) {
        if (p[i] < 0x80)
            n++;
        else {
            ascii = false;
            if ((p[i] & 0xC0) != 0x80) n++;
        }
    }
    sb->nchars += n;
    if (!ascii) sb->ascii = false;
}

/* Appends ASCII-or-UTF-8 bytes whose code point count is known. */
static void sb_append_known(PymStrBuilder *sb, const char *utf8, intptr_t nbytes, intptr_t nchars) {
    if (nbytes <= 0 || !sb_reserve(sb, nbytes)) return;
    memcpy(sb->buf + sb->len, utf8, (size_t)nbytes);
    sb->len += nbytes;
    sb->nchars += nchars;
    if (nchars != nbytes) sb->ascii = false;
}

void pym_sb_append_cstr(PymStrBuilder *sb, const char *s) {
    pym_sb_append(sb, s, (intptr_t)strlen(s));
}

void pym_sb_append_char(PymStrBuilder *sb, uint32_t cp) {
    if (cp < 0x80) {
        if (!sb_reserve(sb, 1)) return;
        sb->buf[sb->len++] = (char)cp;
        sb->nchars++;
        return;
    }
    if (!sb_reserve(sb, 4)) return;
    sb->len += pym_utf8_encode(cp, sb->buf + sb->len);
    sb->nchars++;
    sb->ascii = false;
}

void pym_sb_append_repeat(PymStrBuilder *sb, uint32_t cp, intptr_t count) {
    if (count <= 0) return;
    char enc[4];
    int el = pym_utf8_encode(cp, enc);
    if (count >= INTPTR_MAX / 2 / el) {
        sb->failed = true;
        return;
    }
    if (!sb_reserve(sb, count * el)) return;
    char *p = sb->buf + sb->len;
    if (el == 1)
        memset(p, enc[0], (size_t)count);
    else
        for (intptr_t i = 0; i < count; i++, p += el) memcpy(p, enc, (size_t)el);
    sb->len += count * el;
    sb->nchars += count;
    if (el > 1) sb->ascii = false;
}

void pym_sb_append_str(PymStrBuilder *sb, PymObject *str) {
    PymStr *s = (PymStr *)str;
    if (PYM_LIKELY(s->st_ascii || s->st_utf8)) { /* ASCII, or UTF-8 already cached */
        sb_append_known(sb, PYM_STR_UTF8(str), PYM_STR_NBYTES(str), PYM_STR_LEN(str));
        return;
    }
    /* encode straight into the buffer: appending does not cache the UTF-8 */
    intptr_t nb = pym_str_utf8_size(str);
    if (!sb_reserve(sb, nb)) return;
    pym_str_utf8_write(str, sb->buf + sb->len);
    sb->len += nb;
    sb->nchars += PYM_STR_LEN(str);
    sb->ascii = false;
}

int pym_sb_append_obj_str(PymStrBuilder *sb, PymObject *o) {
    if (PYM_STR_CHECK_EXACT(o)) {
        pym_sb_append_str(sb, o);
        return 0;
    }
    PymObject *s = pym_object_str(o);
    if (!s) return -1;
    pym_sb_append_str(sb, s);
    PYM_DECREF(s);
    return 0;
}

int pym_sb_append_obj_repr(PymStrBuilder *sb, PymObject *o) {
    PymObject *s = pym_object_repr(o);
    if (!s) return -1;
    pym_sb_append_str(sb, s);
    PYM_DECREF(s);
    return 0;
}

void pym_sb_printf(PymStrBuilder *sb, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        pym_sb_append(sb, small, n);
        return;
    }
    if (!sb_reserve(sb, n)) return;
    va_start(ap, fmt);
    vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    /* count what was written */
    char *start = sb->buf + sb->len;
    sb->len += n;
    for (int i = 0; i < n; i++) {
        unsigned char c = (unsigned char)start[i];
        if (c < 0x80)
            sb->nchars++;
        else {
            sb->ascii = false;
            if ((c & 0xC0) != 0x80) sb->nchars++;
        }
    }
}

PymObject *pym_sb_finish(PymStrBuilder *sb) {
    if (sb->failed) {
        pym_sb_discard(sb);
        return pym_err_no_memory();
    }
    PymObject *r = pym_str_new_known(sb->buf ? sb->buf : "", sb->len, sb->nchars, sb->ascii);
    pym_sb_discard(sb);
    return r;
}

void pym_sb_discard(PymStrBuilder *sb) {
    if (sb->buf) pym_raw_free(sb->buf);
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->nchars = 0;
    sb->ascii = true;
    sb->failed = false;
}
