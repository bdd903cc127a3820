"""Rich output for a terminal (imported only when stdout is one)."""

from __future__ import annotations

import amend


def print_tree(motion: amend.Motion, title: str) -> None:
    """Print the motion as a rich tree: labels in bold, closing punctuation dimmed."""
    from rich.console import Console
    from rich.markup import escape
    from rich.tree import Tree

    root = Tree(f"[bold]{escape(title)}[/bold]")
    if motion.preamble:
        root.add(f"[italic]preamble:[/italic] {escape(motion.preamble)}")

    def add(branch: Tree, paras: tuple[amend.Paragraph, ...]) -> None:
        for para in paras:
            label = f"[bold cyan]{escape(para.label.text)}[/bold cyan] " if para.label else ""
            ending = f"[dim]{escape(para.ending)}[/dim]" if para.ending else ""
            add(branch.add(f"{label}{escape(para.text)}{ending}"), para.children)

    add(root, motion.paragraphs)
    Console().print(root)


def print_result(result: amend.Result) -> None:
    """Print a rich redline (deleted struck through, added underlined), the changes by part,
    then the resolved motion."""
    from rich.console import Console
    from rich.rule import Rule

    console = Console()
    console.print(Rule("redline"))
    for line in amend.redline(result.original, result.motion):
        console.print(_styled(line))
    console.print(Rule("changes"))
    for change in result.changes:
        part = f"part {change.part}" if change.part is not None else "tidy-up"
        console.print(f"[bold]amendment {change.amendment}, {part}[/bold] "
                      f"[dim]{change.kind}[/dim] {change.description}", highlight=False)
    console.print(Rule("resolved"))
    console.print(amend.render_text(result.motion), highlight=False, markup=False)


def print_report(report) -> None:
    """Print a check verdict and each difference as a rich inline redline."""
    from rich.console import Console

    from amend.render.report import difference_lines

    console = Console()
    colour = "green" if report.matches else "red"
    console.print(f"[bold {colour}]{report.verdict}[/bold {colour}]")
    for heading, line in difference_lines(report):
        console.print(f"[bold]{heading}[/bold]", highlight=False)
        console.print(_styled(line), highlight=False)


def _styled(line):
    from rich.text import Text

    styles = {"same": "", "deleted": "strike red", "added": "underline green"}
    text = Text("    ")
    for kind, words in line.segments:
        if words:
            text.append(words + " ", style=styles[kind])
    return text
