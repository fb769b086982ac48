"""Decimal fixed and floating point arithmetic (written for pym, after
CPython 3.11's decimal module and the General Decimal Arithmetic
Specification; results, reprs and error messages are those of CPython's C
implementation, libmpdec).

Representation
--------------
A Decimal is four immutable slots:

    _sign   0 for positive, 1 for negative (zeros and infinities have signs)
    _int    the coefficient, a non-negative Python int (the payload of a NaN)
    _exp    the exponent, an int (0 for the special values)
    _kind   _FINITE, _INF, _NAN (quiet) or _SNAN (signalling)

A finite value is (-1)**_sign * _int * 10**_exp.  The coefficient keeps its
trailing zeros: Decimal('1.50') is (0, 150, -2) and Decimal('1.5') is
(0, 15, -1); they compare equal but print differently, as the spec requires.
Because the coefficient is a big int, exact arithmetic is ordinary integer
arithmetic: a sum aligns both coefficients to the smaller exponent, a product
multiplies coefficients and adds exponents, a quotient scales the dividend
until the integer quotient has more digits than the precision.  Exponents
can be far apart (1E+999999 + 1E-999999), so a sum never pads a coefficient
with more zeros than rounding could keep: an operand wholly below the last
digit kept becomes a 1 just below it, and x + 0 pads x to the precision only.

Rounding
--------
Every operation first computes its exact result (or, for division, square
root and the transcendental functions, enough digits of it plus a "sticky"
final digit 1 that stands for the nonzero rest), and then hands the triple
(sign, coefficient, exponent) to _fix().  _fix() rounds the coefficient to
the context's precision (or to the exponent Etiny for subnormal results)
with the context's rounding mode, and decides the conditions: Rounded when
digits were dropped, Inexact when a dropped digit was nonzero, Overflow /
Underflow / Subnormal / Clamped at the exponent limits.  Rounding a
coefficient is one divmod by a power of ten: the quotient is kept, and the
remainder, compared with half of the divisor, says whether to add one.

exp, ln, log10 and non-integer powers are computed in fixed point with big
ints (a working precision of the context's plus guard digits) and rounded by
Ziv's method: the approximation's error bound is known, and if both ends of
the error interval round to the same Decimal that is the correctly rounded
result; otherwise the working precision grows and the computation repeats.
ln(m * 10**k) is ln(m) + k ln(10), ln(m) by square roots that bring m near 1
and then the series of 2 atanh((m - 1) / (m + 1)); exp(x) is 10**n exp(r)
with r = x - n ln(10), exp(r) by the Taylor series of r / 2**10 squared ten
times; x ** y is exp(y ln x).  Integer powers are exact (then rounded once)
while the exact power has at most a few thousand digits.  exp, ln, log10 and
sqrt round half-even whatever the context says, as libmpdec does.  Powers
far beyond the exponent limits follow libmpdec's two shortcuts: its bound
test (a 1 rounded far beyond the limit, with the context's rounding), and
the zero an integer power reaches when it underflows in libmpdec's working
precision.

Conditions and signals
----------------------
An operation collects its conditions as a bit set laid out as libmpdec's
status word; the public method then adds them to the context's flags and, if
any is trapped, raises the first trapped signal (in libmpdec's order) with
the list of trapped conditions as its argument -- so CPython's message
"[<class 'decimal.ConversionSyntax'>]" comes out the same.  Context.flags
and Context.traps are views of the context's two bit sets.

Left out or different: the C module's thread-local contexts (pym has one
thread; there is one current context, which localcontext() saves and
restores); the `n` format type uses no locale (it formats like `g`);
pickling needs a pickle module pym does not have (__reduce__ is there); in
TypeError messages the type is 'Decimal' where the C type says
'decimal.Decimal'; an uncaught signal's traceback shows this module's frames
(CPython's C module has none).
"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')


# --- signals ---------------------------------------------------------------

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""

class Clamped(DecimalException):
    """The exponent of a result was altered to fit the context."""

class InvalidOperation(DecimalException):
    """An invalid operation was performed."""

class ConversionSyntax(InvalidOperation):
    """A string could not be converted to a Decimal."""

class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""

class DivisionImpossible(InvalidOperation):
    """The integer part of a quotient has too many digits."""

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""

class Inexact(DecimalException):
    """Nonzero digits were discarded by rounding."""

class InvalidContext(InvalidOperation):
    """The context was invalid."""

class Rounded(DecimalException):
    """Digits were discarded by rounding."""

class Subnormal(DecimalException):
    """The exponent of a result is below Emin."""

class Overflow(Inexact, Rounded):
    """The exponent of a result is above Emax after rounding."""

class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded and is inexact."""

class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""

# status bits, as libmpdec lays out its status word
_CLAMPED = 1
_CONV_SYNTAX = 2
_DIV_BY_ZERO = 4
_DIV_IMPOSSIBLE = 8
_DIV_UNDEFINED = 16
_FPU_ERROR = 32
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID_OP = 256
_MALLOC_ERROR = 512
_FLOAT_OP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVALID = (_CONV_SYNTAX | _DIV_IMPOSSIBLE | _DIV_UNDEFINED | _FPU_ERROR
                 | _INVALID_CONTEXT | _INVALID_OP | _MALLOC_ERROR)

# the signals (flags and traps) in the order CPython lists them
_SIGNALS = ((InvalidOperation, _IEEE_INVALID), (FloatOperation, _FLOAT_OP),
            (DivisionByZero, _DIV_BY_ZERO), (Overflow, _OVERFLOW),
            (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL),
            (Inexact, _INEXACT), (Rounded, _ROUNDED), (Clamped, _CLAMPED))
_SIGNAL_BITS = dict(_SIGNALS)
# the conditions of InvalidOperation, listed in an exception's argument
_CONDITIONS = ((InvalidOperation, _INVALID_OP | _FPU_ERROR | _MALLOC_ERROR),
               (ConversionSyntax, _CONV_SYNTAX),
               (DivisionImpossible, _DIV_IMPOSSIBLE),
               (DivisionUndefined, _DIV_UNDEFINED),
               (InvalidContext, _INVALID_CONTEXT))
# names in a Context's repr, indexed by status bit
_BIT_NAMES = ('Clamped', 'InvalidOperation', 'DivisionByZero',
              'InvalidOperation', 'InvalidOperation', 'InvalidOperation',
              'Inexact', 'InvalidOperation', 'InvalidOperation',
              'InvalidOperation', 'FloatOperation', 'Overflow', 'Rounded',
              'Subnormal', 'Underflow')


def _status_names(bits):
    names = []
    invalid_done = False
    for i, name in enumerate(_BIT_NAMES):
        if bits & (1 << i):
            if (1 << i) & _IEEE_INVALID:
                if invalid_done:
                    continue
                invalid_done = True
            names.append(name)
    return '[' + ', '.join(names) + ']'


_SIGNALS_ERROR = ('valid values for signals are:\n'
                  '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                  '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                  '   Clamped]')


def _signal_bits(signal):
    try:
        return _SIGNAL_BITS[signal]
    except (KeyError, TypeError):
        raise KeyError(_SIGNALS_ERROR) from None


def _bits_of(signals):
    """The status bits of a list of signals or a complete signal dict."""
    if isinstance(signals, dict):
        bits = 0
        for signal, _ in _SIGNALS:
            if signal not in signals:
                raise KeyError('invalid signal dict')
            if signals[signal]:
                bits |= _SIGNAL_BITS[signal]
        return bits
    if isinstance(signals, _SignalDict):
        return signals._get()
    bits = 0
    for signal in signals:
        bits |= _signal_bits(signal)
    return bits


def _signal_dict_bits(value):
    """The bits of a complete signal dict assigned to flags or traps."""
    if not isinstance(value, (dict, _SignalDict)):
        raise TypeError('argument must be a signal dict')
    return _bits_of(value)


class _SignalDict(object):
    """Context.flags and Context.traps: a mapping signal -> bool that reads
    and writes one of the context's bit sets."""
    __slots__ = ('_context', '_which')

    def __init__(self, context, which):
        self._context = context
        self._which = which

    def _get(self):
        return getattr(self._context, self._which)

    def __getitem__(self, signal):
        return bool(self._get() & _signal_bits(signal))

    def __setitem__(self, signal, value):
        bits = _signal_bits(signal)
        current = self._get()
        setattr(self._context, self._which,
                current | bits if value else current & ~bits)

    def __delitem__(self, signal):
        raise ValueError('signal keys cannot be deleted')

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter([signal for signal, _ in _SIGNALS])

    def __contains__(self, signal):
        return signal in _SIGNAL_BITS

    def keys(self):
        return [signal for signal, _ in _SIGNALS]

    def values(self):
        bits = self._get()
        return [bool(bits & b) for _, b in _SIGNALS]

    def items(self):
        bits = self._get()
        return [(signal, bool(bits & b)) for signal, b in _SIGNALS]

    def get(self, signal, default=None):
        if signal in _SIGNAL_BITS:
            return self[signal]
        return default

    def copy(self):
        return dict(self.items())

    def update(self, other):
        for signal, value in dict(other).items():
            self[signal] = value

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._get() == other._get()
        if isinstance(other, dict):
            try:
                return self._get() == _bits_of(other)
            except KeyError:
                raise ValueError('invalid signal dict') from None
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        bits = self._get()
        return '{' + ', '.join('%r:%s' % (signal, bool(bits & b))
                               for signal, b in _SIGNALS) + '}'


