/*
** main.c -- the pym command: option parsing, then the interpreter on a
** 1 GiB stack (so deep Python recursion reaches RecursionError long before
** the C stack ends), running a script, -c code, -m module, piped stdin, or
** the interactive REPL.
**
** The big stack is a mapping the main thread switches to (a stack-pointer
** move on x86-64 and AArch64, swapcontext elsewhere), not a second thread: creating a thread costs a clone, a malloc arena of its
** own and, at its end, the unmapping of its stack -- about a tenth of
** `pym -c pass` on a virtual machine.  The interpreter ends the process on
** that stack (exit), so nothing switches back.  Builds under the address
** sanitizer, which does not follow stack switches, use a thread.
*/
#define _GNU_SOURCE 1 /* dl_iterate_phdr */
#include "pym.h"
#include "tracemalloc.h"
#include "memviz.h"
#include "lineedit.h"
#include <errno.h>
#include <link.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>
#ifdef PYM_HAVE_LIBEDIT
/* libedit is loaded with dlopen when the REPL first reads from a terminal,
** so that running a program never maps it (start-up time and footprint).
** A static pym (PYM_STATIC, the default) cannot dlopen it safely and edits
** lines with its own editor (lineedit.c), as does a pym without libedit. */
#include <dlfcn.h>
static char *(*edit_readline)(const char *);
static int (*edit_add_history)(const char *);

/* 1 when libedit's readline is available (loaded on the first call). */
static int libedit_load(void) {
    static int state; /* 0 not tried, 1 loaded, -1 missing */
    if (state) return state > 0;
    static const char *const names[] = {"libedit.so.2", "libedit.so.0", "libedit.so"};
    state = -1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        void *h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (!h) continue;
        *(void **)&edit_readline = dlsym(h, "readline");
        *(void **)&edit_add_history = dlsym(h, "add_history");
        if (edit_readline && edit_add_history) {
            state = 1;
            break;
        }
        dlclose(h);
    }
    return state > 0;
}
#endif

static const char usage_line[] = "usage: pym [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char usage_text[] =
    "Options (and corresponding environment variables):\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-X opt : set implementation-specific option (-X tracemalloc[=N], -X leakcheck,\n"
    "         -X heapmap=FILE.svg, -X gctrace, -X memtimeline=FILE.svg)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n\n"
    "Other environment variables:\n"
    "PYMPATH   : ':'-separated list of directories prefixed to the\n"
    "            default module search path.\n"
    "PYMTRACEMALLOC: start tracing Python memory allocations with N frames.\n"
    "PYMLEAKCHECK: 1 (or verbose) reports objects still allocated at exit (-X leakcheck).\n"
    "PYMMALLOCSTATS: print the allocator's statistics on stderr at exit.\n"
    "PYMHEAPMAP: FILE.svg: draw pymalloc's arenas and pools at exit (-X heapmap).\n"
    "PYMGCTRACE: 1 prints a line per collection and a summary at exit (-X gctrace).\n"
    "PYMMEMTIMELINE: FILE.svg: draw memory over time at exit (-X memtimeline).\n"
    "PYM_MALLOC: malloc sends every request to malloc (for ASan, valgrind).\n";

typedef struct {
    const char *command; /* -c */
    const char *module;  /* -m */
    const char *script;  /* file or "-" */
    bool inspect, quiet;
    int sys_argc;
    char **sys_argv;
    int nx;
    const char **xopts;
    int nw;
    const char **wopts; /* -W: appended to sys.warnoptions */
    int status;
    bool exit_here; /* interpreter_main ends the process (on its stack or thread) */
} Options;

static void on_sigint(int sig) {
    (void)sig;
    pym_vm_interrupt_pending = 1;
}

static void install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: blocking reads return EINTR */
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN); /* as CPython: EPIPE becomes BrokenPipeError */
}

/* ---- the REPL ---- */

