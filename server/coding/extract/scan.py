"""Fast scanning with the engine's case-insensitive patterns: the big alternations (sites, diagnoses,
service kinds) and, through :class:`FoldedPattern`, any other pattern whose literals are lower case.

CPython's ``re`` skips an alternation branch cheaply only when the branch starts with a case-sensitive
literal; under ``re.IGNORECASE`` every branch of a several-hundred-way alternation is entered at every word
start. So a pattern whose own literals are all lower case is compiled a second time without IGNORECASE and
run on the lower-cased text. For ASCII text this is exactly equivalent (same offsets, same groups;
``str.lower`` keeps the length); anything else (non-ASCII, an upper-case literal in the pattern) takes the
original pattern.

The lower-case pattern only ever sees ASCII text, so it is compiled with ``re.ASCII``
(:func:`ascii_compile`): the same matches, with ``\\b``, ``\\w`` and ``\\d`` tested by a table look-up
instead of calls into the Unicode database at every position.

The lower-case pattern is also rewritten by :func:`by_first_char` so that ``re`` tries fewer branches at
each position (same matches, same groups). A lexicon scanner (every match starts at a word start, with one
of a few hundred short literal prefixes: :func:`start_filter`) only tries the word starts that begin with
one of them: the filter, a capture-free lookahead, is put in front of the full pattern, so ``re`` itself
skips every other position before entering the alternation.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from collections.abc import Iterator
from re import _compiler as _sre_compiler
from re import _constants as _sre
from re import _parser as _sre_parser

_ESCAPES = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


def ascii_compile(pattern: str, flags: int) -> re.Pattern[str]:
    """``pattern`` compiled for ASCII text only: with ``re.ASCII`` (unless verbose), which on ASCII text matches
    exactly as Unicode matching does but for Unicode ``\\s`` also matching ``\\x1c``-``\\x1f``; so every
    ``\\s``, ``\\S`` and character class holding one is first spelled out as the ASCII characters it matches
    under Unicode rules (:func:`_spell_spaces`)."""
    if flags & re.VERBOSE:
        return re.compile(pattern, flags)
    return re.compile(_spell_spaces(pattern, flags), (flags & ~re.UNICODE) | re.ASCII)


def _spell_spaces(p: str, flags: int) -> str:
    out, j = [], 0
    while j < len(p):
        end = j + 2 if p[j] == "\\" else _class_end(p, j) if p[j] == "[" else j + 1
        atom = p[j:end]
        escapes = _BACKSLASHED.findall(atom) if atom[0] == "[" else [atom]
        if "\\s" in escapes or "\\S" in escapes:
            one = re.compile(atom, flags)
            atom = "[" + "".join(re.escape(chr(c)) for c in range(128) if one.fullmatch(chr(c))) + "]"
        out.append(atom)
        j = end
    return "".join(out)


class FoldedScanner:
    """``finditer`` with the semantics of the IGNORECASE pattern ``rx``, faster on ASCII text."""

    __slots__ = ("rx", "lower_rx", "starts", "scan_rx", "needs")

    def __init__(self, rx: re.Pattern[str], lexicon: bool = False) -> None:
        """``lexicon``: ``rx`` is a large alternation of words, worth trying only at the word starts that
        begin like one of them (:func:`start_filter`); a small pattern is faster scanned as it is."""
        self.rx = rx
        literals = _ESCAPES.sub("", rx.pattern)
        usable = bool(rx.flags & re.IGNORECASE) and not any(c.isupper() for c in literals)
        pattern = rx.pattern if rx.flags & re.VERBOSE else by_first_char(rx.pattern)
        self.lower_rx = ascii_compile(pattern, rx.flags & ~re.IGNORECASE) if usable else None
        self.starts = start_filter(self.lower_rx) if lexicon and self.lower_rx is not None else None
        # the start filter (zero-width, capture-free: same matches, same groups) in front of the pattern
        self.scan_rx = self.lower_rx
        if self.starts is not None and self.lower_rx is not None:
            self.scan_rx = re.compile(f"{self.starts.pattern}(?:{self.lower_rx.pattern})", self.lower_rx.flags)
        # a lexicon's words share no literal worth looking for (and its parse is dear)
        self.needs = required_literals(self.lower_rx) if self.lower_rx is not None and not lexicon else ()

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """Matches over ``text``; ``m.group()`` of a fast-path match is lower case (offsets are the same).
        ``low``: ``text.lower()``, when the caller has it already."""
        if self.scan_rx is not None and text.isascii():
            if low is None:
                low = text.lower()
            for need in self.needs:
                for literal in need:
                    if literal in low:
                        break
                else:
                    return iter(())
            return self.scan_rx.finditer(low)
        return self.rx.finditer(text)


class FoldedPattern:
    """A drop-in for an IGNORECASE pattern whose ``search`` and ``finditer`` return the very matches the
    pattern would (on the original text, original case): on ASCII text the folded pattern finds where a match
    starts and the pattern itself is ``match``ed there. Everything else (``match``, ``sub``, ``pattern`` ...)
    is the pattern's own."""

    __slots__ = ("rx", "lower_rx", "needs")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        folded = FoldedScanner(rx)
        self.lower_rx = folded.lower_rx
        if self.lower_rx is None:
            raise ValueError(f"not a case-insensitive lower-case pattern: {rx.pattern[:60]!r}")
        self.needs = folded.needs

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not text.isascii():
            return self.rx.search(text, pos, endpos)
        low = text.lower()
        for need in self.needs:
            for literal in need:
                if low.find(literal, pos, endpos) >= 0:
                    break
            else:
                return None
        m = self.lower_rx.search(low, pos, endpos)
        return None if m is None else self.rx.match(text, m.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not text.isascii():
            return self.rx.finditer(text, pos, endpos)
        low = text.lower()
        for need in self.needs:
            for literal in need:
                if low.find(literal, pos, endpos) >= 0:
                    break
            else:
                return iter(())
        match = self.rx.match
        return (match(text, m.start(), endpos) for m in self.lower_rx.finditer(low, pos, endpos))

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


class CheckedPattern:
    """A drop-in for a case-sensitive pattern whose ``search`` first looks for the literals every match holds
    (:func:`required_literals`): a text without them has no match. Everything else is the pattern's own."""

    __slots__ = ("rx", "needs")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.needs = required_literals(rx)
        if rx.flags & re.IGNORECASE or not self.needs:
            raise ValueError(f"no literal to look for first: {rx.pattern[:60]!r}")

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for need in self.needs:
            for literal in need:
                if text.find(literal, pos, endpos) >= 0:
                    break
            else:
                return None
        return self.rx.search(text, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def finditer_at(rx: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, trying ``rx`` only at ``starts`` (increasing positions, a superset of where a
    match can start; every match of ``rx`` is non-empty). ``match`` at a position sees the text before it, as
    ``finditer`` does (``\\b``, lookbehinds); the next match is looked for from the end of the last one."""
    match = rx.match
    pos = 0
    for p in starts:
        if p >= pos:
            m = match(text, p)
            if m is not None:
                yield m
                pos = m.end()


# ---------------------------------------------------------------------------------- required literals
# A case-sensitive pattern often cannot match unless the text holds one of a few literal strings ("total",
# "stage|layer"): read off its parse tree, each such set is a few substring tests that let a text without any of
# them skip the pattern. Only
# consumed literals count (lookarounds, inline-flag groups, optional parts and back-references are ignored), so
# a match always lies over one of each set's strings: the check is a necessary condition, never a filter of
# real matches. A set of short common strings (one letter, a digit) is not worth a check and is not kept.

_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_MAX_NEEDED = 64  # strings in one set
_MAX_CHECKED = 12  # a larger set costs about as much to look for as the pattern


def _need_score(strings: frozenset[str]) -> tuple[int, int]:
    return (min(len(s) for s in strings), -len(strings))


def _needed(items: list) -> list[frozenset[str]]:
    """Sets of strings: a match of the sequence ``items`` holds one string of every set."""
    out: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if op is _sre.AT:
            continue  # zero-width: the literals on either side are adjacent in the text
        if run:
            out.append(frozenset([run]))
            run = ""
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags or del_flags):
                out.extend(_needed(list(sub.data)))
        elif op is _sre.ATOMIC_GROUP:
            out.extend(_needed(list(av.data)))
        elif op in _REPEATS:
            lo, _hi, sub = av
            if lo >= 1:
                out.extend(_needed(list(sub.data)))
        elif op is _sre.BRANCH:
            alts = [max(_needed(list(a.data)), key=_need_score, default=None) for a in av[1]]
            if alts and all(a is not None for a in alts):
                union = frozenset().union(*alts)
                if len(union) <= _MAX_NEEDED:
                    out.append(union)
    if run:
        out.append(frozenset([run]))
    return out


def required_literals(rx: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Up to two sets of strings (case-sensitive) such that every match of ``rx`` holds one string of each."""
    if rx.flags & re.IGNORECASE:
        return ()
    try:
        sets = set(_needed(list(_sre_parser.parse(rx.pattern, rx.flags).data)))
    except (re.error, RecursionError):
        return ()
    useful = [
        s
        for s in sets
        if len(s) <= _MAX_CHECKED and all(len(x) >= 2 or not (x.isalnum() or x.isspace()) for x in s)
    ]
    useful.sort(key=lambda s: (_need_score(s), sorted(s)), reverse=True)
    return tuple(tuple(sorted(s)) for s in useful[:2])


# ---------------------------------------------------------------------------------- start filter
# The literal prefixes (up to _PREFIX_LEN characters) that every match of a case-sensitive pattern starts
# with, read off its parse tree: zero-width items (anchors, lookarounds) are skipped, which only admits more
# prefixes; a character class stands for the ASCII characters it matches (the fast path only sees ASCII
# text); a prefix stops at anything wider (a repeat's second round, a large class). The filter of a pattern
# that starts with ``\b`` is ``\b`` followed by a lookahead for the prefixes: it matches wherever the
# pattern can.

_PREFIX_LEN = 4
_MAX_CLASS = 12  # a class of more ASCII characters ends the prefix
_MAX_PREFIXES = 4000
_AT_WORD_START = (_sre.AT, _sre.AT_BOUNDARY)
_ONE_CHAR = (_sre.LITERAL, _sre.IN, _sre.NOT_LITERAL, _sre.ANY)


class _TooWide(Exception):
    pass


def start_filter(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A zero-width pattern matching at every position of an ASCII text where ``rx`` (case-sensitive, never
    empty, starting with ``\\b``) can match; None when the prefixes are unknown (or too many)."""
    try:
        parsed = _sre_parser.parse(rx.pattern, rx.flags)
        if rx.flags & re.IGNORECASE or parsed.getwidth()[0] == 0:
            return None
        items = list(parsed.data)
        if not items or items[0] != _AT_WORD_START:
            return None
        prefixes = {s for s, _ in _seq_prefixes(items, _PREFIX_LEN, rx.flags)}
        if "" in prefixes:
            return None
        if len(items) > 1 and items[1][0] is _sre.ASSERT and items[1][1][0] == 1:
            ahead = items[1][1][1].data
            if len(ahead) == 1 and ahead[0][0] in _ONE_CHAR:  # "\b(?=[a-z])...": the first character's class
                first = set(_ascii_chars(*ahead[0], rx.flags))
                prefixes = {s for s in prefixes if s[0] in first}
    except (_TooWide, re.error, RecursionError):
        return None
    if not prefixes:
        return None
    shortest = {s for s in prefixes if not any(s[:i] in prefixes for i in range(1, len(s)))}
    return re.compile(r"\b(?=" + _trie(shortest) + ")")


def _seq_prefixes(items: list, k: int, flags: int) -> set[tuple[str, bool]]:
    """(prefix, open) pairs for a sequence of parse items: ``open`` when the prefix consumed the whole
    sequence and is shorter than ``k`` (what follows the sequence continues it)."""
    states = {("", True)}
    for op, av in items:
        if not any(o for _, o in states):
            break
        grown: set[tuple[str, bool]] = set()
        for s, o in states:
            if not o:
                grown.add((s, False))
                continue
            for x, xo in _item_prefixes(op, av, k - len(s), flags):
                grown.add((s + x, xo and len(s) + len(x) < k))
        if len(grown) > _MAX_PREFIXES:
            raise _TooWide
        states = grown
    return states


def _item_prefixes(op, av, k: int, flags: int) -> set[tuple[str, bool]]:
    if op is _sre.LITERAL:
        return {(chr(av), True)}
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {("", True)}  # zero-width
    if op in _ONE_CHAR:
        chars = _ascii_chars(op, av, flags)
        return {(c, True) for c in chars} if len(chars) <= _MAX_CLASS else {("", False)}
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return {("", False)} if add_flags or del_flags else _seq_prefixes(list(sub.data), k, flags)
    if op is _sre.ATOMIC_GROUP:
        return _seq_prefixes(list(av.data), k, flags)
    if op is _sre.BRANCH:
        return {p for alt in av[1] for p in _seq_prefixes(list(alt.data), k, flags)}
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        once = _seq_prefixes(list(sub.data), k, flags)
        out = once if hi == 1 else {(s, False) for s, _ in once}  # a second round is not followed
        return (out | {("", True)}) if lo == 0 else out
    return {("", False)}  # back-references, conditionals: unknown


def _ascii_chars(op, av, flags: int) -> list[str]:
    """The ASCII characters one character item matches (``re`` itself decides, with the pattern's flags)."""
    one = _sre_parser.SubPattern(_sre_parser.State(), [(op, av)])
    rx = _sre_compiler.compile(one, flags)
    return [chr(c) for c in range(128) if rx.match(chr(c))]


def _trie(strings: set[str]) -> str:
    """An alternation of ``strings`` (none a prefix of another) factored on common prefixes."""
    heads: dict[str, set[str]] = {}
    for s in strings:
        heads.setdefault(s[0], set()).add(s[1:])
    alts = [re.escape(c) + (_trie(rest) if rest != {""} else "") for c, rest in sorted(heads.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


# ---------------------------------------------------------------------------------- branch dispatch
# A case-sensitive alternation is rewritten so that ``re`` can reject most branches by one character:
#   * ``(?:x|y)rest`` as an alternative becomes ``xrest|yrest`` (the same trials in the same order);
#   * alternatives that start with the same literal character are gathered into one group, whose common
#     prefix ``re`` factors out ("chest|coccyx|costal" -> "c(?:hest|occyx|ostal)"), so that the group is
#     skipped in one test. An alternative never moves before one that could match at the same character,
#     so the first alternative that matches is the same one;
#   * an alternative that starts with a group holding a capturing group gets a lookahead on its possible
#     first characters: entering a capturing group is dear (``re`` clears the marks of the groups before it).
# Alternations holding capturing groups are never reordered or distributed (group numbers stay the same).
# Verbose patterns are not rewritten.

_QUANTIFIER = "?*+{"
_LITERAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -/&'")
_DIGITS = frozenset("0123456789")
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def by_first_char(pattern: str) -> str:
    """``pattern`` with every alternation dispatched on its first character (same matches and groups)."""
    return _alternation([_inner(a) for a in _split(pattern)])


def _class_end(p: str, i: int) -> int:
    """Index just past the character class opened at ``p[i] == "["``."""
    j = i + 1
    if p.startswith("^", j):
        j += 1
    if p.startswith("]", j):
        j += 1
    while p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _group_end(p: str, i: int) -> int:
    """Index just past the group opened at ``p[i] == "("``."""
    return next(end for j, end in _atoms(p, i + 1) if p[j] == ")")


def _atoms(p: str, j: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each atom of ``p`` from ``j`` on: an escape, a class, a group or a character."""
    while j < len(p):
        c = p[j]
        if c == "\\":
            end = j + 2
        elif c == "[":
            end = _class_end(p, j)
        elif c == "(":
            end = _group_end(p, j)
        else:
            end = j + 1
        yield j, end
        j = end


def _split(p: str) -> list[str]:
    """The top-level alternatives of ``p``."""
    bars = [i for i, _ in _atoms(p) if p[i] == "|"]
    return [p[a + 1 : b] for a, b in zip([-1, *bars], [*bars, len(p)], strict=True)]


def _body_start(p: str, i: int) -> int:
    """Where the body of the group opened at ``p[i]`` starts: plain, non-capturing and named groups and
    lookaheads (a rewrite may change a lookbehind's width); -1 for any other group."""
    if not p.startswith("(?", i):
        return i + 1
    if p.startswith(("(?:", "(?=", "(?!"), i):
        return i + 3
    if p.startswith("(?P<", i):
        return p.index(">", i) + 1
    return -1


_BACKSLASHED = re.compile(r"\\.")
_MAY_CAPTURE = re.compile(r"\((?!\?(?::|=|!|<=|<!|>))")


def _captures(p: str) -> bool:
    """Whether ``p`` holds a capturing group (or cannot be parsed alone, e.g. a backreference)."""
    if not _MAY_CAPTURE.search(_BACKSLASHED.sub("", p)):
        return False  # every group is (?:...), a lookaround or atomic: no need to parse
    try:
        return _sre_parser.parse(p).state.groups > 1
    except re.error:
        return True


def _quantified(p: str, end: int) -> bool:
    return end < len(p) and p[end] in _QUANTIFIER


def _first_chars(alt: str) -> frozenset[str] | None:
    """The characters a match of ``alt`` can start with; None when not known (or any)."""
    if alt.startswith("\\b"):
        return _first_chars(alt[2:])
    if alt.startswith(_LOOKAROUND):
        return _first_chars(alt[_group_end(alt, 0) :])
    if alt.startswith("\\d"):
        return None if _quantified(alt, 2) and alt[2] != "+" else _DIGITS
    if _literal_led(alt):
        return frozenset(alt[0])
    if alt.startswith("("):
        end, body = _group_end(alt, 0), _body_start(alt, 0)
        if body < 0 or _quantified(alt, end):
            return None
        chars: set[str] = set()
        for a in _split(alt[body : end - 1]):
            f = _first_chars(a)
            if f is None:
                return None
            chars |= f
        return frozenset(chars)
    return None


def _literal_led(alt: str) -> bool:
    return bool(alt) and alt[0] in _LITERAL and not _quantified(alt, 1)


def _inner(alt: str) -> str:
    """``alt`` with the alternations inside its groups rewritten."""
    out, start = [], 0
    for j, end in _atoms(alt):
        body = _body_start(alt, j) if alt[j] == "(" else -1
        if body >= 0:
            out.append(alt[start:body] + by_first_char(alt[body : end - 1]) + ")")
            start = end
    out.append(alt[start:])
    return "".join(out)


def _distribute(alt: str) -> list[str]:
    """``(?:x|y)rest`` -> ``[xrest, yrest]`` (recursively); any other alternative as it is."""
    if not alt.startswith("(?:"):
        return [alt]
    end = _group_end(alt, 0)
    if _quantified(alt, end):
        return [alt]
    return [d for a in _split(alt[3 : end - 1]) for d in _distribute(a + alt[end:])]


def _alternation(alts: list[str]) -> str:
    if len(alts) > 1 and not any(_captures(a) for a in alts):
        alts = [d for a in alts for d in _distribute(a)]
        slots: list[list[str]] = []  # a group of literal-led alternatives with one first character, or [alt]
        firsts: list[frozenset[str] | None] = []  # the first characters of each slot
        for a in alts:
            at = None
            if _literal_led(a):
                for k in range(len(slots) - 1, -1, -1):
                    f = firsts[k]
                    if f is None or a[0] in f:
                        at = k if _literal_led(slots[k][0]) and slots[k][0][0] == a[0] else None
                        break
            if at is None:
                slots.append([a])
                firsts.append(_first_chars(a))
            else:
                slots[at].append(a)
        alts = [s[0] if len(s) == 1 else "(?:" + "|".join(s) + ")" for s in slots]
    return "|".join(_guarded(a) for a in alts)


def _guarded(alt: str) -> str:
    first = _first_chars(alt) if alt.startswith("(") and _captures(alt) else None
    if first is None:
        return alt
    return "(?=[" + "".join(sorted(first)).replace("-", r"\-") + "])" + alt
