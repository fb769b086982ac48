/*
** check_runtime.c -- unit tests of the runtime area: the current exception,
** exception objects (str/repr/attributes), builtins through pym_run_string,
** sys, modules and import from a temporary folder.
*/
#include "testutil.h"
#include <unistd.h>
#include <sys/stat.h>
#include <errno.h>

/* Runs src in a fresh namespace; returns the namespace (new ref). */
static PymObject *run(const char *src) {
    PymObject *g = pym_dict_new();
    ck_assert_ptr_nonnull(g);
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    if (!r) {
        pym_err_print();
        ck_abort_msg("run failed: %s", src);
    }
    PYM_DECREF(r);
    return g;
}

/* Evaluates an expression; returns str() of the result as a C string in a
** static buffer. */
static const char *eval_str(const char *expr) {
    static char buf[1024];
    PymObject *g = pym_dict_new();
    PymObject *r = pym_run_string(expr, strlen(expr), "<test>", PYM_EVAL_INPUT, g, g);
    if (!r) {
        pym_err_print();
        ck_abort_msg("eval failed: %s", expr);
    }
    PymObject *s = pym_object_str(r);
    ck_assert_ptr_nonnull(s);
    snprintf(buf, sizeof buf, "%s", PYM_STR_UTF8(s));
    PYM_DECREF(s);
    PYM_DECREF(r);
    PYM_DECREF(g);
    return buf;
}

/* The str of global name in g. */
static const char *global_str(PymObject *g, const char *name) {
    static char buf[1024];
    PymObject *v = pym_dict_getitem_cstr(g, name);
    ck_assert_msg(v != NULL, "no global %s", name);
    PymObject *s = pym_object_str(v);
    ck_assert_ptr_nonnull(s);
    snprintf(buf, sizeof buf, "%s", PYM_STR_UTF8(s));
    PYM_DECREF(s);
    return buf;
}

START_TEST(test_err_set_fetch) {
    ck_assert_ptr_null(pym_err_occurred());
    pym_err_set_string(PymExc_ValueError, "bad value");
    PymObject *e = pym_err_occurred();
    ck_assert_ptr_nonnull(e);
    ck_assert(pym_err_matches((PymObject *)PymExc_ValueError));
    ck_assert(pym_err_matches((PymObject *)PymExc_Exception));
    ck_assert(!pym_err_matches((PymObject *)PymExc_TypeError));
    PymObject *exc = pym_err_fetch();
    ck_assert_ptr_null(pym_err_occurred());
    PymObject *s = pym_object_str(exc);
    ck_assert_str_eq(PYM_STR_UTF8(s), "bad value");
    PYM_DECREF(s);
    s = pym_object_repr(exc);
    ck_assert_str_eq(PYM_STR_UTF8(s), "ValueError('bad value')");
    PYM_DECREF(s);
    pym_err_restore(exc);
    ck_assert_ptr_nonnull(pym_err_occurred());
    pym_err_clear();
    ck_assert_ptr_null(pym_err_occurred());
}
END_TEST

START_TEST(test_err_format) {
    PymObject *o = pym_int_from_long(42);
    pym_err_format(PymExc_TypeError, "got %d and %R and %s", 7, o, "x");
    PymObject *exc = pym_err_fetch();
    PymObject *s = pym_object_str(exc);
    ck_assert_str_eq(PYM_STR_UTF8(s), "got 7 and 42 and x");
    PYM_DECREF(s);
    PYM_DECREF(exc);
    PYM_DECREF(o);
}
END_TEST

START_TEST(test_err_keyerror_and_tuple) {
    PymObject *k = pym_str_from_cstr("k");
    pym_err_set_object(PymExc_KeyError, k);
    PymObject *exc = pym_err_fetch();
    PymObject *s = pym_object_str(exc);
    ck_assert_str_eq(PYM_STR_UTF8(s), "'k'");
    PYM_DECREF(s);
    PYM_DECREF(exc);
    PYM_DECREF(k);
    pym_err_set_none(PymExc_StopIteration);
    exc = pym_err_fetch();
    s = pym_object_str(exc);
    ck_assert_str_eq(PYM_STR_UTF8(s), "");
    PYM_DECREF(s);
    PymObject *v = pym_stopiteration_value(exc);
    ck_assert_ptr_eq(v, pym_None);
    PYM_DECREF(v);
    PYM_DECREF(exc);
}
END_TEST

