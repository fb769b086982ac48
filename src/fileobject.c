/*
** fileobject.c -- open() and the file objects behind it, also used for
** sys.stdin/stdout/stderr.  One struct serves four types named like
** CPython's (_io.TextIOWrapper, _io.BufferedReader/Writer/Random); each
** file does its own buffering on top of a POSIX fd: reads fill rbuf,
** writes collect in wbuf until it is large, a newline arrives on a
** line-buffered stream, or the stream is unbuffered (stderr).
*/
#include "pym.h"
#include "fileobject.h"
#include "buffer.h"
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#define BUFSIZE 8192

static int err_closed(void) {
    pym_err_set_string(PymExc_ValueError, "I/O operation on closed file.");
    return -1;
}

static int check_open(PymFile *f) { return f->closed ? err_closed() : 0; }

static int check_readable(PymFile *f) {
    if (check_open(f) < 0) return -1;
    if (!f->readable) {
        /* text files say "not readable", binary (buffered) ones "read" */
        pym_err_set_string(PymExc_UnsupportedOperation, f->binary ? "read" : "not readable");
        return -1;
    }
    return 0;
}

static int check_writable(PymFile *f) {
    if (check_open(f) < 0) return -1;
    if (!f->writable) {
        pym_err_set_string(PymExc_UnsupportedOperation, f->binary ? "write" : "not writable");
        return -1;
    }
    return 0;
}

/* ---- low level ---- */

/* Writes s[0..n) to fd; *done receives how much was written.  0 / -1. */
static int write_all(int fd, const char *s, intptr_t n, intptr_t *done) {
    *done = 0;
    while (*done < n) {
        ssize_t w = write(fd, s + *done, (size_t)(n - *done));
        if (w < 0) {
            if (errno == EINTR && !pym_vm_interrupt_pending) continue;
            pym_err_set_from_errno(NULL);
            return -1;
        }
        *done += w;
    }
    return 0;
}

/* On an error the unwritten bytes stay buffered (as in CPython's
** BufferedWriter), so that a later flush -- the one at exit -- fails too
** and reports it (a closed pipe: "Exception ignored", status 120). */
static int flush_wbuf(PymFile *f) {
    intptr_t done;
    int r = write_all(f->fd, f->wbuf, f->wlen, &done);
    if (r < 0 && done > 0) memmove(f->wbuf, f->wbuf + done, (size_t)(f->wlen - done));
    f->wlen -= done;
    return r;
}

/* The flush a write makes: on an error the data is dropped, as CPython's
** text layer hands its chunk to the raw write and loses it when that
** fails (print() into a closed pipe raises once; the exit is quiet). */
static int flush_wbuf_in_write(PymFile *f) {
    int r = flush_wbuf(f);
    if (r < 0) f->wlen = 0;
    return r;
}

/* Whether f's fd is a regular file, asked on first need. */
static bool file_seekable(PymFile *f) {
    if (f->seekable < 0) {
        struct stat st;
        f->seekable = f->fd >= 0 && fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode);
    }
    return f->seekable;
}

/* Whether writes flush at each newline; -1 (a std stream's "if a
** terminal") is settled on first need. */
static bool file_line_buffering(PymFile *f) {
    if (f->line_buffering < 0) f->line_buffering = f->fd >= 0 && isatty(f->fd);
    return f->line_buffering;
}

/* Gives back read-ahead bytes to the fd position (before writing/seeking). */
static void drop_rbuf(PymFile *f) {
    if (f->rlen > f->rpos && file_seekable(f)) lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR);
    f->rpos = f->rlen = 0;
    f->eof = false;
}

/* Reads more bytes into rbuf: >0 bytes read, 0 at EOF, -1 error. */
static intptr_t fill(PymFile *f) {
    if (f->wlen && flush_wbuf(f) < 0) return -1;
    if (f->rpos > 0) {
        memmove(f->rbuf, f->rbuf + f->rpos, (size_t)(f->rlen - f->rpos));
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rcap - f->rlen < BUFSIZE / 2) {
        intptr_t ncap = f->rcap ? f->rcap * 2 : BUFSIZE;
        char *nb = pym_raw_realloc(f->rbuf, (size_t)ncap);
        if (!nb) {
            pym_err_no_memory();
            return -1;
        }
        f->rbuf = nb;
        f->rcap = ncap;
    }
    for (;;) {
        ssize_t r = read(f->fd, f->rbuf + f->rlen, (size_t)(f->rcap - f->rlen));
        if (r < 0) {
            if (errno == EINTR && !pym_vm_interrupt_pending) continue;
            pym_err_set_from_errno(NULL);
            return -1;
        }
        if (r == 0) f->eof = true;
        f->rlen += r;
        return r;
    }
}

/* Makes the result object from collected bytes. */
static PymObject *make_result(PymFile *f, const char *s, intptr_t n) {
    if (f->binary) return pym_bytes_from_data(s, n);
    return pym_str_from_utf8_checked(s, n);
}

/* Byte-oriented collector on raw memory. */
typedef struct {
    char *p;
    intptr_t n, cap;
} Buf;
static int buf_add(Buf *b, const char *s, intptr_t n) {
    if (b->n + n > b->cap) {
        intptr_t nc = b->cap ? b->cap * 2 : 256;
        while (nc < b->n + n) nc *= 2;
        char *np = pym_raw_realloc(b->p, (size_t)nc);
        if (!np) {
            pym_err_no_memory();
            return -1;
        }
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, (size_t)n);
    b->n += n;
    return 0;
}

