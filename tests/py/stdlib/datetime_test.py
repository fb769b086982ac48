import datetime as dt
from datetime import date, time, datetime, timedelta, timezone

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(repr(td), td, td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta()), repr(timedelta(seconds=-1)), timedelta(seconds=-1), timedelta(days=-3, hours=5))
print(timedelta(hours=1.5), timedelta(days=0.5, minutes=0.25), timedelta(microseconds=0.5), timedelta(microseconds=1.5),
      timedelta(weeks=2, milliseconds=3))
print(td + td, td - timedelta(days=2), -td, abs(-td), td * 2, 2 * td, td * 0.5, td / 2, td / td, td // 3,
      td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(hours=5)))
print(timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), bool(timedelta()), hash(timedelta(1)) == hash(timedelta(hours=24)))
print(timedelta.min, timedelta.max, timedelta.resolution, timedelta(days=2, seconds=1), timedelta(days=-1, microseconds=1))
for bad in (lambda: timedelta(days=10**9), lambda: timedelta("1"), lambda: td / 0):
    try:
        bad()
    except (OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

d = date(2024, 2, 29)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=60), d - date(2000, 1, 1), date.fromordinal(1), date.fromordinal(738000))
print(d.replace(year=2025, day=28), d.timetuple(), date.min, date.max, date.resolution)
print(d.strftime("%Y/%m/%d %A %B %j %a %b %%"), format(d, "%d.%m.%y"), f"{d}", f"{d:%Y}")
print(date.fromisoformat("2021-12-04"), date.fromisoformat("20211204"), date.fromisoformat("2021-W01-1"), date.fromisocalendar(2020, 53, 7))
print(d < date(2025, 1, 1), d == date(2024, 2, 29), d != d.replace(day=1), sorted([date(2020, 1, 2), date(2019, 5, 5)]))
print(date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(2018, 12, 31).isocalendar().week)
for bad in (lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(0, 1, 1), lambda: date(2023, 1, 1.5),
            lambda: date.fromisoformat("2021-1-4"), lambda: date.fromordinal(0), lambda: date(9999, 12, 31) + timedelta(1)):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

t = time(13, 5, 9, 250)
print(repr(t), t, t.hour, t.isoformat("milliseconds"), t.isoformat("minutes"), time(7).isoformat(), repr(time()), t.strftime("%H:%M:%S.%f %p"))
print(time.fromisoformat("04:23:01.000384"), time.fromisoformat("T0423"), time(1, 2) < time(3, 4), time.min, time.max)
tz = timezone(timedelta(hours=5, minutes=30))
print(repr(tz), tz, repr(timezone.utc), timezone.utc, timezone(timedelta(hours=-8), "PST"), repr(timezone(timedelta(hours=-8), "PST")))
print(time(12, tzinfo=tz), repr(time(12, tzinfo=timezone.utc)), time(12, tzinfo=tz).utcoffset(), dt.UTC is timezone.utc)
for bad in (lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 1, 10**6), lambda: timezone(timedelta(hours=25)), lambda: t.isoformat("bad")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

x = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(repr(x), x, x.date(), x.time(), x.isoformat(), x.isoformat(" ", "seconds"), x.ctime(), x.weekday())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 7)))
print(x + timedelta(hours=12), x - timedelta(days=400), x - datetime(2024, 1, 1), datetime(2024, 1, 1) - x)
print(x.replace(hour=0, microsecond=0), datetime.combine(date(2020, 5, 17), time(8, 15)), x.timetuple())
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %I%p %y %j"), f"{x:%d/%m/%Y %H:%M}", format(x, ""))
print(datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"),
      repr(datetime.fromisoformat("2011-11-04T00:05:23Z")), datetime.fromisoformat("20111104T000523"),
      datetime.fromisoformat("2011-11-04T00:05:23+04:00"), datetime.fromisoformat("2011-11-04"))
print(datetime.strptime("2023-07-14 09:05:03", "%Y-%m-%d %H:%M:%S"), datetime.strptime("14/Jul/23 9:05PM", "%d/%b/%y %I:%M%p"),
      datetime.strptime("Friday, 14 July 2023", "%A, %d %B %Y"), datetime.strptime("2023-07-14T09:05:03.5+0200", "%Y-%m-%dT%H:%M:%S.%f%z"),
      datetime.strptime("100", "%j"), datetime.strptime("  5  3", " %d %m"))
for bad in (("2023-13-01", "%Y-%m-%d"), ("2023-01-01 extra", "%Y-%m-%d"), ("x", "%Y"), ("2023", "%Q")):
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
other = datetime(2024, 1, 1, 17, 30, tzinfo=tz)
print(repr(aware), aware, aware == other, aware.utcoffset(), other.tzname(), aware.timestamp(), other - aware,
      aware.astimezone(tz), aware.astimezone(timezone(timedelta(hours=-3))).isoformat())
print(datetime.fromtimestamp(86400 * 365.25, timezone.utc), datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(0, tz=tz))
print(aware.strftime("%z %Z"), other.strftime("%z|%Z"), datetime(2024, 1, 1).strftime("[%z][%Z]"))
for bad in (lambda: aware < datetime(2024, 1, 1), lambda: aware - datetime(2024, 1, 1), lambda: x < date(2024, 1, 1),
            lambda: datetime(2024, 2, 30), lambda: datetime.fromisoformat("2024-01-01T25:00")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(aware == datetime(2024, 1, 1, 12), x == x.date(), x.date() == x, datetime.min, datetime.max)
now = datetime.now()
print(type(now).__name__, isinstance(now, date), 2000 < now.year < 3000, (datetime.now() - now) < timedelta(seconds=5),
      date.today() == now.date() or True, type(datetime.utcnow()).__name__, datetime.now(timezone.utc).tzinfo)
# pym names its own classes 'timedelta', not 'datetime.timedelta', in the
# TypeErrors of unsupported operands (CPython's are C types)
print(hash(x) == hash(x.replace()), {date(2020, 1, 1): 1}[date(2020, 1, 1)], dt.MINYEAR, dt.MAXYEAR)
