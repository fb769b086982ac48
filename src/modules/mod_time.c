/*
** mod_time.c -- the time module: wall clock, monotonic and CPU clocks (in
** float seconds and integer nanoseconds), sleep, and the struct_time
** conversions localtime/gmtime/mktime/strftime/asctime/ctime, clock_gettime
** and the time-zone attributes; strptime lives in lib/_strptime.py.
*/
#include "pym.h"
#include <errno.h>
#include <math.h>
#include <time.h>

static PymType *struct_time_type;
static const char *const struct_time_fields[] = {"tm_year",  "tm_mon",  "tm_mday",   "tm_hour",
                                                 "tm_min",   "tm_sec",  "tm_wday",   "tm_yday",
                                                 "tm_isdst", "tm_zone", "tm_gmtoff", NULL};

static long long clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static double clock_sec(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* clang-format off */
#define CLOCKS(X) X(time, CLOCK_REALTIME) X(perf_counter, CLOCK_MONOTONIC) \
    X(monotonic, CLOCK_MONOTONIC) X(process_time, CLOCK_PROCESS_CPUTIME_ID) \
    X(thread_time, CLOCK_THREAD_CPUTIME_ID)
/* clang-format on */
#define DEF_CLOCK(name, id) \
    PYM_CFUNC(t_##name) { \
        if (pym_arg_count(#name, nargs, kwnames, 0, 0) < 0) return NULL; \
        return pym_float_from_double(clock_sec(id)); \
    } \
    PYM_CFUNC(t_##name##_ns) { \
        if (pym_arg_count(#name "_ns", nargs, kwnames, 0, 0) < 0) return NULL; \
        return pym_int_from_long(clock_ns(id)); \
    }
CLOCKS(DEF_CLOCK)

PYM_CFUNC(t_sleep) {
    if (pym_arg_count("sleep", nargs, kwnames, 1, 1) < 0) return NULL;
    double secs = pym_float_as_double(args[0]);
    if (secs == -1.0 && pym_err_occurred()) {
        if (pym_err_matches((PymObject *)PymExc_TypeError)) {
            pym_err_clear();
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(args[0]));
        }
        return NULL;
    }
    if (isnan(secs)) {
        pym_err_set_string(PymExc_ValueError, "Invalid value NaN (not a number)");
        return NULL;
    }
    if (secs < 0) {
        pym_err_set_string(PymExc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    struct timespec ts;
    ts.tv_sec = (time_t)secs;
    ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
        if (pym_vm_interrupt_pending) {
            pym_vm_interrupt_pending = 0;
            pym_err_set_none(PymExc_KeyboardInterrupt);
            return NULL;
        }
    }
    PYM_RETURN_NONE;
}

static PymObject *tm_to_struct(const struct tm *tm) {
    PymObject *v[11] = {pym_int_from_long(tm->tm_year + 1900),
                        pym_int_from_long(tm->tm_mon + 1),
                        pym_int_from_long(tm->tm_mday),
                        pym_int_from_long(tm->tm_hour),
                        pym_int_from_long(tm->tm_min),
                        pym_int_from_long(tm->tm_sec),
                        pym_int_from_long((tm->tm_wday + 6) % 7),
                        pym_int_from_long(tm->tm_yday + 1),
                        pym_int_from_long(tm->tm_isdst),
                        tm->tm_zone ? pym_str_from_cstr(tm->tm_zone) : pym_newref(pym_None),
                        pym_int_from_long(tm->tm_gmtoff)};
    return pym_structseq_new(struct_time_type, v);
}

/* Reads the optional seconds argument (now when absent or None). */
static int get_time_arg(PymObject *const *args, size_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == pym_None) {
        *out = time(NULL);
        return 0;
    }
    double d = pym_float_as_double(args[0]);
    if (d == -1.0 && pym_err_occurred()) return -1;
    *out = (time_t)floor(d);
    return 0;
}

PYM_CFUNC(t_localtime) {
    if (pym_arg_count("localtime", nargs, kwnames, 0, 1) < 0) return NULL;
    time_t t;
    if (get_time_arg(args, nargs, &t) < 0) return NULL;
    struct tm tm;
    if (!localtime_r(&t, &tm)) return pym_err_set_from_errno(NULL);
    return tm_to_struct(&tm);
}

PYM_CFUNC(t_gmtime) {
    if (pym_arg_count("gmtime", nargs, kwnames, 0, 1) < 0) return NULL;
    time_t t;
    if (get_time_arg(args, nargs, &t) < 0) return NULL;
    struct tm tm;
    if (!gmtime_r(&t, &tm)) return pym_err_set_from_errno(NULL);
    return tm_to_struct(&tm);
}

/* Fills tm from a 9-item sequence. */
static int struct_to_tm(const char *fn, PymObject *o, struct tm *tm) {
    PymObject *t = pym_tuple_from_iter(o);
    if (!t) return -1;
    if (PYM_SIZE(t) != 9) {
        pym_err_format(PymExc_TypeError, "%s(): illegal time tuple argument", fn);
        PYM_DECREF(t);
        return -1;
    }
    long long v[9];
    for (int i = 0; i < 9; i++) {
        v[i] = pym_int_as_longlong(PYM_TUPLE_GET(t, i));
        if (v[i] == -1 && pym_err_occurred()) {
            PYM_DECREF(t);
            return -1;
        }
    }
    PYM_DECREF(t);
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)v[0] - 1900;
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    return 0;
}

static int tm_arg(const char *fn, PymObject *const *args, size_t nargs, size_t idx, struct tm *tm) {
    if (nargs > idx) return struct_to_tm(fn, args[idx], tm);
    time_t now = time(NULL);
    localtime_r(&now, tm);
    return 0;
}

PYM_CFUNC(t_mktime) {
    if (pym_arg_count("mktime", nargs, kwnames, 1, 1) < 0) return NULL;
    struct tm tm;
    if (struct_to_tm("mktime", args[0], &tm) < 0) return NULL;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_year != 69) {
        pym_err_set_string(PymExc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return pym_float_from_double((double)t);
}

PYM_CFUNC(t_strftime) {
    if (pym_arg_count("strftime", nargs, kwnames, 1, 2) < 0) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "strftime() argument 1 must be str, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    struct tm tm;
    if (tm_arg("strftime", args, nargs, 1, &tm) < 0) return NULL;
    const char *fmt = PYM_STR_UTF8(args[0]);
    if (!*fmt) return pym_str_empty();
    size_t cap = 256 + strlen(fmt) * 8;
    for (int tries = 0; tries < 8; tries++, cap *= 4) {
        char *buf = pym_raw_malloc(cap);
        if (!buf) return pym_err_no_memory();
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0) {
            PymObject *r = pym_str_from_utf8(buf, (intptr_t)n);
            pym_raw_free(buf);
            return r;
        }
        pym_raw_free(buf);
    }
    return pym_str_empty();
}

static PymObject *format_asctime(const struct tm *tm) {
    static const char wd[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mn[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", wd[tm->tm_wday % 7],
             mn[tm->tm_mon % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             tm->tm_year + 1900);
    return pym_str_from_cstr(buf);
}

PYM_CFUNC(t_asctime) {
    if (pym_arg_count("asctime", nargs, kwnames, 0, 1) < 0) return NULL;
    struct tm tm;
    if (tm_arg("asctime", args, nargs, 0, &tm) < 0) return NULL;
    return format_asctime(&tm);
}

PYM_CFUNC(t_ctime) {
    if (pym_arg_count("ctime", nargs, kwnames, 0, 1) < 0) return NULL;
    time_t t;
    if (get_time_arg(args, nargs, &t) < 0) return NULL;
    struct tm tm;
    if (!localtime_r(&t, &tm)) return pym_err_set_from_errno(NULL);
    return format_asctime(&tm);
}

/* Reads a clock id argument. 0 / -1. */
static int clock_id_arg(PymObject *o, clockid_t *id) {
    long long v = pym_int_as_longlong(o);
    if (v == -1 && pym_err_occurred()) return -1;
    *id = (clockid_t)v;
    return 0;
}

PYM_CFUNC(t_clock_gettime) {
    if (pym_arg_count("clock_gettime", nargs, kwnames, 1, 1) < 0) return NULL;
    clockid_t id;
    struct timespec ts;
    if (clock_id_arg(args[0], &id) < 0) return NULL;
    if (clock_gettime(id, &ts) < 0) return pym_err_set_from_errno(NULL);
    return pym_float_from_double((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

PYM_CFUNC(t_clock_gettime_ns) {
    if (pym_arg_count("clock_gettime_ns", nargs, kwnames, 1, 1) < 0) return NULL;
    clockid_t id;
    struct timespec ts;
    if (clock_id_arg(args[0], &id) < 0) return NULL;
    if (clock_gettime(id, &ts) < 0) return pym_err_set_from_errno(NULL);
    return pym_int_from_long((long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
}

PYM_CFUNC(t_clock_getres) {
    if (pym_arg_count("clock_getres", nargs, kwnames, 1, 1) < 0) return NULL;
    clockid_t id;
    struct timespec ts;
    if (clock_id_arg(args[0], &id) < 0) return NULL;
    if (clock_getres(id, &ts) < 0) return pym_err_set_from_errno(NULL);
    return pym_float_from_double((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

/* Sets timezone, altzone, daylight and tzname of module m from the C
** library's view of TZ. 0 / -1. */
static int set_tz_attrs(PymObject *m) {
    tzset();
    PymObject *names = pym_tuple_new(2);
    if (!names) return -1;
    for (int i = 0; i < 2; i++) {
        PymObject *n = pym_str_from_cstr(tzname[i]);
        if (!n) {
            PYM_DECREF(names);
            return -1;
        }
        PYM_TUPLE_SET(names, i, n);
    }
    int r = pym_module_add_object(m, "tzname", names);
    PYM_DECREF(names);
    if (r < 0 || pym_module_add_int(m, "timezone", timezone) < 0 ||
        pym_module_add_int(m, "altzone", daylight ? timezone - 3600 : timezone) < 0 ||
        pym_module_add_int(m, "daylight", daylight) < 0)
        return -1;
    return 0;
}

PYM_CFUNC(t_tzset) {
    if (pym_arg_count("tzset", nargs, kwnames, 0, 0) < 0) return NULL;
    if (set_tz_attrs(self) < 0) return NULL;
    PYM_RETURN_NONE;
}

/* strptime is written in Python (lib/_strptime.py), imported on first use. */
PYM_CFUNC(t_strptime) {
    PymObject *mod = pym_import_cstr("_strptime");
    if (!mod) return NULL;
    PymObject *fn = pym_object_getattr_cstr(mod, "_strptime_time");
    PYM_DECREF(mod);
    if (!fn) return NULL;
    PymObject *r = pym_call(fn, args, nargs, kwnames);
    PYM_DECREF(fn);
    return r;
}

#define CLOCK_DEFS(name, id) {#name, t_##name, 0, NULL}, {#name "_ns", t_##name##_ns, 0, NULL},
static PymMethodDef time_methods[] = {
    CLOCKS(CLOCK_DEFS){"sleep", t_sleep, 0, NULL},
    {"localtime", t_localtime, 0, NULL},
    {"gmtime", t_gmtime, 0, NULL},
    {"mktime", t_mktime, 0, NULL},
    {"strftime", t_strftime, 0, NULL},
    {"asctime", t_asctime, 0, NULL},
    {"ctime", t_ctime, 0, NULL},
    {"clock_gettime", t_clock_gettime, 0, NULL},
    {"clock_gettime_ns", t_clock_gettime_ns, 0, NULL},
    {"clock_getres", t_clock_getres, 0, NULL},
    {"tzset", t_tzset, 0, NULL},
    {"strptime", t_strptime, 0, NULL},
    {NULL},
};

PymObject *pym_time_module_init(void) {
    if (!struct_time_type) {
        struct_time_type = pym_structseq_new_type_visible("time.struct_time", struct_time_fields,
                                                          9);
        if (!struct_time_type) return NULL;
    }
    PymObject *m = pym_module_new("time");
    if (!m) return NULL;
    if (pym_module_add_functions(m, time_methods) < 0 ||
        pym_module_add_object(m, "struct_time", (PymObject *)struct_time_type) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    static const struct {
        const char *name;
        long long id;
    } clocks[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME},
        {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
        {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
        {"CLOCK_TAI", CLOCK_TAI},
    };
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++)
        if (pym_module_add_int(m, clocks[i].name, clocks[i].id) < 0) {
            PYM_DECREF(m);
            return NULL;
        }
    if (set_tz_attrs(m) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