/* Reads one line (limit: max characters, -1 none). */
static PymObject *readline_impl(PymFile *f, intptr_t limit) {
    PymFile *s = PYM_FILE_STORE(f);
    Buf b = {0};
    intptr_t nchars = 0;
    for (;;) {
        if (limit >= 0 && nchars >= limit) break;
        if (s->rpos >= s->rlen) {
            intptr_t r = fill(s);
            if (r < 0) goto fail;
            if (r == 0) break;
        }
        if (limit < 0) {
            /* the common case: the rest of the line is in the buffer (no
            ** '\r' before its '\n' when newlines are translated) */
            const char *p = s->rbuf + s->rpos;
            const char *nl = memchr(p, '\n', (size_t)(s->rlen - s->rpos));
            if (nl && !(f->translate && memchr(p, '\r', (size_t)(nl - p)))) {
                intptr_t n = nl + 1 - p;
                s->rpos += n;
                if (!b.p) return make_result(f, p, n);
                if (buf_add(&b, p, n) < 0) goto fail;
                break;
            }
        }
        unsigned char c = (unsigned char)s->rbuf[s->rpos];
        if (c == '\n') {
            s->rpos++;
            if (buf_add(&b, "\n", 1) < 0) goto fail;
            break;
        }
        if (c == '\r' && f->translate) {
            if (s->rpos + 1 >= s->rlen && !s->eof) {
                if (fill(s) < 0) goto fail;
            }
            s->rpos++;
            if (s->rpos < s->rlen && s->rbuf[s->rpos] == '\n') s->rpos++;
            if (buf_add(&b, "\n", 1) < 0) goto fail;
            break;
        }
        /* copy a run of ordinary bytes */
        intptr_t start = s->rpos, i = s->rpos;
        if (limit < 0 && !f->translate) {
            const char *nl = memchr(s->rbuf + i, '\n', (size_t)(s->rlen - i));
            i = nl ? nl - s->rbuf : s->rlen;
        }
        while (i < s->rlen && s->rbuf[i] != '\n' && !(f->translate && s->rbuf[i] == '\r')) {
            if (limit >= 0) {
                if (f->binary || ((unsigned char)s->rbuf[i] & 0xC0) != 0x80) {
                    if (nchars >= limit) break;
                    nchars++;
                }
            }
            i++;
        }
        /* in text mode do not split a UTF-8 sequence across the limit */
        if (!f->binary && limit >= 0) {
            while (i < s->rlen && ((unsigned char)s->rbuf[i] & 0xC0) == 0x80) i++;
        }
        if (buf_add(&b, s->rbuf + start, i - start) < 0) goto fail;
        s->rpos = i;
    }
    PymObject *res = make_result(f, b.p ? b.p : "", b.n);
    pym_raw_free(b.p);
    return res;
fail:
    pym_raw_free(b.p);
    return NULL;
}

/* Reads everything to EOF (n < 0) or n characters/bytes. */
static PymObject *read_impl(PymFile *f, intptr_t n) {
    PymFile *s = PYM_FILE_STORE(f);
    Buf b = {0};
    intptr_t count = 0;
    for (;;) {
        if (n >= 0 && count >= n) break;
        if (s->rpos >= s->rlen) {
            intptr_t r = fill(s);
            if (r < 0) goto fail;
            if (r == 0) break;
        }
        if (n < 0 && !f->translate) {
            if (buf_add(&b, s->rbuf + s->rpos, s->rlen - s->rpos) < 0) goto fail;
            s->rpos = s->rlen;
            continue;
        }
        unsigned char c = (unsigned char)s->rbuf[s->rpos];
        if (c == '\r' && f->translate) {
            if (s->rpos + 1 >= s->rlen && !s->eof) {
                if (fill(s) < 0) goto fail;
            }
            s->rpos++;
            if (s->rpos < s->rlen && s->rbuf[s->rpos] == '\n') s->rpos++;
            if (buf_add(&b, "\n", 1) < 0) goto fail;
            count++;
            continue;
        }
        intptr_t len = 1;
        if (!f->binary) {
            if (c >= 0xF0)
                len = 4;
            else if (c >= 0xE0)
                len = 3;
            else if (c >= 0xC0)
                len = 2;
            while (s->rpos + len > s->rlen && !s->eof) {
                if (fill(s) < 0) goto fail;
            }
            if (s->rpos + len > s->rlen) len = s->rlen - s->rpos;
        } else if (n >= 0) {
            len = PYM_MIN(s->rlen - s->rpos, n - count);
            if (buf_add(&b, s->rbuf + s->rpos, len) < 0) goto fail;
            s->rpos += len;
            count += len;
            continue;
        }
        if (buf_add(&b, s->rbuf + s->rpos, len) < 0) goto fail;
        s->rpos += len;
        count++;
    }
    PymObject *res = make_result(f, b.p ? b.p : "", b.n);
    pym_raw_free(b.p);
    return res;
fail:
    pym_raw_free(b.p);
    return NULL;
}

static int write_bytes(PymFile *f, const char *s, intptr_t n) {
    PymFile *st = PYM_FILE_STORE(f);
    if (st->rlen) drop_rbuf(st);
    if (n == 0) return 0; /* s may be NULL then */
    if (st->wlen + n > st->wcap) {
        if (st->wlen && flush_wbuf_in_write(st) < 0) return -1;
        if (n >= BUFSIZE) {
            /* large writes go straight through */
            intptr_t done;
            return write_all(st->fd, s, n, &done);
        }
        if (!st->wbuf) {
            st->wbuf = pym_raw_malloc(BUFSIZE);
            if (!st->wbuf) {
                pym_err_no_memory();
                return -1;
            }
            st->wcap = BUFSIZE;
        }
    }
    memcpy(st->wbuf + st->wlen, s, (size_t)n);
    st->wlen += n;
    if (st->unbuffered || (st->line_buffering && memchr(s, '\n', (size_t)n) && file_line_buffering(st)))
        return flush_wbuf_in_write(st);
    return 0;
}

