"""Trace memory allocations (written for pym, after CPython 3.11's API).

The tracer itself is the C module _tracemalloc (src/tracemalloc.c): while
tracing, every block of object memory carries its size and the traceback of
its allocation.  This module turns its raw data into objects:

  take_snapshot()        -> Snapshot of the traces alive now
  Snapshot.statistics(key_type)  -> [Statistic], biggest first, grouped by
                            'filename', 'lineno' or 'traceback'
  Snapshot.compare_to(old, key_type)  -> [StatisticDiff], biggest change first
  Snapshot.filter_traces([Filter / DomainFilter ...])  -> Snapshot
  get_object_traceback(obj)  -> Traceback where obj was allocated, or None

Raw formats (as CPython's _tracemalloc): a trace is (domain, size,
traceback, total_nframe); a raw traceback a tuple of (filename, lineno)
frames, most recent first.  A Traceback object holds them oldest first.
Sizes print as CPython prints them: "633 B", "97.7 KiB", "+4216 B".
pickle is not part of pym: Snapshot.dump and Snapshot.load raise
NotImplementedError.
"""

import linecache

from _tracemalloc import (start, stop, is_tracing, clear_traces, reset_peak,
                          get_traced_memory, get_traceback_limit,
                          get_tracemalloc_memory, _get_object_traceback,
                          _get_traces)


def _format_size(size, sign):
    # 3 significant digits below 100 of a unit above bytes ("97.7 KiB"),
    # else a whole number while below 10 * 1024 ("7776 B", "4216 KiB")
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if unit != 'B' and abs(size) < 100:
            if sign:
                return "%+.1f %s" % (size, unit)
            return "%.1f %s" % (size, unit)
        if unit == 'TiB' or abs(size) < 10 * 1024:
            if sign:
                return "%+.0f %s" % (size, unit)
            return "%.0f %s" % (size, unit)
        size /= 1024


class Statistic:
    """
    Statistic difference on memory allocations between two Snapshot instance.
    """

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.count == other.count)

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback,
                                          _format_size(self.size, False),
                                          self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return ('<Statistic traceback=%r size=%i count=%i>'
                % (self.traceback, self.size, self.count))

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """
    Statistic difference on memory allocations between an old and a new
    Snapshot instance.
    """

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count,
                     self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.size_diff == other.size_diff
                and self.count == other.count
                and self.count_diff == other.count_diff)

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False),
            _format_size(self.size_diff, True), self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>'
                % (self.traceback, self.size, self.size_diff, self.count,
                   self.count_diff))

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff),
                self.count, self.traceback)


def _compare_grouped_stats(old_group, new_group):
    # old_group is consumed: what is left of it are the groups that vanished
    result = []
    for traceback, stat in new_group.items():
        old = old_group.pop(traceback, None)
        if old is None:
            result.append(StatisticDiff(traceback, stat.size, stat.size,
                                        stat.count, stat.count))
        else:
            result.append(StatisticDiff(traceback, stat.size,
                                        stat.size - old.size, stat.count,
                                        stat.count - old.count))
    for traceback, stat in old_group.items():
        result.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return result


class Frame:
    """
    Frame of a traceback.
    """

    __slots__ = ("_frame",)

    def __init__(self, frame):
        # frame is a tuple: (filename: str, lineno: int)
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __le__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame <= other._frame

    def __gt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame > other._frame

    def __ge__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame >= other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


class Traceback:
    """
    Sequence of Frame instances sorted from the oldest frame
    to the most recent frame.
    """

    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        # frames: raw (filename, lineno) tuples, most recent first as
        # _tracemalloc gives them; kept oldest first
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(frame) for frame in self._frames[index])
        return Frame(self._frames[index])

    def __iter__(self):
        for frame in self._frames:
            yield Frame(frame)

    def __reversed__(self):
        for frame in reversed(self._frames):
            yield Frame(frame)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, frame, start=0, stop=None):
        if stop is None:
            stop = len(self._frames)
        for i in range(start, stop):
            if Frame(self._frames[i]) == frame:
                return i
        raise ValueError

    def count(self, frame):
        return sum(1 for f in self._frames if Frame(f) == frame)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __le__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames <= other._frames

    def __gt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames > other._frames

    def __ge__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames >= other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %s" % (tuple(self),)
        if self._total_nframe is None:
            return text + ">"
        return text + " total_nframe=%s>" % (self._total_nframe,)

    def format(self, limit=None, most_recent_first=False):
        if limit is None:
            frames = list(self)
        elif limit > 0:
            frames = list(self[-limit:])
        else:
            frames = list(self[:limit])
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = linecache.getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


def get_object_traceback(obj):
    """
    Get the traceback where the Python object *obj* was allocated.
    Return a Traceback instance.

    Return None if the tracemalloc module is not tracing memory allocations or
    did not trace the allocation of the object.
    """
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """
    Trace of a memory block.
    """

    __slots__ = ("_trace",)

    def __init__(self, trace):
        # trace: (domain, size, raw traceback, total_nframe)
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return ("<Trace domain=%s size=%s, traceback=%r>"
                % (self.domain, _format_size(self.size, False), self.traceback))


