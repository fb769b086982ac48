"""multiprocessing for pym: what can be honest without processes.

pym has no os.fork, os.pipe or os.waitpid, so it cannot start worker
processes, and it will not pretend to: running a Pool's work serially in
this process would give the right answers while hiding that nothing ran in
parallel.  So every way of starting a process -- Pool, Process, Manager,
Queue/Pipe between processes, get_context -- raises NotImplementedError
saying so.  What does not need a second process is real: cpu_count()
(os.cpu_count()), current_process()/parent_process(), active_children()
(always empty), freeze_support() (nothing to do) and the exceptions.
"""

import os

__all__ = ['cpu_count', 'current_process', 'parent_process', 'active_children',
           'freeze_support', 'Pool', 'Process', 'Queue', 'SimpleQueue', 'JoinableQueue',
           'Pipe', 'Manager', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Condition', 'Event', 'Barrier', 'Value', 'Array', 'get_context',
           'set_start_method', 'get_start_method', 'get_all_start_methods',
           'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError']

_WHY = "pym cannot start processes (it has no os.fork, os.pipe or os.waitpid)"


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """The number of CPUs in the system; NotImplementedError if unknown."""
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


class _MainProcess:
    """The process pym runs in: the only one there is."""

    name = 'MainProcess'
    daemon = False
    exitcode = None
    authkey = b''

    @property
    def pid(self):
        return os.getpid()

    ident = pid

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current = _MainProcess()


def current_process():
    return _current


def parent_process():
    return None


def active_children():
    return []


def freeze_support():
    pass


def _unsupported(what):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"multiprocessing.{what}: {_WHY}")
    refuse.__name__ = refuse.__qualname__ = what
    refuse.__doc__ = f"Not available in pym: {_WHY}."
    return refuse


for _name in ('Pool', 'Process', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe',
              'Manager', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
              'Event', 'Barrier', 'Value', 'Array', 'RawValue', 'RawArray',
              'get_context', 'set_start_method', 'get_logger', 'log_to_stderr'):
    globals()[_name] = _unsupported(_name)
del _name


def get_start_method(allow_none=False):
    if allow_none:
        return None
    raise NotImplementedError(f"multiprocessing.get_start_method: {_WHY}")


def get_all_start_methods():
    return []
