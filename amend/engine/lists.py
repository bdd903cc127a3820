"""After an amendment's operations: reletter and repunctuate every list it changed (each
repair credited to the part that first changed the list), and check the reletterings the
amendment promised."""

from __future__ import annotations

from amend.engine.places import name
from amend.engine.state import Run
from amend.errors import AmendError, WarningKind
from amend.motion.punctuation import reletter, repunctuate
from amend.motion.worktree import ChangeKind


def repair_lists(run: Run) -> None:
    """Labels back in sequence and "; and" and the full stop moved, in every changed list."""
    for level, ((endings, first), part) in run.levels.items():
        if not level.reachable_from(run.root):
            continue  # the list itself was deleted
        run.part = part
        try:
            reletter(level, first, run.record)
        except AmendError as error:  # placed at the part that made the list too long
            error.span = error.span or (part.span if part else None)
            raise
        repunctuate(level, endings, run.record)


def check_promises(run: Run) -> None:
    """“the relettering of original paragraph (g) as (h)”: say so if it did not come true."""
    for node, new, part in run.promised:
        run.part = part
        now = node.label.count if node.label else "no label"
        if node.parent is None or now.lower() != new:
            where = f"part {part.number}" if part and part.number is not None else "instruction"
            run.warn(WarningKind.RELETTER_NOT_BORNE_OUT,
                     f"amendment {run.number}, {where}: the paragraph to be relettered ({new}) "
                     f"is ({now}) after the amendment")
        else:
            run.record(ChangeKind.RELETTER, f"{name(node)} relettered as the amendment says")