int pym_file_write_utf8(PymObject *o, const char *s, intptr_t n) {
    PymFile *f = (PymFile *)o;
    if (check_writable(f) < 0) return -1;
    return write_bytes(f, s, n);
}

int pym_file_flush(PymObject *o) {
    PymFile *f = (PymFile *)o;
    if (f->closed) return 0;
    PymFile *s = PYM_FILE_STORE(f);
    return s->wlen ? flush_wbuf(s) : 0;
}

PymObject *pym_file_readline(PymObject *o, intptr_t limit) {
    PymFile *f = (PymFile *)o;
    if (check_readable(f) < 0) return NULL;
    return readline_impl(f, limit);
}

static int close_impl(PymFile *f) {
    if (f->closed) return 0;
    if (f->store) {
        /* the .buffer of a text file: its data goes out; the fd is the text file's */
        f->closed = true;
        return f->store->wlen ? flush_wbuf(f->store) : 0;
    }
    int r = f->wlen ? flush_wbuf(f) : 0;
    f->closed = true;
    if (f->closefd && close(f->fd) < 0 && r == 0) {
        pym_err_set_from_errno(NULL);
        r = -1;
    }
    return r;
}

/* ---- construction ---- */

static PymFile *file_alloc(PymType *t, int fd) {
    PymFile *f = (PymFile *)pym_object_alloc(t, 0);
    if (!f) return NULL;
    f->fd = fd;
    f->closefd = true;
    f->seekable = -1;
    return f;
}

PymObject *pym_file_from_fd(int fd, const char *name, const char *mode, int line_buffering,
                            bool unbuffered) {
    PymFile *f = file_alloc(&pym_type_textio, fd);
    if (!f) return NULL;
    f->closefd = false;
    f->readable = mode[0] == 'r';
    f->writable = mode[0] != 'r';
    f->translate = true;
    f->line_buffering = (signed char)line_buffering;
    f->unbuffered = unbuffered;
    f->name = pym_str_from_cstr(name);
    f->mode = pym_str_from_cstr(mode);
    f->encoding = pym_str_from_cstr("utf-8");
    if (!f->name || !f->mode || !f->encoding) {
        PYM_DECREF(f);
        return NULL;
    }
    return (PymObject *)f;
}

