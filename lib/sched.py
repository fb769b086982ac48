"""sched -- a general-purpose event scheduler, written for pym after
CPython 3.11's behaviour.

A scheduler keeps its events in a binary heap ordered by (time, priority,
sequence); the sequence number (in order of entry) breaks ties so that
events entered for the same time and priority run first-in first-out.
Time is whatever timefunc returns and delayfunc(seconds) waits that long:
time.monotonic and time.sleep by default, anything consistent otherwise
(a simulated clock works).  run() pops every due event and calls it,
waiting between them; delayfunc(0) runs after each action, as in CPython.
"""

import time
import heapq
import threading
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc function passed to the constructor.'
Event.priority.__doc__ = 'Events scheduled for the same time will be executed in the order of their priority.'
Event.sequence.__doc__ = 'A continually increasing sequence number that separates events if time and priority are equal.'
Event.action.__doc__ = 'Executing the event means executing action(*argument, **kwargs)'
Event.argument.__doc__ = 'argument is a sequence holding the positional arguments for the action.'
Event.kwargs.__doc__ = 'kwargs is a dictionary holding the keyword arguments for the action.'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay functions."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event in the queue at an absolute time; returns an
        event that cancel() accepts.  Lower priority numbers run first."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """A variant of enterabs() that takes the time relative to now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events in time order, waiting for each one's time.  With
        blocking false, run the events due now and return the delay until
        the next one (None if none is left)."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not q:
                    break
                when = q[0].time
                now = timefunc()
                due = when <= now
                if due:
                    event = heapq.heappop(q)
            if not due:
                if not blocking:
                    return when - now
                delayfunc(when - now)
            else:
                event.action(*event.argument, **event.kwargs)
                delayfunc(0)   # let other threads run

    @property
    def queue(self):
        """The events still to run, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
