/*
** heapmap.c -- a picture of pymalloc's state as an SVG file (pym -X
** heapmap=F.svg, PYMHEAPMAP=F.svg, heapmap.save(F)).
**
**   arena 0x7f..40000 ▕■■■■■▒▒░░  ■■▒      ▏ 52 free
**   arena 0x7f..80000 ▕■■■■■■■■■■■■■■■■■■■■▏  0 free
**                      └ one cell per 4 KiB pool, 64 per 256 KiB arena
**
**   - one row per mapped arena, in address order;
**   - one cell per pool: its colour is its size class (hues spread by the
**     golden angle so that neighbouring classes differ), its shade the share
**     of its blocks in use (pale: nearly empty, dark: full); empty pools are
**     blank (solid outline when they were used and wait on the arena's free
**     list, dotted when never used yet);
**   - at each row's end the arena's free-pool count: an arena goes back to
**     the OS only when it reaches 64 — "arenas are only released when every
**     pool is empty";
**   - below: large blocks (> 512 bytes, served by malloc) as one bar beside
**     the arenas' bytes, the totals exactly as sys._debugmallocstats()
**     prints them, and a legend of the size classes present.
**
** Each cell has a <title> tooltip: size class, blocks used/free and, while
** tracemalloc traces, the three source lines that allocated most bytes in
** that pool.  Cells also carry data-class/data-used/data-free attributes so
** that tests can read the numbers back.
**
** The picture is one moment: the statistics and the walk over the arenas
** are taken first, before anything is drawn, and every buffer is raw memory
** (pym_raw_*), so drawing does not change what is drawn.
*/
#include "pym.h"
#include "memviz.h"
#include "tracemalloc.h"
#include <errno.h>
#include <math.h>
#include <stdlib.h>

#define CELL   11
#define STEP   12
#define ROW    14
#define LEFT   150
#define NPOOLS 64

/* {====== tracemalloc: the lines that allocated most in each pool ======} */

typedef struct SiteBytes {
    uintptr_t pool;
    const char *filename; /* tracemalloc's, valid while we draw */
    int lineno;
    size_t bytes;
} SiteBytes;

typedef struct Sites {
    SiteBytes *v;
    size_t n, cap;
    uintptr_t lo, hi; /* arenas' address range */
} Sites;

static void collect_site(uintptr_t block, size_t size, const char *filename, int lineno,
                         void *arg) {
    Sites *s = arg;
    if (block < s->lo || block >= s->hi) return;
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 4096;
        SiteBytes *nv = pym_raw_realloc(s->v, nc * sizeof *nv);
        if (!nv) return;
        s->v = nv;
        s->cap = nc;
    }
    s->v[s->n++] = (SiteBytes){block & ~(uintptr_t)(PYM_OBMALLOC_POOL_SIZE - 1), filename, lineno,
                               size};
}

static int site_order(const void *a, const void *b) {
    const SiteBytes *x = a, *y = b;
    if (x->pool != y->pool) return x->pool < y->pool ? -1 : 1;
    if (x->filename != y->filename) return x->filename < y->filename ? -1 : 1;
    return x->lineno - y->lineno;
}

/* Sorts by (pool, line) and sums the bytes of equal lines in place. */
static void sites_aggregate(Sites *s) {
    if (!s->n) return;
    qsort(s->v, s->n, sizeof *s->v, site_order);
    size_t w = 0;
    for (size_t r = 1; r < s->n; r++) {
        SiteBytes *a = &s->v[w], *b = &s->v[r];
        if (a->pool == b->pool && a->filename == b->filename && a->lineno == b->lineno)
            a->bytes += b->bytes;
        else
            s->v[++w] = *b;
    }
    s->n = w + 1;
}

/* The first site of pool, or NULL. */
static SiteBytes *sites_of(Sites *s, uintptr_t pool, size_t *count) {
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->v[mid].pool < pool)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < s->n && s->v[end].pool == pool) end++;
    *count = end - lo;
    return end > lo ? &s->v[lo] : NULL;
}

/* Appends the three lines that allocated most bytes in pool. */
static void tooltip_sites(PymSvg *b, Sites *s, uintptr_t pool) {
    size_t n;
    SiteBytes *v = sites_of(s, pool, &n);
    SiteBytes *top[3] = {NULL, NULL, NULL};
    for (size_t i = 0; v && i < n; i++) {
        SiteBytes *c = &v[i];
        for (int k = 0; k < 3; k++) { /* insert into the descending top 3 */
            if (!top[k] || c->bytes > top[k]->bytes) {
                SiteBytes *t = top[k];
                top[k] = c;
                c = t;
                if (!c) break;
            }
        }
    }
    for (int k = 0; k < 3 && top[k]; k++) {
        const char *f = top[k]->filename;
        const char *slash = strrchr(f, '/');
        pym_svg_printf(b, "\n");
        pym_svg_escaped(b, slash ? slash + 1 : f);
        pym_svg_printf(b, ":%d: %zu B", top[k]->lineno, top[k]->bytes);
    }
}

/* {====== drawing ======} */

