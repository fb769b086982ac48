"""help() for pym: a short pydoc-style text (signature and docstring),
printed without a pager.  Imported by the built-in help object on first use."""


def _cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    out = [lines[0].lstrip()]
    for line in lines[1:]:
        out.append(line[margin:] if margin is not None else line)
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return '\n'.join(out)


def _annotation(a):
    if isinstance(a, type) and not hasattr(a, '__origin__'):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    if isinstance(a, str):
        return a
    return repr(a).replace('typing.', '')


def _signature(f, bound=False):
    code = f.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = f.__defaults__ or ()
    kwdefaults = f.__kwdefaults__ or {}
    ann = getattr(f, '__annotations__', None) or {}
    parts = []

    def one(name, default, has_default):
        text = name
        if name in ann:
            text += ': ' + _annotation(ann[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    first_default = npos - len(defaults)
    for i in range(npos):
        has = i >= first_default
        parts.append(one(names[i], defaults[i - first_default] if has else None, has))
        if nposonly and i == nposonly - 1:
            parts.append('/')
    k = npos + nkw
    if code.co_flags & 0x04:
        star = names[k]
        text = '*' + star
        if star in ann:
            text += ': ' + _annotation(ann[star])
        parts.append(text)
        k += 1
    elif nkw:
        parts.append('*')
    for i in range(npos, npos + nkw):
        name = names[i]
        parts.append(one(name, kwdefaults.get(name), name in kwdefaults))
    if code.co_flags & 0x08:
        name = names[k]
        text = '**' + name
        if name in ann:
            text += ': ' + _annotation(ann[name])
        parts.append(text)
    if bound and parts and parts[0] not in ('/', '*') and not parts[0].startswith('*'):
        del parts[0]
        if parts and parts[0] == '/':
            del parts[0]
    sig = '(' + ', '.join(parts) + ')'
    if 'return' in ann:
        sig += ' -> ' + _annotation(ann['return'])
    return sig


def _indent(doc):
    return '\n'.join('    ' + line for line in doc.split('\n'))


def _describe(obj):
    doc = getattr(obj, '__doc__', None)
    doc = _cleandoc(doc) if isinstance(doc, str) else ''
    if hasattr(obj, '__func__') and hasattr(obj.__func__, '__code__'):
        func = obj.__func__
        doc = func.__doc__
        doc = _cleandoc(doc) if isinstance(doc, str) else ''
        owner = obj.__self__
        head = 'Help on method %s in module %s:\n\n' % (func.__name__, func.__module__)
        cls = type(owner)
        what = 'method of %s.%s instance' % (cls.__module__, cls.__qualname__)
        body = func.__name__ + _signature(func, True) + ' ' + what + '\n'
        if doc:
            body += _indent(doc) + '\n'
        return head + body
    if hasattr(obj, '__code__'):
        name = obj.__name__
        head = 'Help on function %s in module %s:\n\n' % (name, obj.__module__)
        body = name + _signature(obj) + '\n'
        if doc:
            body += _indent(doc) + '\n'
        return head + body
    if isinstance(obj, type):
        head = 'Help on class %s in module %s:\n\n' % (obj.__name__, obj.__module__)
        bases = ', '.join(b.__name__ for b in obj.__bases__)
        body = 'class %s(%s)\n' % (obj.__name__, bases)
        if doc:
            body += _indent(doc) + '\n'
        return head + body
    if type(obj).__name__ == 'module':
        head = 'Help on module %s:\n\n' % obj.__name__
        body = 'NAME\n    %s\n' % obj.__name__
        if doc:
            body += '\nDESCRIPTION\n' + _indent(doc) + '\n'
        return head + body
    if callable(obj):
        name = getattr(obj, '__name__', type(obj).__name__)
        head = 'Help on built-in function %s:\n\n' % name
        return head + name + '(...)\n' + (_indent(doc) + '\n' if doc else '')
    head = 'Help on %s object:\n\n' % type(obj).__name__
    tdoc = type(obj).__doc__
    return head + 'class %s(%s)\n' % (type(obj).__name__, ', '.join(b.__name__ for b in type(obj).__bases__)) + (
        _indent(_cleandoc(tdoc)) + '\n' if isinstance(tdoc, str) else '')


def help(*args, **kwds):
    if kwds:
        raise TypeError("help() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("help() takes from 0 to 1 positional arguments but %d were given" % (len(args) + 1))
    if not args:
        print("pym has no interactive help; use help(object) for a short description of an object.")
        return None
    obj = args[0]
    if isinstance(obj, str):
        import sys
        if obj in sys.modules:
            obj = sys.modules[obj]
        else:
            print("No Python documentation found for %r." % obj)
            return None
    print(_describe(obj))
