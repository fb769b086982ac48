# UnicodeDecodeError/EncodeError/TranslateError made by Python code keep
# encoding/object/start/end/reason and print CPython's message, as raised ones.
import sys
tests = [
 lambda: UnicodeDecodeError('utf-8'),
 lambda: UnicodeDecodeError(b'x', b'\xff', 0, 1, 'r'),
 lambda: UnicodeDecodeError('utf-8', 'str', 0, 1, 'r'),
 lambda: UnicodeDecodeError('utf-8', b'\xff', 'a', 1, 'r'),
 lambda: UnicodeDecodeError('utf-8', b'\xff', 0, 1, 5),
 lambda: UnicodeEncodeError('ascii', b'x', 0, 1, 'r'),
 lambda: UnicodeTranslateError('x', 0, 1),
 lambda: UnicodeTranslateError(b'x', 0, 1, 'r'),
 lambda: UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'r', k=1),
 lambda: UnicodeDecodeError('utf-8', b'\xff', 2**70, 1, 'r'),
]
for t in tests:
    try:
        e = t(); print('ok', repr(e))
    except Exception as x:
        print(type(x).__name__, x)
e = UnicodeDecodeError('utf-8', bytearray(b'\xff\xfe'), 0, 2, 'bad')
print(repr(e.object), str(e), e.args)
e = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600', 1, 2, 'ordinal not in range(128)')
print(str(e)); e.start = 2; print(str(e)); e.start = 3; e.end = 4; print(str(e)); e.end = 9; print(str(e)); e.start = 10; e.end = 11; print(str(e))
e.reason = 'why'; e.encoding = 'latin-1'; print(str(e), e.args)
t = UnicodeTranslateError('\u20acx', 0, 1, 'nope')
print(str(t), repr(t), t.encoding, t.object, t.start, t.end, t.reason)
t.end = 2; print(str(t))
d = UnicodeDecodeError('utf-8', b'ab\xff', 2, 3, 'invalid start byte')
print(str(d), d.start, d.end); d.end = 5; print(str(d))
print(sys.getsizeof(d), sys.getsizeof(t), UnicodeDecodeError.__basicsize__, UnicodeError.__basicsize__)
e0 = UnicodeDecodeError.__new__(UnicodeDecodeError, 'utf-8', b'\xff', 0, 1, 'r')
print(repr(str(e0)), e0.encoding, e0.object, e0.start, e0.end, e0.reason, e0.args)
class My(UnicodeDecodeError):
    pass
m = My('utf-8', b'\xff', 0, 1, 'r'); m.extra = 1
print(str(m), m.extra, m.__dict__)
try:
    b'a\xffb'.decode('utf-8')
except UnicodeDecodeError as x:
    print(x.args, x.start, x.end, x.reason, str(x))
try:
    'a\xe9'.encode('ascii')
except UnicodeEncodeError as x:
    print(x.args, x.start, x.end, x.reason, str(x))
try:
    raise UnicodeDecodeError('utf-8', b'\xc3', 0, 1, 'unexpected end of data')
except ValueError as x:
    print(type(x).__name__, x)
import pickle
p = pickle.loads(pickle.dumps(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'r')))
print(repr(p), str(p))
