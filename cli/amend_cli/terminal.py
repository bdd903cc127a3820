"""Rich output for a terminal (imported only when stdout is one).

Input text is never handed to rich as markup: every piece of it goes into a ``Text`` after
``visible`` has made its control characters harmless, so ``[/dim]`` or
``[link=…]`` in a motion prints as written.
"""

from __future__ import annotations

import amend
from amend_cli.progress import clear
from amend_cli.visible import visible


def _console():
    from rich.console import Console

    clear()  # a progress display on the same terminal goes before the result is printed

    return Console(highlight=False, emoji=False)


def _text(*pieces: tuple[str, str] | str):
    """A rich ``Text`` of (words, style) pieces, the words made visible, never read as markup."""
    from rich.text import Text

    text = Text()
    for piece in pieces:
        words, style = (piece, "") if isinstance(piece, str) else piece
        text.append(visible(words), style=style)
    return text


def print_tree(motion: amend.Motion, title: str) -> None:
    """Print the motion as a rich tree: labels in bold, closing punctuation dimmed."""
    from rich.tree import Tree

    root = Tree(_text((title, "bold")))
    if motion.preamble:
        root.add(_text(("preamble: ", "italic"), motion.preamble))

    def add(branch: Tree, paras: tuple[amend.Paragraph, ...]) -> None:
        for para in paras:
            label = (para.label.text + " ", "bold cyan") if para.label else ""
            add(branch.add(_text(label, para.text, (para.ending, "dim"))), para.children)

    add(root, motion.paragraphs)
    _console().print(root)


def print_result(result: amend.Result) -> None:
    """Print a rich redline (deleted struck through, added underlined), the changes by part,
    then the resolved motion."""
    from rich.rule import Rule

    console = _console()
    console.print(Rule("redline"))
    for line in amend.redline_lines(result.original, result.motion):
        console.print(_styled(line))
    console.print(Rule("changes"))
    for change in result.changes:
        part = f"part {change.part}" if change.part is not None else "tidy-up"
        console.print(_text((f"amendment {change.amendment}, {part} ", "bold"),
                            (str(change.kind), "dim"), " ", change.description))
    for reason in result.unverified_reasons:
        console.print(_text(("unverified: ", "bold yellow"), str(reason)))
    console.print(Rule("resolved, unverified" if result.unverified else "resolved"))
    console.print(_text(amend.render_text(result.motion)), end="")


def print_report(report) -> None:
    """Print a check verdict and each difference as a rich inline redline."""
    from amend.render.report import difference_lines

    console = _console()
    colour = "green" if report.matches else "red"
    console.print(_text((report.verdict, f"bold {colour}")))
    for heading, line in difference_lines(report):
        console.print(_text((heading, "bold")))
        console.print(_styled(line))


def _styled(line):
    from amend.render.redline import Mark

    styles = {Mark.KEPT: "", Mark.DELETED: "strike red",
              Mark.INSERTED: "underline green"}
    return _text("    ", *((s.text + " ", styles[s.mark]) for s in line.segments if s.text))
