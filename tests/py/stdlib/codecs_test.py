# codecs: registry, encode/decode, incremental and stream codecs, BOMs,
# error handlers, utf-16/32, transforms.
import codecs
import io
import os
import tempfile

for name in ['UTF8', 'utf-8', 'U8', 'latin1', 'ISO-8859-1', 'US-ASCII', 'ascii', 'rot13',
             'utf_16_le', 'UTF-16BE', 'utf-32', 'u16', 'hex', 'base64']:
    info = codecs.lookup(name)
    print(name, '->', info.name, isinstance(info, tuple), len(info), info[0] is info.encode)
for bad in ['nope', 'utf-9', 'cp1252x']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError:', e)
try:
    codecs.lookup(5)
except TypeError as e:
    print('TypeError:', e)

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE,
      codecs.BOM64_LE, codecs.BOM32_BE)

text = 'héllo wörld €𝄞'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    data = codecs.encode(text, enc)
    print(enc, data, codecs.decode(data, enc) == text, len(codecs.decode(data, enc)))
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode('é', 'latin-1'), codecs.decode(b'\xe9', 'latin-1'))
print(codecs.decode(b'\xfe\xff\x00A', 'utf-16'), codecs.decode(b'\x00\x00\xfe\xff\x00\x00\x00A', 'utf-32'))

for args in [('héllo', 'ascii'), ('héllo€', 'latin-1'), ('a\ud800b', 'utf-8'), ('a\ud800b', 'utf-16-le')]:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            print(args, errors, codecs.encode(args[0], args[1], errors))
        except UnicodeEncodeError as e:
            print(args, errors, 'UnicodeEncodeError:', e, e.start, e.end, e.reason)
