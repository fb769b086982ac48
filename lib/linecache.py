"""Cache lines from Python source files (written for pym, after CPython 3.11's API).

getline(filename, lineno) returns one line ('' when there is none) of a file
read once and kept in the cache; getlines(filename) all of them.  Names like
'<string>' or '<stdin>' never name a file.  checkcache() forgets the files
whose text changed or that can no longer be read; clearcache() forgets all.

pym has no os.stat, so checkcache compares the text itself instead of the
size and modification time CPython compares: it reads the file again.
"""

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> list of its lines, each ending with '\n'
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    if filename in cache:
        return cache[filename]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _read_lines(filename):
    # the lines of the file, or None when it cannot be read as text
    try:
        with open(filename) as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        if name not in cache:
            continue
        if _read_lines(name) != cache[name]:
            del cache[name]


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    if filename in cache:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    lines = _read_lines(filename)
    if lines is None:
        return []
    cache[filename] = lines
    return lines


def lazycache(filename, module_globals):
    """pym keeps no loaders: nothing can be registered lazily."""
    return False
