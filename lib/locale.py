"""locale -- the locale of the C library as Python sees it, written for
pym after CPython 3.11's behaviour.

pym does not call the C library's setlocale(): its conversions of numbers,
dates and strings always follow the "C" conventions.  So this module
offers exactly the locales whose conventions those are: "C" and "POSIX"
(ASCII) and "C.UTF-8" (also spelled "C.utf8").  It keeps the name set for
each category; setlocale(cat, "") takes the name from the environment
(LC_ALL, then LC_<category>, then LANG) and, like every other name, fails
with locale.Error("unsupported locale setting") when it is none of those.
At start-up LC_CTYPE is "C.UTF-8" and every other category "C", as in
CPython (which coerces a "C" LC_CTYPE to UTF-8, PEP 538).

localeconv(), nl_langinfo(), format_string(), str(), atof(), atoi(),
currency(), strcoll() and strxfrm() answer for these locales; the grouping
and separator logic is written out in full so that it follows whatever
localeconv() reports.
"""

import sys
import re

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "localize",
           "delocalize", "nl_langinfo", "LC_MESSAGES"]

_builtin_str = str


class Error(Exception):
    pass


CHAR_MAX = 127

# The category numbers of the GNU C library.
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
_CATEGORY_NAMES = {0: 'LC_CTYPE', 1: 'LC_NUMERIC', 2: 'LC_TIME', 3: 'LC_COLLATE',
                   4: 'LC_MONETARY', 5: 'LC_MESSAGES', 7: 'LC_PAPER', 8: 'LC_NAME',
                   9: 'LC_ADDRESS', 10: 'LC_TELEPHONE', 11: 'LC_MEASUREMENT',
                   12: 'LC_IDENTIFICATION'}

# The locales whose conventions pym follows.
_SUPPORTED = ('C', 'POSIX', 'C.UTF-8', 'C.utf8')

_settings = {cat: 'C' for cat in _CATEGORY_NAMES}
_settings[LC_CTYPE] = 'C.UTF-8'


def _from_environment(category):
    import os
    for var in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def _query(category):
    if category == LC_ALL:
        names = [_settings[cat] for cat in _CATEGORY_NAMES]
        if all(name == names[0] for name in names):
            return names[0]
        return ';'.join(f'{_CATEGORY_NAMES[cat]}={_settings[cat]}' for cat in _CATEGORY_NAMES)
    if category not in _CATEGORY_NAMES:
        raise Error('locale query failed')
    return _settings[category]


def _setlocale(category, locale=None):
    if not isinstance(category, int):
        raise TypeError(f"'{type(category).__name__}' object cannot be interpreted as an integer")
    if locale is None:
        return _query(category)
    if not isinstance(locale, _builtin_str):
        raise TypeError(f"setlocale() argument 2 must be str or None, not {type(locale).__name__}")
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error('unsupported locale setting')
    cats = list(_CATEGORY_NAMES) if category == LC_ALL else [category]
    new = {}
    if category == LC_ALL and ';' in locale:
        # A composite name, as a query of LC_ALL returns it.
        by_name = {name: cat for cat, name in _CATEGORY_NAMES.items()}
        for item in locale.split(';'):
            name, eq, value = item.partition('=')
            if not eq or name not in by_name or value not in _SUPPORTED:
                raise Error('unsupported locale setting')
            new[by_name[name]] = value
    else:
        for cat in cats:
            name = locale or _from_environment(cat)
            if name not in _SUPPORTED:
                raise Error('unsupported locale setting')
            new[cat] = 'C' if name == 'POSIX' else name   # the C library's spelling
    _settings.update(new)
    return _query(category)


def setlocale(category, locale=None):
    """Set the locale for the given category (a name, or '' for the
    environment's, or a (language, encoding) pair); with locale None,
    return the current setting."""
    if locale and not isinstance(locale, _builtin_str):
        try:
            iter(locale)
        except TypeError:
            raise TypeError("Locale must be None, a string, or an iterable of "
                            "two strings -- language code, encoding.") from None
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Set the locale of category to the default setting (deprecated)."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    _setlocale(category, '')


