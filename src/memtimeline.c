/*
** memtimeline.c -- the memory timeline (pym -X memtimeline=F.svg,
** PYMMEMTIMELINE=F.svg): samples taken at every collection and every N
** object allocations (obmalloc's tick), drawn at exit as an SVG plot over
** time:
**
**   bytes ▲        ___________________________  RSS
**         │   ____/  ________________________   pymalloc arenas mapped
**         │  /   ___/\___                       pymalloc blocks in use
**         │_/___/        \_________             large blocks (malloc)
**         └──┴──┴┴──┴───────┴──────────────► ms   collections (gen 0 1 2)
**   free lists ▲ floats, tuples, lists, dicts (objects waiting for reuse)
**
** The distance between "arenas mapped" and "blocks in use" after a phase
** of a program is the article's "peak memory is sticky".  When tracemalloc
** traces, its current size is a fifth line.
**
** A sample reads /proc/self/statm, pymalloc's statistics (a walk over the
** pool headers) and a few counters; nothing is allocated from the object
** allocator.  The samples live in raw memory; when the table is full, every
** second sample between collections is dropped and the interval doubles,
** so a long program keeps an even picture of its whole run.
*/
#include "pym.h"
#include "memviz.h"
#include "tracemalloc.h"
#include <time.h>
#include <unistd.h>

#define MAX_SAMPLES 8192

typedef struct Sample {
    double ms;
    int gen; /* collection that caused it, or -1 */
    size_t rss, arenas, blocks, large, traced;
    intptr_t floats, tuples, lists, dicts;
} Sample;

static struct {
    Sample *v;
    size_t n;
    intptr_t interval;
    double t0;
    bool active;
} tl;

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

size_t pym_memviz_rss(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) return 0;
    unsigned long size = 0, resident = 0;
    int ok = fscanf(f, "%lu %lu", &size, &resident) == 2;
    fclose(f);
    return ok ? (size_t)resident * (size_t)sysconf(_SC_PAGESIZE) : 0;
}

bool pym_memtimeline_active(void) { return tl.active; }

static void on_tick(void) { pym_memtimeline_sample(-1); }

int pym_memtimeline_start(intptr_t interval) {
    if (tl.active) return 0;
    tl.v = pym_raw_malloc(MAX_SAMPLES * sizeof(Sample));
    if (!tl.v) return -1;
    tl.n = 0;
    tl.interval = interval;
    tl.t0 = now_ms();
    tl.active = true;
    pym_memtimeline_sample(-1);
    pym_obmalloc_set_tick(on_tick, interval);
    return 0;
}

void pym_memtimeline_stop(void) {
    if (!tl.active) return;
    pym_obmalloc_set_tick(NULL, 0);
    pym_raw_free(tl.v);
    memset(&tl, 0, sizeof tl);
}

/* Keeps the collections and every second other sample; doubles the interval. */
static void thin_out(void) {
    size_t w = 0;
    for (size_t r = 0; r < tl.n; r++)
        if (tl.v[r].gen >= 0 || r % 2 == 0 || r == tl.n - 1) tl.v[w++] = tl.v[r];
    if (w > MAX_SAMPLES * 3 / 4) { /* mostly collections: halve them too */
        size_t w2 = 0;
        for (size_t r = 0; r < w; r++)
            if (r % 2 == 0 || r == w - 1) tl.v[w2++] = tl.v[r];
        w = w2;
    }
    tl.n = w;
    tl.interval *= 2;
    pym_obmalloc_set_tick(on_tick, tl.interval);
}

