/*
** lexer.re -- the re2c tokenizer of pym (generated into build/gen/lexer.c).
**
** Input is a NUL-terminated UTF-8 buffer (re2c's YYFILL is off; the NUL is
** the sentinel).  The lexer keeps CPython's tokenizer state: an indentation
** stack (tabs advance to multiples of 8; a second stack with tabs counted as
** 1 detects inconsistent tab/space use, as CPython's "altcol"), the bracket
** stack (implicit line joining and the matching errors), and the flag saying
** whether the current logical line produced a token (blank and comment lines
** produce nothing).  Operators, names and keywords are matched by re2c;
** numbers and strings are scanned by hand so that each malformed form gets
** CPython's message and position.  Strings are returned whole (prefix and
** quotes included); parse.c decodes them and splits f-strings.
*/
#include "common.h"
#include <stdarg.h>
#include <ctype.h>
#include "tokenizer.h"
#include "parser.h"

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:define:YYCURSOR = cur;
    re2c:define:YYMARKER = mar;
*/

void pym_lexer_init(PymLexer *lx, const char *buf, size_t len) {
    memset(lx, 0, sizeof *lx);
    lx->buf = lx->cur = lx->line_start = buf;
    lx->end = buf + len;
    lx->lineno = 1;
    lx->at_bol = true;
}

void pym_lexer_error(PymLexer *lx, int kind, int lineno, int col, int end_lineno,
                     int end_col, const char *fmt, ...) {
    va_list ap;
    if (lx->errkind) return;            /* keep the first error */
    lx->errkind = kind;
    va_start(ap, fmt);
    vsnprintf(lx->errmsg, sizeof lx->errmsg, fmt, ap);
    va_end(ap);
    lx->err_lineno = lineno;
    lx->err_col = col;
    lx->err_end_lineno = end_lineno;
    lx->err_end_col = end_col;
}

const char *pym_lexer_line(const char *buf, const char *end, int lineno) {
    const char *p = buf;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', end - p);
        if (!nl) return NULL;
        p = nl + 1;
    }
    return p;
}

static int col_of(PymLexer *lx, const char *p) { return (int)(p - lx->line_start); }

/* Moves to a new physical line after the newline at p. */
static void new_line(PymLexer *lx, const char *after_nl) {
    lx->lineno++;
    lx->line_start = after_nl;
}

static bool is_id_start(unsigned c) { return c == '_' || (c | 32) - 'a' < 26 || c >= 0x80; }
static bool is_id_char(unsigned c) { return is_id_start(c) || c - '0' < 10; }

/* Decodes one UTF-8 sequence at p (length in *n); -1 if malformed. */
static long utf8_decode(const unsigned char *p, int *n) {
    unsigned c = p[0];
    int k; long cp;
    if (c < 0x80) { *n = 1; return c; }
    if (c >= 0xf0 && c < 0xf8) { k = 3; cp = c & 7; }
    else if (c >= 0xe0) { k = 2; cp = c & 15; }
    else if (c >= 0xc0) { k = 1; cp = c & 31; }
    else { *n = 1; return -1; }
    for (int i = 1; i <= k; i++) {
        if ((p[i] & 0xc0) != 0x80) { *n = i; return -1; }
        cp = (cp << 6) | (p[i] & 63);
    }
    *n = k + 1;
    return cp;
}

/* A rough stand-in for Unicode's XID_Continue outside ASCII: rejects the
** punctuation, symbol, space and emoji blocks, accepts letters. */
static bool cp_is_id(long cp) {
    if (cp < 0x80) return is_id_char((unsigned)cp);
    if (cp < 0xc0) return cp == 0xaa || cp == 0xb5 || cp == 0xba || cp == 0xb7;
    if (cp == 0xd7 || cp == 0xf7) return false;
    if (cp >= 0x2000 && cp <= 0x2bff) return cp == 0x203f || cp == 0x2040 || cp == 0x2054 ||
        (cp >= 0x2070 && cp <= 0x209f) || (cp >= 0x2100 && cp <= 0x214f && cp != 0x2118);
    if (cp >= 0x3000 && cp <= 0x303f) return cp == 0x3005 || cp == 0x3006 || cp == 0x3007;
    if (cp >= 0xfe00 && cp <= 0xfe0f) return true;
    if (cp >= 0xff00 && cp <= 0xff0f) return false;
    if (cp >= 0x1f000 && cp <= 0x1faff) return false;
    if (cp >= 0xd800 && cp <= 0xdfff) return false;
    if (cp == 0xfeff || cp == 0xfffd) return false;
    return true;
}

