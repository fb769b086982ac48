/*
** exceptions.h -- the built-in exception hierarchy (exceptions.c).
*/
#ifndef PYM_EXCEPTIONS_H
#define PYM_EXCEPTIONS_H

#include "object.h"

/* Instance layout of BaseException and every subclass that adds nothing. */
typedef struct PymBaseException {
    PymObject ob_base;
    PymObject *dict;       /* instance attributes */
    PymObject *args;       /* tuple */
    PymObject *notes;      /* CPython 3.11's layout has this slot, which its
                                ** add_note leaves NULL (__notes__ lives in the
                                ** dict, as here): getsizeof(Exception()) is 88 */
    PymObject *traceback;  /* PymTraceback* or NULL */
    PymObject *context;    /* __context__ or NULL */
    PymObject *cause;      /* __cause__ or NULL */
    char suppress_context; /* __suppress_context__ */
} PymBaseException;

/* StopIteration (value), SystemExit (code), KeyboardInterrupt ... share this */
typedef struct {
    PymBaseException base;
    PymObject *value;
} PymStopIteration;
typedef struct {
    PymBaseException base;
    PymObject *code;
} PymSystemExit;
/* BaseExceptionGroup and ExceptionGroup (PEP 654) */
typedef struct {
    PymBaseException base;
    PymObject *msg;
    PymObject *excs;
} PymExceptionGroup;
/* ExceptionGroup: a heap type made at start-up, as CPython's (bases
** BaseExceptionGroup and Exception) */
extern PymType *PymExc_ExceptionGroup;
#define PYM_EXC_GROUP_CHECK(o) pym_type_is_subtype(PYM_TYPE(o), &pym_exc_BaseExceptionGroup)
/* except* support (vm.c): match/rest of exc against an except* type (new
** refs or NULL each; 0 / -1), and the exception to raise after the
** handlers ran (new ref, None for none, NULL on error). */
int pym_exc_group_match(PymObject *exc, PymObject *type, PymObject **match, PymObject **rest);
PymObject *pym_exc_prep_reraise_star(PymObject *orig, PymObject *excs);
typedef struct {
    PymBaseException base;
    PymObject *name, *path;
} PymImportError;
typedef struct {
    PymBaseException base;
    PymObject *name, *obj;
} PymAttributeError;
typedef struct {
    PymBaseException base;
    PymObject *name;
} PymNameError;
typedef struct {
    PymBaseException base;
    PymObject *myerrno, *strerror, *filename, *filename2;
} PymOSError;
typedef struct {
    PymBaseException base;
    PymObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset;
    PymObject *print_file_and_line;
} PymSyntaxError;
/* UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError (encoding
** is NULL for the last) */
typedef struct {
    PymBaseException base;
    PymObject *encoding, *object;
    intptr_t start, end;
    PymObject *reason;
} PymUnicodeError;

/* clang-format off */
#define PYM_EXC_LIST(X) \
    X(BaseException) X(BaseExceptionGroup) X(Exception) X(GeneratorExit) \
    X(KeyboardInterrupt) X(SystemExit) X(ArithmeticError) X(FloatingPointError) \
    X(OverflowError) X(ZeroDivisionError) X(AssertionError) X(AttributeError) \
    X(BufferError) X(EOFError) X(ImportError) X(ModuleNotFoundError) \
    X(LookupError) X(IndexError) X(KeyError) X(MemoryError) X(NameError) \
    X(UnboundLocalError) X(OSError) X(BlockingIOError) X(ChildProcessError) \
    X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError) \
    X(ConnectionRefusedError) X(ConnectionResetError) X(FileExistsError) \
    X(FileNotFoundError) X(InterruptedError) X(IsADirectoryError) \
    X(NotADirectoryError) X(PermissionError) X(ProcessLookupError) \
    X(TimeoutError) X(ReferenceError) X(RuntimeError) X(NotImplementedError) \
    X(RecursionError) X(StopAsyncIteration) X(StopIteration) X(SyntaxError) \
    X(IndentationError) X(TabError) X(SystemError) X(TypeError) X(ValueError) \
    X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError) \
    X(UnicodeTranslateError) X(Warning) X(UserWarning) X(DeprecationWarning) \
    X(PendingDeprecationWarning) X(SyntaxWarning) X(RuntimeWarning) \
    X(FutureWarning) X(ImportWarning) X(UnicodeWarning) X(BytesWarning) \
    X(ResourceWarning) X(EncodingWarning)
/* clang-format on */

/* pym_exc_TypeError ...: the static type objects, defined in exceptions.c. */
#define PYM_EXC_DECLARE(N) extern PymType pym_exc_##N;
PYM_EXC_LIST(PYM_EXC_DECLARE)
#undef PYM_EXC_DECLARE