START_TEST(test_err_from_errno) {
    errno = ENOENT;
    PymObject *fn = pym_str_from_cstr("nofile.txt");
    ck_assert_ptr_null(pym_err_set_from_errno(fn));
    PYM_DECREF(fn);
    ck_assert(pym_err_matches((PymObject *)PymExc_FileNotFoundError));
    ck_assert(pym_err_matches((PymObject *)PymExc_OSError));
    PymObject *exc = pym_err_fetch();
    PymObject *s = pym_object_str(exc);
    ck_assert_str_eq(PYM_STR_UTF8(s), "[Errno 2] No such file or directory: 'nofile.txt'");
    PYM_DECREF(s);
    PYM_DECREF(exc);
    errno = EACCES;
    pym_err_set_from_errno(NULL);
    ck_assert(pym_err_matches((PymObject *)PymExc_PermissionError));
    pym_err_clear();
}
END_TEST

START_TEST(test_err_syntax) {
    pym_err_syntax(PymExc_IndentationError, "/a/b/f.py", 3, 5, "    x = 1", 3, 6,
                   "unexpected indent");
    ck_assert(pym_err_matches((PymObject *)PymExc_SyntaxError));
    PymObject *exc = pym_err_fetch();
    ck_assert_ptr_eq(PYM_TYPE(exc), PymExc_IndentationError);
    PymObject *s = pym_object_str(exc);
    ck_assert_str_eq(PYM_STR_UTF8(s), "unexpected indent (f.py, line 3)");
    PYM_DECREF(s);
    PymSyntaxError *se = (PymSyntaxError *)exc;
    ck_assert_int_eq(pym_int_as_longlong(se->lineno), 3);
    ck_assert_int_eq(pym_int_as_longlong(se->offset), 5);
    ck_assert_str_eq(PYM_STR_UTF8(se->text), "    x = 1");
    PYM_DECREF(exc);
}
END_TEST

START_TEST(test_exception_objects) {
    ck_assert_str_eq(eval_str("repr(ValueError())"), "ValueError()");
    ck_assert_str_eq(eval_str("repr(ValueError('a', 1))"), "ValueError('a', 1)");
    ck_assert_str_eq(eval_str("str(ValueError('a', 1))"), "('a', 1)");
    ck_assert_str_eq(eval_str("str(KeyError('k'))"), "'k'");
    ck_assert_str_eq(eval_str("type(OSError(2, 'x')).__name__"), "FileNotFoundError");
    ck_assert_str_eq(eval_str("str(OSError(2, 'No such', 'f'))"), "[Errno 2] No such: 'f'");
    ck_assert_str_eq(eval_str("OSError(13, 'x', 'f').args"), "(13, 'x')");
    ck_assert_str_eq(eval_str("StopIteration(5).value"), "5");
    ck_assert_str_eq(eval_str("SystemExit(3).code"), "3");
    ck_assert_str_eq(eval_str("SystemExit().code"), "None");
    ck_assert_str_eq(eval_str("ImportError('m', name='x').name"), "x");
    ck_assert_str_eq(eval_str("issubclass(ModuleNotFoundError, ImportError)"), "True");
    ck_assert_str_eq(eval_str("issubclass(TabError, SyntaxError)"), "True");
    ck_assert_str_eq(eval_str("issubclass(BrokenPipeError, ConnectionError)"), "True");
    ck_assert_str_eq(eval_str("issubclass(KeyboardInterrupt, Exception)"), "False");
    ck_assert_str_eq(eval_str("str(SyntaxError('m', ('f.py', 2, 1, 'x', 2, 2)))"),
                     "m (f.py, line 2)");
}
END_TEST

START_TEST(test_exception_subclass) {
    PymObject *g = run(
        "class MyErr(Exception):\n"
        "    def __init__(self, code):\n"
        "        super().__init__('code %d' % code)\n"
        "        self.code = code\n"
        "try:\n"
        "    raise MyErr(7)\n"
        "except Exception as e:\n"
        "    r = (e.code, str(e), repr(e))\n"
        "e2 = ValueError('v')\n"
        "e2.extra = 1\n"
        "e2.add_note('a note')\n"
        "notes = e2.__notes__\n");
    ck_assert_str_eq(global_str(g, "r"), "(7, 'code 7', \"MyErr('code 7')\")");
    ck_assert_str_eq(global_str(g, "notes"), "['a note']");
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_chaining_attributes) {
    PymObject *g = run(
        "try:\n"
        "    try:\n"
        "        1/0\n"
        "    except ZeroDivisionError as e:\n"
        "        raise ValueError('x') from e\n"
        "except ValueError as v:\n"
        "    r = (type(v.__cause__).__name__, v.__suppress_context__,\n"
        "         type(v.__context__).__name__)\n");
    ck_assert_str_eq(global_str(g, "r"), "('ZeroDivisionError', True, 'ZeroDivisionError')");
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_builtins_basic) {
    ck_assert_str_eq(eval_str("len([1, 2, 3])"), "3");
    ck_assert_str_eq(eval_str("max([3, 1, 2])"), "3");
    ck_assert_str_eq(eval_str("min(3, 1, 2, key=lambda x: -x)"), "3");
    ck_assert_str_eq(eval_str("max([], default=7)"), "7");
    ck_assert_str_eq(eval_str("sum([1, 2, 3], 10)"), "16");
    ck_assert_str_eq(eval_str("sorted([3, 1, 2], reverse=True)"), "[3, 2, 1]");
    ck_assert_str_eq(eval_str("divmod(7, 2)"), "(3, 1)");
    ck_assert_str_eq(eval_str("pow(2, 10, 1000)"), "24");
    ck_assert_str_eq(eval_str("(chr(65), ord('a'), hex(255), oct(8), bin(5))"),
                     "('A', 97, '0xff', '0o10', '0b101')");
    ck_assert_str_eq(eval_str("(any([0, 1]), all([1, 0]), callable(len))"),
                     "(True, False, True)");
    ck_assert_str_eq(eval_str("getattr(1, 'nope', 'dflt')"), "dflt");
    ck_assert_str_eq(eval_str("next(iter([]), 'end')"), "end");
    ck_assert_str_eq(eval_str("eval('1 + 2')"), "3");
    ck_assert_str_eq(eval_str("format(3.5, '>6')"), "   3.5");
}
END_TEST