void pym_memtimeline_sample(int gen) {
    if (!tl.active) return;
    if (tl.n == MAX_SAMPLES) thin_out();
    Sample *s = &tl.v[tl.n++];
    PymObmallocStats st;
    pym_obmalloc_stats(&st);
    s->ms = now_ms() - tl.t0;
    s->gen = gen;
    s->rss = pym_memviz_rss();
    s->arenas = st.arenas_mapped * PYM_OBMALLOC_ARENA_SIZE;
    s->blocks = 0;
    for (int c = 0; c < 64; c++) s->blocks += st.classes[c].blocks_in_use * (size_t)(8 * (c + 1));
    intptr_t nl;
    pym_obmalloc_large(&nl, &s->large);
    size_t cur = 0, peak = 0;
    if (pym_tracemalloc_is_tracing()) pym_tracemalloc_get_traced_memory(&cur, &peak);
    s->traced = cur;
    s->floats = pym_float_freelist_count();
    s->tuples = pym_tuple_freelist_count();
    s->lists = pym_list_freelist_count();
    s->dicts = pym_dict_freelist_count();
}

/* {====== drawing ======} */

#define W    900
#define PX   70  /* plot left */
#define PW   760 /* plot width */
#define TOP  40
#define PH   300 /* bytes plot height */
#define FTOP (TOP + PH + 50)
#define FH   90 /* free-list plot height */

typedef struct Series {
    const char *name, *colour;
    size_t offset; /* of the field in Sample */
    bool is_count; /* intptr_t field */
} Series;

static double field(const Sample *s, const Series *se) {
    const char *p = (const char *)s + se->offset;
    return se->is_count ? (double)*(const intptr_t *)p : (double)*(const size_t *)p;
}

/* A "nice" axis top at or above v. */
static double nice_top(double v) {
    if (v <= 0) return 1;
    double p = 1;
    while (p * 10 <= v) p *= 10;
    for (double m = 1; m <= 10; m += (m < 2 ? 0.5 : 1))
        if (m * p >= v) return m * p;
    return 10 * p;
}

static void axis_label(char *out, size_t n, double v, bool bytes) {
    if (!bytes)
        snprintf(out, n, "%.0f", v);
    else if (v >= 1 << 20)
        snprintf(out, n, "%.1f MiB", v / (1 << 20));
    else if (v >= 1 << 10)
        snprintf(out, n, "%.0f KiB", v / (1 << 10));
    else
        snprintf(out, n, "%.0f B", v);
}

static void draw_panel(PymSvg *b, const Series *se, int nse, int top, int height, double tmax,
                       bool bytes, const char *title) {
    double vmax = 0;
    for (int k = 0; k < nse; k++)
        for (size_t i = 0; i < tl.n; i++)
            if (field(&tl.v[i], &se[k]) > vmax) vmax = field(&tl.v[i], &se[k]);
    vmax = nice_top(vmax);
    pym_svg_printf(b, "<text x=\"4\" y=\"%d\" class=\"lab\" font-weight=\"bold\">%s</text>\n",
                   top - 8, title);
    pym_svg_printf(b,
                   "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fff\" "
                   "stroke=\"#999\"/>\n",
                   PX, top, PW, height);
    for (int g = 0; g <= 4; g++) {
        double v = vmax * g / 4;
        int y = top + height - (int)(height * g / 4);
        char lab[32];
        axis_label(lab, sizeof lab, v, bytes);
        pym_svg_printf(b,
                       "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/>"
                       "<text x=\"%d\" y=\"%d\" class=\"lab\" text-anchor=\"end\">%s</text>\n",
                       PX, y, PX + PW, y, PX - 4, y + 3, lab);
    }
    for (int k = 0; k < nse; k++) {
        pym_svg_printf(b,
                       "<polyline class=\"series\" data-name=\"%s\" fill=\"none\" "
                       "stroke=\"%s\" stroke-width=\"1.5\" points=\"",
                       se[k].name, se[k].colour);
        for (size_t i = 0; i < tl.n; i++) {
            double x = PX + PW * (tmax > 0 ? tl.v[i].ms / tmax : 0);
            double y = top + height - height * field(&tl.v[i], &se[k]) / vmax;
            pym_svg_printf(b, "%.1f,%.1f ", x, y);
        }
        pym_svg_printf(b, "\"/>\n");
        int lx = PX + 10 + (k % 3) * 250, ly = top + height + 14 + (k / 3) * 12;
        if (!bytes) ly = top - 8, lx = PX + 150 + k * 110;
        pym_svg_printf(b,
                       "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"3\" fill=\"%s\"/>"
                       "<text x=\"%d\" y=\"%d\" class=\"lab\">%s</text>\n",
                       lx, ly - 4, se[k].colour, lx + 14, ly, se[k].name);
    }
}

