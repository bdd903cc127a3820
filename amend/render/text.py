"""Plain clerk text: label then words, sub-lists indented, a blank line between paragraphs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amend.motion.tree import Motion, Paragraph

if TYPE_CHECKING:
    from amend.engine.result import Result

INDENT = "    "


def paragraph_line(para: Paragraph, depth: int = 0) -> str:
    """One paragraph as a line of clerk text, without its sub-list."""
    label = f"{para.label.text} " if para.label else ""
    return f"{INDENT * depth}{label}{para.body}"


def render_text(motion: Motion) -> str:
    """The motion as plain clerk text; ``parse_motion`` reads it back to an equal tree."""
    lines = [motion.preamble] if motion.preamble else []
    lines.extend(paragraph_line(para, len(path) - 1) for path, para in motion.walk())
    return "\n\n".join(lines) + "\n"


def render_outline(motion: Motion) -> str:
    """How the motion was read, as indented text: unlabelled paragraphs are numbered ¶1, ¶2…"""
    lines = [f"preamble: {motion.preamble}"] if motion.preamble else []
    unlabelled = 0
    for path, para in motion.walk():
        if para.label is None:
            unlabelled += 1
            para_line = f"¶{unlabelled} {para.body}"
        else:
            para_line = paragraph_line(para)
        lines.append("  " * (len(path) - 1) + para_line)
    return "\n".join(lines) + "\n"


def unverified_note(result: Result) -> str:
    """Lines to print before a result that is not verified, one per reason, and a blank line;
    "" for a verified result."""
    if not result.unverified:
        return ""
    return "".join(f"UNVERIFIED: {reason}\n" for reason in result.unverified_reasons) + "\n"


def render_result_text(result: Result) -> str:
    """The motion as amended as plain clerk text, headed by a note if it is unverified."""
    return unverified_note(result) + render_text(result.motion)