def localeconv():
    """The numeric and monetary conventions of the current locale."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compare two strings by the LC_COLLATE rules (code points in "C")."""
    for n, arg in ((1, a), (2, b)):
        if not isinstance(arg, _builtin_str):
            raise TypeError(f"strcoll() argument {n} must be str, not {type(arg).__name__}")
    return (a > b) - (a < b)


def strxfrm(s):
    """A string that compares like s under strcoll (s itself in "C")."""
    if not isinstance(s, _builtin_str):
        raise TypeError(f"strxfrm() argument must be str, not {type(s).__name__}")
    return s


# -- nl_langinfo ---------------------------------------------------------

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8,
 ABMON_9, ABMON_10, ABMON_11, ABMON_12) = range(131086, 131098)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8,
 MON_9, MON_10, MON_11, MON_12) = range(131098, 131110)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

_DAYS = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')
_LANGINFO = {RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM',
             D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
             T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '',
             ERA_D_T_FMT: '', ERA_T_FMT: '', CRNCYSTR: '-',
             YESEXPR: '^[yY]', NOEXPR: '^[nN]'}
for _i in range(7):
    _LANGINFO[DAY_1 + _i] = _DAYS[_i]
    _LANGINFO[ABDAY_1 + _i] = _DAYS[_i][:3]
for _i in range(12):
    _LANGINFO[MON_1 + _i] = _MONTHS[_i]
    _LANGINFO[ABMON_1 + _i] = _MONTHS[_i][:3]
del _i


def _codeset(name):
    return 'UTF-8' if name in ('C.UTF-8', 'C.utf8') else 'ANSI_X3.4-1968'


def nl_langinfo(key):
    """Return the value of one item of the current locale's information."""
    if key == CODESET:
        return _codeset(_settings[LC_CTYPE])
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError('unsupported langinfo constant') from None


def getencoding():
    """The encoding of the current LC_CTYPE locale."""
    return _codeset(_settings[LC_CTYPE])


def getpreferredencoding(do_setlocale=True):
    """The encoding used for text data by the user's preference: the
    environment's locale's encoding, or the current one's if not
    do_setlocale."""
    if getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    name = _from_environment(LC_CTYPE)
    if name in ('C', 'POSIX'):
        return 'UTF-8'           # coerced to C.UTF-8 at start-up
    if name not in _SUPPORTED:
        return getencoding()
    return _codeset(name)


# -- locale names ----------------------------------------------------------

_ENCODING_ALIASES = {'utf8': 'UTF-8', 'utf-8': 'UTF-8', 'iso88591': 'ISO8859-1',
                     'iso8859-1': 'ISO8859-1', 'iso-8859-1': 'ISO8859-1',
                     'latin1': 'ISO8859-1', 'latin-1': 'ISO8859-1',
                     'iso885915': 'ISO8859-15', 'iso8859-15': 'ISO8859-15',
                     'ascii': 'ISO8859-1', 'euc-jp': 'eucJP', 'eucjp': 'eucJP'}

# A few of CPython's locale_alias entries: the names a bare language
# stands for.
locale_alias = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1',
    'it': 'it_IT.ISO8859-1', 'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP',
    'nl': 'nl_NL.ISO8859-1', 'pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1',
    'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8', 'zh_cn': 'zh_CN.gb2312',
    'en_us.utf8': 'en_US.UTF-8', 'de_de.utf8': 'de_DE.UTF-8', 'utf-8': 'UTF-8',
    'utf8': 'UTF-8', 'fr_fr@euro': 'fr_FR.ISO8859-15', 'de_de@euro': 'de_DE.ISO8859-15',
}


