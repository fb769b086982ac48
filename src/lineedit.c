/*
** lineedit.c -- the REPL's own line editor, for a pym linked statically
** (where libedit cannot be loaded: a static glibc does not dlopen shared
** libraries safely) and wherever libedit is missing.
**
** The terminal is put in a "cbreak" mode for the time of one read: no
** canonical line discipline, no echo, but ISIG kept, so Ctrl-C still
** raises SIGINT, whose handler sets pym_vm_interrupt_pending and makes the
** blocking read() return EINTR -- the same path the plain reader and the
** running program use.  Keys are read one byte at a time (what a paste
** leaves after a newline stays in the kernel for the next read).
**
** The line is UTF-8 in a growing buffer; the cursor is a byte offset at a
** character boundary.  Every change redraws the whole edited line: move up
** to the prompt's row, clear to the end of the screen, write prompt and
** line, put the cursor back.  A character counts one column (wide and
** combining characters are not measured), rows wrap at the terminal width.
**
** Keys: printable text, Enter, Backspace, Delete, Left/Right, Home/End,
** Up/Down (history), Ctrl-A/E/B/F/P/N/D/K/U/W/L, Tab (spaces to the next
** multiple of four).  Ctrl-D on an empty line is end of input.
*/
#include "pym.h"
#include "lineedit.h"
#include <errno.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#define HISTORY_MAX 1000

static char *history[HISTORY_MAX] PYM_BIG_BSS;
static int history_len;

typedef struct {
    int fd; /* where the line is drawn */
    const char *prompt;
    int prompt_cols;
    char *buf;
    size_t len, cap, cur; /* bytes; cur is at a character boundary */
    int row;              /* the cursor's row below the prompt's, as drawn */
} Edit;

