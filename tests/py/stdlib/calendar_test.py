# calendar: date arithmetic, Calendar iterators, text and HTML output,
# module functions, errors, the command line.
import calendar
import datetime
import io
import sys

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2000))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), list(calendar.month_name), list(calendar.day_abbr))
print(calendar.month_abbr[1:4], calendar.day_name[-1], len(calendar.month_name), len(calendar.day_name))
print(calendar.timegm((2024, 3, 1, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.monthcalendar(2024, 2))

for fw in (0, 6, 3):
    cal = calendar.Calendar(fw)
    print(fw, cal.firstweekday, list(cal.iterweekdays()))
    print(list(cal.itermonthdays(2024, 3)))
    print(list(cal.itermonthdays2(2023, 1))[:9])
    print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2024, 12))[-3:])
    print(cal.monthdatescalendar(2021, 2)[0][0], len(cal.monthdatescalendar(2021, 2)))
print(calendar.Calendar(9).firstweekday)
cal = calendar.Calendar()
print([len(row) for row in cal.yeardayscalendar(2024, 4)], cal.yeardays2calendar(2024)[0][0][0], cal.yeardatescalendar(2024, 6)[1][5][-1][-1])
print(list(cal.itermonthdates(1, 1))[:2], list(cal.itermonthdays3(9999, 12))[-1])

tc = calendar.TextCalendar()
print(tc.formatmonth(2024, 2))
print(tc.formatmonth(2024, 9, w=4, l=2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 10, 3))
print(tc.formatyear(2024))
print(tc.formatyear(2023, w=3, l=1, c=2, m=4))
print(repr(tc.formatweekday(0, 1)), repr(tc.formatweekday(0, 10)), repr(tc.formatweekheader(3)), repr(tc.formatmonthname(2024, 5, 20, False)))
print(repr(tc.formatweek([(0, 0), (1, 1), (30, 2)], 3)), repr(tc.formatday(7, 0, 4)))
print(calendar.month(2024, 7), calendar.calendar(2025, 1, 1, 2, 6)[:300])
print(repr(calendar.weekheader(2)), calendar.formatstring(['a', 'b'], 5, 2))
tc.prmonth(2024, 1)
calendar.prmonth(2024, 4)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2)[0])
calendar.prcal(2024, m=6)
calendar.setfirstweekday(0)

hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 3, withyear=False)[:120])
print(hc.formatyear(2024, 4)[:400], len(hc.formatyear(2024)))
page = hc.formatyearpage(2024, css=None, encoding='ascii')
print(type(page).__name__, page[:200], len(page))
class Custom(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "empty"
print(Custom(6).formatweek([(0, 6), (1, 0)]), Custom().formatweekheader())
ltc = calendar.LocaleTextCalendar(locale='C')
print(ltc.formatmonth(2024, 6))
print(calendar.LocaleHTMLCalendar(locale='C').formatmonthname(2024, 6))

for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0),
            lambda: calendar.setfirstweekday(7), lambda: calendar.weekday(2024, 2, 30),
            lambda: tc.formatmonth(2024, 13)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e, isinstance(e, calendar.error))

old = sys.stdout
sys.stdout = out = io.StringIO()
try:
    calendar.main(['calendar', '2024', '5'])
    calendar.main(['calendar', '-w', '3', '2024', '12'])
    calendar.main(['calendar', '-m', '4', '-s', '2', '2022'])
finally:
    sys.stdout = old
print(out.getvalue())
