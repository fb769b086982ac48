/*
** ast.c -- the AST arena, sequences and node builders.  The dumper
** (ast_dump_mod) is in dis.c with the other printer of compiled forms.
*/
#include "common.h"
#include "ast.h"
#include "parse.h"
#include "obmalloc.h"
#include <ctype.h>
#include <setjmp.h>

/* {===== arena: a chain of chunks from the raw allocator; freed at once */

/* Chunks grow from 4 KiB to 64 KiB: a short source (-c pass, a small
** module) takes one page of the malloc heap, not 64 KiB in the middle of it
** that everything malloc'd while the AST lives is placed beyond. */
#define ARENA_CHUNK       65536
#define ARENA_FIRST_CHUNK 4096

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t used, size;
    max_align_t data[];
} ArenaChunk;

struct PymArena {
    ArenaChunk *head;
    size_t next_size; /* of the next chunk: ARENA_FIRST_CHUNK doubling to ARENA_CHUNK */
    jmp_buf *oom; /* where running out of memory jumps to */
};

void pym_arena_set_oom(PymArena *a, jmp_buf *oom) { a->oom = oom; }

PymArena *pym_arena_new(void) {
    PymArena *a = pym_raw_calloc(1, sizeof *a);
    return a;
}

void pym_arena_free(PymArena *a) {
    if (!a) return;
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *n = c->next;
        pym_raw_free(c);
        c = n;
    }
    pym_raw_free(a);
}

void *pym_arena_alloc(PymArena *a, size_t n) {
    n = (n + 15) & ~(size_t)15;
    ArenaChunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t grow = a->next_size ? a->next_size : ARENA_FIRST_CHUNK;
        bool big = n > grow / 4; /* a chunk of its own */
        size_t size = big ? n : grow;
        if (!big && grow < ARENA_CHUNK) a->next_size = grow * 2;
        ArenaChunk *nc = pym_raw_malloc(sizeof(ArenaChunk) + size);
        if (!nc) {
            if (a->oom) longjmp(*a->oom, 1);
            fprintf(stderr, "pym: out of memory in the parser\n");
            abort();
        }
        nc->used = 0;
        nc->size = size;
        if (big && c) { /* keep the current chunk on top */
            nc->next = c->next;
            c->next = nc;
        } else {
            nc->next = c;
            a->head = nc;
        }
        c = nc;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *pym_arena_strdup(PymArena *a, const char *s, size_t n) {
    char *p = pym_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

AstSeq *ast_seq_new(PymArena *a) { return pym_arena_alloc(a, sizeof(AstSeq)); }

int ast_seq_append(PymArena *a, AstSeq *s, void *item) {
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 4;
        void **items = pym_arena_alloc(a, sizeof(void *) * cap);
        if (s->n) memcpy(items, s->items, sizeof(void *) * s->n);
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = item;
    return 0;
}

/* Every expression node is preceded by a hidden 16-byte prefix holding its
** nesting depth (used by the parser to refuse trees too deep to compile). */
AstExpr *ast_expr_new(PymArena *a, AstExprKind kind, AstPos pos) {
    char *raw = pym_arena_alloc(a, 16 + sizeof(AstExpr));
    AstExpr *e = (AstExpr *)(raw + 16);
    e->kind = kind;
    e->fold_shape = 0;
    e->pos = pos;
    return e;
}

int *ast_expr_depth_slot(AstExpr *e) { return (int *)((char *)e - 16); }

AstStmt *ast_stmt_new(PymArena *a, AstStmtKind kind, AstPos pos) {
    AstStmt *s = pym_arena_alloc(a, sizeof *s);
    s->kind = kind;
    s->pos = pos;
    return s;
}

/* }===== */
