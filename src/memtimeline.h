/*
** memtimeline.h -- the memory timeline (memtimeline.c): RSS, pymalloc,
** malloc and the free lists sampled over the run, drawn as SVG
** (-X memtimeline).  Part of seeing the memory (memviz.h).
*/
#ifndef PYM_MEMTIMELINE_H
#define PYM_MEMTIMELINE_H

#include "common.h"

/* Starts sampling: every 'interval' allocations and at each collection. */
int pym_memtimeline_start(intptr_t interval);
bool pym_memtimeline_active(void);
/* Takes one sample now (gen: the collected generation, or -1). */
void pym_memtimeline_sample(int gen);
int pym_memtimeline_write(const char *path);
void pym_memtimeline_stop(void);
/* Resident set size of the process in bytes (0 if unknown). */
size_t pym_memviz_rss(void);

#endif
