# shlex: split (posix and not), quote, join, the shlex class with punctuation_chars
import shlex
for s in ['a b  c', 'echo "hello world" \'single q\'', r'a\ b c\\d', 'x="a b"y', "it's", 'a # comment', '"esc \\" q" \'no \\ esc\'', '', '  ', 'a"b"c', r'"\$HOME"']:
    try:
        print(repr(s), shlex.split(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(shlex.split('a # comment here', comments=True), shlex.split('a "b c"', posix=False))
for bad in ['"open', "'open", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(e)
for s in ['', 'safe-name_1.txt', 'has space', "it's", 'a"b', '$HOME', 'ünï']:
    print(repr(shlex.quote(s)))
print(shlex.join(['ls', '-l', 'my file', "o'k"]))
lex = shlex.shlex('a && b; c|d > out.txt', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('foo(bar, "baz qux")')
print(list(lex), lex.lineno)
lex = shlex.shlex('one two\nthree', posix=True)
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno, lex.error_leader())