/* Reads a line (without the newline) into malloc'd memory; NULL at EOF.
** *interrupted is set when Ctrl-C ended the read. */
static char *read_line(const char *prompt, bool *interrupted) {
    *interrupted = false;
    pym_sys_flush_std();
#ifdef PYM_HAVE_LIBEDIT
    if (isatty(0) && libedit_load()) {
        char *line = edit_readline(prompt);
        if (!line && pym_vm_interrupt_pending) {
            pym_vm_interrupt_pending = 0;
            *interrupted = true;
            return NULL;
        }
        if (line && *line) edit_add_history(line);
        return line;
    }
#endif
    if (pym_lineedit_usable()) {
        char *line = pym_lineedit_read(prompt, interrupted);
        if (line && *line) pym_lineedit_add_history(line);
        return line;
    }
    fputs(prompt, stderr);
    fflush(stderr);
    size_t cap = 256, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        int c = getc(stdin);
        if (c == EOF) {
            if (ferror(stdin) && errno == EINTR) {
                clearerr(stdin);
                if (pym_vm_interrupt_pending) {
                    pym_vm_interrupt_pending = 0;
                    *interrupted = true;
                    free(buf);
                    return NULL;
                }
                continue;
            }
            if (n == 0) {
                free(buf);
                return NULL;
            }
            break;
        }
        if (c == '\n') break;
        if (n + 2 > cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
        buf[n++] = (char)c;
    }
    buf[n] = 0;
    return buf;
}

static bool is_blank(const char *s) {
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\f') return false;
    return true;
}

/* Ends with ':' ignoring trailing blanks and a comment (approximation). */
static bool opens_block(const char *s) {
    size_t n = strlen(s);
    const char *hash = strchr(s, '#');
    if (hash && !strchr(s, '\'') && !strchr(s, '"')) n = (size_t)(hash - s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
    return n > 0 && s[n - 1] == ':';
}

/* Runs the REPL on __main__; returns an exit status when sys.exit() was
** called, -1 at EOF. */
static int repl(bool banner) {
    if (banner)
        fprintf(stderr,
                "%s (Python %.4s subset) on linux\n" /* as pym -V says */
                "Type \"help\" for more information.\n",
                PYM_VERSION_NAME, PYM_VERSION);
    PymObject *m = pym_main_module();
    if (!m) {
        pym_err_print();
        return 1;
    }
    PymObject *d = pym_module_dict(m);
    for (;;) {
        bool intr;
        char *line = read_line(">>> ", &intr);
        if (intr) {
            fputs("\nKeyboardInterrupt\n", stderr);
            continue;
        }
        if (!line) {
            if (isatty(0)) fputc('\n', stderr);
            return -1;
        }
        if (is_blank(line)) {
            free(line);
            continue;
        }
        size_t cap = strlen(line) + 2, len = 0;
        char *src = malloc(cap);
        if (!src) {
            free(line);
            return 1;
        }
        len = (size_t)sprintf(src, "%s\n", line);
        bool block = opens_block(line);
        free(line);
        bool cancelled = false;
        while (pym_parse_is_incomplete(src, len) || block) {
            char *more = read_line("... ", &intr);
            if (intr) {
                fputs("\nKeyboardInterrupt\n", stderr);
                cancelled = true;
                break;
            }
            if (!more) break;
            bool blank = is_blank(more);
            size_t ml = strlen(more);
            if (len + ml + 2 > cap) {
                cap = (len + ml + 2) * 2;
                char *ns = realloc(src, cap);
                if (!ns) {
                    free(more);
                    free(src);
                    return 1;
                }
                src = ns;
            }
            len += (size_t)sprintf(src + len, "%s\n", more);
            free(more);
            if (blank && block && !pym_parse_is_incomplete(src, len)) break;
            if (!block && !pym_parse_is_incomplete(src, len)) break;
        }
        if (cancelled) {
            free(src);
            continue;
        }
        PymObject *held = NULL;
        PymObject *code = pym_compile_source_held(src, len, "<stdin>", PYM_SINGLE_INPUT, &held);
        free(src);
        PymObject *r = code ? pym_eval_code((PymCode *)code, d, d) : NULL;
        PYM_XDECREF(code);
        PYM_XDECREF(held);
        if (r) {
            PYM_DECREF(r);
        } else if (pym_err_matches((PymObject *)PymExc_SystemExit)) {
            return pym_run_handle_exception();
        } else {
            pym_err_print();
        }
        pym_vm_interrupt_pending = 0;
        pym_sys_flush_std();
    }
}

/* ---- running ---- */

static int read_stdin_and_run(void) {
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf) return 1;
    for (;;) {
        if (n + 4096 > cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return 1;
            }
            buf = nb;
        }
        ssize_t r = read(0, buf + n, cap - n - 1);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        n += (size_t)r;
    }
    buf[n] = 0;
    int status = pym_run_main_source(buf, n, "<stdin>");
    free(buf);
    return status;
}

