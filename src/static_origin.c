/*
** static_origin.c -- linked into a static pym only (CMakeLists.txt): glibc's
** start-up code for static programs (_dl_non_dynamic_init) asks
** _dl_get_origin for the directory of the executable, which reads
** /proc/self/exe -- a readlink that costs ~45 us of `pym -c pass` on a
** virtual machine (~2 % of its start-up).  The answer only serves $ORIGIN in
** the paths of shared objects a static program dlopens, and a static pym
** dlopens nothing (main.c: the REPL edits lines itself there).  Defining the
** function here keeps libc.a's member from being linked; (char *)-1 is
** glibc's own "origin unknown".  CMakeLists.txt links this file only when a
** static test program defining it links (a glibc whose member defines more
** than this one function would make the definition a duplicate).
*/
const char *_dl_get_origin(void);

const char *_dl_get_origin(void) { return (const char *)-1; }