# --- contexts --------------------------------------------------------------

_ROUNDING_ERROR = ('valid values for rounding are:\n'
                   '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                   '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                   '   ROUND_05UP]')


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return int(value)


class Context(object):
    """The environment of arithmetic: precision, rounding, exponent limits,
    and the flags and traps of the signals."""

    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals',
                 '_clamp', '_status', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        template = DefaultContext if 'DefaultContext' in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._status = 0
        self._traps = _IEEE_INVALID | _DIV_BY_ZERO | _OVERFLOW
        if template is not None:
            self._prec = template._prec
            self._rounding = template._rounding
            self._Emin = template._Emin
            self._Emax = template._Emax
            self._capitals = template._capitals
            self._clamp = template._clamp
            self._traps = template._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._status = _bits_of(flags)
        if traps is not None:
            self._traps = _bits_of(traps)

    # attributes, checked as CPython checks them
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _check_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError(_ROUNDING_ERROR)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = _check_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = _check_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return _SignalDict(self, '_status')

    @flags.setter
    def flags(self, value):
        self._status = _signal_dict_bits(value)

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, value):
        self._traps = _signal_dict_bits(value)

    def __sizeof__(self):
        return 96 - _GC_HEADER          # CPython's C Context: 96 bytes

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._status = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        new = Context.__new__(Context)
        new._prec = self._prec
        new._rounding = self._rounding
        new._Emin = self._Emin
        new._Emax = self._Emax
        new._capitals = self._capitals
        new._clamp = self._clamp
        new._status = self._status
        new._traps = self._traps
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s, b in _SIGNALS if self._status & b],
                          [s for s, b in _SIGNALS if self._traps & b]))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d,'
                ' clamp=%d, flags=%s, traps=%s)'
                % (self._prec, self._rounding, self._Emin, self._Emax,
                   self._capitals, self._clamp, _status_names(self._status),
                   _status_names(self._traps)))

    def _add_status(self, status):
        """Record the conditions of an operation; raise if one is trapped."""
        if not status:
            return
        self._status |= status
        trapped = status & self._traps
        if not trapped:
            return
        conditions = [c for c, b in _CONDITIONS if trapped & b]
        conditions += [s for s, b in _SIGNALS[1:] if trapped & b]
        for signal, bits in _SIGNALS:
            if trapped & bits:
                raise signal(conditions)

    def _done(self, result_status):
        result, status = result_status
        self._add_status(status)
        return result

    # --- the arithmetic of the spec, as context methods -------------------
    def create_decimal(self, num='0'):
        if isinstance(num, str):
            value = _parse(num, False)
            if value is None:
                self._add_status(_CONV_SYNTAX)
                return _NaN
        else:
            value = _convert_any(num, self)
        if value._kind >= _NAN:
            if len(str(value._int)) > self._prec - self._clamp \
                    and value._int:
                self._add_status(_CONV_SYNTAX)
                return _NaN
            return value
        if value._kind == _INF:
            return value
        return self._done(_fix(value._sign, value._int, value._exp, self))

    def create_decimal_from_float(self, f):
        value = Decimal.from_float(f)
        return self._done(_fix(value._sign, value._int, value._exp, self))

    def abs(self, a):
        return _op(a, self).__abs__(context=self)

    def add(self, a, b):
        return self._done(_add(_op(a, self), _op(b, self), self, False))

    def subtract(self, a, b):
        return self._done(_add(_op(a, self), _op(b, self), self, True))

    def multiply(self, a, b):
        return self._done(_multiply(_op(a, self), _op(b, self), self))

    def divide(self, a, b):
        return self._done(_divide(_op(a, self), _op(b, self), self))

    def divide_int(self, a, b):
        return self._done(_divmod(_op(a, self), _op(b, self), self, 'q'))

    def remainder(self, a, b):
        return self._done(_divmod(_op(a, self), _op(b, self), self, 'r'))

    def divmod(self, a, b):
        a = _op(a, self)
        b = _op(b, self)
        q = self._done(_divmod(a, b, self, 'q'))
        return q, self._done(_divmod(a, b, self, 'r'))

    def power(self, a, b, modulo=None):
        if modulo is not None:
            modulo = _op(modulo, self)
        return _op(a, self).__pow__(_op(b, self), modulo, self)

    def fma(self, a, b, c):
        return _op(a, self).fma(b, c, self)

    def plus(self, a):
        return _op(a, self).__pos__(self)

    def minus(self, a):
        return _op(a, self).__neg__(self)

    def to_sci_string(self, a):
        return _op(a, self).__str__(context=self)

    def to_eng_string(self, a):
        return _op(a, self).to_eng_string(self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def copy_decimal(self, a):
        return Decimal(_op(a, self))

    def number_class(self, a):
        return _op(a, self).number_class(self)


def _context_method(name, nargs):
    if nargs == 1:
        def method(self, a):
            return getattr(_op(a, self), name)(context=self)
    else:
        def method(self, a, b):
            return getattr(_op(a, self), name)(_op(b, self), context=self)
    method.__name__ = name
    return method


for _name in ('exp', 'ln', 'log10', 'logb', 'sqrt', 'normalize', 'next_plus',
              'next_minus', 'to_integral', 'to_integral_exact',
              'to_integral_value', 'logical_invert'):
    setattr(Context, _name, _context_method(_name, 1))
for _name in ('compare', 'compare_signal', 'max', 'max_mag', 'min', 'min_mag',
              'quantize', 'remainder_near', 'scaleb', 'next_toward', 'rotate',
              'shift', 'logical_and', 'logical_or', 'logical_xor'):
    setattr(Context, _name, _context_method(_name, 2))


def _plain_method(name, nargs):
    if nargs == 1:
        def method(self, a):
            return getattr(_op(a, self), name)()
    else:
        def method(self, a, b):
            return getattr(_op(a, self), name)(_op(b, self))
    method.__name__ = name
    return method


for _name in ('copy_abs', 'copy_negate', 'is_canonical', 'is_finite',
              'is_infinite', 'is_nan', 'is_qnan', 'is_signed', 'is_snan',
              'is_zero'):
    setattr(Context, _name, _plain_method(_name, 1))
for _name in ('compare_total', 'compare_total_mag', 'copy_sign',
              'same_quantum'):
    setattr(Context, _name, _plain_method(_name, 2))


def _is_normal_method(name):
    def method(self, a):
        return getattr(_op(a, self), name)(self)
    method.__name__ = name
    return method


Context.is_normal = _is_normal_method('is_normal')
Context.is_subnormal = _is_normal_method('is_subnormal')
del _name


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1,
                         clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])

_current_context = None


def getcontext():
    """The current context (pym has one thread, so one current context)."""
    global _current_context
    if _current_context is None:
        _current_context = DefaultContext.copy()
        _current_context._status = 0
    return _current_context


def setcontext(context):
    """Make context the current context (a copy, if it is a template)."""
    global _current_context
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext \
            or context is ExtendedContext:
        context = context.copy()
        context._status = 0
    _current_context = context


_LOCAL_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                   'flags', 'traps')


class _ContextManager(object):
    """What localcontext() returns: sets a copy of a context as current on
    entry, puts the saved context back on exit."""

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (by default the current
    context), with the keyword attributes changed, current in its block."""
    for key in kwargs:
        if key not in _LOCAL_KEYWORDS:
            raise TypeError('%r is an invalid keyword argument for this '
                            'function' % key)
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key == 'flags':
            new._status = _bits_of(value)       # a list, as Context() takes
        elif key == 'traps':
            new._traps = _bits_of(value)
        else:
            setattr(new, key, value)
    return _ContextManager(new)


# --- conversions -----------------------------------------------------------

_FINITE = 0
_INF = 1
_NAN = 2
_SNAN = 3


def _dec(sign, coef, exp, kind=_FINITE, cls=None):
    """A new Decimal (or cls instance); Decimals are immutable, so their
    slots are written through the slot descriptors."""
    d = object.__new__(cls or Decimal)
    _set_sign(d, sign)
    _set_int(d, coef)
    _set_exp(d, exp)
    _set_kind(d, kind)
    return d


def _parse(text, lenient):
    """The Decimal a numeric string spells, or None.  lenient allows the
    surrounding whitespace and the underscores the constructor accepts."""
    if lenient:
        text = text.strip().replace('_', '')
    s = text.lower()
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    if s in ('inf', 'infinity'):
        return _dec(sign, 0, 0, _INF)
    for prefix, kind in (('snan', _SNAN), ('nan', _NAN)):
        if s.startswith(prefix):
            payload = s[len(prefix):]
            if not payload:
                return _dec(sign, 0, 0, kind)
            if not _all_digits(payload):
                return None
            return _dec(sign, int(payload), 0, kind)
    exp = 0
    e = s.find('e')
    if e >= 0:
        tail = s[e + 1:]
        s = s[:e]
        digits = tail[1:] if tail[:1] in ('+', '-') else tail
        if not _all_digits(digits):
            return None
        exp = int(tail)
    point = s.find('.')
    if point >= 0:
        whole = s[:point]
        frac = s[point + 1:]
    else:
        whole = s
        frac = ''
    if not whole and not frac:
        return None
    if whole and not _all_digits(whole) or frac and not _all_digits(frac):
        return None
    return _dec(sign, int(whole + frac), exp - len(frac))


def _all_digits(s):
    if not s:
        return False
    for c in s:
        if not c.isdigit() or not c.isdecimal():
            return False
    return True


def _from_float(f):
    if _math.isnan(f):
        return _dec(0, 0, 0, _NAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if _math.isinf(f):
        return _dec(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1          # d is 2**k
    return _dec(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        kinds = {'F': _INF, 'n': _NAN, 'N': _SNAN}
        if exp not in kinds:
            raise ValueError("string argument in the third position must be "
                             "'F', 'n' or 'N'")
        kind = kinds[exp]
        exp = 0
    elif isinstance(exp, int):
        kind = _FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + digit
    if kind == _INF:
        coef = 0
    return _dec(sign, coef, int(exp), kind)


def _type_name(value):
    return type(value).__name__


def _convert_any(value, context):
    """Decimal(value) for the non-string values."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _dec(1 if value < 0 else 0, abs(int(value)), 0)
    if isinstance(value, float):
        context._add_status(_FLOAT_OP)
        return _from_float(value)
    if isinstance(value, (tuple, list)):
        return _from_tuple(value)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % _type_name(value))


