"""Python 2 names of Python 3 modules and globals, for pickle (written for pym).

Pickles of protocols 0 to 2 are meant to be readable by Python 2, so with
fix_imports a pickler writes a global by its Python 2 name (builtins.set is
"__builtin__ set", ValueError is "exceptions ValueError"), and an unpickler
maps Python 2 names back.  REVERSE_IMPORT_MAPPING and REVERSE_NAME_MAPPING
are the pickler's tables (Python 3 -> Python 2), IMPORT_MAPPING and
NAME_MAPPING the unpickler's (Python 2 -> Python 3); the table data are the
module and global names of CPython 3.11's pickle compatibility.
"""

# Python 3 module -> the Python 2 module of the same contents
REVERSE_IMPORT_MAPPING = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
    'reprlib': 'repr', 'winreg': '_winreg', '_thread': 'thread',
    '_dummy_thread': 'dummy_thread', 'dbm': 'anydbm', 'dbm.bsd': 'dbhash',
    'dbm.dumb': 'dumbdbm', 'dbm.gnu': 'gdbm', 'dbm.ndbm': 'dbm',
    '_dbm': 'dbm', '_gdbm': 'gdbm', 'html.entities': 'htmlentitydefs',
    'html.parser': 'HTMLParser', 'http.client': 'httplib',
    'http.cookiejar': 'cookielib', 'http.cookies': 'Cookie',
    'http.server': 'BaseHTTPServer', 'subprocess': 'commands',
    'test.support': 'test.test_support', 'urllib.parse': 'urlparse',
    'urllib.request': 'urllib2', 'urllib.robotparser': 'robotparser',
    'xmlrpc.client': 'xmlrpclib', 'xmlrpc.server': 'SimpleXMLRPCServer',
    '_markupbase': 'markupbase', 'collections.abc': '_abcoll',
    '_bz2': 'bz2', '_functools': 'functools', '_pickle': 'pickle',
    'tkinter': 'Tkinter', 'tkinter.colorchooser': 'tkColorChooser',
    'tkinter.commondialog': 'tkCommonDialog', 'tkinter.constants': 'Tkconstants',
    'tkinter.dialog': 'Dialog', 'tkinter.dnd': 'Tkdnd',
    'tkinter.filedialog': 'tkFileDialog', 'tkinter.font': 'tkFont',
    'tkinter.messagebox': 'tkMessageBox', 'tkinter.scrolledtext': 'ScrolledText',
    'tkinter.simpledialog': 'tkSimpleDialog', 'tkinter.tix': 'Tix',
    'tkinter.ttk': 'ttk',
}

# (Python 3 module, name) -> (Python 2 module, name), where the name moved
REVERSE_NAME_MAPPING = {
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('dbm', 'whichdb'): ('whichdb', 'whichdb'),
    ('socket', 'fromfd'): ('_socket', 'fromfd'),
    ('_socket', 'socket'): ('socket', '_socketobject'),
    ('multiprocessing.connection', 'Connection'): ('_multiprocessing', 'Connection'),
    ('multiprocessing.context', 'Process'): ('multiprocessing.process', 'Process'),
    ('multiprocessing.popen_fork', 'Popen'): ('multiprocessing.forking', 'Popen'),
    ('http.server', 'CGIHTTPRequestHandler'): ('CGIHTTPServer', 'CGIHTTPRequestHandler'),
    ('http.server', 'SimpleHTTPRequestHandler'): ('SimpleHTTPServer', 'SimpleHTTPRequestHandler'),
    ('tkinter.filedialog', 'FileDialog'): ('FileDialog', 'FileDialog'),
    ('tkinter.filedialog', 'LoadFileDialog'): ('FileDialog', 'LoadFileDialog'),
    ('tkinter.filedialog', 'SaveFileDialog'): ('FileDialog', 'SaveFileDialog'),
    ('tkinter.simpledialog', 'SimpleDialog'): ('SimpleDialog', 'SimpleDialog'),
    ('urllib.error', 'ContentTooShortError'): ('urllib', 'ContentTooShortError'),
    ('urllib.error', 'HTTPError'): ('urllib2', 'HTTPError'),
    ('urllib.error', 'URLError'): ('urllib2', 'URLError'),
}
for _name in ('quote', 'quote_plus', 'unquote', 'unquote_plus', 'urlencode'):
    REVERSE_NAME_MAPPING[('urllib.parse', _name)] = ('urllib', _name)
for _name in ('getproxies', 'pathname2url', 'url2pathname', 'urlcleanup',
              'urlopen', 'urlretrieve'):
    REVERSE_NAME_MAPPING[('urllib.request', _name)] = ('urllib', _name)
for _name in ('DocCGIXMLRPCRequestHandler', 'DocXMLRPCRequestHandler',
              'DocXMLRPCServer', 'ServerHTMLDoc', 'XMLRPCDocGenerator'):
    REVERSE_NAME_MAPPING[('xmlrpc.server', _name)] = ('DocXMLRPCServer', _name)
for _name in ('AuthenticationError', 'BufferTooShort', 'ProcessError', 'TimeoutError'):
    REVERSE_NAME_MAPPING[('multiprocessing.context', _name)] = ('multiprocessing', _name)

# the exceptions Python 2 had, in its module "exceptions"
PYTHON2_EXCEPTIONS = (
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException',
    'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError',
    'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
    'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning',
    'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
    'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError',
    'OverflowError', 'PendingDeprecationWarning', 'ReferenceError',
    'RuntimeError', 'RuntimeWarning', 'StopIteration', 'SyntaxError',
    'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TypeError',
    'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError',
    'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning',
    'ValueError', 'Warning', 'ZeroDivisionError')
# Python 3's subclasses of OSError: Python 2 only had OSError itself
PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
    'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
    'FileExistsError', 'FileNotFoundError', 'InterruptedError',
    'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError')

for _name in PYTHON2_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', _name)
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')

# the unpickler's direction: Python 2 -> Python 3
# (the C accelerator modules are written under their Python 2 names but are
# not where Python 2 modules go back to)
IMPORT_MAPPING = {v: k for k, v in REVERSE_IMPORT_MAPPING.items()
                  if k not in ('_bz2', '_functools', '_pickle', '_dbm', '_gdbm')}
IMPORT_MAPPING.update({'cPickle': 'pickle', '_elementtree': 'xml.etree.ElementTree',
                       'FileDialog': 'tkinter.filedialog',
                       'SimpleDialog': 'tkinter.simpledialog',
                       'DocXMLRPCServer': 'xmlrpc.server',
                       'SimpleHTTPServer': 'http.server',
                       'CGIHTTPServer': 'http.server', 'UserDict': 'collections',
                       'UserList': 'collections', 'UserString': 'collections',
                       'whichdb': 'dbm', 'StringIO': 'io', 'cStringIO': 'io',
                       'dbm': 'dbm.ndbm', 'gdbm': 'dbm.gnu'})
NAME_MAPPING = {}
for _key, _value in REVERSE_NAME_MAPPING.items():
    if _value[0] != 'exceptions' or _value[1] == _key[1]:
        NAME_MAPPING.setdefault(_value, _key)
NAME_MAPPING[('__builtin__', 'basestring')] = ('builtins', 'str')
NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')
NAME_MAPPING[('UserDict', 'UserDict')] = ('collections', 'UserDict')
NAME_MAPPING[('socket', '_socketobject')] = ('socket', 'SocketType')
del _key, _value, _name
