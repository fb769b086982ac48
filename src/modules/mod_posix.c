/*
** mod_posix.c -- the posix module: the operating-system calls under lib/os.py.
**
** As in CPython, os.py is pure Python that re-exports this module's names
** and adds what needs no system call (walk, makedirs, the environ mapping,
** scandir's DirEntry); posixpath.py builds os.path on stat/lstat/getcwd.
**
** Paths.  Every path argument goes through path_get: str and bytes are
** taken as they are, anything else through its type's __fspath__ (os.fspath),
** and an embedded NUL is "ValueError: embedded null byte".  A function given
** bytes answers with bytes (listdir, getcwdb, readlink).  Errors are
** OSError(errno, strerror(errno), filename[, None, filename2]) whose
** constructor picks the subclass from errno as CPython's does
** (FileNotFoundError for ENOENT, ...); the filename is the object the caller
** passed, so a PosixPath stays a PosixPath in the message.
**
** stat_result is a struct sequence with ten visible items (st_mode ...
** st_ctime as ints) and named-only fields after them (float times, the _ns
** times, st_blksize, st_blocks, st_rdev), as CPython's.  environ is read
** once into a dict of str at import; os.environ writes through putenv and
** unsetenv.  Processes: fork, pipe (close-on-exec, as CPython's), waitpid
** and the W* status macros, _exit; fork flushes pym's standard streams first
** so the child does not write the parent's buffered output again.  What pym
** does not do (exec, signals, threads) is absent.
*/
#include "pym.h"
#include "buffer.h"
#include <math.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static PymType *stat_result_type, *terminal_size_type, *statvfs_result_type, *uname_result_type;

#define PFUNC(name) \
    static PymObject *px_##name(PymObject *self, PymObject *const *args, size_t nargs, \
                                PymObject *kwnames)

/* ------------------------------------------------------------------ */
/* paths and errors                                                     */

typedef struct {
    PymObject *obj; /* str or bytes, new reference (NULL when an fd) */
    const char *c;  /* its bytes, NUL-terminated */
    bool is_bytes;
    int fd; /* -1 unless an int was accepted */
} Path;

static void path_clear(Path *p) {
    PYM_XDECREF(p->obj);
    p->obj = NULL;
}

/* os.fspath(o): a new reference to a str or bytes, or NULL with TypeError. */
static PymObject *fspath(PymObject *o) {
    if (PYM_STR_CHECK(o) || PYM_BYTES_CHECK(o)) return pym_newref(o);
    PymObject *meth = pym_type_lookup(PYM_TYPE(o), PYM_ID(__fspath__));
    if (!meth || meth == pym_None) {
        pym_err_format(PymExc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                       pym_type_name(o));
        return NULL;
    }
    int found = 0;
    PymObject *r = pym_call_special(o, PYM_ID(__fspath__), NULL, 0, &found);
    if (!r) return NULL;
    if (!PYM_STR_CHECK(r) && !PYM_BYTES_CHECK(r)) {
        pym_err_format(PymExc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                       pym_type_name(o), pym_type_name(r));
        PYM_DECREF(r);
        return NULL;
    }
    return r;
}

/* Converts argument o of function fn into p.  allow_fd accepts an int file
** descriptor.  0 / -1. */
static int path_get(const char *fn, const char *arg, PymObject *o, bool allow_fd, Path *p) {
    p->obj = NULL;
    p->c = NULL;
    p->is_bytes = false;
    p->fd = -1;
    if (allow_fd && PYM_INT_CHECK(o) && !PYM_BOOL_CHECK(o)) {
        long long fd = pym_int_as_longlong(o);
        if (fd == -1 && pym_err_occurred()) return -1;
        p->fd = (int)fd;
        return 0;
    }
    bool pathlike = PYM_STR_CHECK(o) || PYM_BYTES_CHECK(o) ||
                    (pym_type_lookup(PYM_TYPE(o), PYM_ID(__fspath__)) != NULL);
    if (!pathlike) {
        pym_err_format(PymExc_TypeError, "%s: %s should be string, bytes%s os.PathLike%s, not %s",
                       fn, arg, allow_fd ? "," : " or", allow_fd ? " or integer" : "",
                       pym_type_name(o));
        return -1;
    }
    PymObject *s = fspath(o);
    if (!s) return -1;
    intptr_t n;
    if (PYM_STR_CHECK(s)) {
        p->c = PYM_STR_UTF8(s);
        n = PYM_STR_NBYTES(s);
    } else {
        p->c = PYM_BYTES_DATA(s);
        n = PYM_BYTES_LEN(s);
        p->is_bytes = true;
    }
    if ((intptr_t)strlen(p->c) != n) {
        PYM_DECREF(s);
        pym_err_set_string(PymExc_ValueError, "embedded null byte");
        return -1;
    }
    p->obj = s;
    return 0;
}

/* Raises OSError from errno for two paths: "[Errno n] text: 'a' -> 'b'". */
static PymObject *error2(PymObject *a, PymObject *b) {
    int err = errno;
    PymObject *v[5] = {pym_int_from_long(err), pym_str_from_cstr(strerror(err)), a, pym_None, b};
    if (!v[0] || !v[1]) {
        PYM_XDECREF(v[0]);
        PYM_XDECREF(v[1]);
        return NULL;
    }
    PymObject *exc = pym_exc_new(PymExc_OSError, v, 5);
    PYM_DECREF(v[0]);
    PYM_DECREF(v[1]);
    if (exc) pym_err_set_exc(exc);
    return NULL;
}