PymObject *pym_file_open(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    static const char *const names[] = {"file",    "mode",    "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener",    NULL};
    PymObject *a[8] = {0};
    if (pym_arg_unpack("open", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    PymObject *file = a[0];
    if (!PYM_STR_CHECK(file) && !PYM_INT_CHECK(file) &&
        pym_type_lookup(PYM_TYPE(file), PYM_ID(__fspath__))) {
        /* os.PathLike: open its __fspath__() (a str) with the same arguments */
        int found = 0;
        PymObject *path = pym_call_special(file, PYM_ID(__fspath__), NULL, 0, &found);
        if (!path) return NULL;
        if (!PYM_STR_CHECK(path)) {
            pym_err_format(PymExc_TypeError, "expected %s.__fspath__() to return str, not %s",
                           pym_type_name(file), pym_type_name(path));
            PYM_DECREF(path);
            return NULL;
        }
        size_t total = nargs + pym_arg_nkw(kwnames);
        PymObject *argv[8];
        for (size_t i = 0; i < total && i < 8; i++) argv[i] = args[i] == file ? path : args[i];
        PymObject *r = pym_file_open(self, argv, nargs, kwnames);
        PYM_DECREF(path);
        return r;
    }
    const char *mode = "r";
    if (a[1]) {
        if (!PYM_STR_CHECK(a[1])) {
            pym_err_format(PymExc_TypeError, "open() argument 'mode' must be str, not %s",
                           pym_type_name(a[1]));
            return NULL;
        }
        mode = PYM_STR_UTF8(a[1]);
    }
    int nrwax = 0;
    bool r = false, w = false, ap = false, x = false, plus = false, b = false, t = false;
    for (const char *p = mode; *p; p++) {
        bool *flag;
        switch (*p) {
        case 'r': flag = &r; break;
        case 'w': flag = &w; break;
        case 'a': flag = &ap; break;
        case 'x': flag = &x; break;
        case '+': flag = &plus; break;
        case 'b': flag = &b; break;
        case 't': flag = &t; break;
        default: flag = NULL;
        }
        if (!flag || *flag) {
            pym_err_format(PymExc_ValueError, "invalid mode: '%s'", mode);
            return NULL;
        }
        *flag = true;
        if (*p == 'r' || *p == 'w' || *p == 'a' || *p == 'x') nrwax++;
    }
    if (b && t) {
        pym_err_set_string(PymExc_ValueError, "can't have text and binary mode at once");
        return NULL;
    }
    if (nrwax > 1) {
        pym_err_set_string(PymExc_ValueError,
                           "must have exactly one of create/read/write/append mode");
        return NULL;
    }
    if (nrwax == 0) {
        pym_err_set_string(PymExc_ValueError, "Must have exactly one of create/read/write/"
                                              "append mode and at most one plus");
        return NULL;
    }
    intptr_t buffering = -1;
    if (a[2]) {
        buffering = pym_number_as_ssize(a[2], PymExc_OverflowError);
        if (buffering == -1 && pym_err_occurred()) return NULL;
    }
    PymObject *encoding = a[3] && a[3] != pym_None ? a[3] : NULL;
    PymObject *errors = a[4] && a[4] != pym_None ? a[4] : NULL;
    PymObject *newline = a[5] && a[5] != pym_None ? a[5] : NULL;
    if (b && encoding) {
        pym_err_set_string(PymExc_ValueError, "binary mode doesn't take an encoding argument");
        return NULL;
    }
    if (b && errors) {
        pym_err_set_string(PymExc_ValueError, "binary mode doesn't take an errors argument");
        return NULL;
    }
    if (b && newline) {
        pym_err_set_string(PymExc_ValueError, "binary mode doesn't take a newline argument");
        return NULL;
    }
    if (!b && buffering == 0) {
        pym_err_set_string(PymExc_ValueError, "can't have unbuffered text I/O");
        return NULL;
    }
    if (encoding && !PYM_STR_CHECK(encoding)) {
        pym_err_format(PymExc_TypeError, "open() argument 'encoding' must be str or None, not %s",
                       pym_type_name(encoding));
        return NULL;
    }
    if (newline) {
        if (!PYM_STR_CHECK(newline)) {
            pym_err_format(PymExc_TypeError,
                           "open() argument 'newline' must be str or None, not %s",
                           pym_type_name(newline));
            return NULL;
        }
        const char *nl = PYM_STR_UTF8(newline);
        if (strcmp(nl, "") && strcmp(nl, "\n") && strcmp(nl, "\r") && strcmp(nl, "\r\n")) {
            pym_err_format(PymExc_ValueError, "illegal newline value: %U", newline);
            return NULL;
        }
    }
    int flags = 0;
    if (r)
        flags = plus ? O_RDWR : O_RDONLY;
    else {
        flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT;
        if (w) flags |= O_TRUNC;
        if (ap) flags |= O_APPEND;
        if (x) flags |= O_EXCL;
    }
    flags |= O_CLOEXEC;
    int fd;
    bool closefd = true;
    if (PYM_INT_CHECK(file) && !PYM_BOOL_CHECK(file)) {
        fd = (int)pym_int_as_longlong(file);
        if (fd == -1 && pym_err_occurred()) return NULL;
        if (a[6] && a[6] != pym_None) {
            int cf = pym_object_is_true(a[6]);
            if (cf < 0) return NULL;
            closefd = cf;
        }
    } else if (PYM_STR_CHECK(file)) {
        if (a[6] && a[6] != pym_None && pym_object_is_true(a[6]) == 0) {
            pym_err_set_string(PymExc_ValueError, "Cannot use closefd=False with file name");
            return NULL;
        }
        if (strlen(PYM_STR_UTF8(file)) != (size_t)PYM_STR_NBYTES(file)) {
            pym_err_set_string(PymExc_ValueError, "embedded null byte");
            return NULL;
        }
        do {
            fd = open(PYM_STR_UTF8(file), flags, 0666);
        } while (fd < 0 && errno == EINTR && !pym_vm_interrupt_pending);
        if (fd < 0) return pym_err_set_from_errno(file);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            return pym_err_set_from_errno(file);
        }
    } else {
        pym_err_format(PymExc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                       pym_type_name(file));
        return NULL;
    }
    PymType *type = !b               ? &pym_type_textio
                    : buffering == 0 ? &pym_type_fileio
                    : plus           ? &pym_type_buffered_random
                    : r              ? &pym_type_buffered_reader
                                     : &pym_type_buffered_writer;
    PymFile *f = file_alloc(type, fd);
    if (!f) {
        if (closefd) close(fd);
        return NULL;
    }
    f->closefd = closefd;
    f->readable = r || plus;
    f->writable = !r || plus;
    f->appending = ap;
    f->binary = b;
    f->translate = !b && !newline;
    f->line_buffering = !b && (buffering == 1 || isatty(fd));
    f->unbuffered = b && buffering == 0;
    f->name = pym_newref(file);
    if (b) {
        /* binary files show FileIO's normalized mode: rb, wb, ab, xb, rb+, ab+, xb+ */
        const char *nm = x      ? (plus ? "xb+" : "xb")
                         : ap   ? (plus ? "ab+" : "ab")
                         : plus ? "rb+"
                         : r    ? "rb"
                                : "wb";
        f->mode = pym_str_from_cstr(nm);
        if (!f->mode) {
            PYM_DECREF(f);
            return NULL;
        }
    } else {
        f->mode = pym_newref(a[1] ? a[1] : PYM_ID(r));
    }
    if (!b) f->encoding = encoding ? pym_newref(encoding) : pym_str_from_cstr("UTF-8");
    if (!b && !f->encoding) {
        PYM_DECREF(f);
        return NULL;
    }
    if (ap && file_seekable(f)) lseek(fd, 0, SEEK_END);
    return (PymObject *)f;
}

/* ---- methods ---- */

#define F ((PymFile *)self)
#define S PYM_FILE_STORE(F) /* where the buffers and the fd are */

static PymObject *m_read(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    if (pym_arg_count("read", nargs, kwnames, 0, 1) < 0) return NULL;
    intptr_t n = -1;
    if (nargs && args[0] != pym_None) {
        n = pym_number_as_ssize(args[0], PymExc_OverflowError);
        if (n == -1 && pym_err_occurred()) return NULL;
    }
    if (check_readable(F) < 0) return NULL;
    return read_impl(F, n);
}

static PymObject *m_readline(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("readline", nargs, kwnames, 0, 1) < 0) return NULL;
    intptr_t n = -1;
    if (nargs && args[0] != pym_None) {
        n = pym_number_as_ssize(args[0], PymExc_OverflowError);
        if (n == -1 && pym_err_occurred()) return NULL;
    }
    if (check_readable(F) < 0) return NULL;
    return readline_impl(F, n);
}

