# time: struct_time (named-only tm_zone/tm_gmtoff), gmtime/mktime/strftime, strptime, clocks
import time
t = time.gmtime(86400 * 365 + 3723)
print(t, len(t), t.tm_zone, t.tm_gmtoff, t[:3], t.tm_yday, t.tm_wday)
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %b %%', t))
print(time.asctime(t), time.asctime((2000, 2, 29, 1, 2, 3, 1, 60, 0)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_zone)
for a in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(a)
    except TypeError as e:
        print(e)
s = time.strptime('2023-03-05 12:30:01', '%Y-%m-%d %H:%M:%S')
print(s, s.tm_zone, s.tm_gmtoff)
print(time.strptime('Sun Mar  5 12:30:01 2023'))
print(time.strptime('05/03/99', '%d/%m/%y')[:9])
print(time.strptime('2024 366', '%Y %j')[:3] if False else time.strptime('2024-12-31', '%Y-%m-%d').tm_yday)
print(time.strptime('12:00 +0130', '%H:%M %z').tm_gmtoff)
for args in [('x', '%Y'), ('2023-01-01 junk', '%Y-%m-%d'), (1,), ('1', 2)]:
    try:
        time.strptime(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.mktime(time.localtime(1000000000)))
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
a = time.monotonic(); b = time.monotonic(); print(b >= a, time.process_time() >= 0, time.thread_time() >= 0)
print(time.clock_gettime(time.CLOCK_MONOTONIC) > 0, time.clock_gettime_ns(time.CLOCK_REALTIME) > 10**18, time.clock_getres(time.CLOCK_REALTIME))
print(type(time.tzname).__name__, len(time.tzname), type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__)
print(time.tzset())
print(abs(time.time() - time.time_ns() / 1e9) < 1)