/* Raises OSError from errno naming p's path (the str or bytes it was
** converted to, as CPython's message shows) and clears p.  NULL. */
static PymObject *path_error(Path *p) {
    pym_err_set_from_errno(p->obj);
    path_clear(p);
    return NULL;
}

static PymObject *name_obj(const char *s, bool as_bytes) {
    return as_bytes ? pym_bytes_from_data(s, (intptr_t)strlen(s)) : pym_str_from_cstr(s);
}

/* An int argument (fd, mode, size) with CPython's TypeError for non-ints. */
static int int_arg(PymObject *o, long long *out) {
    if (PYM_FLOAT_CHECK(o)) {
        pym_err_set_string(PymExc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    PymObject *i = pym_number_index(o);
    if (!i) return -1;
    *out = pym_int_as_longlong(i);
    PYM_DECREF(i);
    return (*out == -1 && pym_err_occurred()) ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* directories                                                          */

PFUNC(getcwd) {
    if (pym_arg_count("getcwd", nargs, kwnames, 0, 0) < 0) return NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return pym_err_set_from_errno(NULL);
    return pym_str_from_cstr(buf);
}

PFUNC(getcwdb) {
    if (pym_arg_count("getcwdb", nargs, kwnames, 0, 0) < 0) return NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return pym_err_set_from_errno(NULL);
    return pym_bytes_from_data(buf, (intptr_t)strlen(buf));
}

PFUNC(chdir) {
    static const char *const names[] = {"path", NULL};
    PymObject *a[1];
    if (pym_arg_unpack("chdir", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    Path p;
    if (path_get("chdir", "path", a[0], false, &p) < 0) return NULL;
    int r = chdir(p.c);
    if (r < 0) return path_error(&p);
    path_clear(&p);
    PYM_RETURN_NONE;
}

/* Reads directory a (None: ".") into a list: names only, or, with
** with_types, (name, is_dir, is_file, is_symlink, inode) tuples where the
** three flags are None when the file system gave no d_type. */
static PymObject *read_entries(DIR *d, PymObject *arg, Path *pp, bool with_types);

static PymObject *read_dir(const char *fn, PymObject *arg, bool with_types) {
    Path p = {0};
    const char *dir = ".";
    if (arg && arg != pym_None) {
        if (!with_types && PYM_INT_CHECK(arg) && !PYM_BOOL_CHECK(arg)) {
            long long fd;
            if (int_arg(arg, &fd) < 0) return NULL;
            int dfd = dup((int)fd);
            DIR *fdd = dfd < 0 ? NULL : fdopendir(dfd);
            if (!fdd) {
                if (dfd >= 0) close(dfd);
                return pym_err_set_from_errno(NULL);
            }
            rewinddir(fdd);
            return read_entries(fdd, arg, &p, false);
        }
        if (!PYM_STR_CHECK(arg) && !PYM_BYTES_CHECK(arg) &&
            !pym_type_lookup(PYM_TYPE(arg), PYM_ID(__fspath__))) {
            pym_err_format(PymExc_TypeError,
                           "%s: path should be string, bytes, os.PathLike, integer or None, not %s",
                           fn, pym_type_name(arg));
            return NULL;
        }
        if (path_get(fn, "path", arg, false, &p) < 0) return NULL;
        dir = p.c;
    }
    DIR *d = opendir(dir);
    if (!d) {
        return path_error(&p);
        return NULL;
    }
    return read_entries(d, arg, &p, with_types);
}

/* Reads the open directory d into the list read_dir returns, closes it and
** clears p. */
static PymObject *read_entries(DIR *d, PymObject *arg, Path *pp, bool with_types) {
    Path p = *pp;
    PymObject *list = pym_list_new(0);
    struct dirent *e;
    errno = 0;
    while (list && (e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        PymObject *name = name_obj(e->d_name, p.is_bytes);
        PymObject *item = name;
        if (name && with_types) {
            PymObject *isdir = pym_None, *isfile = pym_None, *islink = pym_None;
            if (e->d_type != DT_UNKNOWN) {
                isdir = e->d_type == DT_DIR ? pym_True : pym_False;
                isfile = e->d_type == DT_REG ? pym_True : pym_False;
                islink = e->d_type == DT_LNK ? pym_True : pym_False;
            }
            PymObject *ino = pym_int_from_long((long long)e->d_ino);
            item = ino ? pym_tuple_pack(5, name, isdir, isfile, islink, ino) : NULL;
            PYM_XDECREF(ino);
            PYM_DECREF(name);
        }
        if (!item || pym_list_append(list, item) < 0) PYM_CLEAR(list);
        PYM_XDECREF(item);
        errno = 0;
    }
    if (list && errno) {
        pym_err_set_from_errno(p.obj);
        PYM_CLEAR(list);
    }
    closedir(d);
    path_clear(&p);
    return list;
}

PFUNC(listdir) {
    static const char *const names[] = {"path", NULL};
    PymObject *a[1];
    if (pym_arg_unpack("listdir", args, nargs, kwnames, names, 0, -1, a) < 0) return NULL;
    return read_dir("listdir", a[0], false);
}

PFUNC(_scandir) {
    if (pym_arg_count("_scandir", nargs, kwnames, 0, 1) < 0) return NULL;
    return read_dir("scandir", nargs ? args[0] : NULL, true);
}

PFUNC(mkdir) {
    static const char *const names[] = {"path", "mode", NULL};
    PymObject *a[2];
    if (pym_arg_unpack("mkdir", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    long long mode = 0777;
    if (a[1] && int_arg(a[1], &mode) < 0) return NULL;
    Path p;
    if (path_get("mkdir", "path", a[0], false, &p) < 0) return NULL;
    int r = mkdir(p.c, (mode_t)mode);
    if (r < 0) return path_error(&p);
    path_clear(&p);
    PYM_RETURN_NONE;
}

/* One-path calls returning None: rmdir, unlink, remove. */
static PymObject *path_call(const char *fn, PymObject *const *args, size_t nargs,
                            PymObject *kwnames, int (*call)(const char *)) {
    static const char *const names[] = {"path", NULL};
    PymObject *a[1];
    if (pym_arg_unpack(fn, args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    Path p;
    if (path_get(fn, "path", a[0], false, &p) < 0) return NULL;
    int r = call(p.c);
    if (r < 0) return path_error(&p);
    path_clear(&p);
    PYM_RETURN_NONE;
}

PFUNC(rmdir) { return path_call("rmdir", args, nargs, kwnames, rmdir); }
PFUNC(unlink) { return path_call("unlink", args, nargs, kwnames, unlink); }
PFUNC(remove) { return path_call("remove", args, nargs, kwnames, unlink); }

/* Two-path calls: rename, replace, symlink, link. */
static PymObject *path2_call(const char *fn, PymObject *const *args, size_t nargs,
                             PymObject *kwnames, int (*call)(const char *, const char *)) {
    static const char *const names[] = {"src", "dst", NULL};
    PymObject *a[2];
    if (pym_arg_unpack(fn, args, nargs, kwnames, names, 2, -1, a) < 0) return NULL;
    Path s, d;
    if (path_get(fn, "src", a[0], false, &s) < 0) return NULL;
    if (path_get(fn, "dst", a[1], false, &d) < 0) {
        path_clear(&s);
        return NULL;
    }
    int r = call(s.c, d.c);
    if (r < 0) error2(s.obj, d.obj);
    path_clear(&s);
    path_clear(&d);
    if (r < 0) return NULL;
    PYM_RETURN_NONE;
}

PFUNC(rename) { return path2_call("rename", args, nargs, kwnames, rename); }
PFUNC(replace) { return path2_call("replace", args, nargs, kwnames, rename); }
PFUNC(symlink) { return path2_call("symlink", args, nargs, kwnames, symlink); }
PFUNC(link) { return path2_call("link", args, nargs, kwnames, link); }

PFUNC(readlink) {
    static const char *const names[] = {"path", NULL};
    PymObject *a[1];
    if (pym_arg_unpack("readlink", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    Path p;
    if (path_get("readlink", "path", a[0], false, &p) < 0) return NULL;
    char buf[4096];
    ssize_t n = readlink(p.c, buf, sizeof buf - 1);
    bool b = p.is_bytes;
    if (n < 0) return path_error(&p);
    path_clear(&p);
    buf[n] = 0;
    return name_obj(buf, b);
}

/* ------------------------------------------------------------------ */
/* stat                                                                 */

static const char *const stat_fields[] = {
    "st_mode",     "st_ino",      "st_dev",     "st_nlink",  "st_uid",   "st_gid",   "st_size",
    "st_atime",    "st_mtime",    "st_ctime",   "st_atime",  "st_mtime", "st_ctime", "st_atime_ns",
    "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",  NULL};

static PymObject *ns_int(const struct timespec *t) {
    PymObject *s = pym_int_from_long((long long)t->tv_sec);
    PymObject *k = pym_int_from_long(1000000000LL);
    PymObject *n = pym_int_from_long(t->tv_nsec);
    PymObject *r = NULL;
    if (s && k && n) {
        PymObject *m = pym_number_binop(s, k, PYM_NB_MULTIPLY);
        if (m) r = pym_number_binop(m, n, PYM_NB_ADD);
        PYM_XDECREF(m);
    }
    PYM_XDECREF(s);
    PYM_XDECREF(k);
    PYM_XDECREF(n);
    return r;
}

static PymObject *stat_to_result(const struct stat *st) {
#define FT(ts) pym_float_from_double((double)(ts).tv_sec + (ts).tv_nsec * 1e-9)
    PymObject *v[19] = {pym_int_from_long(st->st_mode),
                        pym_int_from_long((long long)st->st_ino),
                        pym_int_from_long((long long)st->st_dev),
                        pym_int_from_long((long long)st->st_nlink),
                        pym_int_from_long(st->st_uid),
                        pym_int_from_long(st->st_gid),
                        pym_int_from_long((long long)st->st_size),
                        pym_int_from_long((long long)st->st_atim.tv_sec),
                        pym_int_from_long((long long)st->st_mtim.tv_sec),
                        pym_int_from_long((long long)st->st_ctim.tv_sec),
                        FT(st->st_atim),
                        FT(st->st_mtim),
                        FT(st->st_ctim),
                        ns_int(&st->st_atim),
                        ns_int(&st->st_mtim),
                        ns_int(&st->st_ctim),
                        pym_int_from_long((long long)st->st_blksize),
                        pym_int_from_long((long long)st->st_blocks),
                        pym_int_from_long((long long)st->st_rdev)};
#undef FT
    return pym_structseq_new(stat_result_type, v);
}

static PymObject *do_stat(const char *fn, PymObject *const *args, size_t nargs, PymObject *kwnames,
                          bool follow_default) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks", NULL};
    PymObject *a[3];
    if (pym_arg_unpack(fn, args, nargs, kwnames, names, 1, 1, a) < 0) return NULL;
    if (a[1] && a[1] != pym_None) {
        pym_err_format(PymExc_NotImplementedError, "%s: dir_fd unavailable in pym", fn);
        return NULL;
    }
    bool follow = follow_default;
    if (a[2]) {
        int t = pym_object_is_true(a[2]);
        if (t < 0) return NULL;
        follow = follow && t;
    }
    Path p;
    if (path_get(fn, "path", a[0], true, &p) < 0) return NULL;
    struct stat st;
    int r = p.fd >= 0 || !p.obj ? fstat(p.fd, &st) : follow ? stat(p.c, &st) : lstat(p.c, &st);
    if (r < 0) return path_error(&p);
    path_clear(&p);
    return stat_to_result(&st);
}

PFUNC(stat) { return do_stat("stat", args, nargs, kwnames, true); }
PFUNC(lstat) { return do_stat("lstat", args, nargs, kwnames, false); }

static const char *const statvfs_fields[] = {"f_bsize",  "f_frsize",  "f_blocks", "f_bfree",
                                             "f_bavail", "f_files",   "f_ffree",  "f_favail",
                                             "f_flag",   "f_namemax", "f_fsid",   NULL};

PFUNC(statvfs) {
    static const char *const names[] = {"path", NULL};
    PymObject *a[1];
    if (pym_arg_unpack("statvfs", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    Path p;
    if (path_get("statvfs", "path", a[0], true, &p) < 0) return NULL;
    struct statvfs v;
    int r = p.obj ? statvfs(p.c, &v) : fstatvfs(p.fd, &v);
    if (r < 0) return path_error(&p);
    path_clear(&p);
#define U(x) pym_int_from_long((long long)(x))
    PymObject *vals[11] = {U(v.f_bsize),  U(v.f_frsize),  U(v.f_blocks), U(v.f_bfree),
                           U(v.f_bavail), U(v.f_files),   U(v.f_ffree),  U(v.f_favail),
                           U(v.f_flag),   U(v.f_namemax), U(v.f_fsid)};
#undef U
    return pym_structseq_new(statvfs_result_type, vals);
}

PFUNC(fstat) {
    if (pym_arg_count("fstat", nargs, kwnames, 1, 1) < 0) return NULL;
    long long fd;
    if (int_arg(args[0], &fd) < 0) return NULL;
    struct stat st;
    if (fstat((int)fd, &st) < 0) return pym_err_set_from_errno(NULL);
    return stat_to_result(&st);
}

PFUNC(access) {
    static const char *const names[] = {"path", "mode", NULL};
    PymObject *a[2];
    if (pym_arg_unpack("access", args, nargs, kwnames, names, 2, -1, a) < 0) return NULL;
    long long mode;
    if (int_arg(a[1], &mode) < 0) return NULL;
    Path p;
    if (path_get("access", "path", a[0], false, &p) < 0) return NULL;
    int r = access(p.c, (int)mode);
    path_clear(&p);
    return pym_bool_from(r == 0);
}

PFUNC(chmod) {
    static const char *const names[] = {"path", "mode", NULL};
    PymObject *a[2];
    if (pym_arg_unpack("chmod", args, nargs, kwnames, names, 2, -1, a) < 0) return NULL;
    long long mode;
    if (int_arg(a[1], &mode) < 0) return NULL;
    Path p;
    if (path_get("chmod", "path", a[0], false, &p) < 0) return NULL;
    int r = chmod(p.c, (mode_t)mode);
    if (r < 0) return path_error(&p);
    path_clear(&p);
    PYM_RETURN_NONE;
}

/* utime(path, times=None, *, ns=None): times is (atime, mtime) in seconds. */
PFUNC(utime) {
    static const char *const names[] = {"path", "times", "ns", NULL};
    PymObject *a[3];
    if (pym_arg_unpack("utime", args, nargs, kwnames, names, 1, 2, a) < 0) return NULL;
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    PymObject *t = a[1] && a[1] != pym_None ? a[1] : NULL;
    if (t && a[2]) {
        pym_err_set_string(PymExc_ValueError,
                           "utime: you may specify either 'times' or 'ns' but not both");
        return NULL;
    }
    PymObject *src = t ? t : a[2];
    if (src) {
        if (!PYM_TUPLE_CHECK(src) || PYM_SIZE(src) != 2) {
            pym_err_format(PymExc_TypeError, "utime: '%s' must be a tuple of two %s",
                           t ? "times" : "ns", t ? "numbers" : "ints");
            return NULL;
        }
        for (int i = 0; i < 2; i++) {
            PymObject *x = PYM_TUPLE_GET(src, i);
            if (t) {
                double d = pym_float_as_double(x);
                if (d == -1.0 && pym_err_occurred()) return NULL;
                double whole = floor(d);
                ts[i].tv_sec = (time_t)whole;
                ts[i].tv_nsec = (long)((d - whole) * 1e9);
            } else {
                long long n;
                if (int_arg(x, &n) < 0) return NULL;
                ts[i].tv_sec = (time_t)(n / 1000000000LL);
                ts[i].tv_nsec = (long)(n % 1000000000LL);
                if (ts[i].tv_nsec < 0) {
                    ts[i].tv_nsec += 1000000000L;
                    ts[i].tv_sec--;
                }
            }
        }
        tsp = ts;
    }
    Path p;
    if (path_get("utime", "path", a[0], false, &p) < 0) return NULL;
    int r = utimensat(AT_FDCWD, p.c, tsp, 0);
    if (r < 0) return path_error(&p);
    path_clear(&p);
    PYM_RETURN_NONE;
}

/* ------------------------------------------------------------------ */
/* file descriptors                                                     */

PFUNC(open) {
    static const char *const names[] = {"path", "flags", "mode", NULL};
    PymObject *a[3];
    if (pym_arg_unpack("open", args, nargs, kwnames, names, 2, -1, a) < 0) return NULL;
    long long flags, mode = 0777;
    if (int_arg(a[1], &flags) < 0 || (a[2] && int_arg(a[2], &mode) < 0)) return NULL;
    Path p;
    if (path_get("open", "path", a[0], false, &p) < 0) return NULL;
    int fd;
    do fd = open(p.c, (int)flags | O_CLOEXEC, (mode_t)mode);
    while (fd < 0 && errno == EINTR && !pym_vm_interrupt_pending);
    if (fd < 0) return path_error(&p);
    path_clear(&p);
    return pym_int_from_long(fd);
}

PFUNC(close) {
    static const char *const names[] = {"fd", NULL};
    PymObject *a[1];
    if (pym_arg_unpack("close", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    long long fd;
    if (int_arg(a[0], &fd) < 0) return NULL;
    if (close((int)fd) < 0) return pym_err_set_from_errno(NULL);
    PYM_RETURN_NONE;
}

PFUNC(read) {
    if (pym_arg_count("read", nargs, kwnames, 2, 2) < 0) return NULL;
    long long fd, n;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &n) < 0) return NULL;
    if (n < 0) {
        errno = EINVAL;
        return pym_err_set_from_errno(NULL);
    }
    PymObject *b = pym_bytes_new_uninit((intptr_t)n);
    if (!b) return NULL;
    ssize_t got;
    do got = read((int)fd, PYM_BYTES_DATA(b), (size_t)n);
    while (got < 0 && errno == EINTR && !pym_vm_interrupt_pending);
    if (got < 0) {
        PYM_DECREF(b);
        return pym_err_set_from_errno(NULL);
    }
    if (got == n) return b;
    PymObject *r = pym_bytes_from_data(PYM_BYTES_DATA(b), got);
    PYM_DECREF(b);
    return r;
}

PFUNC(write) {
    if (pym_arg_count("write", nargs, kwnames, 2, 2) < 0) return NULL;
    long long fd;
    if (int_arg(args[0], &fd) < 0) return NULL;
    PymBuffer view;
    if (pym_object_get_buffer(args[1], &view, PYM_BUF_SIMPLE) < 0) return NULL;
    ssize_t n;
    do n = write((int)fd, view.buf, (size_t)view.len);
    while (n < 0 && errno == EINTR && !pym_vm_interrupt_pending);
    pym_buffer_release(&view);
    if (n < 0) return pym_err_set_from_errno(NULL);
    return pym_int_from_long(n);
}

PFUNC(lseek) {
    if (pym_arg_count("lseek", nargs, kwnames, 3, 3) < 0) return NULL;
    long long fd, pos, how;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &pos) < 0 || int_arg(args[2], &how) < 0)
        return NULL;
    off_t r = lseek((int)fd, (off_t)pos, (int)how);
    if (r < 0) return pym_err_set_from_errno(NULL);
    return pym_int_from_long((long long)r);
}

PFUNC(isatty) {
    if (pym_arg_count("isatty", nargs, kwnames, 1, 1) < 0) return NULL;
    long long fd;
    if (int_arg(args[0], &fd) < 0) return NULL;
    return pym_bool_from(isatty((int)fd));
}

PFUNC(fsync) {
    if (pym_arg_count("fsync", nargs, kwnames, 1, 1) < 0) return NULL;
    long long fd;
    if (int_arg(args[0], &fd) < 0) return NULL;
    if (fsync((int)fd) < 0) return pym_err_set_from_errno(NULL);
    PYM_RETURN_NONE;
}

PFUNC(ftruncate) {
    if (pym_arg_count("ftruncate", nargs, kwnames, 2, 2) < 0) return NULL;
    long long fd, len;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &len) < 0) return NULL;
    if (ftruncate((int)fd, (off_t)len) < 0) return pym_err_set_from_errno(NULL);
    PYM_RETURN_NONE;
}

/* ------------------------------------------------------------------ */
/* environment and process                                              */

/* A key or value for putenv/unsetenv: str or bytes without NUL (and, for a
** key, without '=').  Borrowed C string of o. */
static const char *env_str(const char *fn, PymObject *o, bool key) {
    const char *c;
    intptr_t n;
    if (PYM_STR_CHECK(o)) {
        c = PYM_STR_UTF8(o);
        n = PYM_STR_NBYTES(o);
    } else if (PYM_BYTES_CHECK(o)) {
        c = PYM_BYTES_DATA(o);
        n = PYM_BYTES_LEN(o);
    } else {
        pym_err_format(PymExc_TypeError, "%s() argument must be str, not %s", fn, pym_type_name(o));
        return NULL;
    }
    if ((intptr_t)strlen(c) != n) {
        pym_err_set_string(PymExc_ValueError, "embedded null byte");
        return NULL;
    }
    if (key && n == 0) {
        errno = EINVAL;
        pym_err_set_from_errno(NULL);
        return NULL;
    }
    if (key && strchr(c, '=')) {
        pym_err_set_string(PymExc_ValueError, "illegal environment variable name");
        return NULL;
    }
    return c;
}

PFUNC(putenv) {
    if (pym_arg_count("putenv", nargs, kwnames, 2, 2) < 0) return NULL;
    const char *k = env_str("putenv", args[0], true);
    const char *v = k ? env_str("putenv", args[1], false) : NULL;
    if (!v) return NULL;
    if (setenv(k, v, 1) < 0) return pym_err_set_from_errno(NULL);
    PYM_RETURN_NONE;
}

PFUNC(unsetenv) {
    if (pym_arg_count("unsetenv", nargs, kwnames, 1, 1) < 0) return NULL;
    const char *k = env_str("unsetenv", args[0], true);
    if (!k) return NULL;
    if (unsetenv(k) < 0) return pym_err_set_from_errno(NULL);
    PYM_RETURN_NONE;
}

#define ID_FUNC(name, expr) \
    PFUNC(name) { \
        if (pym_arg_count(#name, nargs, kwnames, 0, 0) < 0) return NULL; \
        return pym_int_from_long((long long)(expr)); \
    }
ID_FUNC(getpid, getpid())
ID_FUNC(getppid, getppid())
ID_FUNC(getuid, getuid())
ID_FUNC(geteuid, geteuid())
ID_FUNC(getgid, getgid())
ID_FUNC(getegid, getegid())

PFUNC(umask) {
    if (pym_arg_count("umask", nargs, kwnames, 1, 1) < 0) return NULL;
    long long m;
    if (int_arg(args[0], &m) < 0) return NULL;
    return pym_int_from_long((long long)umask((mode_t)m));
}

PFUNC(cpu_count) {
    if (pym_arg_count("cpu_count", nargs, kwnames, 0, 0) < 0) return NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) PYM_RETURN_NONE;
    return pym_int_from_long(n);
}

PFUNC(urandom) {
    if (pym_arg_count("urandom", nargs, kwnames, 1, 1) < 0) return NULL;
    long long n;
    if (int_arg(args[0], &n) < 0) return NULL;
    if (n < 0) {
        pym_err_set_string(PymExc_ValueError, "negative argument not allowed");
        return NULL;
    }
    PymObject *b = pym_bytes_new_uninit((intptr_t)n);
    if (!b) return NULL;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        PYM_DECREF(b);
        return pym_err_set_from_errno(NULL);
    }
    long long done = 0;
    while (done < n) {
        ssize_t r = read(fd, PYM_BYTES_DATA(b) + done, (size_t)(n - done));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            close(fd);
            PYM_DECREF(b);
            return pym_err_set_from_errno(NULL);
        }
        done += r;
    }
    close(fd);
    return b;
}

PFUNC(strerror) {
    if (pym_arg_count("strerror", nargs, kwnames, 1, 1) < 0) return NULL;
    long long code;
    if (int_arg(args[0], &code) < 0) return NULL;
    return pym_str_from_cstr(strerror((int)code));
}

PFUNC(fspath) {
    static const char *const names[] = {"path", NULL};
    PymObject *a[1];
    if (pym_arg_unpack("fspath", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    return fspath(a[0]);
}

PFUNC(get_terminal_size) {
    if (pym_arg_count("get_terminal_size", nargs, kwnames, 0, 1) < 0) return NULL;
    long long fd = 1;
    if (nargs && int_arg(args[0], &fd) < 0) return NULL;
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) < 0) return pym_err_set_from_errno(NULL);
    PymObject *v[2] = {pym_int_from_long(w.ws_col), pym_int_from_long(w.ws_row)};
    return pym_structseq_new(terminal_size_type, v);
}

static const char *const uname_fields[] = {"sysname", "nodename", "release",
                                           "version", "machine",  NULL};

PFUNC(uname) {
    if (pym_arg_count("uname", nargs, kwnames, 0, 0) < 0) return NULL;
    struct utsname u;
    if (uname(&u) < 0) return pym_err_set_from_errno(NULL);
    PymObject *v[5] = {pym_str_from_cstr(u.sysname), pym_str_from_cstr(u.nodename),
                       pym_str_from_cstr(u.release), pym_str_from_cstr(u.version),
                       pym_str_from_cstr(u.machine)};
    return pym_structseq_new(uname_result_type, v);
}

PFUNC(getloadavg) {
    if (pym_arg_count("getloadavg", nargs, kwnames, 0, 0) < 0) return NULL;
    double l[3];
    if (getloadavg(l, 3) != 3) {
        pym_err_set_string(PymExc_OSError, "Load averages are unobtainable");
        return NULL;
    }
    PymObject *a = pym_float_from_double(l[0]), *b = pym_float_from_double(l[1]),
              *c = pym_float_from_double(l[2]);
    PymObject *t = a && b && c ? pym_tuple_pack(3, a, b, c) : NULL;
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    PYM_XDECREF(c);
    return t;
}

PFUNC(_exit) {
    if (pym_arg_count("_exit", nargs, kwnames, 1, 1) < 0) return NULL;
    long long code;
    if (int_arg(args[0], &code) < 0) return NULL;
    pym_sys_flush_std();
    _exit((int)code);
}

/* ---- processes: fork, pipe, waitpid and the wait-status macros ---- */

PFUNC(fork) {
    if (pym_arg_count("fork", nargs, kwnames, 0, 0) < 0) return NULL;
    pym_sys_flush_std();
    pid_t pid = fork();
    if (pid < 0) return pym_err_set_from_errno(NULL);
    return pym_int_from_long((long long)pid);
}

PFUNC(pipe) {
    if (pym_arg_count("pipe", nargs, kwnames, 0, 0) < 0) return NULL;
    int fds[2];
    if (pipe(fds) < 0) return pym_err_set_from_errno(NULL);
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    PymObject *r = pym_int_from_long(fds[0]), *w = r ? pym_int_from_long(fds[1]) : NULL;
    PymObject *t = w ? pym_tuple_pack(2, r, w) : NULL;
    PYM_XDECREF(r);
    PYM_XDECREF(w);
    if (!t) {
        close(fds[0]);
        close(fds[1]);
    }
    return t;
}

PFUNC(waitpid) {
    if (pym_arg_count("waitpid", nargs, kwnames, 2, 2) < 0) return NULL;
    long long pid, options;
    if (int_arg(args[0], &pid) < 0 || int_arg(args[1], &options) < 0) return NULL;
    int status = 0;
    pid_t got;
    do got = waitpid((pid_t)pid, &status, (int)options);
    while (got < 0 && errno == EINTR && !pym_vm_interrupt_pending);
    if (got < 0) return pym_err_set_from_errno(NULL);
    PymObject *a = pym_int_from_long((long long)got), *b = a ? pym_int_from_long(status) : NULL;
    PymObject *t = b ? pym_tuple_pack(2, a, b) : NULL;
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    return t;
}

static int status_arg(const char *name, PymObject *const *args, size_t nargs, PymObject *kwnames,
                      int *status) {
    static const char *const names[] = {"status", NULL};
    PymObject *a[1];
    if (pym_arg_unpack(name, args, nargs, kwnames, names, 1, -1, a) < 0) return -1;
    long long v;
    if (int_arg(a[0], &v) < 0) return -1;
    *status = (int)v;
    return 0;
}

#define STATUS_FUNC(name, expr, make) \
    PFUNC(name) { \
        int status; \
        if (status_arg(#name, args, nargs, kwnames, &status) < 0) return NULL; \
        return make(expr); \
    }
STATUS_FUNC(WIFEXITED, WIFEXITED(status), pym_bool_from)
STATUS_FUNC(WEXITSTATUS, WEXITSTATUS(status), pym_int_from_long)
STATUS_FUNC(WIFSIGNALED, WIFSIGNALED(status), pym_bool_from)
STATUS_FUNC(WTERMSIG, WTERMSIG(status), pym_int_from_long)
STATUS_FUNC(WIFSTOPPED, WIFSTOPPED(status), pym_bool_from)
STATUS_FUNC(WSTOPSIG, WSTOPSIG(status), pym_int_from_long)

PFUNC(waitstatus_to_exitcode) {
    int status;
    if (status_arg("waitstatus_to_exitcode", args, nargs, kwnames, &status) < 0) return NULL;
    if (WIFEXITED(status)) return pym_int_from_long(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return pym_int_from_long(-WTERMSIG(status));
    if (WIFSTOPPED(status))
        pym_err_format(PymExc_ValueError, "process stopped by delivery of signal %d",
                       WSTOPSIG(status));
    else
        pym_err_format(PymExc_ValueError, "invalid wait status: %d", status);
    return NULL;
}

static PymMethodDef posix_methods[] = {
    {"fork", px_fork, 0, "Fork a child process."},
    {"pipe", px_pipe, 0, "Create a pipe."},
    {"waitpid", px_waitpid, 0, "Wait for completion of a given child process."},
    {"WIFEXITED", px_WIFEXITED, 0,
     "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", px_WEXITSTATUS, 0, "Return the process return code from status."},
    {"WIFSIGNALED", px_WIFSIGNALED, 0,
     "Return True if the process returning status was terminated by a signal."},
    {"WTERMSIG", px_WTERMSIG, 0,
     "Return the signal that terminated the process that provided the status value."},
    {"WIFSTOPPED", px_WIFSTOPPED, 0, "Return True if the process returning status was stopped."},
    {"WSTOPSIG", px_WSTOPSIG, 0,
     "Return the signal that stopped the process that provided the status value."},
    {"waitstatus_to_exitcode", px_waitstatus_to_exitcode, 0,
     "Convert a wait status to an exit code."},
    {"getcwd", px_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"getcwdb", px_getcwdb, 0, "Return a bytes string representing the current working directory."},
    {"chdir", px_chdir, 0, "Change the current working directory to the specified path."},
    {"listdir", px_listdir, 0, "Return a list containing the names of the files in the directory."},
    {"_scandir", px__scandir, 0, NULL},
    {"mkdir", px_mkdir, 0, "Create a directory."},
    {"rmdir", px_rmdir, 0, "Remove a directory."},
    {"unlink", px_unlink, 0, "Remove a file (same as remove())."},
    {"remove", px_remove, 0, "Remove a file (same as unlink())."},
    {"rename", px_rename, 0, "Rename a file or directory."},
    {"replace", px_replace, 0, "Rename a file or directory, overwriting the destination."},
    {"symlink", px_symlink, 0, "Create a symbolic link pointing to src named dst."},
    {"link", px_link, 0, "Create a hard link to a file."},
    {"readlink", px_readlink, 0,
     "Return a string representing the path to which the symbolic link points."},
    {"stat", px_stat, 0, "Perform a stat system call on the given path."},
    {"lstat", px_lstat, 0,
     "Perform a stat system call on the given path, without following symbolic links."},
    {"statvfs", px_statvfs, 0, "Perform a statvfs system call on the given path."},
    {"fstat", px_fstat, 0, "Perform a stat system call on the given file descriptor."},
    {"access", px_access, 0, "Use the real uid/gid to test for access to a path."},
    {"chmod", px_chmod, 0, "Change the access permissions of a file."},
    {"utime", px_utime, 0, "Set the access and modified time of path."},
    {"open", px_open, 0, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", px_close, 0, "Close a file descriptor."},
    {"read", px_read, 0, "Read from a file descriptor.  Returns a bytes object."},
    {"write", px_write, 0, "Write a bytes object to a file descriptor."},
    {"lseek", px_lseek, 0, "Set the position of a file descriptor.  Return the new position."},
    {"isatty", px_isatty, 0, "Return True if the fd is connected to a terminal."},
    {"fsync", px_fsync, 0, "Force write of fd to disk."},
    {"ftruncate", px_ftruncate, 0,
     "Truncate a file, specified by file descriptor, to a specific length."},
    {"putenv", px_putenv, 0, "Change or add an environment variable."},
    {"unsetenv", px_unsetenv, 0, "Delete an environment variable."},
    {"getpid", px_getpid, 0, "Return the current process id."},
    {"getppid", px_getppid, 0, "Return the parent's process id."},
    {"getuid", px_getuid, 0, "Return the current process's user id."},
    {"geteuid", px_geteuid, 0, "Return the current process's effective user id."},
    {"getgid", px_getgid, 0, "Return the current process's group id."},
    {"getegid", px_getegid, 0, "Return the current process's effective group id."},
    {"umask", px_umask, 0, "Set the current numeric umask and return the previous umask."},
    {"cpu_count", px_cpu_count, 0,
     "Return the number of CPUs in the system; return None if indeterminable."},
    {"urandom", px_urandom, 0,
     "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"strerror", px_strerror, 0, "Translate an error code to a message string."},
    {"fspath", px_fspath, 0, "Return the file system path representation of the object."},
    {"get_terminal_size", px_get_terminal_size, 0,
     "Return the size of the terminal window as (columns, lines)."},
    {"uname", px_uname, 0, "Return an object identifying the current operating system."},
    {"getloadavg", px_getloadavg, 0, "Return average recent system load information."},
    {"_exit", px__exit, 0,
     "Exit to the system with specified status, without normal exit processing."},
    {NULL},
};

static const char *const terminal_size_fields[] = {"columns", "lines", NULL};

static PymObject *environ_dict(void) {
    PymObject *d = pym_dict_new();
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        PymObject *k = pym_str_decode(*e, eq - *e, "utf-8", "replace");
        PymObject *v = k ? pym_str_decode(eq + 1, (intptr_t)strlen(eq + 1), "utf-8", "replace")
                         : NULL;
        if (!v || pym_dict_setitem(d, k, v) < 0) PYM_CLEAR(d);
        PYM_XDECREF(k);
        PYM_XDECREF(v);
    }
    return d;
}

PymObject *pym_posix_module_init(void) {
    if (!stat_result_type) {
        stat_result_type = pym_structseq_new_type_visible("os.stat_result", stat_fields, 10);
        if (!stat_result_type) return NULL;
        terminal_size_type = pym_structseq_new_type("os.terminal_size", terminal_size_fields);
        if (!terminal_size_type) return NULL;
        statvfs_result_type = pym_structseq_new_type_visible("os.statvfs_result", statvfs_fields,
                                                             10);
        if (!statvfs_result_type) return NULL;
        uname_result_type = pym_structseq_new_type("posix.uname_result", uname_fields);
        if (!uname_result_type) return NULL;
    }
    PymObject *m = pym_module_new("posix");
    if (!m) return NULL;
    PymObject *env = NULL;
    if (pym_module_add_functions(m, posix_methods) < 0 ||
        pym_module_add_object(m, "stat_result", (PymObject *)stat_result_type) < 0 ||
        pym_module_add_object(m, "terminal_size", (PymObject *)terminal_size_type) < 0 ||
        pym_module_add_object(m, "statvfs_result", (PymObject *)statvfs_result_type) < 0 ||
        pym_module_add_object(m, "uname_result", (PymObject *)uname_result_type) < 0 ||
        !(env = environ_dict()) || pym_module_add_object(m, "environ", env) < 0) {
        PYM_XDECREF(env);
        PYM_DECREF(m);
        return NULL;
    }
    PYM_DECREF(env);
    static const struct {
        const char *name;
        long long v;
    } consts[] = {
        {"F_OK", F_OK},
        {"R_OK", R_OK},
        {"W_OK", W_OK},
        {"X_OK", X_OK},
        {"O_RDONLY", O_RDONLY},
        {"O_WRONLY", O_WRONLY},
        {"O_RDWR", O_RDWR},
        {"O_APPEND", O_APPEND},
        {"O_CREAT", O_CREAT},
        {"O_EXCL", O_EXCL},
        {"O_TRUNC", O_TRUNC},
        {"O_NONBLOCK", O_NONBLOCK},
        {"O_CLOEXEC", O_CLOEXEC},
        {"O_NOFOLLOW", O_NOFOLLOW},
        {"O_DIRECTORY", O_DIRECTORY},
        {"SEEK_SET", SEEK_SET},
        {"SEEK_CUR", SEEK_CUR},
        {"SEEK_END", SEEK_END},
        {"EX_OK", 0},
        {"WNOHANG", WNOHANG},
        {"WUNTRACED", WUNTRACED},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (pym_module_add_int(m, consts[i].name, consts[i].v) < 0) {
            PYM_DECREF(m);
            return NULL;
        }
    return m;
}
