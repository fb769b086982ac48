"""asyncio for pym: an event loop with timers (no I/O), tasks, futures,
queues and locks, with CPython 3.11's names and behaviour."""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .queues import *
from .locks import *
from .runners import *
from .taskgroups import *
from .timeouts import *

from . import exceptions, events, futures, tasks, queues, locks, runners, taskgroups, timeouts

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ + tasks.__all__ +
           queues.__all__ + locks.__all__ + runners.__all__ + taskgroups.__all__ +
           timeouts.__all__)