static void *interpreter_main(void *arg) {
    Options *o = arg;
    if (pym_runtime_init(o->sys_argc, o->sys_argv) < 0) {
        o->status = 1;
        return NULL;
    }
    for (int i = 0; i < o->nx; i++) pym_sys_add_xoption(o->xopts[i]);
    { /* -W options: the warnings module applies them when imported */
        PymObject *wl = pym_sys_get("warnoptions");
        for (int i = 0; wl && i < o->nw; i++) {
            PymObject *w = pym_str_from_cstr(o->wopts[i]);
            if (!w || pym_list_append(wl, w) < 0) pym_err_clear();
            PYM_XDECREF(w);
        }
    }
    pym_leakcheck_configure(); /* -X leakcheck, PYMLEAKCHECK */
    pym_memviz_configure();    /* -X heapmap, gctrace, memtimeline */
    const char *tm = getenv("PYMTRACEMALLOC");
    if (tm && *tm) {
        char opt[64];
        snprintf(opt, sizeof opt, "tracemalloc=%s", tm);
        PymObject *x = pym_sys_get("_xoptions");
        if (x && !pym_dict_getitem_cstr(x, "tracemalloc")) pym_sys_add_xoption(opt);
    }
    pym_err_clear();
    if (pym_tracemalloc_configure() < 0) { /* -X tracemalloc[=N], PYMTRACEMALLOC */
        pym_runtime_fini();
        o->status = 1;
        return NULL;
    }
    install_sigint();
    pym_obmalloc_faults_arm(); /* start-up is over: PYMFAILALLOC counts from here */
    int status = 0;
    bool interactive = false;
    if (o->command) {
        pym_sys_path_insert0("");
        status = pym_run_main_source(o->command, strlen(o->command), "<string>");
    } else if (o->module) {
        status = pym_run_main_module(o->module);
    } else if (o->script && strcmp(o->script, "-") != 0) {
        status = pym_run_main_file(o->script);
    } else {
        pym_sys_path_insert0("");
        if (isatty(0) && !o->inspect)
            interactive = true;
        else if (!o->inspect || !isatty(0))
            status = read_stdin_and_run();
    }
    if (interactive || (o->inspect && status != 2)) {
        pym_sys_flush_std();
        int r = repl(interactive && !o->quiet);
        status = r >= 0 ? r : 0;
    }
    pym_runtime_fini();
    if (pym_runtime_flush_failed()) status = 120; /* CPython: whatever the status was */
    fflush(stdout);
    fflush(stderr);
    o->status = status;
    /* The process ends here, on the big stack (exit flushes stdio and runs
    ** the atexit handlers as a return from main would): a thread's return
    ** would advise away and unmap its 1 GiB stack and wake main's join. */
    if (o->exit_here) exit(status);
    return NULL;
}

/* {====== start-up page faults ======}
** On a virtual machine with shadow paging a page fault costs ~16 us: most
** of what `pym -c pass` spends beyond an empty C program.  Start-up writes
** pages all over the writable data segment (every static type object is
** written by pym_type_ready, every module's statics), so the segment's
** file-backed part is made present and private in one system call
** (pym_populate) before anything runs; so are the first pages of .bss.
** The stack's top pages (run_on_own_stack) and
** pymalloc's pools (obmalloc.c) are populated in the same way.  Cost: the
** pages populated that -c pass would not touch, ~100 KiB of RSS. */
#define BSS_PREFAULT  ((uintptr_t)32 << 10)

static int prefault_segment(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size, (void)data;
    uintptr_t relro_end = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type == PT_GNU_RELRO) relro_end = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
    }
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_W)) continue;
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr, hi = lo + ph->p_filesz;
        /* the relocated part is read-only by now */
        if (relro_end > lo) lo = relro_end;
        /* and the first pages of .bss: where the linker put the small
        ** statics start-up writes (free lists, the small ints, the
        ** collector's state; 7 faults in both the PGO and the plain build),
        ** before the big lazily touched arrays (the parser's blocks) */
        uintptr_t end = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
        hi = hi + BSS_PREFAULT < end ? hi + BSS_PREFAULT : end;
        if (hi > lo) pym_populate((void *)lo, hi - lo, true);
    }
    return 1; /* the program itself comes first: done */
}

/* The first pages of glibc's malloc heap (brk): dict tables over 512
** bytes, the AST arena's first chunk, the frames' data stack, the table of
** interned names -- -c pass writes them over the first 44 KiB (8 faults).
** Only when the heap is the brk one (not a sanitizer's), and no further
** than its top.  (A session once measured bench/nbody 25 % slower with
** 96 KiB populated; re-measured with this: 159 ms against 164 ms without --
** that figure was one of the PVM host's slow phases.) */
#define HEAP_PREFAULT ((uintptr_t)48 << 10)

