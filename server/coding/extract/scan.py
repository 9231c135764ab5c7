"""Fast scanning with the engine's big case-insensitive alternations (sites, diagnoses, service kinds).

CPython's ``re`` skips an alternation branch cheaply only when the branch starts with a case-sensitive
literal; under ``re.IGNORECASE`` every branch of a several-hundred-way alternation is entered at every word
start. So a pattern whose own literals are all lower case is compiled a second time without IGNORECASE and
run on the lower-cased text. For ASCII text this is exactly equivalent (same offsets, same groups;
``str.lower`` keeps the length); anything else (non-ASCII, an upper-case literal in the pattern) takes the
original pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ESCAPES = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


class FoldedScanner:
    """``finditer`` with the semantics of the IGNORECASE pattern ``rx``, faster on ASCII text."""

    __slots__ = ("rx", "lower_rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        literals = _ESCAPES.sub("", rx.pattern)
        usable = bool(rx.flags & re.IGNORECASE) and not any(c.isupper() for c in literals)
        self.lower_rx = re.compile(rx.pattern, rx.flags & ~re.IGNORECASE) if usable else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches over ``text``; ``m.group()`` of a fast-path match is lower case (offsets are the same)."""
        if self.lower_rx is not None and text.isascii():
            return self.lower_rx.finditer(text.lower())
        return self.rx.finditer(text)