static PymObject *m_readlines(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("readlines", nargs, kwnames, 0, 1) < 0) return NULL;
    intptr_t hint = -1;
    if (nargs && args[0] != pym_None) {
        hint = pym_number_as_ssize(args[0], PymExc_OverflowError);
        if (hint == -1 && pym_err_occurred()) return NULL;
    }
    if (check_readable(F) < 0) return NULL;
    PymObject *list = pym_list_new(0);
    if (!list) return NULL;
    intptr_t total = 0;
    for (;;) {
        PymObject *line = readline_impl(F, -1);
        if (!line) {
            PYM_DECREF(list);
            return NULL;
        }
        intptr_t len = PYM_SIZE(line);
        if (len == 0) {
            PYM_DECREF(line);
            break;
        }
        int rc = pym_list_append(list, line);
        PYM_DECREF(line);
        if (rc < 0) {
            PYM_DECREF(list);
            return NULL;
        }
        total += len;
        if (hint > 0 && total >= hint) break;
    }
    return list;
}

static PymObject *m_write(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    if (pym_arg_count("write", nargs, kwnames, 1, 1) < 0) return NULL;
    if (check_writable(F) < 0) return NULL;
    PymObject *s = args[0];
    if (F->binary) {
        if (!PYM_BYTES_CHECK(s)) {
            /* bytearray, memoryview, array: through the buffer protocol */
            PymBuffer v;
            if (pym_object_get_buffer(s, &v, PYM_BUF_SIMPLE) < 0) return NULL;
            int rc = write_bytes(F, v.buf, v.len);
            intptr_t n = v.len;
            pym_buffer_release(&v);
            return rc < 0 ? NULL : pym_int_from_ssize(n);
        }
        if (write_bytes(F, PYM_BYTES_DATA(s), PYM_BYTES_LEN(s)) < 0) return NULL;
        return pym_int_from_ssize(PYM_BYTES_LEN(s));
    }
    if (!PYM_STR_CHECK(s)) {
        pym_err_format(PymExc_TypeError, "write() argument must be str, not %s", pym_type_name(s));
        return NULL;
    }
    intptr_t nb;
    char *tmp; /* write() does not cache the UTF-8 */
    const char *u = pym_str_utf8_temp(s, &nb, &tmp);
    int rc = u ? write_bytes(F, u, nb) : -1;
    pym_raw_free(tmp);
    if (rc < 0) return NULL;
    return pym_int_from_ssize(PYM_STR_LEN(s));
}