/* Reports "invalid character" for the code point at p. */
static int bad_char(PymLexer *lx, const char *p) {
    int n;
    long cp = utf8_decode((const unsigned char *)p, &n);
    int col = col_of(lx, p);
    if (cp < 0)
        pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col + 1,
                        "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte",
                        (unsigned char)*p, col);
    else if (cp < 0x80 && cp >= 0x20)
        pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col + 1, "invalid syntax");
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
        pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col + 1,
                        "invalid non-printable character U+%04lX", cp);
    else
        pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col,
                        "invalid character '%.*s' (U+%04lX)", n, p, cp);
    return -1;
}

/* ---- numbers ---- */

static int num_error(PymLexer *lx, const char *p, const char *msg) {
    int col = col_of(lx, p);
    pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col, "%s", msg);
    return -1;
}

/* Digits with single '_' separators; returns the end, or NULL after an error
** for a misplaced '_' ("invalid decimal literal" ...). */
static const char *scan_digits(PymLexer *lx, const char *p, int base, const char *kind) {
    for (;;) {
        unsigned c = (unsigned char)*p;
        bool ok = base == 16 ? (c - '0' < 10 || (c | 32) - 'a' < 6) : c - '0' < (unsigned)PYM_MIN(base, 10);
        if (ok) { p++; continue; }
        if (c == '_') {
            unsigned d = (unsigned char)p[1];
            bool ok2 = base == 16 ? (d - '0' < 10 || (d | 32) - 'a' < 6) : d - '0' < (unsigned)PYM_MIN(base, 10);
            if (!ok2) { num_error(lx, p, kind); return NULL; }
            p++;
            continue;
        }
        return p;
    }
}

/* After a number: a following name char is an error, except the keywords
** CPython tolerates there ("1if x else y"). */
static int verify_end(PymLexer *lx, const char *p, const char *kind) {
    static const char *const ok[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    unsigned c = (unsigned char)*p;
    if (c >= 0x80 || (!is_id_start(c) && c - '0' >= 10)) return 0;
    for (size_t i = 0; i < PYM_ARRAY_LEN(ok); i++) {
        size_t n = strlen(ok[i]);
        if (strncmp(p, ok[i], n) == 0 && !is_id_char((unsigned char)p[n])) return 0;
    }
    return num_error(lx, p - 1, kind);
}

/* Scans a numeric literal starting at p; returns TK_NUMBER or -1. */
static int scan_number(PymLexer *lx, const char *p, const char **endp) {
    const char *s = p;
    if (p[0] == '0' && (p[1] | 32) == 'x') {
        p += 2;
        if (*p == '_') p++;
        if (!isxdigit((unsigned char)*p)) return num_error(lx, p - 1, "invalid hexadecimal literal");
        if (!(p = scan_digits(lx, p, 16, "invalid hexadecimal literal"))) return -1;
        if (verify_end(lx, p, "invalid hexadecimal literal")) return -1;
        *endp = p;
        return TK_NUMBER;
    }
    if (p[0] == '0' && ((p[1] | 32) == 'o' || (p[1] | 32) == 'b')) {
        int base = (p[1] | 32) == 'o' ? 8 : 2;
        const char *kind = base == 8 ? "invalid octal literal" : "invalid binary literal";
        p += 2;
        if (*p == '_') p++;
        if (!(*p >= '0' && *p < '0' + base)) {
            if (isdigit((unsigned char)*p)) {
                char m[64];
                snprintf(m, sizeof m, "invalid digit '%c' in %s literal", *p, base == 8 ? "octal" : "binary");
                return num_error(lx, p, m);
            }
            return num_error(lx, p - 1, kind);
        }
        if (!(p = scan_digits(lx, p, base, kind))) return -1;
        if (isdigit((unsigned char)*p)) {
            char m[64];
            snprintf(m, sizeof m, "invalid digit '%c' in %s literal", *p, base == 8 ? "octal" : "binary");
            return num_error(lx, p, m);
        }
        if (verify_end(lx, p, kind)) return -1;
        *endp = p;
        return TK_NUMBER;
    }
    bool isfloat = false;
    if (*p != '.') {
        if (!(p = scan_digits(lx, p, 10, "invalid decimal literal"))) return -1;
    }
    const char *intend = p;
    if (*p == '.') {
        isfloat = true;
        p++;
        if (isdigit((unsigned char)*p) && !(p = scan_digits(lx, p, 10, "invalid decimal literal")))
            return -1;
    }
    if ((*p | 32) == 'e') {
        const char *e = p;
        p++;
        if (*p == '+' || *p == '-') p++;
        if (!isdigit((unsigned char)*p)) {
            return num_error(lx, e - 1, "invalid decimal literal");
        }
        if (!(p = scan_digits(lx, p, 10, "invalid decimal literal"))) return -1;
        isfloat = true;
    }
    if ((*p | 32) == 'j') {             /* an imaginary literal: 1j, 1.5e3J */
        p++;
        if (verify_end(lx, p, "invalid imaginary literal")) return -1;
        *endp = p;
        return TK_NUMBER;
    }
    if (!isfloat && s[0] == '0') {
        for (const char *q = s; q < intend; q++)
            if (*q != '0' && *q != '_') {
                int col = col_of(lx, s);
                const char *nz = s;
                while (*nz == '0' || *nz == '_') nz++;
                pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col_of(lx, nz),
                                "leading zeros in decimal integer literals are not permitted; "
                                "use an 0o prefix for octal integers");
                return -1;
            }
    }
    if (verify_end(lx, p, "invalid decimal literal")) return -1;
    *endp = p;
    return TK_NUMBER;
}