static void class_colour(char out[8], int szidx, double fill) {
    double hue = fmod(szidx * 137.508, 360.0);
    pym_svg_hsl(out, hue, 0.65, 0.86 - 0.52 * fill);
}

static void draw_arena(PymSvg *b, const PymArenaView *a, int row, Sites *sites) {
    int y = 40 + row * ROW;
    pym_svg_printf(b, "<g class=\"arena\" data-base=\"0x%zx\" data-free-pools=\"%u\">\n",
                   (size_t)a->base, a->nfreepools);
    pym_svg_printf(b, "<text x=\"4\" y=\"%d\" class=\"lab\">arena 0x%zx</text>\n", y + 10,
                   (size_t)a->base);
    for (int k = 0; k < NPOOLS; k++) {
        const PymPoolView *p = &a->pools[k];
        int x = LEFT + k * STEP;
        uintptr_t paddr = a->base + (uintptr_t)k * PYM_OBMALLOC_POOL_SIZE;
        if (p->szidx < 0) {
            pym_svg_printf(b,
                           "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"%s\">"
                           "<title>pool 0x%zx: empty%s</title></rect>\n",
                           x, y, CELL, CELL, p->carved ? "empty" : "unused", (size_t)paddr,
                           p->carved ? " (on the arena's free list)" : " (never used)");
            continue;
        }
        char col[8];
        double fill = p->total ? (double)p->used / p->total : 0;
        class_colour(col, p->szidx, fill);
        pym_svg_printf(b,
                       "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" "
                       "data-class=\"%d\" data-used=\"%u\" data-free=\"%u\">"
                       "<title>pool 0x%zx: size class %d (%u bytes)\n%u blocks used, %u free",
                       x, y, CELL, CELL, col, p->szidx, p->used, p->total - p->used, (size_t)paddr,
                       p->szidx, p->block_size, p->used, p->total - p->used);
        tooltip_sites(b, sites, paddr);
        pym_svg_printf(b, "</title></rect>\n");
    }
    pym_svg_printf(b, "<text x=\"%d\" y=\"%d\" class=\"lab\">%u free</text>\n</g>\n",
                   LEFT + NPOOLS * STEP + 6, y + 10, a->nfreepools);
}

/* The totals, line for line as pym_obmalloc_print_stats (= sys._debugmallocstats). */
static int draw_totals(PymSvg *b, const PymObmallocStats *s, int y) {
    size_t used_bytes = 0, avail_bytes = 0, pools = 0;
    for (int c = 0; c < 64; c++) {
        used_bytes += s->classes[c].blocks_in_use * (size_t)(8 * (c + 1));
        avail_bytes += s->classes[c].free_blocks * (size_t)(8 * (c + 1));
        pools += s->classes[c].pools;
    }
    size_t arena = PYM_OBMALLOC_ARENA_SIZE, pool = PYM_OBMALLOC_POOL_SIZE;
    char lines[10][96];
    int n = 0;
    snprintf(lines[n++], 96, "# arenas allocated total           = %14zu", s->arenas_allocated);
    snprintf(lines[n++], 96, "# arenas reclaimed                 = %14zu", s->arenas_reclaimed);
    snprintf(lines[n++], 96, "# arenas highwater mark            = %14zu", s->arenas_highwater);
    snprintf(lines[n++], 96, "# arenas allocated current         = %14zu", s->arenas_mapped);
    snprintf(lines[n++], 96, "%zu arenas * %zu bytes/arena            = %14zu", s->arenas_mapped,
             arena, s->arenas_mapped * arena);
    snprintf(lines[n++], 96, "# bytes in allocated blocks        = %14zu", used_bytes);
    snprintf(lines[n++], 96, "# bytes in available blocks        = %14zu", avail_bytes);
    snprintf(lines[n++], 96, "%zu unused pools * %zu bytes           = %14zu", s->free_pools, pool,
             s->free_pools * pool);
    snprintf(lines[n++], 96, "# bytes lost to pool headers       = %14zu", pools * 48);
    pym_svg_printf(b, "<g class=\"totals\">\n");
    for (int i = 0; i < n; i++) {
        pym_svg_printf(b, "<text x=\"4\" y=\"%d\" class=\"mono\" xml:space=\"preserve\">", y);
        pym_svg_escaped(b, lines[i]);
        pym_svg_printf(b, "</text>\n");
        y += 13;
    }
    pym_svg_printf(b, "</g>\n");
    return y;
}

