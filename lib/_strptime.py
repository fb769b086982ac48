"""time.strptime for pym: parses with datetime's directive-by-directive
parser and completes the struct_time (weekday, day of the year, tm_zone,
tm_gmtoff) as CPython's _strptime does.  Imported on the first call of
time.strptime, so scripts that never parse dates do not pay for datetime."""

import time


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time struct based on the input string and the format string."""
    import datetime
    (year, month, day, hour, minute, second), fraction, gmtoff, gmtoff_fraction, tzname = \
        datetime._strptime(data_string, format)
    date = datetime.date(year, month, day)
    wday = date.weekday()
    yday = date.toordinal() - datetime.date(year, 1, 1).toordinal() + 1
    isdst = -1
    if tzname:
        low = tzname.lower()
        if low in ('utc', 'gmt'):
            isdst = 0
        elif low == time.tzname[0].lower():
            isdst = 0
        elif time.daylight and low == time.tzname[1].lower():
            isdst = 1
    return time.struct_time((year, month, day, hour, minute, second, wday, yday, isdst,
                             tzname, gmtoff))