/* ---- strings ---- */

/* Is [s, e) a string prefix (r u b f and the two-letter combinations)? */
static bool is_str_prefix(const char *s, const char *e) {
    int n = (int)(e - s);
    if (n < 1 || n > 2) return false;
    char a = s[0] | 32, b = n == 2 ? (s[1] | 32) : 0;
    if (n == 1) return a == 'r' || a == 'u' || a == 'b' || a == 'f';
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

/* Scans the string whose quote is at q (token start s); returns TK_STRING. */
static int scan_string(PymLexer *lx, const char *s, const char *q, const char **endp) {
    char quote = *q;
    bool triple = q[1] == quote && q[2] == quote;
    int start_line = lx->lineno, start_col = col_of(lx, s);
    const char *p = q + (triple ? 3 : 1);
    for (;;) {
        char c = *p;
        if (p >= lx->end) {
            if (lx->lineno > start_line && p > lx->buf && p[-1] == '\n') lx->lineno--;
            if (triple)
                pym_lexer_error(lx, LEXERR_SYNTAX, start_line, start_col, start_line, start_col,
                    "unterminated triple-quoted string literal (detected at line %d)", lx->lineno);
            else
                pym_lexer_error(lx, LEXERR_SYNTAX, start_line, start_col, start_line, start_col,
                    "unterminated string literal (detected at line %d)", lx->lineno);
            return -1;
        }
        if (c == quote) {
            if (!triple) { p++; break; }
            if (p[1] == quote && p[2] == quote) { p += 3; break; }
            p++;
            continue;
        }
        if (c == '\n') {
            if (!triple) {
                pym_lexer_error(lx, LEXERR_SYNTAX, start_line, start_col, start_line, start_col,
                    "unterminated string literal (detected at line %d)", lx->lineno);
                return -1;
            }
            new_line(lx, p + 1);
            p++;
            continue;
        }
        if (c == '\\') {
            if (p + 1 >= lx->end) { p++; continue; }
            if (p[1] == '\n') new_line(lx, p + 2);
            p += 2;
            continue;
        }
        p++;
    }
    *endp = p;
    return TK_STRING;
}

/* ---- keywords ---- */

static int keyword(const char *s, int n) {
    static const struct { const char *k; int tok; } kw[] = {
        {"False", TK_FALSE}, {"None", TK_NONE}, {"True", TK_TRUE}, {"and", TK_AND},
        {"as", TK_AS}, {"assert", TK_ASSERT}, {"async", TK_ASYNC}, {"await", TK_AWAIT},
        {"break", TK_BREAK}, {"class", TK_CLASS}, {"continue", TK_CONTINUE},
        {"def", TK_DEF}, {"del", TK_DEL}, {"elif", TK_ELIF}, {"else", TK_ELSE},
        {"except", TK_EXCEPT}, {"finally", TK_FINALLY}, {"for", TK_FOR},
        {"from", TK_FROM}, {"global", TK_GLOBAL}, {"if", TK_IF}, {"import", TK_IMPORT},
        {"in", TK_IN}, {"is", TK_IS}, {"lambda", TK_LAMBDA}, {"nonlocal", TK_NONLOCAL},
        {"not", TK_NOT}, {"or", TK_OR}, {"pass", TK_PASS}, {"raise", TK_RAISE},
        {"return", TK_RETURN}, {"try", TK_TRY}, {"while", TK_WHILE}, {"with", TK_WITH},
        {"yield", TK_YIELD},
    };
    if (n < 2 || n > 8) return TK_NAME;
    for (size_t i = 0; i < PYM_ARRAY_LEN(kw); i++)
        if ((int)strlen(kw[i].k) == n && memcmp(kw[i].k, s, n) == 0) return kw[i].tok;
    return TK_NAME;
}

/* ---- indentation ---- */

/* At the start of a logical line: measures the indentation, skips blank and
** comment-only lines, and sets lx->pending.  Returns -1 on error, 1 at EOF. */
static int do_indent(PymLexer *lx) {
    for (;;) {
        const char *p = lx->cur;
        int col = 0, alt = 0;
        for (;; p++) {
            if (*p == ' ') { col++; alt++; }
            else if (*p == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (*p == '\f') { col = alt = 0; }
            else break;
        }
        if (*p == '#' || *p == '\n' || *p == '\r' || (*p == '\\' && p[1] == '\n' && 0)) {
            /* blank or comment line: no tokens */
            while (*p && *p != '\n') p++;
            if (*p == '\n') { lx->cur = p + 1; new_line(lx, p + 1); continue; }
            lx->cur = p;
            if (p >= lx->end) return 1;
            continue;
        }
        if (p >= lx->end) { lx->cur = p; return 1; }
        lx->cur = p;
        lx->indent_col = (int)(p - lx->line_start);
        int top = lx->indstack[lx->nind];
        if (col == top) {
            if (alt != lx->altstack[lx->nind]) goto tab_error;
        } else if (col > top) {
            if (lx->nind >= PYM_LEX_MAXINDENT) {
                pym_lexer_error(lx, LEXERR_INDENT, lx->lineno, lx->indent_col, lx->lineno, -1,
                                "too many levels of indentation");
                return -1;
            }
            if (alt <= lx->altstack[lx->nind]) goto tab_error;
            lx->nind++;
            lx->indstack[lx->nind] = col;
            lx->altstack[lx->nind] = alt;
            lx->pending = 1;
        } else {
            while (lx->nind > 0 && col < lx->indstack[lx->nind]) {
                lx->nind--;
                lx->pending--;
            }
            if (col != lx->indstack[lx->nind]) {
                const char *le = p;
                while (*le && *le != '\n') le++;
                pym_lexer_error(lx, LEXERR_INDENT, lx->lineno, (int)(le - lx->line_start), lx->lineno, -1,
                                "unindent does not match any outer indentation level");
                return -1;
            }
            if (alt != lx->altstack[lx->nind]) goto tab_error;
        }
        return 0;
    tab_error:
        pym_lexer_error(lx, LEXERR_TAB, lx->lineno, 0, lx->lineno, -2,
                        "inconsistent use of tabs and spaces in indentation");
        return -1;
    }
}

static void set_tok(PymLexer *lx, PymTok *t, const char *s, const char *e, int lineno, int col) {
    t->s = s;
    t->len = (int)(e - s);
    t->lineno = lineno;
    t->col = col;
    t->end_lineno = lx->lineno;
    t->end_col = col_of(lx, e);
}

static int open_paren(PymLexer *lx, const char *s) {
    if (lx->level >= PYM_LEX_MAXPAREN) {
        int col = col_of(lx, s);
        pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col, "too many nested parentheses");
        return -1;
    }
    lx->paren[lx->level] = *s;
    lx->paren_line[lx->level] = lx->lineno;
    lx->paren_col[lx->level] = col_of(lx, s);
    lx->level++;
    return 0;
}

static int close_paren(PymLexer *lx, const char *s) {
    int col = col_of(lx, s);
    if (lx->level == 0) {
        pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col, "unmatched '%c'", *s);
        return -1;
    }
    char open = lx->paren[lx->level - 1];
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (*s != want) {
        if (lx->paren_line[lx->level - 1] != lx->lineno)
            pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col,
                "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                *s, open, lx->paren_line[lx->level - 1]);
        else
            pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col,
                "closing parenthesis '%c' does not match opening parenthesis '%c'", *s, open);
        return -1;
    }
    lx->level--;
    return 0;
}