static void prefault_heap(void) {
    void *p = malloc(1);
    if (!p) return;
    uintptr_t lo = (uintptr_t)p & ~(uintptr_t)4095, top = (uintptr_t)sbrk(0);
    if (lo < top && top - lo <= ((uintptr_t)1 << 20))
        pym_populate((void *)lo, PYM_MIN(HEAP_PREFAULT, top - lo), true);
    free(p);
}

static void prefault_startup(void) {
    dl_iterate_phdr(prefault_segment, NULL);
    prefault_heap();
}

#define PYM_C_STACK_SIZE ((size_t)1 << 30)

/* {====== the big stack ======}
** On x86-64 and AArch64 the switch is three instructions (switch_stack):
** no ucontext, whose getcontext and swapcontext each save and restore the
** signal mask with a system call, and which musl does not have.  Elsewhere
** glibc's ucontext does it; without either, a thread. */
#if !defined(__SANITIZE_ADDRESS__) && (defined(__x86_64__) || defined(__aarch64__))
#define PYM_SWITCH_ASM 1
#elif !defined(__SANITIZE_ADDRESS__) && defined(__GLIBC__)
#define PYM_SWITCH_UCONTEXT 1
#include <ucontext.h>
#endif

#if defined(PYM_SWITCH_ASM) || defined(PYM_SWITCH_UCONTEXT)
/* The top pages of the stack that start-up is certain to reach: made
** present by one system call instead of a page fault each (populate). */
#define STACK_PREFAULT ((size_t)32 << 10)
/* Room above the first frame, left zero: an unwinder (backtrace) reading
** the caller of the entry function finds a null return address and stops. */
#define STACK_TOP_PAD 64

static Options *interpreter_options;

#ifdef PYM_SWITCH_ASM
/* Runs interpreter_main on the new stack; the process ends there. */
static __attribute__((noreturn)) void interpreter_entry(void) {
    Options *o = interpreter_options;
    interpreter_main(o); /* exits, except when start-up failed */
    fflush(stdout);
    fflush(stderr);
    exit(o->status);
}

/* Moves the stack pointer to 'top' (16-byte aligned) and calls fn there;
** fn never returns. */
static __attribute__((noreturn, noinline)) void switch_stack(char *top, void (*fn)(void)) {
#if defined(__x86_64__)
    __asm__ volatile("mov %0, %%rsp\n\t"
                     "xor %%ebp, %%ebp\n\t"
                     "call *%1\n\t"
                     "ud2"
                     :
                     : "r"(top), "r"(fn)
                     : "memory");
#else
    __asm__ volatile("mov sp, %0\n\t"
                     "mov x29, xzr\n\t"
                     "mov x30, xzr\n\t"
                     "blr %1\n\t"
                     "brk #0"
                     :
                     : "r"(top), "r"(fn)
                     : "memory", "x29", "x30");
#endif
    __builtin_unreachable();
}
#else
static ucontext_t main_context, interpreter_context;
static void interpreter_entry(void) { interpreter_main(interpreter_options); }
#endif

/* Runs interpreter_main on a 1 GiB stack of its own, on this thread; false
** when the stack cannot be had (then nothing ran).  The lowest page is
** left inaccessible, a guard as a thread stack's. */
static bool run_on_own_stack(Options *o) {
    char *stack = mmap(NULL, PYM_C_STACK_SIZE, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) return false;
    size_t guard = (size_t)sysconf(_SC_PAGESIZE);
    if (mprotect(stack, guard, PROT_NONE) != 0) {
        munmap(stack, PYM_C_STACK_SIZE);
        return false;
    }
    char *top = stack + PYM_C_STACK_SIZE;
    pym_populate(top - STACK_PREFAULT, STACK_PREFAULT, true);
    /* pymalloc's arenas below it, 1 MiB clear of the guard page: one mmap
    ** each instead of a map-and-trim of three system calls */
    pym_obmalloc_arena_hint(stack - ((size_t)1 << 20));
    interpreter_options = o;
    pym_vm_set_c_stack(stack + guard, PYM_C_STACK_SIZE - guard);
    o->exit_here = true;
#ifdef PYM_SWITCH_ASM
    switch_stack(top - STACK_TOP_PAD, interpreter_entry);
#else
    if (getcontext(&interpreter_context) != 0) {
        o->exit_here = false;
        munmap(stack, PYM_C_STACK_SIZE);
        return false;
    }
    interpreter_context.uc_stack.ss_sp = stack;
    interpreter_context.uc_stack.ss_size = PYM_C_STACK_SIZE;
    interpreter_context.uc_link = &main_context; /* if interpreter_main returns */
    makecontext(&interpreter_context, interpreter_entry, 0);
    if (swapcontext(&main_context, &interpreter_context) != 0) {
        o->exit_here = false;
        munmap(stack, PYM_C_STACK_SIZE);
        return false;
    }
    return true;
#endif
}
#endif