static void out(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

/* Characters (UTF-8 lead bytes) in s[0..n). */
static int columns(const char *s, size_t n) {
    int c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

static int term_width(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

static void redraw(Edit *e) {
    int w = term_width(e->fd);
    int total = e->prompt_cols + columns(e->buf, e->len);
    int pos = e->prompt_cols + columns(e->buf, e->cur);
    char seq[32];
    if (e->row > 0) out(e->fd, seq, (size_t)snprintf(seq, sizeof seq, "\x1b[%dA", e->row));
    out(e->fd, "\r\x1b[J", 4);
    out(e->fd, e->prompt, strlen(e->prompt));
    out(e->fd, e->buf, e->len);
    /* a full last row leaves the terminal waiting to wrap: wrap now */
    if (total > 0 && total % w == 0) out(e->fd, "\n", 1);
    int up = total / w - pos / w;
    if (up > 0) out(e->fd, seq, (size_t)snprintf(seq, sizeof seq, "\x1b[%dA", up));
    out(e->fd, "\r", 1);
    if (pos % w) out(e->fd, seq, (size_t)snprintf(seq, sizeof seq, "\x1b[%dC", pos % w));
    e->row = pos / w;
}

static bool reserve(Edit *e, size_t more) {
    if (e->len + more + 1 <= e->cap) return true;
    size_t cap = (e->len + more + 1) * 2;
    char *nb = realloc(e->buf, cap);
    if (!nb) return false;
    e->buf = nb;
    e->cap = cap;
    return true;
}

static void insert(Edit *e, const char *s, size_t n) {
    if (!reserve(e, n)) return;
    memmove(e->buf + e->cur + n, e->buf + e->cur, e->len - e->cur);
    memcpy(e->buf + e->cur, s, n);
    e->len += n;
    e->cur += n;
    e->buf[e->len] = 0;
}

static void erase(Edit *e, size_t from, size_t to) {
    memmove(e->buf + from, e->buf + to, e->len - to);
    e->len -= to - from;
    if (e->cur > to)
        e->cur -= to - from;
    else if (e->cur > from)
        e->cur = from;
    e->buf[e->len] = 0;
}

static size_t prev_char(const Edit *e, size_t i) {
    if (i == 0) return 0;
    do i--;
    while (i > 0 && ((unsigned char)e->buf[i] & 0xC0) == 0x80);
    return i;
}

static size_t next_char(const Edit *e, size_t i) {
    if (i >= e->len) return e->len;
    do i++;
    while (i < e->len && ((unsigned char)e->buf[i] & 0xC0) == 0x80);
    return i;
}

static void set_line(Edit *e, const char *s) {
    size_t n = strlen(s);
    e->len = e->cur = 0;
    if (!reserve(e, n)) return;
    memcpy(e->buf, s, n + 1);
    e->len = e->cur = n;
}

/* One byte of input: 1 read, 0 end of input, -1 interrupted (Ctrl-C). */
static int read_byte(unsigned char *c) {
    for (;;) {
        ssize_t r = read(0, c, 1);
        if (r == 1) return 1;
        if (r < 0 && errno == EINTR) {
            if (pym_vm_interrupt_pending) return -1;
            continue;
        }
        return 0;
    }
}

/* The rest of an escape sequence after ESC: 'A'..'D', 'H', 'F' for the
** arrows, Home and End, 'X' for Delete, 0 for anything else. */
static int read_escape(void) {
    unsigned char c, d;
    if (read_byte(&c) <= 0) return 0;
    if (c == 'O') return read_byte(&d) > 0 ? d : 0;
    if (c != '[') return 0;
    if (read_byte(&c) <= 0) return 0;
    if (c >= '0' && c <= '9') {
        unsigned char n = c;
        while (read_byte(&d) > 0 && d >= '0' && d <= '9') n = d; /* one digit kept */
        if (d != '~') return 0;
        return n == '1' || n == '7' ? 'H' : n == '4' || n == '8' ? 'F' : n == '3' ? 'X' : 0;
    }
    return c;
}

/* Moves through the history: dir -1 older, +1 newer; *at is the shown
** entry (history_len: the line being edited, kept in *saved). */
static void history_move(Edit *e, int dir, int *at, char **saved) {
    int to = *at + dir;
    if (to < 0 || to > history_len) return;
    if (*at == history_len) {
        free(*saved);
        *saved = strdup(e->buf);
    }
    *at = to;
    set_line(e, to == history_len ? (*saved ? *saved : "") : history[to]);
}

static bool word_char(char c) { return c != ' ' && c != '\t'; }

static char *edit_loop(Edit *e, bool *interrupted) {
    int at = history_len;
    char *saved = NULL;
    char *result = NULL;
    redraw(e);
    for (;;) {
        unsigned char c;
        int r = read_byte(&c);
        if (r < 0) {
            pym_vm_interrupt_pending = 0;
            *interrupted = true;
            break;
        }
        if (r == 0 || (c == 4 && e->len == 0)) { /* end of input, Ctrl-D */
            if (r == 0 && e->len > 0) {
                result = e->buf;
                e->buf = NULL;
            }
            break;
        }
        if (c == '\r' || c == '\n') {
            e->cur = e->len;
            redraw(e);
            result = e->buf;
            e->buf = NULL;
            break;
        }
        switch (c) {
        case 1: e->cur = 0; break;                             /* Ctrl-A */
        case 5: e->cur = e->len; break;                        /* Ctrl-E */
        case 2: e->cur = prev_char(e, e->cur); break;          /* Ctrl-B */
        case 6: e->cur = next_char(e, e->cur); break;          /* Ctrl-F */
        case 4: erase(e, e->cur, next_char(e, e->cur)); break; /* Ctrl-D */
        case 8:
        case 127: erase(e, prev_char(e, e->cur), e->cur); break;
        case 11: erase(e, e->cur, e->len); break; /* Ctrl-K */
        case 21: erase(e, 0, e->cur); break;      /* Ctrl-U */
        case 23: {                                /* Ctrl-W */
            size_t i = e->cur;
            while (i > 0 && !word_char(e->buf[i - 1])) i--;
            while (i > 0 && word_char(e->buf[i - 1])) i--;
            erase(e, i, e->cur);
            break;
        }
        case 12:
            out(e->fd, "\x1b[H\x1b[2J", 7);
            e->row = 0;
            break;                                        /* Ctrl-L */
        case 16: history_move(e, -1, &at, &saved); break; /* Ctrl-P */
        case 14: history_move(e, 1, &at, &saved); break;  /* Ctrl-N */
        case '\t': {
            int n = 4 - columns(e->buf, e->cur) % 4;
            insert(e, "    ", (size_t)n);
            break;
        }
        case 27:
            switch (read_escape()) {
            case 'A': history_move(e, -1, &at, &saved); break;
            case 'B': history_move(e, 1, &at, &saved); break;
            case 'C': e->cur = next_char(e, e->cur); break;
            case 'D': e->cur = prev_char(e, e->cur); break;
            case 'H': e->cur = 0; break;
            case 'F': e->cur = e->len; break;
            case 'X': erase(e, e->cur, next_char(e, e->cur)); break;
            }
            break;
        default:
            if (c >= 32) insert(e, (const char *)&c, 1);
            break;
        }
        if (!e->buf) break;
        redraw(e);
    }
    free(saved);
    return result;
}

bool pym_lineedit_usable(void) {
    struct termios t;
    return isatty(0) && (isatty(1) || isatty(2)) && tcgetattr(0, &t) == 0;
}

char *pym_lineedit_read(const char *prompt, bool *interrupted) {
    *interrupted = false;
    int fd = isatty(1) ? 1 : 2;
    struct termios old, raw;
    if (tcgetattr(0, &old) < 0) return NULL;
    raw = old;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | IEXTEN);
    raw.c_iflag &= ~(tcflag_t)(ICRNL | IXON);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(0, TCSADRAIN, &raw) < 0) return NULL;
    Edit e = {fd, prompt, columns(prompt, strlen(prompt)), malloc(64), 0, 64, 0, 0};
    char *line = NULL;
    if (e.buf) {
        e.buf[0] = 0;
        line = edit_loop(&e, interrupted);
        free(e.buf);
    }
    tcsetattr(0, TCSADRAIN, &old);
    if (line) out(fd, "\n", 1);
    return line;
}

void pym_lineedit_add_history(const char *line) {
    if (history_len > 0 && !strcmp(history[history_len - 1], line)) return;
    char *copy = strdup(line);
    if (!copy) return;
    if (history_len == HISTORY_MAX) {
        free(history[0]);
        memmove(history, history + 1, (HISTORY_MAX - 1) * sizeof *history);
        history_len--;
    }
    history[history_len++] = copy;
}