/* The one spelling the rest of pym uses: PymExc_X, a PymType*. */
#define PymExc_BaseException             (&pym_exc_BaseException)
#define PymExc_BaseExceptionGroup        (&pym_exc_BaseExceptionGroup)
#define PymExc_Exception                 (&pym_exc_Exception)
#define PymExc_GeneratorExit             (&pym_exc_GeneratorExit)
#define PymExc_KeyboardInterrupt         (&pym_exc_KeyboardInterrupt)
#define PymExc_SystemExit                (&pym_exc_SystemExit)
#define PymExc_ArithmeticError           (&pym_exc_ArithmeticError)
#define PymExc_FloatingPointError        (&pym_exc_FloatingPointError)
#define PymExc_OverflowError             (&pym_exc_OverflowError)
#define PymExc_ZeroDivisionError         (&pym_exc_ZeroDivisionError)
#define PymExc_AssertionError            (&pym_exc_AssertionError)
#define PymExc_AttributeError            (&pym_exc_AttributeError)
#define PymExc_BufferError               (&pym_exc_BufferError)
#define PymExc_EOFError                  (&pym_exc_EOFError)
#define PymExc_ImportError               (&pym_exc_ImportError)
#define PymExc_ModuleNotFoundError       (&pym_exc_ModuleNotFoundError)
#define PymExc_LookupError               (&pym_exc_LookupError)
#define PymExc_IndexError                (&pym_exc_IndexError)
#define PymExc_KeyError                  (&pym_exc_KeyError)
#define PymExc_MemoryError               (&pym_exc_MemoryError)
#define PymExc_NameError                 (&pym_exc_NameError)
#define PymExc_UnboundLocalError         (&pym_exc_UnboundLocalError)
#define PymExc_OSError                   (&pym_exc_OSError)
#define PymExc_BlockingIOError           (&pym_exc_BlockingIOError)
#define PymExc_ChildProcessError         (&pym_exc_ChildProcessError)
#define PymExc_ConnectionError           (&pym_exc_ConnectionError)
#define PymExc_BrokenPipeError           (&pym_exc_BrokenPipeError)
#define PymExc_ConnectionAbortedError    (&pym_exc_ConnectionAbortedError)
#define PymExc_ConnectionRefusedError    (&pym_exc_ConnectionRefusedError)
#define PymExc_ConnectionResetError      (&pym_exc_ConnectionResetError)
#define PymExc_FileExistsError           (&pym_exc_FileExistsError)
#define PymExc_FileNotFoundError         (&pym_exc_FileNotFoundError)
#define PymExc_InterruptedError          (&pym_exc_InterruptedError)
#define PymExc_IsADirectoryError         (&pym_exc_IsADirectoryError)
#define PymExc_NotADirectoryError        (&pym_exc_NotADirectoryError)
#define PymExc_PermissionError           (&pym_exc_PermissionError)
#define PymExc_ProcessLookupError        (&pym_exc_ProcessLookupError)
#define PymExc_TimeoutError              (&pym_exc_TimeoutError)
#define PymExc_ReferenceError            (&pym_exc_ReferenceError)
#define PymExc_RuntimeError              (&pym_exc_RuntimeError)
#define PymExc_NotImplementedError       (&pym_exc_NotImplementedError)
#define PymExc_RecursionError            (&pym_exc_RecursionError)
#define PymExc_StopAsyncIteration        (&pym_exc_StopAsyncIteration)
#define PymExc_StopIteration             (&pym_exc_StopIteration)
#define PymExc_SyntaxError               (&pym_exc_SyntaxError)
#define PymExc_IndentationError          (&pym_exc_IndentationError)
#define PymExc_TabError                  (&pym_exc_TabError)
#define PymExc_SystemError               (&pym_exc_SystemError)
#define PymExc_TypeError                 (&pym_exc_TypeError)
#define PymExc_ValueError                (&pym_exc_ValueError)
#define PymExc_UnicodeError              (&pym_exc_UnicodeError)
#define PymExc_UnicodeDecodeError        (&pym_exc_UnicodeDecodeError)
#define PymExc_UnicodeEncodeError        (&pym_exc_UnicodeEncodeError)
#define PymExc_UnicodeTranslateError     (&pym_exc_UnicodeTranslateError)
#define PymExc_Warning                   (&pym_exc_Warning)
#define PymExc_UserWarning               (&pym_exc_UserWarning)
#define PymExc_DeprecationWarning        (&pym_exc_DeprecationWarning)
#define PymExc_PendingDeprecationWarning (&pym_exc_PendingDeprecationWarning)
#define PymExc_SyntaxWarning             (&pym_exc_SyntaxWarning)
#define PymExc_RuntimeWarning            (&pym_exc_RuntimeWarning)
#define PymExc_FutureWarning             (&pym_exc_FutureWarning)
#define PymExc_ImportWarning             (&pym_exc_ImportWarning)
#define PymExc_UnicodeWarning            (&pym_exc_UnicodeWarning)
#define PymExc_BytesWarning              (&pym_exc_BytesWarning)
#define PymExc_ResourceWarning           (&pym_exc_ResourceWarning)
#define PymExc_EncodingWarning           (&pym_exc_EncodingWarning)

#define PYM_EXC_CHECK(o) ((PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_BASE_EXC_SUBCLASS) != 0)

/* Creates an exception instance: type(*args) with args borrowed. */
PymObject *pym_exc_new(PymType *type, PymObject *const *args, size_t nargs);
/* StopIteration(value) value for a finished generator; new ref (None if none) */
PymObject *pym_stopiteration_value(PymObject *exc);
int pym_exceptions_init(void);

#endif