static int usage_error(const char *fmt, const char *what) {
    fprintf(stderr, fmt, what);
    fputs(usage_line, stderr);
    fputs("Try `pym -h' for more information.\n", stderr);
    return 2;
}

/* "pym 0.1 (Python 3.11 subset)" */
static void print_version(void) {
    printf("%s (Python %.4s subset)\n", PYM_VERSION_NAME, PYM_VERSION);
}

int main(int argc, char **argv) {
    /* static: the early returns below (-V, -h, usage errors) leave o.xopts
    ** reachable instead of leaked (LeakSanitizer on the cli test) */
    static Options o;
    prefault_startup();
    o.xopts = calloc((size_t)argc + 1, sizeof(char *));
    o.wopts = calloc((size_t)argc + 1, sizeof(char *));
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0) break; /* script or "-" */
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        if (!strcmp(a, "--version")) {
            print_version();
            return 0;
        }
        if (!strcmp(a, "--help")) {
            fputs(usage_line, stdout);
            fputs(usage_text, stdout);
            return 0;
        }
        if (a[1] == '-') return usage_error("unknown option %s\n", a);
        bool stop = false;
        for (const char *p = a + 1; *p && !stop; p++) {
            switch (*p) {
            case 'c':
            case 'm':
            case 'X':
            case 'W': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    char opt[3] = {'-', *p, 0};
                    return usage_error("Argument expected for the %s option\n", opt);
                }
                if (*p == 'c')
                    o.command = val;
                else if (*p == 'm')
                    o.module = val;
                else if (*p == 'X')
                    o.xopts[o.nx++] = val;
                else if (*p == 'W')
                    o.wopts[o.nw++] = val;
                stop = true;
                break;
            }
            case 'i': o.inspect = true; break;
            case 'q': o.quiet = true; break;
            case 'V': print_version(); return 0;
            case 'h':
            case '?':
                fputs(usage_line, stdout);
                fputs(usage_text, stdout);
                return 0;
            case 'B': pym_dont_write_bytecode = true; break;
            case 'u':
            case 'E':
            case 's':
            case 'S':
            case 'I':
            case 'O':
            case 'd':
            case 'v':
            case 'b':
            case 'R':
            case 'P': break;
            default: {
                char opt[3] = {'-', *p, 0};
                return usage_error("Unknown option: %s\n", opt);
            }
            }
        }
        if (o.command || o.module) {
            i++;
            break;
        }
    }
    const char *dwb = getenv("PYMDONTWRITEBYTECODE");
    if (dwb && *dwb) pym_dont_write_bytecode = true;
    /* sys.argv */
    char **sargv = calloc((size_t)argc + 2, sizeof(char *));
    int sargc = 0;
    if (o.command)
        sargv[sargc++] = "-c";
    else if (o.module)
        sargv[sargc++] = (char *)o.module;
    else if (i < argc) {
        o.script = argv[i];
        sargv[sargc++] = argv[i++];
    } else
        sargv[sargc++] = "";
    while (i < argc) sargv[sargc++] = argv[i++];
    o.sys_argc = sargc;
    o.sys_argv = sargv;

#if defined(PYM_SWITCH_ASM) || defined(PYM_SWITCH_UCONTEXT)
    if (run_on_own_stack(&o)) return o.status; /* not reached: it exits */
#endif
    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, PYM_C_STACK_SIZE);
    o.exit_here = true;
    if (pthread_create(&th, &attr, interpreter_main, &o) != 0) {
        o.exit_here = false;
        interpreter_main(&o); /* no big stack available: run here */
    } else {
        /* SIGINT goes to the interpreter thread (EINTR in its reads) */
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        pthread_sigmask(SIG_BLOCK, &set, NULL);
        pthread_join(th, NULL);
    }
    pthread_attr_destroy(&attr);
    free(sargv);
    free(o.xopts);
    return o.status;
}
