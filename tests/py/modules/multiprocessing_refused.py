# multiprocessing without processes: what pym's module answers as CPython
# does (cpu_count, the current process); that Pool/Process are refused with
# NotImplementedError is checked in scripts/test_cli.sh (CPython runs them).
import os
import multiprocessing as mp
from multiprocessing import cpu_count

print(cpu_count() == os.cpu_count(), cpu_count() >= 1)
print(mp.current_process().name, mp.current_process().pid == os.getpid(), mp.parent_process(), mp.active_children())
mp.freeze_support()
print(issubclass(mp.TimeoutError, mp.ProcessError), issubclass(mp.BufferTooShort, mp.ProcessError))
print(callable(mp.Pool), callable(mp.Process))