def normalize(localename):
    """A locale name in the form language_TERRITORY.encoding[@modifier],
    as far as the alias table knows it; otherwise the name unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if code in locale_alias:
        return locale_alias[code]
    code, at, modifier = code.partition('@')
    lang, dot, encoding = code.partition('.')
    if dot:
        # encodings are looked up without '-' and '_' ('utf-8' is 'utf8')
        code = lang + '.' + encoding.replace('-', '').replace('_', '')
    if code in locale_alias:
        result = locale_alias[code]
        return result + at + modifier if at else result
    if lang in locale_alias and dot:
        base = locale_alias[lang].split('.')[0]
        enc = _ENCODING_ALIASES.get(encoding.replace('_', '-'), encoding.upper())
        return base + '.' + enc + (at + modifier if at else '')
    if lang in locale_alias:
        return locale_alias[lang] + (at + modifier if at else '')
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    """The current setting of category as (language code, encoding)."""
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """The default locale from the environment as (language code, encoding)
    (deprecated)."""
    import warnings
    import os
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


# -- formatting numbers ----------------------------------------------------

def _grouping_intervals(grouping):
    last = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last is None:
                raise ValueError("invalid grouping")
            while True:
                yield last
        yield interval
        last = interval


def _group(s, monetary=False):
    # Insert the thousands separator into the integer digits of s; returns
    # the new string and the number of separators put in.
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return s, 0
    if s[-1] == ' ':
        stripped = s.rstrip()
        right_spaces = s[len(stripped):]
        s = stripped
    else:
        right_spaces = ''
    left_spaces = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            left_spaces = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return left_spaces + sep.join(groups) + right_spaces, len(sep) * (len(groups) - 1)


def _strip_padding(s, amount):
    # Take back the width the separators added, from padding spaces.
    lpos = 0
    while amount and s[lpos] == ' ':
        lpos += 1
        amount -= 1
    rpos = len(s) - 1
    while amount and s[rpos] == ' ':
        rpos -= 1
        amount -= 1
    return s[lpos:rpos + 1]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def _localize(formatted, grouping=False, monetary=False):
    seps = 0
    parts = formatted.split('.')
    if grouping:
        parts[0], seps = _group(parts[0], monetary=monetary)
    decimal_point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
    formatted = decimal_point.join(parts)
    if seps:
        formatted = _strip_padding(formatted, seps)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Format with the % operator, then localize each numeric conversion
    (decimal point, and thousands separators if grouping)."""
    percents = list(_percent_re.finditer(f))
    new_f = _percent_re.sub('%s', f)

    if hasattr(val, 'keys') and hasattr(val, '__getitem__'):
        new_val = []
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                new_val.append(_format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        new_val = []
        i = 0
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                starcount = perc.group('modifiers').count('*')
                new_val.append(_format(perc.group(), val[i], grouping, monetary,
                                       *val[i + 1:i + 1 + starcount]))
                i += 1 + starcount
    val = tuple(new_val)
    return new_f % val


def currency(val, symbol=True, grouping=False, international=False):
    """Format val according to the monetary settings of the locale."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    s = _localize(f'{abs(val):.{digits}f}', grouping, monetary=True)
    s = '<' + s + '>'
    if symbol:
        smb = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv['n_cs_precedes' if val < 0 else 'p_cs_precedes']
        separated = conv['n_sep_by_space' if val < 0 else 'p_sep_by_space']
        if precedes:
            s = smb + (' ' if separated else '') + s
        else:
            if international and smb[-1] == ' ':
                smb = smb[:-1]
            s = s + (' ' if separated else '') + smb
    sign_pos = conv['n_sign_posn' if val < 0 else 'p_sign_posn']
    sign = conv['negative_sign' if val < 0 else 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    """Parse a localized number into a string the float() builtin reads."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Put the locale's decimal point (and separators) into a number string."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Parse a string to a float following the LC_NUMERIC settings."""
    return func(delocalize(string))


def atoi(string):
    """Convert a string to an integer following the LC_NUMERIC settings."""
    return int(delocalize(string))