int pym_memtimeline_write(const char *path) {
    static const char *const gen_colour[3] = {"#9ecae1", "#3182bd", "#08306b"};
    double tmax = tl.n ? tl.v[tl.n - 1].ms : 0;
    bool traced = false;
    intptr_t ncoll[3] = {0, 0, 0};
    for (size_t i = 0; i < tl.n; i++) {
        traced |= tl.v[i].traced != 0;
        if (tl.v[i].gen >= 0) ncoll[tl.v[i].gen]++;
    }
    PymSvg b = {0};
    int height = FTOP + FH + 50;
    pym_svg_printf(&b,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                   "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"10\">\n"
                   "<style>.lab{fill:#333}</style>\n"
                   "<rect width=\"100%%\" height=\"100%%\" fill=\"#fafafa\"/>\n",
                   W, height, W, height);
    /* since start-up (as gc.get_stats()); the ticks mark those sampled */
    intptr_t total[3];
    for (int g = 0; g < 3; g++) total[g] = pym_gctrace_pauses(g)->collections;
    pym_svg_printf(&b,
                   "<text x=\"4\" y=\"14\" font-size=\"13\" font-weight=\"bold\" "
                   "id=\"collections\" data-gen0=\"%zd\" data-gen1=\"%zd\" data-gen2=\"%zd\">"
                   "pym memory timeline: %zu samples over %.1f ms; collections gen0 %zd, "
                   "gen1 %zd, gen2 %zd (%zd marked)</text>\n",
                   (ssize_t)total[0], (ssize_t)total[1], (ssize_t)total[2], tl.n, tmax,
                   (ssize_t)total[0], (ssize_t)total[1], (ssize_t)total[2],
                   (ssize_t)(ncoll[0] + ncoll[1] + ncoll[2]));
    Series bytes[] = {
        {"RSS", "#d62728", offsetof(Sample, rss), false},
        {"pymalloc arenas mapped", "#7f7f7f", offsetof(Sample, arenas), false},
        {"pymalloc blocks in use", "#2ca02c", offsetof(Sample, blocks), false},
        {"large blocks (malloc)", "#ff7f0e", offsetof(Sample, large), false},
        {"tracemalloc current", "#9467bd", offsetof(Sample, traced), false},
    };
    draw_panel(&b, bytes, traced ? 5 : 4, TOP, PH, tmax, true,
               "bytes (ticks at the bottom: collections, gen 2 full height)");
    /* collections: ticks under the bytes plot, longer for older generations */
    for (size_t i = 0; i < tl.n; i++) {
        int g = tl.v[i].gen;
        if (g < 0) continue;
        double x = PX + PW * (tmax > 0 ? tl.v[i].ms / tmax : 0);
        int y1 = g == 2 ? TOP : TOP + PH - 8 - 12 * g;
        pym_svg_printf(&b,
                       "<line class=\"collection\" data-gen=\"%d\" x1=\"%.1f\" y1=\"%d\" "
                       "x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"0.8\" "
                       "opacity=\"0.7\"/>\n",
                       g, x, y1, x, TOP + PH, gen_colour[g]);
    }
    Series lists[] = {
        {"floats", "#1f77b4", offsetof(Sample, floats), true},
        {"tuples", "#ff7f0e", offsetof(Sample, tuples), true},
        {"lists", "#2ca02c", offsetof(Sample, lists), true},
        {"dicts", "#d62728", offsetof(Sample, dicts), true},
    };
    draw_panel(&b, lists, 4, FTOP, FH, tmax, false, "free lists (objects)");
    pym_svg_printf(&b,
                   "<text x=\"%d\" y=\"%d\" class=\"lab\" text-anchor=\"middle\">time "
                   "(ms since start; %.1f ms at the right edge)</text>\n</svg>\n",
                   PX + PW / 2, FTOP + FH + 30, tmax);
    return pym_svg_save(&b, path);
}
