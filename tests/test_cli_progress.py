"""Progress on stderr: a bar over a folder run's items and a spinner for a large input, drawn
only on a terminal and cleared before the result is printed."""

from __future__ import annotations

import io

import pytest

from amend_cli import progress
from tests.cli import invoke

SMALL = progress.LARGE - 1


@pytest.fixture
def terminal(monkeypatch):
    """Standard error as a terminal: what progress draws is kept in the returned stream."""
    from rich.console import Console

    stream = io.StringIO()
    monkeypatch.setattr(progress, "on_terminal", lambda: True)
    monkeypatch.setattr("rich.console.Console",
                        lambda **_: Console(file=stream, force_terminal=True, width=80))
    yield stream
    progress.clear()


def test_no_bar_is_drawn_off_a_terminal(monkeypatch):
    """When stderr is not a terminal, counting draws nothing at all."""
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    with progress.counting(300, "items") as done:
        for _ in range(300):
            done()
    assert stream.getvalue() == ""


def test_the_bar_counts_the_items_on_a_terminal(terminal):
    """On a terminal the bar shows "done/total items"."""
    with progress.counting(3, "items") as done:
        done()
        done()
    assert "2/3" in terminal.getvalue() and "items" in terminal.getvalue()


def test_a_large_input_shows_its_name_and_size_until_cleared(terminal):
    """A 2 MB input puts its name and size on the terminal; clear() takes the display off."""
    progress.working_on("motion.txt", 2_000_000)
    assert progress._DRAWN
    progress.clear()
    assert "working on motion.txt (2.0 MB)" in terminal.getvalue()
    assert not progress._DRAWN


def test_a_small_input_shows_nothing(terminal):
    """An input under the threshold draws no spinner."""
    progress.working_on("motion.txt", SMALL)
    assert not progress._DRAWN and terminal.getvalue() == ""


def test_a_large_input_off_a_terminal_shows_nothing(tmp_path):
    """Applying to a motion over the threshold, stderr captured (not a terminal): no progress
    in stderr, the text on stdout."""
    lines = [f"({n}) notes item {n} of the plan;" for n in range(1, 40_000)]
    motion = tmp_path / "motion.txt"
    motion.write_text("That this Council:\n\n" + "\n\n".join(lines) + "\n")
    assert motion.stat().st_size > progress.LARGE
    (tmp_path / "amendment.txt").write_text('In paragraph (5), delete "item 5".\n')
    result = invoke("apply", motion, tmp_path / "amendment.txt")
    assert result.exit_code == 0 and result.stderr == ""
    assert "(5) notes of the plan;" in result.stdout
