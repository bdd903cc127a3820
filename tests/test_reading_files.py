"""Reading input files: encodings, line ends and spacing from Word, and unreadable input."""

import codecs
import io
from pathlib import Path

import pytest

from amend import ReadError, read_file, read_motion
from amend.text import source
from tests.cli import invoke

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


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_read_like_utf8(tmp_path, encoding):
    """UTF-16 and UTF-32 files with a byte-order mark give the same tree as UTF-8."""
    path = tmp_path / "m.txt"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[encoding]
    path.write_bytes(bom + MOTION.replace("report", "‘report’").encode(encoding))
    assert read_file(path) == MOTION.replace("report", "‘report’")


def test_cut_off_utf16_names_the_line_and_column(tmp_path):
    """A UTF-16 file whose last character is cut in half is refused at its line and column."""
    path = tmp_path / "m.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "(a) one;\n(b) two".encode("utf-16-le") + b"x")
    with pytest.raises(ReadError, match="does not read as UTF-16") as info:
        read_file(path)
    assert str(info.value).startswith(f"{path}:2:8: byte 0x78")


def test_a_stray_byte_in_utf8_text_is_refused_at_its_position(tmp_path):
    """UTF-8 text with one Windows-1252 byte is refused where the byte is, not read as 1252."""
    path = tmp_path / "m.txt"
    path.write_bytes("(a) notes ‘good’ work;\n".encode() + b"(b) it\x92s fine.")
    with pytest.raises(ReadError, match="is not UTF-8, though the rest of the file is") as info:
        read_file(path)
    assert info.value.span.line == 2 and info.value.span.column == 7


def test_a_byte_undefined_in_windows_1252_is_refused_at_its_position(tmp_path):
    """Byte 0x81, which Windows-1252 leaves undefined, is refused at its line and column."""
    path = tmp_path / "m.txt"
    path.write_bytes(b"(a) caf\xe9;\n(b) one \x81 two.")
    with pytest.raises(ReadError, match="neither UTF-8 nor Windows-1252") as info:
        read_file(path)
    assert str(info.value).startswith(f"{path}:2:9: byte 0x81")


@pytest.mark.parametrize(("content", "kind"), [
    (b"%PDF-1.7\n1 0 obj", "a PDF, which cannot be read"),
    (b"PK\x03\x04\x14\x00\x06\x00", "a corrupt Word document"),
    (b"{\\rtf1\\ansi (a) notes.", "a Rich Text (.rtf) file, which cannot be read"),
])
def test_documents_that_are_not_text_are_named(tmp_path, content, kind):
    """A PDF, a broken .docx or an RTF file is refused, saying which it is."""
    path = tmp_path / "m.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError) as info:
        read_file(path)
    assert kind in str(info.value)


def test_text_full_of_control_characters_is_binary(tmp_path):
    """Text where control characters abound is refused as binary."""
    path = tmp_path / "m.txt"
    path.write_bytes(b"(a) one \x01\x02\x03\x04\x05\x06 two.")
    with pytest.raises(ReadError, match="binary file"):
        read_file(path)


def test_an_unreadable_file_is_one_read_error(tmp_path, monkeypatch):
    """A file the user may not read raises ReadError naming it and the reason."""
    def denied(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(ReadError, match=r"m.txt: cannot be read \(Permission denied\)"):
        read_file(tmp_path / "m.txt")


def test_a_huge_file_is_refused(tmp_path, monkeypatch):
    """A file larger than any motion or minutes is refused rather than read whole."""
    monkeypatch.setattr(source, "MAX_BYTES", 64)
    path = tmp_path / "m.txt"
    path.write_text(MOTION * 4)
    with pytest.raises(ReadError, match="too large"):
        read_file(path)


def test_a_stream_is_read_and_named_stdin():
    """A binary stream (standard input) is read like a file and named <stdin> in errors."""
    assert read_file(io.BytesIO(MOTION.encode())) == MOTION
    with pytest.raises(ReadError, match="<stdin>: the file is empty"):
        read_file(io.BytesIO(b" \n"))


def test_page_breaks_and_word_line_breaks_read_as_spaces():
    """Form feeds (PDF page breaks) and vertical tabs (Word line breaks) read as spaces."""
    motion = read_motion("(a) notes the\x0creport;\n\x0c(b) thanks\x0bstaff.")
    assert [p.text for p in motion.paragraphs] == ["notes the report", "thanks staff"]


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such file"),
    (b"\xff\xfe(\x00a\x00)", "does not read as UTF-16"),
    (b"%PDF-1.4 ...", "a PDF, which cannot be read"),
    (b"(a) \x81.", "neither UTF-8 nor Windows-1252"),
])
def test_the_command_line_reports_unreadable_files_in_one_line(tmp_path, content, message):
    """Missing, undecodable and binary files each give one line on stderr and exit 2."""
    path = tmp_path / "m.txt"
    if content is not None:
        path.write_bytes(content)
    result = invoke("show", path)
    assert result.exit_code == 2
    assert message in result.stderr and str(path) in result.stderr
    assert len(result.stderr.splitlines()) == 1


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