def _op(value, context):
    """An operand of a context method: a Decimal or an int."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _dec(1 if value < 0 else 0, abs(int(value)), 0)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % _type_name(value))


def _operand(value):
    """The other operand of an operator: a Decimal, or None."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _dec(1 if value < 0 else 0, abs(int(value)), 0)
    return None


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# --- rounding --------------------------------------------------------------

_TENS = [10 ** i for i in range(100)]


def _ndigits(n):
    """Number of decimal digits of the non-negative int n (1 for 0)."""
    if n < 10 ** 15:
        return len(str(n))
    # estimate from the bit length, then correct by one
    d = (n.bit_length() * 30103) // 100000
    if n >= 10 ** (d + 1):
        d += 1
    if n >= 10 ** d:
        return d + 1
    return d


def _round_digits(sign, coef, k, rounding):
    """coef with its last k > 0 digits dropped, rounded: (quotient, status
    bits 0 or _INEXACT)."""
    q, r = divmod(coef, 10 ** k)
    if r == 0:
        return q, 0
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = q % 5 == 0
    else:
        half = 5 * 10 ** (k - 1)
        if r > half:
            up = True
        elif r < half:
            up = False
        elif rounding == ROUND_HALF_UP:
            up = True
        elif rounding == ROUND_HALF_DOWN:
            up = False
        else:
            up = q & 1 == 1
    return (q + 1 if up else q), _INEXACT


def _rescale(sign, coef, exp, new_exp, rounding):
    """(coef, status) of the value at exponent new_exp (no limits)."""
    if new_exp <= exp:
        return coef * 10 ** (exp - new_exp), 0
    k = new_exp - exp
    if coef == 0:
        return 0, 0
    n = _ndigits(coef)
    if k > n + 1:
        coef, k = 1, 1          # a sticky digit below half a unit
    return _round_digits(sign, coef, k, rounding)


def _overflow(sign, context, rounding=None):
    r = rounding or context._rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or \
            (r == ROUND_FLOOR and sign == 1):
        result = _dec(sign, 0, 0, _INF)
    else:
        result = _dec(sign, 10 ** context._prec - 1,
                      context._Emax - context._prec + 1)
    return result, _OVERFLOW | _INEXACT | _ROUNDED


def _fix(sign, coef, exp, context, rounding=None):
    """Round the exact value (sign, coef, exp) to the context: (Decimal,
    status)."""
    prec = context._prec
    Emax = context._Emax
    Etop = Emax - prec + 1
    # the common case: no more digits than the precision and an exponent
    # that keeps the value normal and below Emax (and needs no clamping)
    if context._Emin <= exp <= Etop and coef < (_TENS[prec] if prec < 100
                                               else 10 ** prec):
        return _dec(sign, coef, exp), 0
    Etiny = context._Emin - prec + 1
    if rounding is None:
        rounding = context._rounding
    if coef == 0:
        top = Etop if context._clamp else Emax
        new_exp = min(max(exp, Etiny), top)
        return _dec(sign, 0, new_exp), (_CLAMPED if new_exp != exp else 0)
    n = _ndigits(coef)
    exp_min = n + exp - prec          # the exponent for prec digits
    if exp_min > Etop:
        return _overflow(sign, context, rounding)
    subnormal = exp_min < Etiny
    if subnormal:
        exp_min = Etiny
    if exp < exp_min:
        k = exp_min - exp
        if k > n + 1:
            coef, k = 1, 1
        coef, status = _round_digits(sign, coef, k, rounding)
        if coef == 10 ** prec:
            coef //= 10
            exp_min += 1
        if exp_min > Etop:
            return _overflow(sign, context, rounding)
        status |= _ROUNDED
        if subnormal:
            status |= _SUBNORMAL
            if status & _INEXACT:
                status |= _UNDERFLOW
            if coef == 0:
                status |= _CLAMPED
        return _dec(sign, coef, exp_min), status
    status = _SUBNORMAL if subnormal else 0
    if context._clamp and exp > Etop:
        coef *= 10 ** (exp - Etop)
        exp = Etop
        status |= _CLAMPED
    return _dec(sign, coef, exp), status


def _nan_result(d, context):
    """The quiet NaN an operation on NaN d returns (a payload longer than
    the precision keeps its last digits)."""
    payload = d._int
    if payload and _ndigits(payload) > context._prec - context._clamp:
        payload %= 10 ** (context._prec - context._clamp)
    return _dec(d._sign, payload, 0, _NAN)


def _check_nans(a, b, context):
    """(result, status) if a or b is a NaN, else None."""
    if a._kind == _SNAN:
        return _nan_result(a, context), _INVALID_OP
    if b is not None and b._kind == _SNAN:
        return _nan_result(b, context), _INVALID_OP
    if a._kind == _NAN:
        return _nan_result(a, context), 0
    if b is not None and b._kind == _NAN:
        return _nan_result(b, context), 0
    return None



def _invalid():
    return _NaN, _INVALID_OP


# --- the operations, each returning (Decimal, status) ---------------------

def _add(a, b, context, negate_b):
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._kind or b._kind:
        nan = _check_nans(a, b, context)
        if nan:
            return nan
        if a._kind == _INF:
            if b._kind == _INF and a._sign != bsign:
                return _invalid()
            return _dec(a._sign, 0, 0, _INF), 0
        return _dec(bsign, 0, 0, _INF), 0
    floor = context._rounding == ROUND_FLOOR
    exp = min(a._exp, b._exp)
    if a._int == 0 and b._int == 0:
        sign = (a._sign | bsign) if floor else (a._sign & bsign)
        return _fix(sign, 0, exp, context)
    ac, ae, bc, be = a._int, a._exp, b._int, b._exp
    if ac == 0 or bc == 0:
        # x + 0 is x at the smaller exponent; zeros padded beyond the
        # precision would only be rounded off again (Rounded)
        if ac == 0:
            sign, coef, exp, zero_exp = bsign, bc, be, ae
        else:
            sign, coef, exp, zero_exp = a._sign, ac, ae, be
        status = 0
        if zero_exp < exp:
            pad = exp - zero_exp
            room = max(0, context._prec - _ndigits(coef))
            if pad > room:
                pad = room
                status = _ROUNDED
            coef *= 10 ** pad
            exp -= pad
        result, more = _fix(sign, coef, exp, context)
        return result, status | more
    # an operand far below the rounding position of the other is replaced
    # by a sticky 1: the sum rounds the same and stays cheap to compute
    if abs(ae - be) > 2 * context._prec + 10:
        a_adj = ae + _ndigits(ac) - 1
        b_adj = be + _ndigits(bc) - 1
        limit = context._prec + 3
        if a_adj - limit > b_adj and be < ae:
            bc, be = 1, min(a_adj - limit, ae - 1)
        elif b_adj - limit > a_adj and ae < be:
            ac, ae = 1, min(b_adj - limit, be - 1)
        exp = min(ae, be)
    total = ((-1 if a._sign else 1) * ac * 10 ** (ae - exp)
             + (-1 if bsign else 1) * bc * 10 ** (be - exp))
    if total == 0:
        return _fix(1 if floor else 0, 0, exp, context)
    return _fix(1 if total < 0 else 0, abs(total), exp, context)


def _multiply(a, b, context):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _check_nans(a, b, context)
        if nan:
            return nan
        if (a._kind == _FINITE and a._int == 0) or \
                (b._kind == _FINITE and b._int == 0):
            return _invalid()
        return _dec(sign, 0, 0, _INF), 0
    return _fix(sign, a._int * b._int, a._exp + b._exp, context)


def _trailing_zeros(n, limit):
    """How many trailing decimal zeros of n > 0, at most limit."""
    count = 0
    while count < limit and n % 10 == 0:
        n //= 10
        count += 1
    return count