class _Traces:
    # the sequence of Trace objects of a snapshot, over the raw list

    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(trace) for trace in self._traces[index])
        return Trace(self._traces[index])

    def __iter__(self):
        for trace in self._traces:
            yield Trace(trace)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


def _fnmatch(name, pattern):
    # shell-style match of the whole name: * any run, ? one character,
    # [seq] / [!seq] one character of (not of) seq, ranges a-z allowed
    n = len(name)
    p = len(pattern)
    i = j = 0
    star_j = -1       # position in pattern after the last '*'
    star_i = 0        # position in name that '*' matched up to
    while i < n:
        if j < p:
            c = pattern[j]
            if c == '*':
                star_j = j + 1
                star_i = i
                j += 1
                continue
            if c == '?':
                i += 1
                j += 1
                continue
            if c == '[':
                end, ok = _match_class(pattern, j, name[i])
                if end >= 0:
                    if ok:
                        i += 1
                        j = end
                        continue
                elif name[i] == '[':
                    i += 1
                    j += 1
                    continue
            elif c == name[i]:
                i += 1
                j += 1
                continue
        if star_j < 0:
            return False
        star_i += 1
        i = star_i
        j = star_j
    while j < p and pattern[j] == '*':
        j += 1
    return j == p


def _match_class(pattern, j, ch):
    # pattern[j] is '[': (index after the closing ']', whether ch is in the
    # class); (-1, False) when the bracket is not closed (a literal '[')
    k = j + 1
    negate = False
    if k < len(pattern) and pattern[k] == '!':
        negate = True
        k += 1
    start = k
    found = False
    while k < len(pattern) and (pattern[k] != ']' or k == start):
        if k + 2 < len(pattern) and pattern[k + 1] == '-' and pattern[k + 2] != ']':
            if pattern[k] <= ch <= pattern[k + 2]:
                found = True
            k += 3
        else:
            if pattern[k] == ch:
                found = True
            k += 1
    if k >= len(pattern):
        return -1, False
    return k + 1, found != negate


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern, lineno=None,
                 all_frames=False, domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        if not _fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if self.all_frames:
            for filename, lineno in traceback:
                if self._match_frame_impl(filename, lineno):
                    return self.inclusive
            return not self.inclusive
        filename, lineno = traceback[0]
        return self._match_frame(filename, lineno)

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        res = self._match_traceback(traceback)
        if self.domain is not None:
            if self.inclusive:
                return res and domain == self.domain
            return res or domain != self.domain
        return res


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self._domain) ^ (not self.inclusive)


class Snapshot:
    """
    Snapshot of traces of memory blocks allocated by Python.
    """

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """
        Write the snapshot into a file.
        """
        raise NotImplementedError("Snapshot.dump() needs pickle, which pym lacks")

    @staticmethod
    def load(filename):
        """
        Load a snapshot from a file.
        """
        raise NotImplementedError("Snapshot.load() needs pickle, which pym lacks")

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters:
            matched = False
            for trace_filter in include_filters:
                if trace_filter._match(trace):
                    matched = True
                    break
            if not matched:
                return False
        for trace_filter in exclude_filters:
            if not trace_filter._match(trace):
                return False
        return True

    def filter_traces(self, filters):
        """
        Create a new Snapshot instance with a filtered traces sequence, filters
        is a list of Filter or DomainFilter instances.  If filters is an empty
        list, return a new Snapshot instance with a copy of the traces.
        """
        try:
            filters = list(filters)
        except TypeError:
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__) from None
        if filters:
            include_filters = [f for f in filters if f.inclusive]
            exclude_filters = [f for f in filters if not f.inclusive]
            new_traces = [trace for trace in self.traces._traces
                          if self._filter_trace(include_filters,
                                                exclude_filters, trace)]
        else:
            new_traces = self.traces._traces.copy()
        return Snapshot(new_traces, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used "
                             "with key type %r" % key_type)
        stats = {}
        keys = {}       # raw traceback (or frame) -> Traceback key
        for domain, size, raw, total_nframe in self.traces._traces:
            if cumulative:
                parts = raw
            else:
                parts = (raw,)
            for part in parts:
                key = keys.get(part)
                if key is None:
                    if cumulative:
                        frame = part
                    else:
                        frame = raw[0]
                    if key_type == 'traceback':
                        key = Traceback(raw)
                    elif key_type == 'lineno':
                        key = Traceback((frame,))
                    else:
                        key = Traceback(((frame[0], 0),))
                    keys[part] = key
                stat = stats.get(key)
                if stat is None:
                    stats[key] = Statistic(key, size, 1)
                else:
                    stat.size += size
                    stat.count += 1
        return stats

    def statistics(self, key_type, cumulative=False):
        """
        Group statistics by key_type. Return a sorted list of Statistic
        instances.
        """
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(reverse=True, key=Statistic._sort_key)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """
        Compute the differences with an old snapshot old_snapshot. Get
        statistics as a sorted list of StatisticDiff instances, grouped by
        group_by.
        """
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        result = _compare_grouped_stats(old_group, new_group)
        result.sort(reverse=True, key=StatisticDiff._sort_key)
        return result


def take_snapshot():
    """
    Take a snapshot of traces of memory blocks allocated by Python.
    """
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    traces = _get_traces()
    traceback_limit = get_traceback_limit()
    return Snapshot(traces, traceback_limit)
