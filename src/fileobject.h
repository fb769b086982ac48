/*
** fileobject.h -- file objects returned by open() and used for sys.stdin,
** sys.stdout and sys.stderr (fileobject.c).  Text files read and write str
** (UTF-8, universal newlines on input); binary files read and write bytes.
*/
#ifndef PYM_FILEOBJECT_H
#define PYM_FILEOBJECT_H

#include "object.h"

typedef struct PymFile {
    PymObject ob_base;
    int fd;
    bool readable, writable, appending, binary, closed, closefd;
    bool unbuffered, translate, eof;
    /* asked of the fd only when first needed (a system call each: std
    ** streams a program never uses cost nothing at start-up): 1 or 0, or
    ** -1 while not known yet -- see file_seekable, file_line_buffering */
    signed char seekable;       /* a regular file (fstat) */
    signed char line_buffering; /* -1: if the fd turns out to be a terminal */
    PymObject *name;     /* str or int as given to open() */
    PymObject *mode;     /* str */
    PymObject *encoding; /* str; NULL for binary files */
    char *rbuf;          /* read buffer (raw memory) */
    intptr_t rpos, rlen, rcap;
    char *wbuf; /* pending output (raw memory) */
    intptr_t wlen, wcap;
    /* A text file's .buffer is a binary file object that reads and writes
    ** through the text file's own buffers and fd (its store), so text and
    ** binary writes come out in the order they were made. */
    struct PymFile *store;  /* the text file (a reference) for a .buffer; NULL otherwise */
    struct PymFile *buffer; /* a text file's live .buffer object (borrowed), or NULL */
} PymFile;

/* The file whose buffers and fd f uses. */
#define PYM_FILE_STORE(f) ((f)->store ? (f)->store : (f))

extern PymType pym_type_textio, pym_type_buffered_reader, pym_type_buffered_writer,
    pym_type_buffered_random, pym_type_fileio, pym_exc_UnsupportedOperation;
#define PymExc_UnsupportedOperation (&pym_exc_UnsupportedOperation) /* io.UnsupportedOperation */
/* the io class hierarchy: _IOBase > _RawIOBase (FileIO), _BufferedIOBase
** (Buffered*, BytesIO), _TextIOBase (TextIOWrapper, StringIO) */
extern PymType pym_type_iobase, pym_type_rawiobase, pym_type_bufferediobase, pym_type_textiobase;
#define PYM_FILE_CHECK(o) \
    (PYM_TYPE(o) == &pym_type_textio || PYM_TYPE(o) == &pym_type_buffered_reader || \
     PYM_TYPE(o) == &pym_type_buffered_writer || PYM_TYPE(o) == &pym_type_buffered_random || \
     PYM_TYPE(o) == &pym_type_fileio)

/* builtins.open(file, mode='r', buffering=-1, encoding=None, errors=None,
** newline=None, closefd=True) */
PymObject *pym_file_open(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames);
/* A text stream on an inherited fd (sys.stdin/stdout/stderr); not closing it.
** line_buffering: 1, 0, or -1 for "if the fd is a terminal" (asked lazily). */
PymObject *pym_file_from_fd(int fd, const char *name, const char *mode, int line_buffering,
                            bool unbuffered);
/* Writes UTF-8 text to a text file (fast path of print). 0/-1 */
int pym_file_write_utf8(PymObject *f, const char *s, intptr_t n);
int pym_file_flush(PymObject *f); /* 0/-1 */
/* One line (str or bytes), "" at EOF; new ref. */
PymObject *pym_file_readline(PymObject *f, intptr_t limit);
int pym_file_init(void); /* readies the types */

#endif
