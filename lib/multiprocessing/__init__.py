"""multiprocessing for pym: a Pool of forked worker processes.

Pool(n) forks n workers (os.fork) at once; each has a pipe for tasks and a
pipe for results.  A task is a chunk of calls pickled (the function goes by
its qualified name, so it must be importable, as in CPython); the worker
unpickles it, runs it and pickles back the results or the exception, with
each message framed by an 8-byte length.  The parent keeps a short queue of
chunks in each worker's task pipe (so a worker goes from one task to the
next without waiting for the parent) and reads results back in the order it
handed them out; the queue is kept small enough that no pipe can fill up in
both directions at once (see Pool._run).  map/starmap/imap/
imap_unordered/apply and their _async forms are there; an _async call runs
its job to the end before it returns its AsyncResult (the work is parallel,
only the call does not return early).  A worker ends when its task pipe is
closed (Pool.close/terminate, or the parent's exit), by os._exit.

What needs more than that -- Process, Queue, Pipe, Manager, the locks and
shared Value/Array, other start methods -- raises NotImplementedError
saying so; it is never imitated serially.  What needs no second process is
real: cpu_count() (os.cpu_count()), current_process()/parent_process(),
active_children(), freeze_support() (nothing to do) and the exceptions.
"""

import os

__all__ = ['cpu_count', 'current_process', 'parent_process', 'active_children',
           'freeze_support', 'Pool', 'Process', 'Queue', 'SimpleQueue', 'JoinableQueue',
           'Pipe', 'Manager', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Condition', 'Event', 'Barrier', 'Value', 'Array', 'get_context',
           'set_start_method', 'get_start_method', 'get_all_start_methods',
           'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError']

_WHY = "pym's multiprocessing has only Pool (forked workers)"


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


