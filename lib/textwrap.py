"""Text wrapping and filling (written for pym, after CPython 3.11's API).

TextWrapper cuts the text into chunks -- runs of whitespace and words, a
hyphenated word being cut after each of its hyphens ("long-winded" ->
"long-", "winded") and an em-dash ("--") between words being a chunk of its
own -- then fills lines greedily with them.  CPython finds the chunks with a
regular expression; here a small scanner applies the same rules, so that pym
needs no `re` module for this.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit
    return c.isalpha()


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _split_word(token):
    """Cut one run of non-whitespace into chunks at hyphens and em-dashes."""
    chunks = []
    n = len(token)
    start = 0
    i = 0
    while i < n:
        c = token[i]
        if c == '-':
            # an em-dash: two or more hyphens after word punctuation and
            # before a word character
            j = i
            while j < n and token[j] == '-':
                j += 1
            if (j - i >= 2 and i > 0 and _is_word_punct(token[i - 1])
                    and j < n and _is_word(token[j])):
                if start < i:
                    chunks.append(token[start:i])
                chunks.append(token[i:j])
                start = i = j
                continue
            # a hyphen inside a word: after two letters (or L-L-) and before
            # letter, optional hyphen, letter
            if j - i == 1:
                before_ok = ((i >= 2 and _is_letter(token[i - 1])
                              and _is_letter(token[i - 2])) or
                             (i >= 3 and _is_letter(token[i - 1])
                              and token[i - 2] == '-'
                              and _is_letter(token[i - 3])))
                after = token[i + 1:i + 4]
                after_ok = (len(after) >= 2 and _is_letter(after[0]) and
                            (_is_letter(after[1]) or
                             (after[1] == '-' and len(after) >= 3
                              and _is_letter(after[2]))))
                if before_ok and after_ok and start < i:
                    chunks.append(token[start:i + 1])
                    start = i + 1
            i = j
            continue
        i += 1
    if start < n:
        chunks.append(token[start:])
    return chunks


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text to wrap into indivisible chunks."""
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            j = i
            if text[i] in _WS:
                while j < n and text[j] in _WS:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _WS:
                    j += 1
                if self.break_on_hyphens:
                    chunks.extend(_split_word(text[i:j]))
                else:
                    chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Make sure two spaces follow a sentence ending (lowercase letter,
        then . ! or ?, maybe a quote)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        s = chunk
        if s and s[-1] in '"\'':
            s = s[:-1]
        if len(s) < 2 or s[-1] not in '.!?':
            return False
        return s[-2].islower()

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """wrap(text : string) -> [string]

        Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines.
        """
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string

        Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph.
        """
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of whitespace are normalized to a newline
    character.  Tabs and spaces are not equivalent.
    """
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[i] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            k = 0
            while k < len(margin) and k < len(indent) and \
                    margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