static int draw_large(PymSvg *b, const PymObmallocStats *s, int y) {
    intptr_t nlarge;
    size_t large;
    pym_obmalloc_large(&nlarge, &large);
    size_t arenas = s->arenas_mapped * PYM_OBMALLOC_ARENA_SIZE;
    double all = (double)(arenas + large);
    int width = NPOOLS * STEP;
    int wa = all > 0 ? (int)(width * arenas / all + 0.5) : 0;
    pym_svg_printf(b, "<g class=\"large\" data-blocks=\"%zd\" data-bytes=\"%zu\">\n",
                   (ssize_t)nlarge, large);
    pym_svg_printf(b, "<text x=\"4\" y=\"%d\" class=\"lab\">memory</text>\n", y + 10);
    pym_svg_printf(b,
                   "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#7a8fa6\">"
                   "<title>pymalloc arenas: %zu bytes</title></rect>\n",
                   LEFT, y, wa, CELL, arenas);
    pym_svg_printf(b,
                   "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#d9822b\">"
                   "<title>large blocks (&gt; 512 bytes, malloc): %zd blocks, %zu bytes</title>"
                   "</rect>\n",
                   LEFT + wa, y, width - wa, CELL, (ssize_t)nlarge, large);
    pym_svg_printf(b,
                   "<text x=\"%d\" y=\"%d\" class=\"lab\">arenas %zu KiB | large blocks "
                   "(&gt; 512 B, malloc): %zd blocks, %zu bytes</text>\n</g>\n",
                   LEFT, y + CELL + 12, arenas >> 10, (ssize_t)nlarge, large);
    return y + CELL + 24;
}

static int draw_legend(PymSvg *b, const PymObmallocStats *s, int y) {
    pym_svg_printf(b,
                   "<g class=\"legend\">\n<text x=\"4\" y=\"%d\" class=\"lab\">size classes "
                   "(shade: share of blocks in use; blank: empty pool)</text>\n",
                   y);
    y += 6;
    int col = 0;
    for (int c = 0; c < 64; c++) {
        if (!s->classes[c].pools) continue;
        char light[8], dark[8];
        class_colour(light, c, 0.1);
        class_colour(dark, c, 1.0);
        int x = 4 + col * 118;
        pym_svg_printf(b,
                       "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                       "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                       "<text x=\"%d\" y=\"%d\" class=\"lab\">%d B: %zu pool%s</text>\n",
                       x, y, CELL, CELL, light, x + CELL, y, CELL, CELL, dark, x + 2 * CELL + 4,
                       y + 10, 8 * (c + 1), s->classes[c].pools,
                       s->classes[c].pools == 1 ? "" : "s");
        if (++col == 8) {
            col = 0;
            y += ROW;
        }
    }
    if (col) y += ROW;
    pym_svg_printf(b, "</g>\n");
    return y;
}

int pym_heapmap_write(const char *path, const char *title) {
    /* the moment: statistics and the walk first */
    PymObmallocStats stats;
    pym_obmalloc_stats(&stats);
    size_t n = pym_obmalloc_walk(NULL, 0);
    PymArenaView *arenas = pym_raw_malloc((n ? n : 1) * sizeof *arenas);
    if (!arenas) {
        errno = ENOMEM;
        return -1;
    }
    n = pym_obmalloc_walk(arenas, n);
    Sites sites = {NULL, 0, 0, 0, 0};
    if (pym_tracemalloc_is_tracing() && n) {
        sites.lo = arenas[0].base;
        sites.hi = arenas[n - 1].base + PYM_OBMALLOC_ARENA_SIZE;
        pym_tracemalloc_foreach(collect_site, &sites);
        sites_aggregate(&sites);
    }

    PymSvg b = {0};
    int width = LEFT + NPOOLS * STEP + 70;
    int nclasses = 0;
    for (int c = 0; c < 64; c++) nclasses += stats.classes[c].pools != 0;
    int height = 40 + (int)n * ROW + 12 + 50 + 9 * 13 + 20 + ((nclasses + 7) / 8) * ROW + 20;
    pym_svg_printf(&b,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                   "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"10\">\n",
                   width, height, width, height);
    pym_svg_printf(&b, "<style>.lab{fill:#333}.mono{font-family:monospace;fill:#333}"
                       ".empty{fill:#fff;stroke:#bbb;stroke-width:0.6}"
                       ".unused{fill:#fff;stroke:#ddd;stroke-width:0.6;stroke-dasharray:1.5,1.5}"
                       "</style>\n<rect width=\"100%%\" height=\"100%%\" fill=\"#fafafa\"/>\n");
    pym_svg_printf(&b, "<text x=\"4\" y=\"16\" font-size=\"13\" font-weight=\"bold\">pym heap map");
    if (title && *title) {
        pym_svg_printf(&b, ": ");
        pym_svg_escaped(&b, title);
    }
    size_t used_pools = 0;
    for (int c = 0; c < 64; c++) used_pools += stats.classes[c].pools;
    pym_svg_printf(&b,
                   "</text>\n<text x=\"4\" y=\"30\" class=\"lab\">%zu arena%s of 256 KiB "
                   "(rows, by address), %zu pools in use, %zd blocks in use; one cell = one "
                   "4 KiB pool</text>\n",
                   n, n == 1 ? "" : "s", used_pools, (ssize_t)stats.blocks_in_use);
    for (size_t i = 0; i < n; i++) draw_arena(&b, &arenas[i], (int)i, &sites);
    int y = 40 + (int)n * ROW + 12;
    y = draw_large(&b, &stats, y);
    y = draw_totals(&b, &stats, y + 4);
    y = draw_legend(&b, &stats, y + 10);
    pym_svg_printf(&b, "</svg>\n");
    pym_raw_free(sites.v);
    pym_raw_free(arenas);
    return pym_svg_save(&b, path);
}
