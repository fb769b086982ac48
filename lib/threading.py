"""threading for pym: what a single-threaded program needs.

pym runs one thread.  This module gives the parts of CPython's threading
that single-threaded code (and libraries written to be thread-safe) use:
Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, local,
current_thread, main_thread, get_ident, active_count, enumerate.  A lock
that is already held cannot be waited for, since no other thread could
release it: a blocking acquire of a held Lock raises RuntimeError instead
of hanging.  Thread objects can be made and inspected, but start() raises
NotImplementedError: pym has no threads.
"""

from posix import getpid as _getpid

__all__ = ["Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore", "Event",
           "local", "Thread", "current_thread", "main_thread", "get_ident",
           "active_count", "enumerate", "TIMEOUT_MAX", "ThreadError"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError


class _Ident:
    pass


_ident_object = _Ident()


def get_ident():
    return id(_ident_object)


def get_native_id():
    # the main thread's kernel id is the process id on Linux
    return _getpid()


def _would_block(what):
    raise RuntimeError("%s would block forever: pym runs a single thread" % what)


class Lock:
    """A primitive lock (CPython's _thread.lock)."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._locked:
            self._locked = True
            return True
        if blocking and timeout == -1:
            _would_block("acquiring a held Lock")
        return False

    __enter__ = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def __exit__(self, *exc):
        self.release()

    def locked(self):
        return self._locked

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % (
            "locked" if self._locked else "unlocked", id(self))


def _allocate_lock():
    return Lock()


class RLock:
    """A reentrant lock: the owning thread may acquire it again."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def __repr__(self):
        return "<%s %s.%s object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked", self.__class__.__module__,
            self.__class__.__qualname__, get_ident() if self._count else 0, self._count,
            id(self))


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def _owned(self):
        if isinstance(self._lock, RLock):
            return self._lock._is_owned()
        return self._lock.locked()

    def wait(self, timeout=None):
        if not self._owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            _would_block("Condition.wait() without a timeout")
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            self.wait(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    def __repr__(self):
        return "<Condition(%s, 0)>" % (self._lock,)


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if blocking and timeout is None:
            _would_block("acquiring a Semaphore at 0")
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (self.__class__.__module__,
                                            self.__class__.__qualname__, id(self), self._value)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n

    def __repr__(self):
        return "<%s.%s at %#x: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, id(self),
            self._value, self._initial_value)


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _would_block("Event.wait() on an unset event without a timeout")
        return False

    def __repr__(self):
        return "<%s.%s at %#x: %s>" % (self.__class__.__module__, self.__class__.__qualname__,
                                      id(self), "set" if self._flag else "unset")


class local:
    """Thread-local data: with one thread, an ordinary attribute holder."""


_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """A thread description.  pym cannot start threads: start() raises
    NotImplementedError."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if name is None:
            name = _newname()
            if target is not None and getattr(target, "__name__", None):
                name += " (%s)" % target.__name__
        self._name = str(name)
        self._daemon = bool(daemon) if daemon is not None else False
        self._started = False
        self._ident = None

    def start(self):
        raise NotImplementedError("pym runs a single thread: Thread.start() is not supported")

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if self is _main:
            raise RuntimeError("cannot join current thread")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")

    def is_alive(self):
        return self._started

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return get_native_id() if self._started else None

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemon = bool(value)

    def getName(self):
        return self._name

    def isDaemon(self):
        return self._daemon

    def __repr__(self):
        status = "started" if self._started else "initial"
        if self._daemon:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._started = True
        self._ident = get_ident()


_main = _MainThread()


def current_thread():
    return _main


def main_thread():
    return _main


def active_count():
    return 1


def enumerate():
    return [_main]


def settrace(func):
    pass


def setprofile(func):
    pass


def stack_size(size=0):
    if size:
        raise NotImplementedError("pym runs a single thread")
    return 0
