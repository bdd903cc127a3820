"""``-o FILE``: written whole or not at all, through a temporary file renamed over the target;
``-`` as an output is standard output and as an input standard input."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from tests.cli import invoke
from tests.test_cli_apply import CASE, EXAMPLES

MOTION = "That this Council:-\n\n(a) notes the report;\n\n(b) thanks the staff.\n"
AMENDMENT = "Delete “report” and replace with “plan”.\n"
RESOLVED = "That this Council:-\n\n(a) notes the plan;\n\n(b) thanks the staff.\n"


@pytest.fixture
def case(tmp_path):
    """A folder holding a motion and an amendment to it."""
    (tmp_path / "m.txt").write_text(MOTION, encoding="utf-8")
    (tmp_path / "a.txt").write_text(AMENDMENT, encoding="utf-8")
    return tmp_path


def apply_to(case, target, *extra):
    return invoke("apply", case / "m.txt", case / "a.txt", "-o", target, *extra)


def test_an_existing_target_keeps_its_mode(case):
    """A 0640 file written with -o is still 0640 afterwards, and holds the result."""
    target = case / "out.txt"
    target.write_text("old")
    target.chmod(0o640)
    assert apply_to(case, target).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8") == RESOLVED


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_a_new_target_gets_the_umask_mode(case, umask, mode):
    """A new file is created with the mode the umask allows, as any other program's would be."""
    old = os.umask(umask)
    try:
        assert apply_to(case, case / "new.txt").exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((case / "new.txt").stat().st_mode) == mode


def test_a_symlink_target_is_written_through_to_its_file(case):
    """-o naming a symbolic link writes the file it points to; the link stays a link."""
    (case / "real.txt").write_text("old")
    (case / "link.txt").symlink_to("real.txt")
    assert apply_to(case, case / "link.txt").exit_code == 0
    assert (case / "link.txt").is_symlink()
    assert (case / "real.txt").read_text(encoding="utf-8") == RESOLVED


def test_a_read_only_target_is_refused_and_left_alone(case):
    """A read-only target gives a clear message, exit 2, and keeps its bytes."""
    target = case / "out.txt"
    target.write_text("old")
    target.chmod(0o444)
    result = apply_to(case, target)
    assert result.exit_code == 2
    assert "read-only" in result.stderr
    assert target.read_text() == "old"


def test_a_failed_write_leaves_the_target_and_no_temporary_file(case, monkeypatch):
    """A disk that fills up mid-write leaves the old target and no temporary file behind."""
    target = case / "out.txt"
    target.write_text("old")

    def full(_handle):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(os, "fsync", full)
    result = apply_to(case, target)
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr
    assert target.read_text() == "old"
    assert sorted(p.name for p in case.iterdir()) == ["a.txt", "m.txt", "out.txt"]


@pytest.mark.parametrize("name", ["m.txt", "a.txt", "./a.txt", "alias.txt"])
def test_output_naming_an_input_is_refused_before_reading(case, name):
    """-o naming an input file, by any path or a link to it, is refused and nothing changes;
    the refusal comes before any input is read (a binary motion is not even reported)."""
    (case / "alias.txt").symlink_to("a.txt")
    (case / "m.txt").write_bytes(b"\x00binary\x00")
    result = invoke("apply", case / "m.txt", case / "a.txt", "-o", case / name)
    assert result.exit_code == 2
    assert "is also an input file" in result.stderr and "binary" not in result.stderr
    assert (case / "a.txt").read_text(encoding="utf-8") == AMENDMENT


def test_output_dash_is_standard_output(case):
    """-o - prints the result instead of writing a file named ``-``."""
    result = apply_to(case, "-")
    assert result.stdout == RESOLVED
    assert not (case / "-").exists()


def test_dash_reads_the_motion_from_standard_input(case):
    """``amend apply - AMENDMENT`` reads the motion from standard input."""
    result = invoke("apply", "-", case / "a.txt", stdin=MOTION.encode())
    assert (result.exit_code, result.stdout) == (0, RESOLVED)


def test_standard_input_read_twice_is_refused(case):
    """Standard input given for two inputs is refused with exit 2."""
    result = invoke("apply", "-", "-", stdin=MOTION.encode())
    assert result.exit_code == 2
    assert "standard input (-) can be given only once" in result.stderr


def test_an_error_in_standard_input_is_named_stdin():
    """An error in text read from standard input names ``<stdin>``."""
    result = invoke("show", "-", stdin=b"")
    assert result.exit_code == 2
    assert "<stdin>: the file is empty" in result.stderr


def test_a_name_too_long_for_the_system_is_bad_input():
    """An input path longer than the system allows is exit 2 with a message, for every reader
    (``minutes`` looks for a folder first)."""
    for command in ("show", "minutes"):
        result = invoke(command, "a" * 5000)
        assert result.exit_code == 2
        assert "File name too long" in result.stderr


MINUTES = EXAMPLES / "minutes" / "06-planted-wording-error.txt"


@pytest.mark.parametrize(("args", "status"), [
    (["show", CASE / "motion.txt"], 0),
    (["apply", CASE / "motion.txt", CASE / "amendment.txt", "--carried", "3(g)(h)"], 0),
    (["explain", CASE / "amendment.txt"], 0),
    (["draft", CASE / "motion.txt", CASE / "expected.txt"], 0),
], ids=["show", "apply", "explain", "draft"])
def test_every_command_writes_its_result_to_o(tmp_path, args, status):
    """Each command that prints a result writes it to -o instead, printing nothing."""
    target = tmp_path / "out.txt"
    result = invoke(*args, "-o", target)
    assert (result.exit_code, result.stdout) == (status, "")
    assert target.read_text(encoding="utf-8").strip()


@pytest.mark.parametrize(("args", "status", "verdict"), [
    (["check", "--expected", CASE / "expected.txt", "--against", CASE / "expected.txt"], 0,
     "matches"),
    (["minutes", MINUTES], 1, "1 substantive difference"),
], ids=["check", "minutes"])
def test_check_and_minutes_write_the_resolution_to_o_and_print_the_verdict(tmp_path, args,
                                                                          status, verdict):
    """check and minutes write the resolution as it should be recorded to -o, and still print
    their verdict for the clerk."""
    target = tmp_path / "out.txt"
    result = invoke(*args, "-o", target)
    assert result.exit_code == status and verdict in result.stdout
    assert "That this Council" in target.read_text(encoding="utf-8")
