# csv: reader/writer with dialects and quoting, DictReader/DictWriter, errors
import csv, io

def rows(text, **kw):
    return list(csv.reader(io.StringIO(text, newline=''), **kw))

print(rows('a,b,c\r\n1,2,3\r\n'))
print(rows('a,"b,c",d\n"x ""q"" y",,\n'))
print(rows('"multi\nline",z\nnext,row\n'))
print(rows('a;b;c\n', delimiter=';'), rows('a\tb\n', dialect='excel-tab'))
print(rows('a, b,  c\n', skipinitialspace=True), rows("'a,b',c\n", quotechar="'"))
print(rows('a\\,b,c\n', escapechar='\\', quoting=csv.QUOTE_NONE), rows('1,"x",2.5\n', quoting=csv.QUOTE_NONNUMERIC))
print(rows('\n\na\n'), rows(''), rows('a,b'), rows('"unterminated'))
print(rows('"a"b,c\n'), rows('a,"b\n'))
r = csv.reader(['x,y', 'z'])
print(next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter, r.dialect.quoting)
for text, kw in [('"a"b\n', {'strict': True}), ('a\0b\n', {}), ('"x\n', {'strict': True})]:
    try:
        rows(text, **kw)
    except csv.Error as e:
        print('Error', e)
try:
    list(csv.reader([b'a,b']))
except csv.Error as e:
    print('Error', e)

out = io.StringIO()
w = csv.writer(out)
w.writerow(['a', 'b,c', 'd"e', 'line\nbreak', '', None, 3, 2.5, True])
w.writerows([[1, 2], ['x']])
w.writerow([''])
w.writerow([])
print(repr(out.getvalue()))
for kw in [dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC), dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
           dict(delimiter='|', lineterminator='\n'), dict(doublequote=False, escapechar='\\'), dict(dialect='unix')]:
    out = io.StringIO()
    csv.writer(out, **kw).writerow(['a b', 'c|d', 'e"f', 1, 2.0, 'g,h'])
    print(kw, repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
for kw in [dict(delimiter='ab'), dict(delimiter=1), dict(quoting=9), dict(quotechar=None), dict(bogus=1)]:
    try:
        csv.writer(io.StringIO(), **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    csv.writer(io.StringIO(), dialect='nope')
except csv.Error as e:
    print('Error', e)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print('pipes' in csv.list_dialects(), csv.get_dialect('pipes').delimiter, rows('"a"|"b"\n', dialect='pipes'))
csv.unregister_dialect('pipes')
try:
    csv.get_dialect('pipes')
except csv.Error as e:
    print('Error', e)
class Semi(csv.excel):
    delimiter = ';'
print(rows('1;2\n', dialect=Semi), csv.excel.lineterminator == '\r\n', csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)

data = 'name,age,city\r\nann,30,Oslo\r\nbob,25\r\ncid,40,Rome,extra\r\n\r\n'
dr = csv.DictReader(io.StringIO(data, newline=''), restval='?', restkey='more')
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
print(list(csv.DictReader(['a,b'], fieldnames=['x', 'y'])))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['name', 'age'], restval='NA')
dw.writeheader()
dw.writerow({'name': 'ann', 'age': 30})
dw.writerows([{'name': 'bob'}, {'age': 1, 'name': 'x,y'}])
print(repr(out.getvalue()))
try:
    dw.writerow({'name': 'z', 'oops': 1})
except ValueError as e:
    print(e)
dw2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
dw2.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad')
except ValueError as e:
    print(e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    rows('a' * 11 + '\n')
except csv.Error as e:
    print('Error', e)
csv.field_size_limit(131072)