static PymObject *m_writelines(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    if (pym_arg_count("writelines", nargs, kwnames, 1, 1) < 0) return NULL;
    if (check_writable(F) < 0) return NULL;
    PymObject *it = pym_object_getiter(args[0]);
    if (!it) return NULL;
    PymObject *item;
    while ((item = pym_iter_next(it))) {
        PymObject *r = m_write(self, &item, 1, NULL);
        PYM_DECREF(item);
        if (!r) {
            PYM_DECREF(it);
            return NULL;
        }
        PYM_DECREF(r);
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *m_close(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    if (pym_arg_count("close", nargs, kwnames, 0, 0) < 0) return NULL;
    if (close_impl(F) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *m_flush(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    if (pym_arg_count("flush", nargs, kwnames, 0, 0) < 0) return NULL;
    if (check_open(F) < 0) return NULL;
    if (pym_file_flush(self) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *m_tell(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    if (pym_arg_count("tell", nargs, kwnames, 0, 0) < 0) return NULL;
    if (check_open(F) < 0) return NULL;
    off_t pos = lseek(S->fd, 0, SEEK_CUR);
    if (pos < 0) return pym_err_set_from_errno(NULL);
    pos = pos - (S->rlen - S->rpos) + S->wlen;
    return pym_int_from_long((long long)pos);
}

static PymObject *m_seek(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    if (pym_arg_count("seek", nargs, kwnames, 1, 2) < 0) return NULL;
    if (check_open(F) < 0) return NULL;
    long long off = pym_int_as_longlong(args[0]);
    if (off == -1 && pym_err_occurred()) return NULL;
    int whence = 0;
    if (nargs > 1) {
        whence = (int)pym_int_as_longlong(args[1]);
        if (whence == -1 && pym_err_occurred()) return NULL;
    }
    if (!F->binary && whence != 0 && off != 0) {
        pym_err_set_string(PymExc_UnsupportedOperation,
                           whence == 1 ? "can't do nonzero cur-relative seeks"
                                       : "can't do nonzero end-relative seeks");
        return NULL;
    }
    if (whence < 0 || whence > 2) {
        pym_err_format(PymExc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
        return NULL;
    }
    if (S->wlen && flush_wbuf(S) < 0) return NULL;
    if (whence == 1) off -= (S->rlen - S->rpos);
    S->rpos = S->rlen = 0;
    S->eof = false;
    off_t pos = lseek(S->fd, (off_t)off, whence);
    if (pos < 0) return pym_err_set_from_errno(NULL);
    return pym_int_from_long((long long)pos);
}

static PymObject *m_fileno(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (check_open(F) < 0) return NULL;
    return pym_int_from_long(S->fd);
}

static PymObject *m_isatty(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (check_open(F) < 0) return NULL;
    return pym_bool_from(isatty(S->fd));
}

static PymObject *m_readable(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (check_open(F) < 0) return NULL;
    return pym_bool_from(F->readable);
}

static PymObject *m_writable(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (check_open(F) < 0) return NULL;
    return pym_bool_from(F->writable);
}

static PymObject *m_seekable(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (check_open(F) < 0) return NULL;
    return pym_bool_from(file_seekable(S));
}

static PymObject *m_truncate(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("truncate", nargs, kwnames, 0, 1) < 0) return NULL;
    if (check_open(F) < 0) return NULL;
    if (!F->writable) {
        pym_err_set_string(PymExc_UnsupportedOperation, "truncate");
        return NULL;
    }
    if (S->wlen && flush_wbuf(S) < 0) return NULL;
    drop_rbuf(S);
    long long size;
    if (nargs && args[0] != pym_None) {
        size = pym_int_as_longlong(args[0]);
        if (size == -1 && pym_err_occurred()) return NULL;
    } else {
        size = (long long)lseek(S->fd, 0, SEEK_CUR);
    }
    if (ftruncate(S->fd, (off_t)size) < 0) return pym_err_set_from_errno(NULL);
    return pym_int_from_long(size);
}

static PymObject *m_enter(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    if (check_open(F) < 0) return NULL;
    return pym_newref(self);
}

static PymObject *m_exit(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    if (close_impl(F) < 0) return NULL;
    PYM_RETURN_NONE;
}

/* text_file.reconfigure(*, encoding, errors, newline, line_buffering, write_through) */
static PymObject *m_reconfigure(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    static const char *const names[] = {"encoding",       "errors",        "newline",
                                        "line_buffering", "write_through", NULL};
    PymObject *a[5] = {0};
    if (nargs) {
        pym_err_set_string(PymExc_TypeError, "reconfigure() takes no positional arguments");
        return NULL;
    }
    if (pym_arg_unpack("reconfigure", args, nargs, kwnames, names, 0, 0, a) < 0) return NULL;
    if (F->binary) {
        pym_err_format(PymExc_AttributeError, "'%s' object has no attribute 'reconfigure'",
                       PYM_TYPE(self)->tp_name);
        return NULL;
    }
    if (check_open(F) < 0) return NULL;
    if (a[0] && a[0] != pym_None) {
        if (!PYM_STR_CHECK(a[0])) {
            pym_err_format(PymExc_TypeError,
                           "reconfigure() argument 'encoding' must be str or None, not %s",
                           pym_type_name(a[0]));
            return NULL;
        }
        char norm[16];
        size_t k = 0;
        for (const char *c = PYM_STR_UTF8(a[0]); *c && k < sizeof norm - 1; c++)
            norm[k++] = *c == '_' ? '-' : (char)tolower((unsigned char)*c);
        norm[k] = 0;
        if (strcmp(norm, "utf-8") && strcmp(norm, "utf8") && strcmp(norm, "u8")) {
            pym_err_format(PymExc_NotImplementedError, "pym: text streams are UTF-8 only, not %R",
                           a[0]);
            return NULL;
        }
        if (!F->encoding || !pym_str_equal(F->encoding, a[0])) {
            PYM_SETREF(F->encoding, pym_newref(a[0]));
            /* sys.stdin/stdout/stderr live for the whole process */
            if (!F->closefd && F->fd >= 0 && F->fd <= 2) pym_leakcheck_immortal(F->encoding);
        }
    }
    if (a[2] && a[2] != pym_None) {
        if (!PYM_STR_CHECK(a[2])) {
            pym_err_format(PymExc_TypeError,
                           "reconfigure() argument 'newline' must be str or None, not %s",
                           pym_type_name(a[2]));
            return NULL;
        }
        F->translate = false;
    } else if (a[2]) {
        F->translate = true;
    }
    if (a[3] && a[3] != pym_None) {
        int lb = pym_object_is_true(a[3]);
        if (lb < 0) return NULL;
        F->line_buffering = lb;
    }
    if (a[4] && a[4] != pym_None) {
        int wt = pym_object_is_true(a[4]);
        if (wt < 0) return NULL;
        F->unbuffered = wt;
    }
    if (pym_file_flush(self) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymMethodDef file_methods[] = {
    {"reconfigure", m_reconfigure, 0, NULL},
    {"read", m_read, 0, NULL},
    {"readline", m_readline, 0, NULL},
    {"readlines", m_readlines, 0, NULL},
    {"write", m_write, 0, NULL},
    {"writelines", m_writelines, 0, NULL},
    {"close", m_close, 0, NULL},
    {"flush", m_flush, 0, NULL},
    {"tell", m_tell, 0, NULL},
    {"seek", m_seek, 0, NULL},
    {"truncate", m_truncate, 0, NULL},
    {"fileno", m_fileno, 0, NULL},
    {"isatty", m_isatty, 0, NULL},
    {"readable", m_readable, 0, NULL},
    {"writable", m_writable, 0, NULL},
    {"seekable", m_seekable, 0, NULL},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {NULL},
};

static PymObject *g_closed(PymObject *self, void *c) { return pym_bool_from(F->closed); }
static PymObject *g_name(PymObject *self, void *c) { return pym_newref(F->name); }
static PymObject *g_mode(PymObject *self, void *c) { return pym_newref(F->mode); }
static PymObject *g_encoding(PymObject *self, void *c) {
    if (!F->encoding) {
        pym_err_format(PymExc_AttributeError, "'%s' object has no attribute 'encoding'",
                       PYM_TYPE(self)->tp_name);
        return NULL;
    }
    return pym_newref(F->encoding);
}
static PymObject *g_line_buffering(PymObject *self, void *c) {
    return pym_bool_from(file_line_buffering(F));
}

/* text_file.buffer: a binary file object sharing the text file's buffers */
static PymObject *g_buffer(PymObject *self, void *c) {
    if (F->binary) {
        pym_err_format(PymExc_AttributeError, "'%s' object has no attribute 'buffer'",
                       PYM_TYPE(self)->tp_name);
        return NULL;
    }
    if (F->store) /* a TextIOWrapper made over a binary file: that file (or its text owner's .buffer) */
        return F->store->binary ? pym_newref((PymObject *)F->store)
                                : g_buffer((PymObject *)F->store, c);
    if (F->buffer) return pym_newref((PymObject *)F->buffer);
    PymType *t = F->readable && F->writable ? &pym_type_buffered_random
                 : F->readable              ? &pym_type_buffered_reader
                                            : &pym_type_buffered_writer;
    PymFile *b = (PymFile *)pym_object_alloc(t, 0);
    if (!b) return NULL;
    b->fd = -1;
    b->readable = F->readable;
    b->writable = F->writable;
    b->binary = true;
    b->closefd = false;
    b->seekable = file_seekable(F);
    b->store = (PymFile *)pym_newref(self);
    b->name = pym_newref(F->name);
    b->mode = pym_str_from_format("%sb", F->readable && !F->writable ? "r" : "w");
    if (!b->mode) {
        PYM_DECREF(b);
        return NULL;
    }
    F->buffer = b;
    return (PymObject *)b;
}

static PymObject *g_closefd(PymObject *self, void *c) { return pym_bool_from(F->closefd); }

static PymGetSetDef file_getset[] = {
    {"buffer", g_buffer, NULL, NULL, NULL},
    {"closefd", g_closefd, NULL, NULL, NULL},
    {"closed", g_closed, NULL, NULL, NULL},
    {"name", g_name, NULL, NULL, NULL},
    {"mode", g_mode, NULL, NULL, NULL},
    {"encoding", g_encoding, NULL, NULL, NULL},
    {"line_buffering", g_line_buffering, NULL, NULL, NULL},
    {NULL},
};

static PymObject *file_iter(PymObject *self) {
    if (check_open(F) < 0) return NULL;
    return pym_newref(self);
}

static PymObject *file_iternext(PymObject *self) {
    if (check_readable(F) < 0) return NULL;
    PymObject *line = readline_impl(F, -1);
    if (line && PYM_SIZE(line) == 0) {
        PYM_DECREF(line);
        return NULL;
    }
    return line;
}

static PymObject *file_repr(PymObject *self) {
    if (PYM_TYPE(self) == &pym_type_fileio)
        return pym_str_from_format("<_io.FileIO name=%R mode=%R closefd=%s>", F->name, F->mode,
                                   F->closefd ? "True" : "False");
    if (F->binary) return pym_str_from_format("<%s name=%R>", PYM_TYPE(self)->tp_name, F->name);
    return pym_str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding=%R>", F->name, F->mode,
                               F->encoding);
}

static void file_dealloc(PymObject *self) {
    if (F->store) {
        /* a .buffer: flush what it wrote, detach from its text file */
        if (!F->closed && F->store->wlen) {
            PymObject *saved = pym_err_fetch();
            if (flush_wbuf(F->store) < 0) pym_err_clear();
            pym_err_restore(saved);
        }
        if (F->store->buffer == F) F->store->buffer = NULL;
        F->closed = true;
        PYM_CLEAR(F->store);
    }
    if (!F->closed) {
        PymObject *saved = pym_err_fetch();
        if (close_impl(F) < 0) pym_err_clear();
        pym_err_restore(saved);
    }
    pym_raw_free(F->rbuf);
    pym_raw_free(F->wbuf);
    PYM_XDECREF(F->name);
    PYM_XDECREF(F->mode);
    PYM_XDECREF(F->encoding);
    PYM_TYPE(self)->tp_free(self);
}

/* io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
** line_buffering=False, write_through=False): a text layer over a binary
** file object of this file (sys.stdout.buffer, open(..., 'rb')), reading
** and writing through that object's buffers. */
static PymObject *textio_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"buffer",         "encoding",      "errors", "newline",
                                        "line_buffering", "write_through", NULL};
    PymObject *a[6] = {0};
    if (pym_arg_unpack("TextIOWrapper", args, nargs, kw, names, 1, 6, a) < 0) return NULL;
    PymObject *buf = a[0];
    if (!PYM_FILE_CHECK(buf) || !((PymFile *)buf)->binary) {
        /* any other binary stream (io.BytesIO ...): the text layer in lib/_pym_textio.py */
        PymObject *mod = pym_import_cstr("_pym_textio");
        PymObject *cls = mod ? pym_object_getattr_cstr(mod, "TextIOWrapper") : NULL;
        PYM_XDECREF(mod);
        if (!cls) return NULL;
        PymObject *r = pym_call(cls, args, nargs, kw);
        PYM_DECREF(cls);
        return r;
    }
    PymFile *b = (PymFile *)buf;
    if (check_open(b) < 0) return NULL;
    PymObject *encoding = a[1] && a[1] != pym_None ? a[1] : NULL;
    if (encoding && !PYM_STR_CHECK(encoding)) {
        pym_err_format(PymExc_TypeError,
                       "TextIOWrapper() argument 'encoding' must be str or None, not %s",
                       pym_type_name(encoding));
        return NULL;
    }
    PymObject *newline = a[3] && a[3] != pym_None ? a[3] : NULL;
    if (newline &&
        (!PYM_STR_CHECK(newline) ||
         (strcmp(PYM_STR_UTF8(newline), "") && strcmp(PYM_STR_UTF8(newline), "\n") &&
          strcmp(PYM_STR_UTF8(newline), "\r") && strcmp(PYM_STR_UTF8(newline), "\r\n")))) {
        if (PYM_STR_CHECK(newline))
            pym_err_format(PymExc_ValueError, "illegal newline value: %U", newline);
        else
            pym_err_format(PymExc_TypeError,
                           "TextIOWrapper() argument 'newline' must be str or None, not %s",
                           pym_type_name(newline));
        return NULL;
    }
    int lb = a[4] ? pym_object_is_true(a[4]) : 0, wt = a[5] ? pym_object_is_true(a[5]) : 0;
    if (lb < 0 || wt < 0) return NULL;
    PymFile *f = (PymFile *)pym_object_alloc(type, 0);
    if (!f) return NULL;
    PymFile *store = PYM_FILE_STORE(b);
    f->fd = -1;
    f->readable = b->readable;
    f->writable = b->writable;
    f->seekable = file_seekable(store);
    f->closefd = false;
    f->translate = !newline;
    f->line_buffering = lb;
    f->unbuffered = wt;
    f->store = (PymFile *)pym_newref((PymObject *)store);
    f->name = pym_newref(b->name);
    f->mode = pym_str_from_cstr(b->readable && b->writable ? "r+" : b->readable ? "r" : "w");
    f->encoding = encoding ? pym_newref(encoding) : pym_str_from_cstr("UTF-8");
    if (!f->mode || !f->encoding) {
        PYM_DECREF(f);
        return NULL;
    }
    return (PymObject *)f;
}

/* The abstract bases of the io classes, for isinstance(f, io.TextIOBase)... */
#define BASE_TYPE(VAR, NAME, BASE) \
    PymType VAR = { \
        PYM_VAR_HEAD_INIT(&pym_type_type, 0), .tp_name = NAME, .tp_basicsize = sizeof(PymObject), \
        .tp_flags = PYM_TPFLAGS_BASETYPE,     .tp_base = BASE, .tp_new = pym_type_generic_new, \
    };

BASE_TYPE(pym_type_iobase, "_io._IOBase", &pym_type_object)
BASE_TYPE(pym_type_rawiobase, "_io._RawIOBase", &pym_type_iobase)
BASE_TYPE(pym_type_bufferediobase, "_io._BufferedIOBase", &pym_type_iobase)
BASE_TYPE(pym_type_textiobase, "_io._TextIOBase", &pym_type_iobase)

/* What a file object holds (the leak check follows it; file objects are
** not collected, so the collector never calls it). */
static int file_traverse(PymObject *self, visitproc visit, void *arg) {
    PYM_VISIT(F->name);
    PYM_VISIT(F->mode);
    PYM_VISIT(F->encoding);
    PYM_VISIT(F->store);
    return 0;
}

#define FILE_TYPE(VAR, NAME, BASE) \
    PymType VAR = { \
        PYM_VAR_HEAD_INIT(&pym_type_type, 0), \
        .tp_name = NAME, \
        .tp_basicsize = sizeof(PymFile), \
        .tp_base = BASE, \
        .tp_dealloc = file_dealloc, \
        .tp_traverse = file_traverse, \
        .tp_repr = file_repr, \
        .tp_getattro = pym_object_generic_getattr, \
        .tp_iter = file_iter, \
        .tp_iternext = file_iternext, \
        .tp_methods = file_methods, \
        .tp_getset = file_getset, \
        .tp_free = pym_object_free, \
    };

FILE_TYPE(pym_type_textio, "_io.TextIOWrapper", &pym_type_textiobase)
FILE_TYPE(pym_type_buffered_reader, "_io.BufferedReader", &pym_type_bufferediobase)
FILE_TYPE(pym_type_buffered_writer, "_io.BufferedWriter", &pym_type_bufferediobase)
FILE_TYPE(pym_type_buffered_random, "_io.BufferedRandom", &pym_type_bufferediobase)
FILE_TYPE(pym_type_fileio, "_io.FileIO", &pym_type_rawiobase)

/* io.UnsupportedOperation: an OSError (CPython's also derives ValueError) */
PymType pym_exc_UnsupportedOperation = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "io.UnsupportedOperation",
    .tp_flags = PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASE_EXC_SUBCLASS,
    .tp_base = PymExc_OSError,
};

int pym_file_init(void) {
    PymType *t = PymExc_UnsupportedOperation;
    PymType *base = PymExc_OSError;
    t->tp_basicsize = base->tp_basicsize;
    t->tp_dealloc = base->tp_dealloc;
    t->tp_traverse = base->tp_traverse;
    t->tp_clear = base->tp_clear;
    t->tp_repr = base->tp_repr;
    t->tp_str = base->tp_str;
    t->tp_getattro = base->tp_getattro;
    t->tp_setattro = base->tp_setattro;
    t->tp_dictoffset = base->tp_dictoffset;
    t->tp_new = base->tp_new;
    t->tp_init = base->tp_init;
    t->tp_free = base->tp_free;
    pym_type_textio.tp_new = textio_new;
    if (pym_type_ready(&pym_type_iobase) < 0 || pym_type_ready(&pym_type_rawiobase) < 0 ||
        pym_type_ready(&pym_type_bufferediobase) < 0 || pym_type_ready(&pym_type_textiobase) < 0 ||
        pym_type_ready(&pym_type_fileio) < 0)
        return -1;
    if (pym_type_ready(&pym_type_textio) < 0 || pym_type_ready(&pym_type_buffered_reader) < 0 ||
        pym_type_ready(&pym_type_buffered_writer) < 0 ||
        pym_type_ready(&pym_type_buffered_random) < 0 || pym_type_ready(t) < 0)
        return -1;
    return 0;
}
