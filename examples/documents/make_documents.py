"""Write the example documents in this folder from examples/two-amendments-in-order/.

- two-amendments-in-order.docx: the motion as moved, with both amendments as Word tracked
  changes (credited to "Amendment 1" and "Amendment 2"): "Accept all" gives expected.txt,
  "Reject all" gives motion.txt.
- two-amendments-in-order.html: the page ``amend apply --format html`` writes.

Run from the checkout: ``python examples/documents/make_documents.py``.  The same documents
come from ``amend apply motion.txt amendment-1.txt amendment-2.txt --carried 1,2 --carried 1
--format docx -o FILE`` (or ``--format html``), which date the changes today.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import amend
from amend.render.docx import render_docx
from amend.render.html import render_html

HERE = Path(__file__).resolve().parent
CASE = HERE.parent / "two-amendments-in-order"
DATE = datetime(2024, 1, 1, tzinfo=UTC)
TITLE = "Motion as amended: two-amendments-in-order"


def resolved() -> amend.Result:
    """The example's motion with its amendments applied as carried."""
    motion = amend.read_motion(amend.read_file(CASE / "motion.txt"), source="motion.txt")
    amendments = [amend.read_amendment(amend.read_file(path), source=path.name, motion=motion)
                  for path in sorted(CASE.glob("amendment-*.txt"))]
    carried = (CASE / "carried.txt").read_text(encoding="utf-8").split()
    return amend.resolve(motion, amendments, carried)


def main() -> None:
    result = resolved()
    (HERE / "two-amendments-in-order.docx").write_bytes(
        render_docx(result.original, result, when=DATE))
    (HERE / "two-amendments-in-order.html").write_text(
        render_html(result.original, result, TITLE),
        encoding="utf-8")


if __name__ == "__main__":
    main()
