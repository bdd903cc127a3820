"""Reading input files: encodings, line ends and spacing from Word, and unreadable input."""

import pytest

from amend import ReadError, read_file, read_motion

MOTION = "That this Council:-\n\n(a) notes the report;\n\n(b) thanks the staff.\n"


def test_utf8_with_bom_and_crlf_reads_like_plain_text(tmp_path):
    """A BOM and CRLF line ends make no difference to the tree."""
    path = tmp_path / "m.txt"
    path.write_bytes(b"\xef\xbb\xbf" + MOTION.replace("\n", "\r\n").encode())
    assert read_motion(read_file(path)) == read_motion(MOTION)


def test_windows_1252_bytes_are_decoded(tmp_path):
    """Curly quotes saved by Word as Windows-1252 bytes come back as curly quotes."""
    path = tmp_path / "m.txt"
    path.write_bytes("(a) notes ‘good’ work.\n".encode("cp1252"))
    assert read_motion(read_file(path)).paragraphs[0].text == "notes ‘good’ work"


def test_nbsp_tabs_and_runs_of_spaces_are_folded_for_reading():
    """No-break spaces, tabs and runs of spaces between label and words read as one space."""
    motion = read_motion("(a)\u00a0\t  notes   the\u00a0report;\n(b)\tthanks staff.")
    assert [p.text for p in motion.paragraphs] == ["notes the report", "thanks staff"]


def test_wrapped_lines_join_into_one_paragraph():
    """A paragraph wrapped over several lines is one paragraph; a labelled line starts another."""
    motion = read_motion("(a) notes the\nreport of the\ndirector;\n(b) thanks staff.")
    assert [p.text for p in motion.paragraphs] == ["notes the report of the director",
                                                   "thanks staff"]


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "the file is empty"),
    (b"\x00\x01\x02ELF\x00", "binary file"),
    (b"   \n\n \t\n", "the file is empty"),
])
def test_unreadable_files_raise_read_error_naming_the_file(tmp_path, content, expected):
    """Empty and binary files raise ReadError whose message names the file."""
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=expected) as info:
        read_file(path)
    assert str(path) in str(info.value)


def test_missing_file_raises_read_error(tmp_path):
    """A missing file raises ReadError naming it."""
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "absent.txt")


@pytest.mark.parametrize("text", ["That this Council:-\n", "---\n\n...\n"])
def test_text_without_paragraphs_raises_read_error(text):
    """A preamble alone, or punctuation alone, has no paragraphs to read."""
    with pytest.raises(ReadError, match="no paragraphs"):
        read_motion(text, source="m.txt")


def test_c_d_and_m_are_letters_not_roman_numerals():
    """A second (d) after a roman sub-list goes back to the lettered list, not roman 500."""
    motion = read_motion("(c) notes:-\n\n(i) one;\n\n(d) asks:-\n\n(i) two;\n\n(d) again.")
    assert [p.label.text for p in motion.paragraphs] == ["(c)", "(d)", "(d)"]
