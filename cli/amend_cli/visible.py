"""Input text made safe to print: control characters shown as symbols, never obeyed.

A motion may carry an escape sequence (``ESC[2J`` clears the screen, ``ESC]0;`` retitles the
window) or a stray control byte from a PDF or a Word export. Every piece of text the CLI
prints or writes passes through ``visible`` first, so a terminal never acts on it: C0
controls (but tab and newline) become the Unicode control pictures (ESC is shown as ␛), DEL
becomes ␡ and the C1 controls become �. Each character stays one character wide, so carets
under a line still point at the right column.
"""

from __future__ import annotations

_KEPT = ("\t", "\n")
_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in _KEPT}
_PICTURES[0x7F] = "\u2421"
_PICTURES.update({code: "\ufffd" for code in range(0x80, 0xA0)})


def visible(text: str) -> str:
    """``text`` with every control character but tab and newline replaced by a visible symbol."""
    return text.translate(_PICTURES)