def _divide(a, b, context):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _check_nans(a, b, context)
        if nan:
            return nan
        if a._kind == _INF:
            if b._kind == _INF:
                return _invalid()
            return _dec(sign, 0, 0, _INF), 0
        return _dec(sign, 0, context.Etiny()), _CLAMPED
    if b._int == 0:
        if a._int == 0:
            return _NaN, _DIV_UNDEFINED
        return _dec(sign, 0, 0, _INF), _DIV_BY_ZERO
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, context)
    shift = max(0, context._prec + 2 + _ndigits(b._int) - _ndigits(a._int))
    q, r = divmod(a._int * 10 ** shift, b._int)
    exp = ideal - shift
    if r:
        return _fix(sign, q * 10 + 1, exp - 1, context)
    strip = _trailing_zeros(q, exp < ideal and ideal - exp or 0)
    return _fix(sign, q // 10 ** strip, exp + strip, context)


def _integer_quotient(a, b, context):
    """(q, r_coef, r_exp) of |a| / |b| truncated, or None if q would have
    more digits than the precision.  a and b finite, b nonzero."""
    exp = min(a._exp, b._exp)
    if a._int == 0:
        return 0, 0, exp
    a_adj = a._exp + _ndigits(a._int) - 1
    b_adj = b._exp + _ndigits(b._int) - 1
    if a_adj - b_adj > context._prec:
        return None
    if a_adj < b_adj - 1:
        return 0, a._int * 10 ** (a._exp - exp), exp
    ac = a._int * 10 ** (a._exp - exp)
    bc = b._int * 10 ** (b._exp - exp)
    q, r = divmod(ac, bc)
    if _ndigits(q) > context._prec:
        return None
    return q, r, exp


def _divmod(a, b, context, which):
    """Integer division ('q') or remainder ('r'), truncating toward 0."""
    nan = _check_nans(a, b, context)
    if nan:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF or which == 'r':
            return _invalid()
        return _dec(sign, 0, 0, _INF), 0
    if b._kind == _INF:
        if which == 'q':
            return _dec(sign, 0, 0), 0
        return _fix(a._sign, a._int, a._exp, context)
    if b._int == 0:
        if a._int == 0:
            return _NaN, _DIV_UNDEFINED
        if which == 'q':
            return _dec(sign, 0, 0, _INF), _DIV_BY_ZERO
        return _invalid()
    qr = _integer_quotient(a, b, context)
    if qr is None:
        return _NaN, _DIV_IMPOSSIBLE
    q, r, exp = qr
    if which == 'q':
        return _dec(sign, q, 0), 0
    return _fix(a._sign, r, exp, context)


def _sum(a, b, context):
    return _add(a, b, context, False)


def _difference(a, b, context):
    return _add(a, b, context, True)


def _quotient(a, b, context):
    return _divmod(a, b, context, 'q')


def _remainder(a, b, context):
    return _divmod(a, b, context, 'r')


def _remainder_near(a, b, context):
    nan = _check_nans(a, b, context)
    if nan:
        return nan
    if a._kind == _INF:
        return _invalid()
    if b._kind == _INF:
        return _fix(a._sign, a._int, a._exp, context)
    if b._int == 0:
        if a._int == 0:
            return _NaN, _DIV_UNDEFINED
        return _invalid()
    qr = _integer_quotient(a, b, context)
    if qr is None:
        return _NaN, _DIV_IMPOSSIBLE
    q, r, exp = qr
    bc = b._int * 10 ** (b._exp - exp)
    sign = a._sign
    # the nearest integer quotient (half-even): r - b when r passes b / 2
    if 2 * r > bc or (2 * r == bc and q & 1):
        r = bc - r
        sign ^= 1
        q += 1
    if _ndigits(q) > context._prec:
        return _NaN, _DIV_IMPOSSIBLE
    if r == 0:
        sign = a._sign
    return _fix(sign, r, exp, context)


def _compare(a, b):
    """-1, 0 or 1 for finite or infinite a, b (no NaNs)."""
    if a._kind == _INF or b._kind == _INF:
        av = 0 if a._kind != _INF else (-1 if a._sign else 1)
        bv = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if av or bv:
            if av == bv:
                return 0
            if av == 0:
                return -bv
            if bv == 0:
                return av
            return -1 if av < bv else 1
    if a._int == 0 and b._int == 0:
        return 0
    if a._int == 0:
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    a_adj = a._exp + _ndigits(a._int) - 1
    b_adj = b._exp + _ndigits(b._int) - 1
    if a_adj != b_adj:
        result = 1 if a_adj > b_adj else -1
    else:
        exp = min(a._exp, b._exp)
        ac = a._int * 10 ** (a._exp - exp)
        bc = b._int * 10 ** (b._exp - exp)
        result = (ac > bc) - (ac < bc)
    return -result if a._sign else result


def _is_integral(d):
    if d._kind != _FINITE:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    if -d._exp >= _ndigits(d._int):
        return False
    return d._int % 10 ** (-d._exp) == 0


def _is_odd(d):
    """Whether the integral Decimal d is odd."""
    if d._exp > 0:
        return False
    return (d._int // 10 ** (-d._exp)) & 1 == 1


def _leading_zeros_near_one(x):
    """How many zeros follow the point in |x - 1| (0 if x - 1 >= 0.1):
    the extra digits ln(x) needs when x is near 1."""
    if x._exp >= 0:
        return 0
    diff = abs(x._int - 10 ** (-x._exp))
    if diff == 0:
        return 0
    return max(0, -(x._exp + _ndigits(diff)))


def _int_value(d):
    """The int value of an integral finite Decimal."""
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    else:
        v = d._int // 10 ** (-d._exp)
    return -v if d._sign else v


# --- fixed point helpers for sqrt, exp, ln, log10, power -------------------

def _to_fixed(coef, exp, w):
    """floor(coef * 10**(exp + w)), for coef >= 0."""
    shift = exp + w
    if shift >= 0:
        return coef * 10 ** shift
    if -shift > _ndigits(coef) + 1:
        return 0
    return coef // 10 ** (-shift)


_ln10_cache = [0, 0]            # [digits, value scaled by 10**digits]


def _ln_fixed(x, w):
    """ln(x / 10**w) * 10**w for a fixed point x > 0, error a few units."""
    g = 8
    one = 10 ** (w + g)
    x = x * 10 ** g
    # square roots bring x within 10% of 1 (each halves ln x)
    halvings = 0
    while x > one + one // 10 or x < one - one // 10:
        x = _math.isqrt(x * one)
        halvings += 1
    # ln(x) = 2 atanh(z), z = (x - 1) / (x + 1), |z| < 0.05: the series
    # z + z**3/3 + z**5/5 + ... on |z| (atanh is odd)
    z = (x - one) * one // (x + one)
    negative = z < 0
    z = abs(z)
    z2 = z * z // one
    term = z
    total = 0
    k = 1
    while term:
        total += term // k
        term = term * z2 // one
        k += 2
    total = 2 * total << halvings
    if negative:
        total = -total
    return total // 10 ** g


def _ln10(w):
    if _ln10_cache[0] >= w:
        return _ln10_cache[1] // 10 ** (_ln10_cache[0] - w)
    digits = w + 10
    value = _ln_fixed(10 * 10 ** digits, digits)
    _ln10_cache[0] = digits
    _ln10_cache[1] = value
    return value // 10 ** 10


def _ln_decimal_fixed(coef, exp, w):
    """ln(coef * 10**exp) * 10**w, error a few units."""
    n = _ndigits(coef)
    adj = exp + n - 1
    m = _to_fixed(coef, -(n - 1), w + 2)        # coef / 10**(n-1) in [1, 10)
    return (_ln_fixed(m, w + 2) + adj * _ln10(w + 2)) // 100


def _exp_fixed(x, w):
    """exp(x / 10**w) * 10**w for |x / 10**w| < 2.5, error a few units."""
    g = 10
    one = 10 ** (w + g)
    x = x * 10 ** g
    halvings = 10
    x = x >> halvings
    term = one
    total = 0
    k = 1
    while term:
        total += term
        term = term * x // (one * k)
        k += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10 ** g


def _ziv(compute, sign, context, rounding=ROUND_HALF_EVEN):
    """Correctly round a value computed by compute(w) -> (a, e) meaning
    a * 10**e with an error below 100 units of a's last place; w is the
    number of significant digits asked for.  (Decimal, status).

    When both ends of the error interval round alike, that is the answer.
    When they do not after a second try, the value is taken to be the
    representable number inside the interval (an exact result such as
    4 ** 0.5 = 2, which no working precision separates from its
    neighbours); failing that, the approximation itself is rounded."""
    prec = context._prec
    w = prec + 10
    tries = 0
    for _ in range(40):
        a, e = compute(w)
        digits = _ndigits(a) if a > 0 else 0
        if digits < prec + 6:
            # too few significant digits (a result near zero): ask for more
            w += prec + 16 - digits if a > 0 else w + 20
            continue
        low, _ = _fix(sign, a - 100, e, context, rounding)
        high, _ = _fix(sign, a + 100, e, context, rounding)
        if (low._kind, low._int, low._exp) == \
                (high._kind, high._int, high._exp):
            break
        tries += 1
        if tries >= 2:
            near, status = _fix(sign, a, e, context, ROUND_HALF_EVEN)
            if near._kind == _FINITE and near._exp >= e and \
                    abs(near._int * 10 ** (near._exp - e) - a) <= 100:
                return near, status | _INEXACT | _ROUNDED
            break
        w += w // 2 + 10
    return _fix(sign, a * 10 + 1, e - 1, context, rounding)


def _exp(x, context):
    """exp(x) for a finite x: (Decimal, status)."""
    if x._int == 0:
        return _fix(0, 1, 0, context)
    adj = x._exp + _ndigits(x._int) - 1
    prec = context._prec
    if adj < -(prec + 3):
        # exp(x) = 1 + x + ..., x below the last digit kept
        if x._sign:
            return _fix(0, 10 ** (prec + 3) - 1, -(prec + 3), context,
                        ROUND_HALF_EVEN)
        return _fix(0, 10 ** (prec + 3) + 1, -(prec + 3), context,
                    ROUND_HALF_EVEN)
    # magnitude of the result, exp(x) = 10**(x / ln 10)
    if adj > 20:
        estimate = None
    else:
        estimate = float(x.copy_abs()) / 2.302585092994046
    if estimate is None or estimate > context._Emax - context.Etiny() + 10:
        if x._sign:
            return _fix(0, 1, context.Etiny() - 2, context, ROUND_HALF_EVEN)
        return _overflow(0, context, ROUND_HALF_EVEN)

    def compute(w):
        nd = len(str(int(estimate))) + 2
        ww = w + nd
        xf = _to_fixed(x._int, x._exp, ww)
        if x._sign:
            xf = -xf
        ln10 = _ln10(ww)
        n = (xf + ln10 // 2) // ln10
        r = xf - n * ln10
        return _exp_fixed(r // 10 ** nd, w), n - w
    return _ziv(compute, 0, context)


def _ln(x, context):
    """ln(x) for a finite positive x other than 1: (Decimal, status)."""
    def compute(w):
        # enough digits after the point for w significant digits
        n = _ndigits(x._int)
        adj = x._exp + n - 1
        if adj in (0, -1):
            # near 1, ln(x) is about x - 1: count its leading zeros
            extra = _leading_zeros_near_one(x)
        else:
            extra = -len(str(abs(adj)))
        ww = w + extra
        v = _ln_decimal_fixed(x._int, x._exp, ww)
        return abs(v), -ww
    sign = 1 if _compare(x, _dec(0, 1, 0)) < 0 else 0
    return _ziv(compute, sign, context)


def _log10(x, context):
    n = _ndigits(x._int)
    if x._int == 10 ** (n - 1):
        value = x._exp + n - 1
        return _fix(1 if value < 0 else 0, abs(value), 0, context)

    def compute(w):
        adj = x._exp + n - 1
        extra = _leading_zeros_near_one(x) if adj in (0, -1) else 0
        ww = w + extra + 2
        v = _ln_decimal_fixed(x._int, x._exp, ww)
        return abs(v * 10 ** ww // _ln10(ww)) // 100, -(ww - 2)
    sign = 1 if _compare(x, _dec(0, 1, 0)) < 0 else 0
    return _ziv(compute, sign, context)


def _sqrt(x, context):
    nan = _check_nans(x, None, context)
    if nan:
        return nan
    if x._kind == _INF:
        if x._sign:
            return _invalid()
        return x, 0
    ideal = x._exp // 2
    if x._int == 0:
        return _fix(x._sign, 0, ideal, context)
    if x._sign:
        return _invalid()
    prec = context._prec
    shift = max(0, 2 * prec + 2 - _ndigits(x._int))
    if (x._exp - shift) % 2:
        shift += 1
    c = x._int * 10 ** shift
    exp = (x._exp - shift) // 2
    r = _math.isqrt(c)
    if r * r != c:
        return _fix(0, r * 10 + 1, exp - 1, context, ROUND_HALF_EVEN)
    strip = _trailing_zeros(r, ideal - exp if exp < ideal else 0)
    return _fix(0, r // 10 ** strip, exp + strip, context, ROUND_HALF_EVEN)


def _power(a, b, context):
    nan = _check_nans(a, b, context)
    if nan:
        return nan
    if b._kind == _FINITE and b._int == 0:
        if a._kind == _FINITE and a._int == 0:
            return _invalid()
        return _dec(0, 1, 0), 0
    b_integral = _is_integral(b)
    sign = 0
    if a._sign:
        if b_integral:
            sign = 1 if _is_odd(b) else 0
        elif a._kind == _INF or a._int != 0:
            return _invalid()
    b_positive = b._sign == 0
    if a._kind == _INF:
        if b_positive:
            return _dec(sign, 0, 0, _INF), 0
        return _dec(sign, 0, 0), 0
    if a._int == 0:
        if b_positive:
            return _dec(sign, 0, 0), 0
        return _dec(sign, 0, 0, _INF), 0
    cmp_one = _compare(a.copy_abs(), _dec(0, 1, 0))
    prec = context._prec
    if b._kind == _INF:
        if cmp_one == 0:
            return _dec(sign, 10 ** (prec - 1), 1 - prec), \
                _INEXACT | _ROUNDED
        if (cmp_one > 0) == b_positive:
            return _dec(sign, 0, 0, _INF), 0
        return _dec(sign, 0, 0), 0
    b_adj = b._exp + _ndigits(b._int) - 1
    coef = a._int
    digits = _ndigits(coef)
    if b_integral and cmp_one == 0:
        # |a| is 1 (1, 1.0, 1.00...): a 1 followed by zeros, exactly
        if digits == 1:
            return _dec(sign, 1, 0), 0
        if b_adj < 20:
            zeros = (digits - 1) * abs(_int_value(b))
        else:
            zeros = prec + 2
        if not b_positive:
            return _fix(sign, 1, 0, context)
        return _fix(sign, 10 ** min(zeros, prec + 2), -min(zeros, prec + 2),
                    context)
    # libmpdec first looks for a power that certainly overflows or
    # underflows; those round a 1 far beyond the limits
    certain = _power_bounds(a, b, context)
    if certain > 0:
        return _overflow(sign, context)
    if certain < 0:
        return _fix(sign, 1, context.Etiny() - 1, context)
    log10_a = _log10_estimate(a)
    if b_integral:
        # libmpdec raises to an integer power in a working precision with
        # the context's Emin: a result below that working range has become
        # zero on the way (Underflow, Clamped) whatever the rounding
        work_prec = prec + b_adj + 3 + (0 if b_positive else 1)
        work_etiny = context._Emin - work_prec + 1
        if log10_a * float(b) < work_etiny - 0.30103:
            return _dec(sign, 0, context.Etiny()), \
                _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED | _CLAMPED
    if b_integral and b_adj < 20:
        n = abs(_int_value(b))
        if coef == 10 ** (digits - 1):
            # a power of ten: the result is a 1 followed by zeros
            zeros = (digits - 1) * n
            if not b_positive:
                return _fix(sign, 1, -(zeros + a._exp * n), context)
            exp = a._exp * n
            if zeros > prec + 2:
                exp += zeros - prec - 2
                zeros = prec + 2
            return _fix(sign, 10 ** zeros, exp, context)
        if digits * n <= max(4 * prec, 2000):
            # exact, then rounded once
            if b_positive:
                return _fix(sign, coef ** n, a._exp * n, context)
            return _divide(_dec(sign, 1, 0), _dec(0, coef ** n, a._exp * n),
                           context)
    # the general case: exp(b * ln|a|); its size first, roughly
    size = abs(log10_a * float(b)) * 2.302585092994046
    if not size < 1e20:
        # not finite (an exponent beyond floats): the bounds above keep
        # |b ln a| below 10**20 here
        size = 1e20

    def compute(w):
        # y = b * ln|a| in fixed point, then exp(y) = 10**n * exp(r)
        nd = 4 + len(str(int(size)))
        ww = w + nd + max(0, b_adj + 1)
        y = _ln_decimal_fixed(coef, a._exp, ww) * b._int
        if b._exp >= 0:
            y *= 10 ** b._exp
        else:
            y = y // 10 ** (-b._exp)
        if b._sign:
            y = -y
        ln10 = _ln10(ww)
        n = (y + ln10 // 2) // ln10
        r = y - n * ln10
        return _exp_fixed(r // 10 ** (ww - w), w), n - w
    return _ziv(compute, sign, context, context._rounding)


def _log10_estimate(d):
    """log10 |d| as a float, for a finite nonzero d of any exponent."""
    s = str(d._int)
    head = s[:17]
    return d._exp + len(s) - 1 + _math.log10(int(head) / 10 ** (len(head) - 1))


def _power_bounds(a, b, context):
    """libmpdec's test for a power |a| ** b that certainly overflows (1) or
    underflows (-1), else 0; |a| != 1, b finite and nonzero.  It compares
    floor(log10 |b|) plus a lower bound of log10 |log10 |a|| with the number
    of digits of Emax (or of Etiny)."""
    t = a._exp + _ndigits(a._int) - 1
    if t > 0:
        lb_zeta = len(str(t)) - 1
    elif t < -1:
        lb_zeta = len(str(-(t + 1))) - 1
    else:
        # |a| in [0.1, 10): log10 |a| is at least about |a - 1| / 100
        exp = min(a._exp, 0)
        diff = abs(a._int * 10 ** (a._exp - exp) - 10 ** (-exp))
        u = exp + _ndigits(diff) - 1
        lb_zeta = u - 2 if t == 0 else u - 1
    lb_theta = b._exp + _ndigits(b._int) - 1
    if (t < 0) == (b._sign == 1):
        if len(str(context._Emax)) < lb_zeta + lb_theta:
            return 1
    elif len(str(abs(context.Etiny()))) < lb_zeta + lb_theta:
        return -1
    return 0


# --- formatting ------------------------------------------------------------

def _sci_parts(d, eng):
    """(integer digits, fraction digits, exponent) of to_sci_string's or
    to_eng_string's notation for a finite d."""
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if d._exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    elif not eng:
        dotplace = 1
    elif d._int == 0:
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    return _split_digits(digits, dotplace) + (leftdigits - dotplace,)


def _split_digits(digits, dotplace):
    if dotplace <= 0:
        return '0', '0' * -dotplace + digits
    if dotplace >= len(digits):
        return digits + '0' * (dotplace - len(digits)), ''
    return digits[:dotplace], digits[dotplace:]


def _to_string(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._kind == _INF:
        return sign + 'Infinity'
    if d._kind >= _NAN:
        text = sign + ('sNaN' if d._kind == _SNAN else 'NaN')
        return text + str(d._int) if d._int else text
    intpart, fracpart, exp = _sci_parts(d, eng)
    text = sign + intpart
    if fracpart:
        text += '.' + fracpart
    if exp:
        text += ('E' if capitals else 'e') + '%+d' % exp
    return text


def _parse_format_spec(spec):
    """The parts of a format spec: fill, align, sign, no_neg_0, zeropad,
    width, sep, precision, type ('#' and '_' are not accepted, as in
    CPython's C module)."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    ftype = None
    if i < n:
        ftype = spec[i]
        i += 1
    if i != n or (ftype is not None and ftype not in 'eEfFgGnN%') or \
            (zeropad and align is not None) or (sep and ftype in ('n', 'N')):
        raise ValueError('invalid format string')
    if zeropad and fill is None and align is None:
        fill = '0'
        align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if ftype in (None, 'g', 'G', 'n', 'N') and precision == 0:
        precision = 1
    return (fill, align, sign, no_neg_0, zeropad, width, sep, precision,
            ftype)


def _group(intpart, sep, min_width):
    """intpart with sep between groups of three, zero-padded to min_width."""
    if not sep:
        return intpart.rjust(min_width, '0')
    groups = []
    while True:
        size = min(max(len(intpart), min_width, 1), 3)
        groups.append(intpart[-size:].rjust(size, '0'))
        intpart = intpart[:-size] if size < len(intpart) else ''
        min_width -= size
        if not intpart and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _align(sign, body, fill, align, width):
    padding = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _format(d, spec, context):
    (fill, align, signspec, no_neg_0, zeropad, width, sep, precision,
     ftype) = _parse_format_spec(spec)
    rounding = context._rounding
    if ftype is None:
        ftype = 'G' if context._capitals else 'g'
    elif ftype in ('n', 'N'):
        ftype = 'g' if ftype == 'n' else 'G'
    sign = d._sign
    if d._kind != _FINITE:
        text = _to_string(d.copy_abs(), False, 1)
        if ftype == '%':
            text += '%'
        signtext = '-' if sign else ('' if signspec == '-' else signspec)
        if zeropad:
            fill, align = ' ', '>'
        return _align(signtext, text, fill, align, width)
    coef, exp = d._int, d._exp
    if ftype == '%':
        exp += 2
    if precision is not None:
        if ftype in 'eE':
            n = _ndigits(coef)
            if n > precision + 1:
                coef, _ = _rescale(sign, coef, exp, exp + n - precision - 1,
                                   rounding)
                exp += n - precision - 1
                if coef == 10 ** (precision + 1):
                    coef //= 10
                    exp += 1
            elif coef and n < precision + 1:
                coef *= 10 ** (precision + 1 - n)
                exp -= precision + 1 - n
        elif ftype in 'fF%':
            coef, _ = _rescale(sign, coef, exp, -precision, rounding)
            exp = -precision
        elif _ndigits(coef) > precision:
            n = _ndigits(coef)
            coef, _ = _rescale(sign, coef, exp, exp + n - precision,
                               rounding)
            exp += n - precision
            if coef == 10 ** precision:
                coef //= 10
                exp += 1
    if coef == 0 and exp > 0 and ftype in 'fF%':
        exp = 0
    if coef == 0 and no_neg_0:
        sign = 0
    digits = str(coef)
    leftdigits = exp + len(digits)
    if ftype in 'eE':
        dotplace = 1 - precision if coef == 0 and precision is not None \
            else 1
    elif ftype in 'fF%':
        dotplace = leftdigits
    elif exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    intpart, fracpart = _split_digits(digits, dotplace)
    shown_exp = leftdigits - dotplace
    if fracpart:
        fracpart = '.' + fracpart
    if shown_exp != 0 or ftype in 'eE':
        echar = 'E' if ftype in 'EG' else 'e'
        fracpart += '%s%+d' % (echar, shown_exp)
    if ftype == '%':
        fracpart += '%'
    signtext = '-' if sign else ('' if signspec == '-' else signspec)
    min_width = width - len(fracpart) - len(signtext) if zeropad else 0
    intpart = _group(intpart, sep, min_width)
    return _align(signtext, intpart + fracpart, fill, align, width)


# --- the Decimal class -----------------------------------------------------

_GC_HEADER = 16
_NO_ARGUMENT = object()
_PyHASH_MODULUS = _sys.hash_info.modulus
_PyHASH_INF = _sys.hash_info.inf
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


class Decimal(object):
    """Floating point decimal number: Decimal(value="0", context=None)."""

    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        ctx = _ctx(context)
        if isinstance(value, str):
            d = _parse(value, True)
            if d is None:
                ctx._add_status(_CONV_SYNTAX)
                d = _NaN
        else:
            d = _convert_any(value, ctx)
        if d._kind == _FINITE and d._int and (
                d._exp < MIN_ETINY or d._exp + _ndigits(d._int) - 1 > MAX_EMAX):
            # beyond the largest context libmpdec has
            ctx._add_status(_INVALID_OP)
            d = _NaN
        elif d._kind == _FINITE and not MIN_ETINY <= d._exp <= MAX_EMAX:
            ctx._add_status(_INVALID_OP)
            d = _NaN
        if cls is Decimal and type(d) is Decimal:
            return d
        return _dec(d._sign, d._int, d._exp, d._kind, cls)

    def __setattr__(self, name, value):
        if type(self) is Decimal or name in Decimal.__slots__:
            raise AttributeError("'decimal.Decimal' object has no attribute "
                                 "'%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is Decimal or name in Decimal.__slots__:
            raise AttributeError("'decimal.Decimal' object has no attribute "
                                 "'%s'" % name)
        object.__delattr__(self, name)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _dec(1 if f < 0 else 0, abs(int(f)), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # --- conversions out ------------------------------------------------
    def __str__(self, context=None):
        capitals = _ctx(context)._capitals
        return _to_string(self, False, capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_string(self, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        return _to_string(self, True, _ctx(context)._capitals)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec, getcontext())

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind >= _NAN:
            digits = tuple(map(int, str(self._int))) if self._int else ()
            return DecimalTuple(self._sign, digits,
                                'N' if self._kind == _SNAN else 'n')
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))),
                            self._exp)

    def as_integer_ratio(self):
        if self._kind >= _NAN:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def _int_checks(self):
        if self._kind >= _NAN:
            raise ValueError('cannot convert NaN to integer')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')

    def __int__(self):
        self._int_checks()
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp if -self._exp <= \
                _ndigits(self._int) else 0
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._kind >= _NAN:
            if self._kind == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(_to_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._kind != _FINITE or self._int != 0

    def _integral(self, rounding):
        """The int nearest self with the given rounding."""
        self._int_checks()
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v, _ = _rescale(self._sign, self._int, self._exp, 0, rounding)
        return -v if self._sign else v

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=_NO_ARGUMENT):
        if n is _NO_ARGUMENT:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_dec(0, 1, -n))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _dec(0, 0, 0)

    def conjugate(self):
        return self

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _NAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            scale = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h = self._int * scale % _PyHASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __sizeof__(self):
        # so that sys.getsizeof says what it says of CPython's C Decimal:
        # 104 bytes with room for 4 words of 19 digits inside, plus the
        # words of a longer coefficient kept outside (sys.getsizeof adds
        # the 16-byte header of the collector to this class's instances;
        # the C type has none)
        words = (_ndigits(self._int) + 18) // 19
        return (104 if words <= 4 else 104 + 8 * words) - _GC_HEADER

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # --- arithmetic operators -------------------------------------------
    def _binary(self, other, compute, swap, context):
        """self OP other (other OP self if swap) in the context."""
        if type(other) is not Decimal:
            other = _operand(other)
            if other is None:
                return NotImplemented
        if context is None and _current_context is not None:
            ctx = _current_context
        else:
            ctx = _ctx(context)
        if swap:
            result, status = compute(other, self, ctx)
        else:
            result, status = compute(self, other, ctx)
        if status:
            ctx._add_status(status)
        return result

    def __add__(self, other, context=None):
        return self._binary(other, _sum, False, context)

    def __radd__(self, other, context=None):
        return self._binary(other, _sum, True, context)

    def __sub__(self, other, context=None):
        return self._binary(other, _difference, False, context)

    def __rsub__(self, other, context=None):
        return self._binary(other, _difference, True, context)

    def __mul__(self, other, context=None):
        return self._binary(other, _multiply, False, context)

    def __rmul__(self, other, context=None):
        return self._binary(other, _multiply, True, context)

    def __truediv__(self, other, context=None):
        return self._binary(other, _divide, False, context)

    def __rtruediv__(self, other, context=None):
        return self._binary(other, _divide, True, context)

    def __floordiv__(self, other, context=None):
        return self._binary(other, _quotient, False, context)

    def __rfloordiv__(self, other, context=None):
        return self._binary(other, _quotient, True, context)

    def __mod__(self, other, context=None):
        return self._binary(other, _remainder, False, context)

    def __rmod__(self, other, context=None):
        return self._binary(other, _remainder, True, context)

    def __divmod__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        ctx = _ctx(context)
        return (ctx._done(_divmod(self, other, ctx, 'q')),
                ctx._done(_divmod(self, other, ctx, 'r')))

    def __rdivmod__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        ctx = _ctx(context)
        if modulo is not None:
            return self._power_modulo(other, modulo, ctx)
        return ctx._done(_power(self, other, ctx))

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return other.__pow__(self, modulo, context)

    def _power_modulo(self, other, modulo, ctx):
        modulo = _operand(modulo)
        if modulo is None:
            return NotImplemented
        for d in (self, other, modulo):
            if d._kind == _SNAN:
                return ctx._done((_nan_result(d, ctx), _INVALID_OP))
        for d in (self, other, modulo):
            if d._kind == _NAN:
                return ctx._done((_nan_result(d, ctx), 0))
        if not (_is_integral(self) and _is_integral(other) and
                _is_integral(modulo)) or other._sign or \
                (self._int == 0 and other._int == 0) or modulo._int == 0 \
                or _ndigits(modulo._int) + max(modulo._exp, 0) > ctx._prec:
            return ctx._done(_invalid())
        m = abs(_int_value(modulo))
        v = pow(abs(_int_value(self)), _int_value(other), m)
        sign = self._sign & (_int_value(other) & 1)
        return ctx._done(_fix(sign, v, 0, ctx))

    def __neg__(self, context=None):
        ctx = _ctx(context)
        nan = _check_nans(self, None, ctx)
        if nan:
            return ctx._done(nan)
        sign = self._sign ^ 1
        if self._kind == _FINITE and self._int == 0 and \
                ctx._rounding != ROUND_FLOOR:
            sign = 0
        if self._kind == _INF:
            return _dec(sign, 0, 0, _INF)
        return ctx._done(_fix(sign, self._int, self._exp, ctx))

    def __pos__(self, context=None):
        ctx = _ctx(context)
        nan = _check_nans(self, None, ctx)
        if nan:
            return ctx._done(nan)
        sign = self._sign
        if self._kind == _FINITE and self._int == 0 and \
                ctx._rounding != ROUND_FLOOR:
            sign = 0
        if self._kind == _INF:
            return _dec(sign, 0, 0, _INF)
        return ctx._done(_fix(sign, self._int, self._exp, ctx))

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = _ctx(context)
        if self._sign:
            return self.__neg__(ctx)
        return self.__pos__(ctx)

    # --- comparisons ----------------------------------------------------
    def _compare_value(self, other, op):
        """(-1, 0, 1), None for unordered NaNs, or NotImplemented."""
        ctx = getcontext()
        equality = op in ('==', '!=')
        if isinstance(other, Decimal):
            b = other
        elif isinstance(other, int):
            b = _operand(other)
        elif isinstance(other, float):
            if equality:
                ctx._status |= _FLOAT_OP
            else:
                ctx._add_status(_FLOAT_OP)
            b = _from_float(other)
        elif isinstance(other, complex) and equality and other.imag == 0:
            b = _from_float(other.real)
        elif isinstance(other, _numbers.Rational):
            b = None
        else:
            return NotImplemented
        if self._kind >= _NAN or (b is not None and b._kind >= _NAN):
            snan = self._kind == _SNAN or (b is not None and
                                            b._kind == _SNAN)
            if snan or not equality:
                ctx._add_status(_INVALID_OP)
            return None
        if b is None:
            # a Fraction: compare self * denominator with the numerator
            if self._kind == _INF:
                return -1 if self._sign else 1
            n, d = other.numerator, other.denominator
            a = _dec(self._sign, self._int * d, self._exp)
            b = _dec(1 if n < 0 else 0, abs(n), 0)
            return _compare(a, b)
        return _compare(self, b)

    def __eq__(self, other):
        r = self._compare_value(other, '==')
        if r is NotImplemented:
            return r
        return r == 0

    def __ne__(self, other):
        r = self._compare_value(other, '!=')
        if r is NotImplemented:
            return r
        return r != 0

    def __lt__(self, other):
        r = self._compare_value(other, '<')
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r < 0

    def __le__(self, other):
        r = self._compare_value(other, '<=')
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r <= 0

    def __gt__(self, other):
        r = self._compare_value(other, '>')
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r > 0

    def __ge__(self, other):
        r = self._compare_value(other, '>=')
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r >= 0

    # --- methods of the spec --------------------------------------------
    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._int == 0

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_normal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FINITE and self._int != 0 and \
            self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FINITE and self._int != 0 and \
            self.adjusted() < ctx._Emin

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _dec(self._sign ^ 1, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _op(other, _ctx(context))
        return _dec(other._sign, self._int, self._exp, self._kind)

    def same_quantum(self, other, context=None):
        other = _op(other, _ctx(context))
        if self._kind != _FINITE or other._kind != _FINITE:
            return (self._kind >= _NAN and other._kind >= _NAN) or \
                (self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    def compare(self, other, context=None):
        ctx = _ctx(context)
        other = _op(other, ctx)
        nan = _check_nans(self, other, ctx)
        if nan:
            return ctx._done(nan)
        return _dec_from_int(_compare(self, other))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        other = _op(other, ctx)
        if self._kind >= _NAN or other._kind >= _NAN:
            nan = _check_nans(self, other, ctx)
            return ctx._done((nan[0], _INVALID_OP))
        return _dec_from_int(_compare(self, other))

    def compare_total(self, other, context=None):
        other = _op(other, _ctx(context))
        return _dec_from_int(_compare_total(self, other))

    def compare_total_mag(self, other, context=None):
        other = _op(other, _ctx(context))
        return _dec_from_int(_compare_total(self.copy_abs(),
                                            other.copy_abs()))

    def _minmax(self, other, context, want_max, magnitude):
        ctx = _ctx(context)
        other = _op(other, ctx)
        if self._kind >= _NAN or other._kind >= _NAN:
            if self._kind == _SNAN or other._kind == _SNAN or \
                    (self._kind >= _NAN and other._kind >= _NAN):
                return ctx._done(_check_nans(self, other, ctx))
            # one quiet NaN: the number wins
            pick = other if self._kind >= _NAN else self
            return ctx._done(_fix(pick._sign, pick._int, pick._exp, ctx)
                             if pick._kind == _FINITE else (pick, 0))
        if magnitude:
            c = _compare(self.copy_abs(), other.copy_abs())
            if c == 0:
                c = _compare(self, other)
        else:
            c = _compare(self, other)
        if c == 0:
            c = _compare_total(self, other)
        pick = self if (c > 0) == want_max else other
        if pick._kind == _INF:
            return pick
        return ctx._done(_fix(pick._sign, pick._int, pick._exp, ctx))

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        exp = _op(exp, ctx)
        if rounding is None:
            rounding = ctx._rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        nan = _check_nans(self, exp, ctx)
        if nan:
            return ctx._done(nan)
        if self._kind == _INF or exp._kind == _INF:
            if self._kind == _INF and exp._kind == _INF:
                return _dec(self._sign, 0, 0, _INF)
            return ctx._done(_invalid())
        target = exp._exp
        if not ctx.Etiny() <= target <= ctx._Emax:
            return ctx._done(_invalid())
        if self._int == 0:
            return ctx._done(_fix(self._sign, 0, target, ctx))
        if self.adjusted() > ctx._Emax or \
                self.adjusted() - target + 1 > ctx._prec:
            return ctx._done(_invalid())
        coef, status = _rescale(self._sign, self._int, self._exp, target,
                                rounding)
        if coef and target + _ndigits(coef) - 1 > ctx._Emax or \
                _ndigits(coef) > ctx._prec:
            return ctx._done(_invalid())
        if coef and target + _ndigits(coef) - 1 < ctx._Emin:
            status |= _SUBNORMAL
        if target > self._exp:
            status |= _ROUNDED
        result, more = _fix(self._sign, coef, target, ctx)
        return ctx._done((result, status | more))

    def _to_integral(self, rounding, context, exact):
        ctx = _ctx(context)
        if rounding is None:
            rounding = ctx._rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        nan = _check_nans(self, None, ctx)
        if nan:
            return ctx._done(nan)
        if self._kind == _INF or self._exp >= 0:
            return self
        coef, status = _rescale(self._sign, self._int, self._exp, 0,
                                rounding)
        if not exact:
            return _dec(self._sign, coef, 0)
        if self._int == 0:
            return _dec(self._sign, 0, 0)
        return ctx._done((_dec(self._sign, coef, 0), status | _ROUNDED))

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context, True)

    def normalize(self, context=None):
        ctx = _ctx(context)
        nan = _check_nans(self, None, ctx)
        if nan:
            return ctx._done(nan)
        if self._kind == _INF:
            return self
        d = ctx._done(_fix(self._sign, self._int, self._exp, ctx))
        if d._kind != _FINITE:
            return d
        if d._int == 0:
            return _dec(d._sign, 0, 0)
        top = ctx.Etop() if ctx._clamp else ctx._Emax
        strip = _trailing_zeros(d._int, max(0, top - d._exp))
        return _dec(d._sign, d._int // 10 ** strip, d._exp + strip)

    def sqrt(self, context=None):
        ctx = _ctx(context)
        return ctx._done(_sqrt(self, ctx))

    def _unary_function(self, context, finite, at_zero, at_inf, at_neg_inf,
                        negative_invalid):
        ctx = _ctx(context)
        nan = _check_nans(self, None, ctx)
        if nan:
            return ctx._done(nan)
        if self._kind == _INF:
            if self._sign:
                if negative_invalid:
                    return ctx._done(_invalid())
                return at_neg_inf
            return at_inf
        if self._int == 0:
            return at_zero
        if self._sign and negative_invalid:
            return ctx._done(_invalid())
        return ctx._done(finite(self, ctx))

    def exp(self, context=None):
        return self._unary_function(context, _exp, _dec(0, 1, 0),
                                    _dec(0, 0, 0, _INF), _dec(0, 0, 0),
                                    False)

    def ln(self, context=None):
        if self._kind == _FINITE and self._int and not self._sign and \
                _compare(self, _dec(0, 1, 0)) == 0:
            return _dec(0, 0, 0)
        return self._unary_function(context, _ln, _dec(1, 0, 0, _INF),
                                    _dec(0, 0, 0, _INF), None, True)

    def log10(self, context=None):
        return self._unary_function(context, _log10, _dec(1, 0, 0, _INF),
                                    _dec(0, 0, 0, _INF), None, True)

    def logb(self, context=None):
        ctx = _ctx(context)
        nan = _check_nans(self, None, ctx)
        if nan:
            return ctx._done(nan)
        if self._kind == _INF:
            return _dec(0, 0, 0, _INF)
        if self._int == 0:
            return ctx._done((_dec(1, 0, 0, _INF), _DIV_BY_ZERO))
        return ctx._done(_fix(*_int_triple(self.adjusted()), ctx))

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        other = _op(other, ctx)
        third = _op(third, ctx)
        if self._kind == _SNAN or other._kind == _SNAN:
            return ctx._done(_check_nans(self, other, ctx))
        if self._kind == _NAN or other._kind == _NAN:
            if third._kind == _SNAN:
                return ctx._done(_check_nans(third, None, ctx))
            return ctx._done(_check_nans(self, other, ctx))
        sign = self._sign ^ other._sign
        if self._kind == _INF or other._kind == _INF:
            if (self._kind == _FINITE and self._int == 0) or \
                    (other._kind == _FINITE and other._int == 0):
                return ctx._done(_invalid())
            product = _dec(sign, 0, 0, _INF)
        else:
            product = _dec(sign, self._int * other._int,
                           self._exp + other._exp)
        return ctx._done(_add(product, third, ctx, False))

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        other = _op(other, ctx)
        nan = _check_nans(self, other, ctx)
        if nan:
            return ctx._done(nan)
        limit = 2 * (ctx._Emax + ctx._prec)
        if other._kind != _FINITE or other._exp != 0 or \
                abs(_int_value(other)) > limit:
            return ctx._done(_invalid())
        if self._kind == _INF:
            return self
        return ctx._done(_fix(self._sign, self._int,
                              self._exp + _int_value(other), ctx))

    def remainder_near(self, other, context=None):
        ctx = _ctx(context)
        return ctx._done(_remainder_near(self, _op(other, ctx), ctx))

    def next_plus(self, context=None):
        return self._next(context, 0)

    def next_minus(self, context=None):
        return self._next(context, 1)

    def _next(self, context, toward_sign):
        ctx = _ctx(context)
        nan = _check_nans(self, None, ctx)
        if nan:
            return ctx._done(nan)
        if self._kind == _INF:
            if self._sign == toward_sign:
                return self
            return _dec(self._sign, 10 ** ctx._prec - 1, ctx.Etop())
        work = ctx.copy()
        work._rounding = ROUND_FLOOR if toward_sign else ROUND_CEILING
        # a value the context cannot hold: its rounding toward the
        # direction is the neighbour
        rounded, status = _fix(self._sign, self._int, self._exp, work)
        if status & _INEXACT:
            return rounded
        # otherwise add or subtract a tiny amount, rounding away from it
        tiny = _dec(toward_sign, 1, ctx.Etiny() - 1)
        result, _ = _add(rounded, tiny, work, False)
        return result

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _op(other, ctx)
        nan = _check_nans(self, other, ctx)
        if nan:
            return ctx._done(nan)
        c = _compare(self, other)
        if c == 0:
            return self.copy_sign(other)
        result = self._next(ctx, 0 if c < 0 else 1)
        status = 0
        if result._kind == _INF:
            status = _OVERFLOW | _INEXACT | _ROUNDED
        elif result._int and result.adjusted() < ctx._Emin:
            status = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if result._int == 0:
                status |= _CLAMPED
        return ctx._done((result, status))

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _NAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx._Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return _dec(0, 10, 0)

    # --- digit-wise operations (operands of 0s and 1s) ------------------
    def _logical_digits(self, ctx):
        if self._kind != _FINITE or self._sign or self._exp != 0:
            return None
        s = str(self._int)
        if s.strip('01'):
            return None
        # the last prec digits take part (libmpdec ignores the others)
        return s[-ctx._prec:].rjust(ctx._prec, '0')

    def _logical(self, other, context, fn):
        ctx = _ctx(context)
        a = self._logical_digits(ctx)
        b = _op(other, ctx)._logical_digits(ctx) if other is not None \
            else '0' * ctx._prec
        if a is None or b is None:
            return ctx._done(_invalid())
        digits = ''.join(fn(x, y) for x, y in zip(a, b))
        return _dec(0, int(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        return self._logical(None, context,
                             lambda x, y: '0' if x == '1' else '1')

    def _shift_amount(self, other, ctx):
        other = _op(other, ctx)
        nan = _check_nans(self, other, ctx)
        if nan:
            return None, nan
        if other._kind != _FINITE or other._exp != 0 or \
                abs(_int_value(other)) > ctx._prec:
            return None, _invalid()
        return _int_value(other), None

    def rotate(self, other, context=None):
        ctx = _ctx(context)
        n, early = self._shift_amount(other, ctx)
        if early:
            return ctx._done(early)
        if self._kind == _INF:
            return self
        prec = ctx._prec
        s = str(self._int)[-prec:].rjust(prec, '0')
        s = s[n:] + s[:n] if n >= 0 else s[n:] + s[:n]
        return ctx._done(_fix(self._sign, int(s), self._exp, ctx))

    def shift(self, other, context=None):
        ctx = _ctx(context)
        n, early = self._shift_amount(other, ctx)
        if early:
            return ctx._done(early)
        if self._kind == _INF:
            return self
        prec = ctx._prec
        coef = self._int % 10 ** prec
        if n >= 0:
            coef = coef * 10 ** n % 10 ** prec
        else:
            coef //= 10 ** -n
        return ctx._done(_fix(self._sign, coef, self._exp, ctx))


def _int_triple(value):
    return (1 if value < 0 else 0), abs(value), 0


def _dec_from_int(value):
    return _dec(*_int_triple(value))


def _compare_total(a, b):
    """-1, 0, 1: the total order of the spec (sign, then NaN > sNaN >
    Infinity > finite, then value, then exponent)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {_FINITE: 0, _INF: 1, _SNAN: 2, _NAN: 3}
    ra, rb = rank[a._kind], rank[b._kind]
    if ra != rb:
        result = -1 if ra < rb else 1
    elif a._kind >= _NAN:
        result = (a._int > b._int) - (a._int < b._int)
    elif a._kind == _INF:
        result = 0
    else:
        result = _compare(a.copy_abs(), b.copy_abs())
        if result == 0:
            result = (a._exp > b._exp) - (a._exp < b._exp)
    return -result if a._sign else result


_set_sign = Decimal._sign.__set__
_set_int = Decimal._int.__set__
_set_exp = Decimal._exp.__set__
_set_kind = Decimal._kind.__set__
_NaN = _dec(0, 0, 0, _NAN)
_numbers.Number.register(Decimal)