for data, enc in [(b'h\xe9llo', 'ascii'), (b'h\xe9llo', 'utf-8'), (b'a\xff\xfeb', 'utf-8'),
                  (b'a\x00\x00', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le')]:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        try:
            print(data, enc, errors, ascii(codecs.decode(data, enc, errors)))
        except UnicodeDecodeError as e:
            print(data, enc, errors, 'UnicodeDecodeError:', e, e.start, e.end)
print(codecs.encode('a\udcffb', 'utf-8', 'surrogateescape'), codecs.encode('a\ud800', 'utf-8', 'surrogatepass'),
      ascii(codecs.decode(b'a\xed\xa0\x80', 'utf-8', 'surrogatepass')))

# Registered error handlers.
def question(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d-%d>' % (exc.start, exc.end), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('test.mark', question)
print(codecs.lookup_error('test.mark') is question, codecs.lookup_error('strict') is codecs.strict_errors)
print(codecs.encode('aéé b€', 'ascii', 'test.mark'), codecs.decode(b'a\xff\xfeb\xc3', 'utf-8', 'test.mark'))
print(codecs.encode('x€y', 'latin-1', 'test.mark'), codecs.encode('a\ud800', 'utf-16-be', 'test.mark'))
codecs.register_error('test.skip2', lambda exc: ('', exc.end + 1))
print(codecs.encode('aéxyz', 'ascii', 'test.skip2'))
codecs.register_error('test.bad', lambda exc: 'no tuple')
codecs.register_error('test.far', lambda exc: ('', 100))
codecs.register_error('test.neg', lambda exc: ('!', -1))
print(codecs.encode('aéz', 'ascii', 'test.neg'))
for errors in ['test.bad', 'test.far', 'nosuch']:
    try:
        codecs.encode('aé', 'ascii', errors)
    except (TypeError, IndexError, LookupError) as e:
        print(type(e).__name__ + ':', e)
for bad in [lambda: codecs.register_error('x', 5), lambda: codecs.register(5),
            lambda: codecs.lookup_error('nope'), lambda: codecs.strict_errors(ValueError('v')),
            lambda: codecs.xmlcharrefreplace_errors(KeyError('x'))]:
    try:
        bad()
    except (TypeError, LookupError, ValueError) as e:
        print(type(e).__name__ + ':', e)

# Codec wrapping of plain errors, transforms.
for call in [lambda: codecs.encode('x', 'hex'), lambda: codecs.encode(b'x', 'utf-8'),
             lambda: codecs.decode('x', 'utf-8'), lambda: codecs.decode(b'zz', 'hex')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', str(e).split(' (')[0])
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot-13'))
print(codecs.encode(b'\x01\xab', 'hex'), codecs.decode(b'01ab', 'hex'), codecs.encode(b'abc', 'base64'),
      codecs.decode(b'YWJj\n', 'base64'))

# Functions of the codecs themselves.
print(codecs.utf_8_decode(b'a\xc3', 'strict', False), codecs.utf_8_decode(b'a\xc3\xa9'), codecs.utf_8_encode('é'))
print(codecs.latin_1_encode('é'), codecs.ascii_decode(b'ab'), codecs.utf_16_le_encode('A'), codecs.utf_16_be_decode(b'\x00A\x00'))
try:
    codecs.utf_8_decode(b'a\xc3', 'strict', True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(codecs.getencoder('utf-8')('ü'), codecs.getdecoder('latin-1')(b'\xfc'))
enc = codecs.getencoder('ascii')
try:
    enc('ü')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)

# Incremental codecs.
dec = codecs.getincrementaldecoder('utf-8')()
pieces = [b'h', b'\xc3', b'\xa9', b'\xe2\x82', b'\xac', b'\xf0\x9d', b'\x84\x9e', b'!']
print([dec.decode(p) for p in pieces], dec.decode(b'', final=True), dec.getstate())
dec.decode(b'\xe2')
print(dec.getstate())
try:
    dec.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
dec.reset()
print(repr(dec.decode(b'ok', True)))
rdec = codecs.getincrementaldecoder('utf-8')('replace')
print(rdec.decode(b'a\xff'), rdec.decode(b'\xc3'), rdec.decode(b'', True))
d16 = codecs.getincrementaldecoder('utf-16')()
print([d16.decode(bytes([b])) for b in codecs.encode('hé€', 'utf-16')])
ienc = codecs.getincrementalencoder('utf-16')()
print(ienc.encode('a'), ienc.encode('b'), ienc.encode('', True))
ienc.reset()
print(ienc.encode('c'))
e8 = codecs.getincrementalencoder('utf-8')()
print(e8.encode('é'), e8.encode('', final=True), e8.getstate())
print(list(codecs.iterencode(['a', 'é', ''], 'utf-8')), ''.join(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')))
print(list(codecs.iterencode(['ab', 'c'], 'utf-16-le')))

# Streams.
buf = io.BytesIO()
w = codecs.getwriter('utf-8')(buf)
w.write('héllo\n')
w.writelines(['a', 'b\n'])
print(buf.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO('line1\nlïne2\r\nline3'.encode()))
print(repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO('a\nb\nc'.encode()))
print(list(r))
r = codecs.getreader('utf-16')(io.BytesIO(codecs.encode('x€y', 'utf-16')))
print(repr(r.read()))

path = os.path.join(tempfile.mkdtemp(), 'codecs_test.txt')
with codecs.open(path, 'w', encoding='utf-8') as f:
    print(type(f).__name__, f.encoding)
    f.write('première ligne\n')
    f.write('zweite Zeile €\n')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', encoding='utf-8') as f:
    print(f.readline().rstrip(), f.read().rstrip())
with codecs.open(path, encoding='latin-1', errors='replace') as f:
    print(ascii(f.read()))
with codecs.open(path, 'w', encoding='utf-16') as f:
    f.write('ab')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r') as f:
    print(type(f).__name__ != 'StreamReaderWriter')
os.remove(path)
os.rmdir(os.path.dirname(path))

# Charmap helpers and a search function of one's own.
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 10, 2: 10, 3: 30}))
table = codecs.charmap_build('abc')
print(table, codecs.charmap_encode('cab', 'strict', table), codecs.charmap_decode(b'\x00\x02', 'strict', 'xyz'))
try:
    codecs.charmap_encode('d', 'strict', table)
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(codecs.charmap_encode('da', 'replace', {ord('a'): 1, ord('?'): 63}), codecs.charmap_decode(b'\x05', 'replace', 'ab'))

class Upper(codecs.Codec):
    def encode(self, input, errors='strict'):
        return input.upper().encode('ascii'), len(input)
    def decode(self, input, errors='strict'):
        return bytes(input).decode('ascii').lower(), len(input)

def search(name):
    if name == 'test_upper':
        c = Upper()
        return codecs.CodecInfo(c.encode, c.decode, name='test-upper')
    return None
codecs.register(search)
print(codecs.encode('shout', 'test_upper'), codecs.decode(b'QUIET', 'TEST_UPPER'), codecs.lookup('test_upper').name)
codecs.unregister(search)
try:
    codecs.lookup('test_upper')
except LookupError as e:
    print('LookupError:', e)
print(repr(codecs.lookup('utf-8')).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
for cls in [codecs.Codec(), codecs.IncrementalEncoder(), codecs.IncrementalDecoder()]:
    try:
        (cls.encode if hasattr(cls, 'encode') else cls.decode)('x')
    except NotImplementedError:
        print(type(cls).__name__, 'NotImplementedError')
