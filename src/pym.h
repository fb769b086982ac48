/*
** pym.h -- everything: include this from modules and tests.
*/
#ifndef PYM_PYM_H
#define PYM_PYM_H

#include "common.h"
#include "object.h"
#include "obmalloc.h"
#include "gc.h"
#include "error.h"
#include "exceptions.h"
#include "modsupport.h"
#include "intobject.h"
#include "floatobject.h"
#include "complexobject.h"
#include "strobject.h"
#include "bytesobject.h"
#include "listobject.h"
#include "tupleobject.h"
#include "dictobject.h"
#include "setobject.h"
#include "rangeobject.h"
#include "sliceobject.h"
#include "iterobject.h"
#include "codeobject.h"
#include "funcobject.h"
#include "moduleobject.h"
#include "descrobject.h"
#include "typeobject.h"
#include "weakrefobject.h"
#include "instattrs.h"
#include "traceback.h"
#include "vm.h"
#include "state.h"
#include "builtins.h"
#include "modules/mod_sys.h"
#include "import.h"
#include "run.h"
#include "compile.h"
#include "leakcheck.h"
#include "tracemalloc.h"

#endif
