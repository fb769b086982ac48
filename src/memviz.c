/*
** memviz.c -- the switches of the memory pictures (-X heapmap=F.svg,
** -X gctrace, -X memtimeline=F.svg and their environment variables, see
** memviz.h) and the SVG writer the pictures share.
*/
#include "pym.h"
#include "memviz.h"
#include <errno.h>
#include <math.h>
#include <stdarg.h>

/* {====== the SVG writer ======} */

void pym_svg_printf(PymSvg *b, const char *fmt, ...) {
    if (b->failed) return;
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        size_t room = b->cap - b->len;
        int n = vsnprintf(b->data ? b->data + b->len : NULL, room, fmt, ap);
        va_end(ap);
        if (n < 0) {
            b->failed = true;
            return;
        }
        if ((size_t)n < room) {
            b->len += (size_t)n;
            return;
        }
        size_t ncap = (b->cap ? b->cap * 2 : 65536) + (size_t)n;
        char *nd = pym_raw_realloc(b->data, ncap);
        if (!nd) {
            b->failed = true;
            return;
        }
        b->data = nd;
        b->cap = ncap;
    }
}

void pym_svg_escaped(PymSvg *b, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '&': pym_svg_printf(b, "&amp;"); break;
        case '<': pym_svg_printf(b, "&lt;"); break;
        case '>': pym_svg_printf(b, "&gt;"); break;
        case '"': pym_svg_printf(b, "&quot;"); break;
        default:
            /* control characters are not allowed in XML 1.0 */
            pym_svg_printf(b, "%c", (unsigned char)*s < 0x20 && *s != '\n' ? '?' : *s);
        }
    }
}

void pym_svg_free(PymSvg *b) {
    pym_raw_free(b->data);
    memset(b, 0, sizeof *b);
}

int pym_svg_save(PymSvg *b, const char *path) {
    if (b->failed) {
        pym_svg_free(b);
        errno = ENOMEM;
        return -1;
    }
    FILE *f = fopen(path, "w");
    if (!f) {
        int e = errno;
        pym_svg_free(b);
        errno = e;
        return -1;
    }
    size_t w = fwrite(b->data, 1, b->len, f);
    int bad = w != b->len;
    if (fclose(f) != 0) bad = 1;
    int e = errno;
    pym_svg_free(b);
    if (bad) {
        errno = e ? e : EIO;
        return -1;
    }
    return 0;
}

void pym_svg_hsl(char out[8], double h, double s, double l) {
    double c = (1 - fabs(2 * l - 1)) * s;
    double hp = fmod(h, 360.0) / 60.0;
    double x = c * (1 - fabs(fmod(hp, 2.0) - 1));
    double r = 0, g = 0, bl = 0;
    if (hp < 1) {
        r = c;
        g = x;
    } else if (hp < 2) {
        r = x;
        g = c;
    } else if (hp < 3) {
        g = c;
        bl = x;
    } else if (hp < 4) {
        g = x;
        bl = c;
    } else if (hp < 5) {
        r = x;
        bl = c;
    } else {
        r = c;
        bl = x;
    }
    double m = l - c / 2;
    snprintf(out, 8, "#%02x%02x%02x", (int)lround((r + m) * 255), (int)lround((g + m) * 255),
             (int)lround((bl + m) * 255));
}

/* {====== the switches ======} */

static char *heapmap_path, *timeline_path;

/* The value of -X name[=value] (value "" when bare), else of the
** environment variable env; NULL when neither is set. */
static char *option(const char *name, const char *env) {
    PymObject *x = pym_sys_get("_xoptions");
    PymObject *v = x && PYM_DICT_CHECK(x) ? pym_dict_getitem_cstr(x, name) : NULL;
    pym_err_clear();
    const char *s = NULL;
    if (v)
        s = PYM_STR_CHECK(v) ? PYM_STR_UTF8(v) : "";
    else {
        const char *e = getenv(env);
        if (e && *e && strcmp(e, "0") != 0) s = e;
    }
    if (!s) return NULL;
    char *copy = pym_raw_malloc(strlen(s) + 1);
    if (copy) strcpy(copy, s);
    return copy;
}

void pym_memviz_configure(void) {
    pym_gctrace_install(); /* pause figures, always kept */
    char *trace = option("gctrace", "PYMGCTRACE");
    if (trace) {
        pym_gctrace_start();
        pym_raw_free(trace);
    }
    heapmap_path = option("heapmap", "PYMHEAPMAP");
    if (heapmap_path && !*heapmap_path) {
        fputs("pym: -X heapmap needs a file name: -X heapmap=FILE.svg\n", stderr);
        pym_raw_free(heapmap_path);
        heapmap_path = NULL;
    }
    timeline_path = option("memtimeline", "PYMMEMTIMELINE");
    if (timeline_path && !*timeline_path) {
        fputs("pym: -X memtimeline needs a file name: -X memtimeline=FILE.svg\n", stderr);
        pym_raw_free(timeline_path);
        timeline_path = NULL;
    }
    if (timeline_path && pym_memtimeline_start(4096) < 0) {
        fputs("pym: memory timeline: out of memory, not sampling\n", stderr);
        pym_raw_free(timeline_path);
        timeline_path = NULL;
    }
}

void pym_memviz_at_exit(void) {
    if (heapmap_path) {
        if (pym_heapmap_write(heapmap_path, "at exit") < 0)
            fprintf(stderr, "pym: heap map: cannot write %s: %s\n", heapmap_path, strerror(errno));
        pym_raw_free(heapmap_path);
        heapmap_path = NULL;
    }
    if (timeline_path) {
        pym_memtimeline_sample(-1);
        if (pym_memtimeline_write(timeline_path) < 0)
            fprintf(stderr, "pym: memory timeline: cannot write %s: %s\n", timeline_path,
                    strerror(errno));
        pym_memtimeline_stop();
        pym_raw_free(timeline_path);
        timeline_path = NULL;
    }
}

void pym_memviz_fini(void) { pym_gctrace_summary(stderr); }
