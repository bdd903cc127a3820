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