/* Skips spaces, comments and backslash continuations from p; returns the
** next significant position or NULL after an error. */
static const char *skip_space(PymLexer *lx, const char *p) {
    for (;;) {
        if (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r') { p++; continue; }
        if (*p == '#') {
            while (p < lx->end && *p != '\n') p++;
            continue;
        }
        if (*p == '\\') {
            if (p[1] == '\n') { new_line(lx, p + 2); p += 2; continue; }
            if (p[1] == '\r' && p[2] == '\n') { new_line(lx, p + 3); p += 3; continue; }
            int col = col_of(lx, p) + 1;
            if (p + 1 >= lx->end)
                pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, col,
                                "unexpected EOF while parsing");
            else
                pym_lexer_error(lx, LEXERR_SYNTAX, lx->lineno, col, lx->lineno, -2,
                                "unexpected character after line continuation character");
            return NULL;
        }
        return p;
    }
}

static int lex(PymLexer *lx, PymTok *t) {
    const char *cur, *mar, *s;
    if (lx->errkind) return -1;
    if (lx->done) return 0;
again:
    if (lx->pending > 0) {
        lx->pending--;
        t->s = lx->line_start;
        t->len = lx->indent_col;
        t->lineno = t->end_lineno = lx->lineno;
        t->col = 0;
        t->end_col = lx->indent_col;
        return TK_INDENT;
    }
    if (lx->pending < 0) {
        lx->pending++;
        t->s = lx->cur;
        t->len = 0;
        t->lineno = t->end_lineno = lx->lineno;
        t->col = t->end_col = col_of(lx, lx->cur);
        return TK_DEDENT;
    }
    if (lx->at_bol && lx->level == 0) {
        lx->at_bol = false;
        int r = do_indent(lx);
        if (r < 0) return -1;
        if (r == 1) goto eof;
        if (lx->pending) goto again;
    }
    cur = skip_space(lx, lx->cur);
    if (!cur) return -1;
    s = cur;
    if (cur >= lx->end) { lx->cur = cur; goto eof; }
    if (*cur == '\n') {
        lx->cur = cur + 1;
        if (lx->level > 0 || !lx->line_has_tokens) {
            new_line(lx, cur + 1);
            if (lx->level == 0) lx->at_bol = true;
            goto again;
        }
        set_tok(lx, t, s, cur + 1, lx->lineno, col_of(lx, s));
        new_line(lx, cur + 1);
        lx->at_bol = true;
        lx->line_has_tokens = false;
        return TK_NEWLINE;
    }
    lx->line_has_tokens = true;
    int tok;
    /*!re2c
        [a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]* {
            if ((*cur == '"' || *cur == '\'') && is_str_prefix(s, cur)) goto string;
            for (const char *q = s; q < cur; ) {
                if ((unsigned char)*q < 0x80) { q++; continue; }
                int n;
                long cp = utf8_decode((const unsigned char *)q, &n);
                if (cp < 0 || !cp_is_id(cp)) return bad_char(lx, q);
                q += n;
            }
            tok = keyword(s, (int)(cur - s));
            goto done;
        }
        [0-9] | "." [0-9] {
            const char *e;
            tok = scan_number(lx, s, &e);
            if (tok < 0) return -1;
            cur = e;
            goto done;
        }
        ["'] { goto string; }
        "(" | "[" | "{" {
            if (open_paren(lx, s) < 0) return -1;
            tok = *s == '(' ? TK_LPAR : *s == '[' ? TK_LSQB : TK_LBRACE;
            goto done;
        }
        ")" | "]" | "}" {
            if (close_paren(lx, s) < 0) return -1;
            tok = *s == ')' ? TK_RPAR : *s == ']' ? TK_RSQB : TK_RBRACE;
            goto done;
        }
        "," { tok = TK_COMMA; goto done; }
        ":" { tok = TK_COLON; goto done; }
        ";" { tok = TK_SEMI; goto done; }
        "." { tok = TK_DOT; goto done; }
        "..." { tok = TK_ELLIPSIS; goto done; }
        "+" { tok = TK_PLUS; goto done; }
        "-" { tok = TK_MINUS; goto done; }
        "*" { tok = TK_STAR; goto done; }
        "/" { tok = TK_SLASH; goto done; }
        "//" { tok = TK_DSLASH; goto done; }
        "%" { tok = TK_PERCENT; goto done; }
        "**" { tok = TK_DSTAR; goto done; }
        "@" { tok = TK_AT; goto done; }
        "<<" { tok = TK_LSHIFT; goto done; }
        ">>" { tok = TK_RSHIFT; goto done; }
        "&" { tok = TK_AMPER; goto done; }
        "|" { tok = TK_VBAR; goto done; }
        "^" { tok = TK_CIRCUMFLEX; goto done; }
        "~" { tok = TK_TILDE; goto done; }
        ":=" { tok = TK_COLONEQ; goto done; }
        "<" { tok = TK_LT; goto done; }
        ">" { tok = TK_GT; goto done; }
        "<=" { tok = TK_LE; goto done; }
        ">=" { tok = TK_GE; goto done; }
        "==" { tok = TK_EQEQ; goto done; }
        "!=" { tok = TK_NE; goto done; }
        "=" { tok = TK_EQ; goto done; }
        "->" { tok = TK_ARROW; goto done; }
        "+=" { tok = TK_PLUSEQ; goto done; }
        "-=" { tok = TK_MINUSEQ; goto done; }
        "*=" { tok = TK_STAREQ; goto done; }
        "/=" { tok = TK_SLASHEQ; goto done; }
        "//=" { tok = TK_DSLASHEQ; goto done; }
        "%=" { tok = TK_PERCENTEQ; goto done; }
        "@=" { tok = TK_ATEQ; goto done; }
        "&=" { tok = TK_AMPEREQ; goto done; }
        "|=" { tok = TK_VBAREQ; goto done; }
        "^=" { tok = TK_CIRCUMFLEXEQ; goto done; }
        "<<=" { tok = TK_LSHIFTEQ; goto done; }
        ">>=" { tok = TK_RSHIFTEQ; goto done; }
        "**=" { tok = TK_DSTAREQ; goto done; }
        * { return bad_char(lx, s); }
    */
string: {
        const char *q = s;
        while (*q != '"' && *q != '\'') q++;
        const char *e;
        int line = lx->lineno, col = col_of(lx, s);
        if (scan_string(lx, s, q, &e) < 0) return -1;
        lx->cur = e;
        set_tok(lx, t, s, e, line, col);
        return TK_STRING;
    }
done:
    lx->cur = cur;
    set_tok(lx, t, s, cur, lx->lineno, col_of(lx, s));
    return tok;
eof:
    if (lx->level > 0) {
        int i = lx->level - 1;
        pym_lexer_error(lx, LEXERR_SYNTAX, lx->paren_line[i], lx->paren_col[i], lx->paren_line[i], -2,
                        "'%c' was never closed", lx->paren[i]);
        return -1;
    }
    if (lx->line_has_tokens) {
        lx->line_has_tokens = false;
        set_tok(lx, t, lx->cur, lx->cur, lx->lineno, col_of(lx, lx->cur));
        t->end_col++;
        return TK_NEWLINE;
    }
    if (lx->nind > 0) {
        lx->nind--;
        set_tok(lx, t, lx->cur, lx->cur, lx->lineno, col_of(lx, lx->cur));
        return TK_DEDENT;
    }
    lx->done = true;
    set_tok(lx, t, lx->cur, lx->cur, lx->lineno, col_of(lx, lx->cur));
    return 0;
}

int pym_lexer_next(PymLexer *lx, PymTok *t) {
    int r = lex(lx, t);
    if (r >= 0 && (lx->line_base || lx->col_base)) {
        if (t->lineno == 1) t->col += lx->col_base;
        if (t->end_lineno == 1) t->end_col += lx->col_base;
        t->lineno += lx->line_base;
        t->end_lineno += lx->line_base;
    }
    return r;
}
