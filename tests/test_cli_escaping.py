"""Input text is printed as written: never read as rich markup, never obeyed as a terminal
escape, its control characters shown as visible symbols."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import amend
from amend_cli import terminal
from amend_cli.visible import visible
from tests.cli import invoke
from tests.test_cli_apply import EXAMPLES

ESC = "\x1b"
MARKUP_MOTION = ("That this Council:-\n\n(a) notes the [/dim] report;\n\n"
                 "(b) thanks [link=https://example.org]x[/link] staff.\n")
ESCAPES_MOTION = f"(a) notes {ESC}[2J the report;\n\n(b) thanks {ESC}]0;pwned\x07 staff.\n"


def terminal_output(capsys, monkeypatch, show) -> str:
    """What a rich printer writes when stdout is a colour terminal."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    show()
    return capsys.readouterr().out


def resolved(motion: str, amendment: str) -> amend.Result:
    tree = amend.read_motion(motion)
    return amend.resolve(tree, amend.read_amendment(amendment, motion=tree))


def test_markup_closing_tag_in_a_change_prints_as_written(capsys, monkeypatch):
    """A motion and amendment holding ``[/dim]`` print their change list without an error."""
    result = resolved(MARKUP_MOTION, "Delete “report” and replace with “plan [/dim] now”.")
    out = terminal_output(capsys, monkeypatch, lambda: terminal.print_result(result))
    assert "“plan [/dim] now”" in out


def test_link_markup_never_becomes_a_terminal_hyperlink(capsys, monkeypatch):
    """``[link=…]x[/link]`` is printed literally; no OSC 8 hyperlink reaches the terminal."""
    result = resolved(MARKUP_MOTION, "Delete “staff” and replace with “[link=https://e.org]y”.")
    out = terminal_output(capsys, monkeypatch, lambda: terminal.print_result(result))
    assert "[link=https://example.org]x[/link]" in out
    assert f"{ESC}]8;" not in out


def test_escape_sequences_in_the_tree_are_shown_not_obeyed(capsys, monkeypatch):
    """On a terminal, ESC[2J and ESC]0; in a motion print as ␛[2J and ␛]0;, never raw."""
    motion = amend.read_motion(ESCAPES_MOTION)
    out = terminal_output(capsys, monkeypatch, lambda: terminal.print_tree(motion, "m.txt"))
    assert "␛[2J" in out and "␛]0;pwned␇" in out
    assert f"{ESC}[2J" not in out and f"{ESC}]0;" not in out


def test_markup_in_a_check_difference_prints_as_written(capsys, monkeypatch):
    """A recorded resolution with ``[bold]`` and ``[/dim]`` shows them in the difference."""
    report = amend.check("(a) notes the report.\n", "(a) notes the [bold]report[/dim].\n")
    out = terminal_output(capsys, monkeypatch, lambda: terminal.print_report(report))
    assert "[bold]report[/dim]" in out


def test_escape_sequences_in_piped_show_are_visible(tmp_path):
    """Piped ``amend show`` writes ␛ for ESC and ␇ for BEL, no raw control character."""
    path = tmp_path / "m.txt"
    path.write_text(ESCAPES_MOTION, encoding="utf-8")
    result = invoke("show", path)
    assert result.stdout.splitlines()[0] == "(a) notes ␛[2J the report;"
    assert ESC not in result.stdout and "\x07" not in result.stdout


def test_escape_sequences_in_resolved_text_are_visible(tmp_path):
    """``amend apply`` piped writes the resolved text with control characters made visible."""
    (tmp_path / "m.txt").write_text(ESCAPES_MOTION, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Delete “report” and replace with “plan”.", encoding="utf-8")
    result = invoke("apply", tmp_path / "m.txt", tmp_path / "a.txt")
    assert result.stdout.startswith("(a) notes ␛[2J the plan;")
    assert ESC not in result.stdout


def test_escape_sequences_in_an_error_line_are_visible(tmp_path):
    """The source line quoted under an error message shows ESC as ␛."""
    (tmp_path / "m.txt").write_text("(a) notes the report.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(f"Delete “{ESC}[2J gone” and replace with “x”.",
                                    encoding="utf-8")
    result = invoke("apply", tmp_path / "m.txt", tmp_path / "a.txt")
    assert result.exit_code == 2
    assert "␛[2J" in result.stderr and ESC not in result.stderr


def test_a_file_name_that_is_not_utf8_is_printed_escaped(tmp_path):
    """A minutes item whose file name has a byte that is not UTF-8 is listed, escaped."""
    source = EXAMPLES / "minutes" / "08-no-amendments.txt"
    for name in ("a\udcff.txt", "b.txt"):
        (tmp_path / name).write_bytes(source.read_bytes())
    result = invoke("minutes", tmp_path, "--jobs", "1")
    assert result.exit_code == 0
    assert "a\\udcff.txt" in result.stdout


@given(st.text(st.characters(codec="utf-8")))
def test_visible_text_has_no_control_character_but_tab_and_newline(text):
    """``visible`` leaves one character for each, and none a terminal would obey."""
    shown = visible(text)
    assert len(shown) == len(text)
    assert not any(ord(c) < 32 and c not in "\t\n" or 0x7F <= ord(c) < 0xA0 for c in shown)