for _name in ('Process', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe',
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


# ---- Pool ----------------------------------------------------------------

import pickle as _pickle
from struct import pack as _pack, unpack as _unpack


def _dump_msg(obj):
    """obj pickled, framed by its 8-byte length."""
    data = _pickle.dumps(obj, _pickle.HIGHEST_PROTOCOL)
    return _pack("<Q", len(data)) + data


def _send_msg(fd, data):
    n = os.write(fd, data)
    if n < len(data):
        view = memoryview(data)[n:]
        while view:
            n = os.write(fd, view)
            view = view[n:]


def _write_msg(fd, obj):
    _send_msg(fd, _dump_msg(obj))


def _read_exact(fd, n):
    parts = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def _read_msg(fd):
    head = _read_exact(fd, 8)
    if head is None:
        return None
    data = _read_exact(fd, _unpack("<Q", head)[0])
    if data is None:
        return None
    return _pickle.loads(data)


def _worker(task_fd, result_fd, initializer, initargs):
    """The loop of a forked worker: (func, star, calls) in, (True, results)
    or (False, exception) out, until the task pipe closes."""
    global _current
    _current = _WorkerProcess(os.getpid())
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = _read_msg(task_fd)
        if task is None:
            break
        func, star, calls = task
        try:
            if star:
                value = [func(*args) for args in calls]
            else:
                value = [func(args) for args in calls]
            reply = (True, value)
        except BaseException as exc:
            reply = (False, exc)
        try:
            _write_msg(result_fd, reply)
        except Exception as exc:
            _write_msg(result_fd, (False, MaybeEncodingError(exc, reply[1])))


class _WorkerProcess(_MainProcess):
    name = 'PoolWorker'

    def __init__(self, pid):
        self._pid = pid

    @property
    def pid(self):
        return self._pid

    ident = pid


class MaybeEncodingError(Exception):
    """A worker's result or exception could not be pickled."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


class AsyncResult:
    """The result of an _async call (already complete: see the module's
    docstring)."""

    def __init__(self, ok, value, callback=None, error_callback=None):
        self._ok = ok
        self._value = value
        if ok and callback is not None:
            callback(value)
        if not ok and error_callback is not None:
            error_callback(value)

    def ready(self):
        return True

    def successful(self):
        return self._ok

    def wait(self, timeout=None):
        pass

    def get(self, timeout=None):
        if self._ok:
            return self._value
        raise self._value


class Pool:
    """A pool of forked worker processes (see the module's docstring)."""

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._state = 'RUN'
        self._workers = []
        for _ in range(processes):
            task_r, task_w = os.pipe()
            result_r, result_w = os.pipe()
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    for fd in (task_w, result_r):
                        os.close(fd)
                    for w in self._workers:
                        os.close(w[1])
                        os.close(w[2])
                    _worker(task_r, result_w, initializer, initargs)
                except BaseException:
                    code = 1
                finally:
                    os._exit(code)
            os.close(task_r)
            os.close(result_w)
            self._workers.append((pid, task_w, result_r))
        self._processes = processes

    def __repr__(self):
        return "<multiprocessing.pool.Pool state=%s pool_size=%d>" % (
            self._state, len(self._workers))

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    # A worker is sent its next chunks before it has answered the last, so
    # that it never waits for the parent between tasks: at most _QUEUE_DEPTH
    # chunks each, and past the first only while the pickled chunks not yet
    # answered fit in _QUEUE_BYTES -- less than any pipe's capacity, so such
    # a write never blocks on a worker that is itself blocked writing results.
    _QUEUE_DEPTH = 8
    _QUEUE_BYTES = 4096

    def _run(self, func, star, chunks):
        """Yield the results of each chunk, in the order of chunks, keeping
        a short queue of chunks in every worker's task pipe."""
        self._check_running()
        chunks = iter(chunks)
        workers = self._workers
        nworkers = len(workers)
        queued = [0] * nworkers         # chunks sent to each, not answered
        queued_bytes = [0] * nworkers   # their pickled size
        pending = []                    # (worker index, size) in hand-out order
        head = 0                        # pending[head] is the next to answer
        message = None                  # the next chunk, pickled, not yet sent
        turn = 0
        failure = None
        try:
            while True:
                while failure is None:
                    if message is None:
                        chunk = next(chunks, None)
                        if chunk is None:
                            break
                        message = _dump_msg((func, star, chunk))
                    # the worker with the shortest queue, round robin on ties
                    best = turn
                    for k in range(1, nworkers):
                        i = (turn + k) % nworkers
                        if queued[i] < queued[best]:
                            best = i
                    size = len(message)
                    if queued[best] and (queued[best] >= self._QUEUE_DEPTH or
                                         queued_bytes[best] + size > self._QUEUE_BYTES):
                        break
                    _send_msg(workers[best][1], message)
                    message = None
                    queued[best] += 1
                    queued_bytes[best] += size
                    pending.append((best, size))
                    turn = (best + 1) % nworkers
                if head == len(pending):
                    break
                i, size = pending[head]
                head += 1
                if head > 64 and head * 2 > len(pending):
                    del pending[:head]
                    head = 0
                reply = _read_msg(workers[i][2])
                queued[i] -= 1
                queued_bytes[i] -= size
                if reply is None:
                    raise RuntimeError("a pool worker (pid %d) died" % workers[i][0])
                ok, value = reply
                if not ok:
                    if failure is None:
                        failure = value
                    continue
                if failure is None:
                    yield value
        finally:
            # an abandoned imap: read what the workers still send, so the
            # next job does not get it
            for i, size in pending[head:]:
                _read_msg(workers[i][2])
        if failure is not None:
            raise failure

    @staticmethod
    def _chunks(items, chunksize):
        it = iter(items)
        while True:
            chunk = []
            for item in it:
                chunk.append(item)
                if len(chunk) == chunksize:
                    break
            if not chunk:
                return
            yield chunk

    def _default_chunksize(self, items):
        chunksize, extra = divmod(len(items), len(self._workers) * 4)
        return chunksize + 1 if extra else chunksize

    def _map(self, func, iterable, chunksize, star):
        self._check_running()
        items = list(iterable)
        if not items:
            return []
        if chunksize is None:
            chunksize = self._default_chunksize(items)
        results = []
        for part in self._run(func, star, self._chunks(items, chunksize)):
            results.extend(part)
        return results

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers."""
        return self._map(func, iterable, chunksize, False)

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], computed by the workers."""
        return self._map(func, iterable, chunksize, True)

    def imap(self, func, iterable, chunksize=1):
        """func(x) for x in iterable, in order, as the workers finish."""
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return self._imap(func, iterable, chunksize)

    def _imap(self, func, iterable, chunksize):
        for part in self._run(func, False, self._chunks(iterable, chunksize)):
            yield from part

    imap_unordered = imap

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _async(self, compute, callback, error_callback):
        try:
            value = compute()
        except Exception as exc:
            return AsyncResult(False, exc, callback, error_callback)
        return AsyncResult(True, value, callback, error_callback)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        if kwds:
            from functools import partial
            func = partial(func, **kwds)
        return self._async(lambda: self._map(func, [tuple(args)], 1, True)[0],
                           callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._async(lambda: self._map(func, iterable, chunksize, False),
                           callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._async(lambda: self._map(func, iterable, chunksize, True),
                           callback, error_callback)

    def close(self):
        """No more tasks: the workers end when they have read the rest."""
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for pid, task_w, result_r in self._workers:
                os.close(task_w)

    def terminate(self):
        self.close()
        self._state = 'TERMINATE'
        self.join()

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        for pid, task_w, result_r in self._workers:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
            os.close(result_r)
        self._workers = []

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()