START_TEST(test_builtins_errors) {
    const char *src =
        "out = []\n"
        "for f in (lambda: ord('ab'), lambda: chr(-1), lambda: sum(['a'], ''),\n"
        "          lambda: max([]), lambda: next(iter([])), lambda: int('x')):\n"
        "    try:\n"
        "        f()\n"
        "    except Exception as e:\n"
        "        out.append(type(e).__name__ + ': ' + str(e))\n";
    PymObject *g = run(src);
    PymObject *out = pym_dict_getitem_cstr(g, "out");
    ck_assert_int_eq(PYM_SIZE(out), 6);
    ck_assert_str_eq(PYM_STR_UTF8(PYM_LIST_GET(out, 0)),
                     "TypeError: ord() expected a character, but string of length 2 found");
    ck_assert_str_eq(PYM_STR_UTF8(PYM_LIST_GET(out, 1)),
                     "ValueError: chr() arg not in range(0x110000)");
    ck_assert_str_eq(PYM_STR_UTF8(PYM_LIST_GET(out, 2)),
                     "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    ck_assert_str_eq(PYM_STR_UTF8(PYM_LIST_GET(out, 3)),
                     "ValueError: max() arg is an empty sequence");
    ck_assert_str_eq(PYM_STR_UTF8(PYM_LIST_GET(out, 4)), "StopIteration: ");
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_exec_namespaces) {
    PymObject *g = run(
        "ns = {}\n"
        "exec('a = 1\\nb = a + 1', ns)\n"
        "r = (ns['a'], ns['b'], '__builtins__' in ns)\n"
        "loc = {}\n"
        "exec('c = 5', {}, loc)\n"
        "r2 = loc\n"
        "r3 = eval('x * 2', {'x': 21})\n");
    ck_assert_str_eq(global_str(g, "r"), "(1, 2, True)");
    ck_assert_str_eq(global_str(g, "r2"), "{'c': 5}");
    ck_assert_str_eq(global_str(g, "r3"), "42");
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_sys_module) {
    ck_assert_str_eq(eval_str("__import__('sys').version_info[:2]"), "(3, 11)");
    ck_assert_str_eq(eval_str("__import__('sys').version_info"),
                     "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
    ck_assert_str_eq(eval_str("__import__('sys').implementation.name"), "pym");
    ck_assert_str_eq(eval_str("__import__('sys').getrecursionlimit()"), "1000");
    ck_assert_str_eq(eval_str("__import__('sys').getsizeof(1.5)"), "24");
    ck_assert_str_eq(eval_str("__import__('sys').platform"), "linux");
    ck_assert_str_eq(eval_str("__import__('sys').version[:6]"), "3.11.7");
    PymObject *g = run("import sys\n"
                       "try:\n"
                       "    sys.setrecursionlimit(0)\n"
                       "except ValueError as e:\n"
                       "    msg = str(e)\n");
    ck_assert_str_eq(global_str(g, "msg"), "recursion limit must be greater or equal than 1");
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_module_object) {
    PymObject *m = pym_module_new("mymod");
    ck_assert_ptr_nonnull(m);
    ck_assert_int_eq(pym_module_add_int(m, "answer", 42), 0);
    PymObject *v = pym_object_getattr_cstr(m, "answer");
    ck_assert_ptr_nonnull(v);
    ck_assert_int_eq(pym_int_as_longlong(v), 42);
    PYM_DECREF(v);
    ck_assert_ptr_null(pym_object_getattr_cstr(m, "missing"));
    PymObject *exc = pym_err_fetch();
    PymObject *s = pym_object_str(exc);
    ck_assert_str_eq(PYM_STR_UTF8(s), "module 'mymod' has no attribute 'missing'");
    PYM_DECREF(s);
    PYM_DECREF(exc);
    s = pym_object_repr(m);
    ck_assert_str_eq(PYM_STR_UTF8(s), "<module 'mymod'>");
    PYM_DECREF(s);
    PYM_DECREF(m);
    ck_assert_str_eq(eval_str("repr(__import__('sys'))"), "<module 'sys' (built-in)>");
}
END_TEST

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

START_TEST(test_import_from_dir) {
    char dir[] = "/tmp/pymimpXXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char p[512];
    snprintf(p, sizeof p, "%s/helper_mod.py", dir);
    write_file(p, "X = 10\ndef f():\n    return X * 2\n");
    snprintf(p, sizeof p, "%s/pkg", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/pkg/__init__.py", dir);
    write_file(p, "from .sub import VALUE\nNAME = __name__\n");
    snprintf(p, sizeof p, "%s/pkg/sub.py", dir);
    write_file(p, "VALUE = 'sub ' + __package__\n");
    snprintf(p, sizeof p, "%s/broken_mod.py", dir);
    write_file(p, "x = 1\nraise RuntimeError('boom')\n");
    ck_assert_int_eq(pym_sys_path_insert0(dir), 0);
    PymObject *g = run(
        "import helper_mod\n"
        "r1 = helper_mod.f()\n"
        "import pkg.sub\n"
        "r2 = (pkg.VALUE, pkg.NAME, pkg.sub.VALUE)\n"
        "from pkg import sub as s2\n"
        "r3 = s2 is pkg.sub\n"
        "import sys\n"
        "try:\n"
        "    import broken_mod\n"
        "except RuntimeError as e:\n"
        "    r4 = (str(e), 'broken_mod' in sys.modules)\n"
        "try:\n"
        "    import no_such_module_xyz\n"
        "except ImportError as e:\n"
        "    r5 = (type(e).__name__, str(e), e.name)\n");
    ck_assert_str_eq(global_str(g, "r1"), "20");
    ck_assert_str_eq(global_str(g, "r2"), "('sub pkg', 'pkg', 'sub pkg')");
    ck_assert_str_eq(global_str(g, "r3"), "True");
    ck_assert_str_eq(global_str(g, "r4"), "('boom', False)");
    ck_assert_str_eq(global_str(g, "r5"),
                     "('ModuleNotFoundError', \"No module named 'no_such_module_xyz'\", "
                     "'no_such_module_xyz')");
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_file_roundtrip) {
    char path[] = "/tmp/pymfileXXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    char src[1024];
    snprintf(src, sizeof src,
             "with open('%s', 'w') as f:\n"
             "    n = f.write('one\\ntwo\\n')\n"
             "f2 = open('%s')\n"
             "lines = [l for l in f2]\n"
             "f2.close()\n"
             "try:\n"
             "    f2.read()\n"
             "except ValueError as e:\n"
             "    err = str(e)\n",
             path, path);
    PymObject *g = run(src);
    ck_assert_str_eq(global_str(g, "n"), "8");
    ck_assert_str_eq(global_str(g, "lines"), "['one\\n', 'two\\n']");
    ck_assert_str_eq(global_str(g, "err"), "I/O operation on closed file.");
    PYM_DECREF(g);
    unlink(path);
}
END_TEST

Suite *runtime_suite(void) {
    Suite *s = suite_create("runtime");
    TCase *tc = pym_tcase("errors");
    tcase_add_test(tc, test_err_set_fetch);
    tcase_add_test(tc, test_err_format);
    tcase_add_test(tc, test_err_keyerror_and_tuple);
    tcase_add_test(tc, test_err_from_errno);
    tcase_add_test(tc, test_err_syntax);
    suite_add_tcase(s, tc);
    tc = pym_tcase("exceptions");
    tcase_add_test(tc, test_exception_objects);
    tcase_add_test(tc, test_exception_subclass);
    tcase_add_test(tc, test_chaining_attributes);
    suite_add_tcase(s, tc);
    tc = pym_tcase("builtins");
    tcase_add_test(tc, test_builtins_basic);
    tcase_add_test(tc, test_builtins_errors);
    tcase_add_test(tc, test_exec_namespaces);
    suite_add_tcase(s, tc);
    tc = pym_tcase("modules");
    tcase_add_test(tc, test_sys_module);
    tcase_add_test(tc, test_module_object);
    tcase_add_test(tc, test_import_from_dir);
    tcase_add_test(tc, test_file_roundtrip);
    suite_add_tcase(s, tc);
    return s;
}
