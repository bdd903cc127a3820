"""Reading Word (.docx) files: paragraphs, automatic list numbering, tables, tracked changes,
and files that are not what their names say."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import amend
from amend.text.documents import Changes, read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
MOTIONS = sorted(EXAMPLES.glob("*/motion.txt"))


# ---- building small Word files -------------------------------------------------------------

def new_document():
    import docx

    return docx.Document()


def add_list(document, levels: list[tuple[str, str]], abstract_id: int = 90,
             start_override: int | None = None) -> int:
    """Add a list whose levels are (numFmt, lvlText) pairs; returns its numId."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    if not numbering.xpath(f'w:abstractNum[@w:abstractNumId="{abstract_id}"]'):
        numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">'
                                      f'{lvls}</w:abstractNum>'))
    num = numbering.add_num(abstract_id)
    if start_override is not None:
        num.append(parse_xml(f'<w:lvlOverride {W} w:ilvl="0"><w:startOverride '
                             f'w:val="{start_override}"/></w:lvlOverride>'))
    return num.numId


def _tracked_run(kind: str, text: str) -> str:
    tag = "delText" if kind == "del" else "t"
    return (f'<w:{kind} {W} w:id="{abs(hash(text)) % 10000}" w:author="Clerk" '
            f'w:date="2024-01-01T00:00:00Z"><w:r><w:{tag} xml:space="preserve">{text}</w:{tag}>'
            f'</w:r></w:{kind}>')


def add_paragraph(document, runs, num_id: int | None = None, level: int = 0,
                  mark: str | None = None):
    """Add a paragraph of (text, how) runs: how is "", "strike", "bold", "underline", "ins"
    or "del" (tracked); ``mark`` tracks the paragraph mark itself as "ins" or "del"."""
    from docx.oxml import parse_xml

    if isinstance(runs, str):
        runs = [(runs, "")]
    paragraph = document.add_paragraph()
    for text, how in runs:
        if how in ("ins", "del"):
            paragraph._p.append(parse_xml(_tracked_run(how, text)))
            continue
        run = paragraph.add_run(text)
        run.font.strike = how == "strike" or None
        run.bold = how == "bold" or None
        run.underline = how == "underline" or None
    properties = paragraph._p.get_or_add_pPr()
    if num_id is not None:
        properties.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/>'
                                    f'<w:numId w:val="{num_id}"/></w:numPr>'))
    if mark:
        properties.append(parse_xml(f'<w:rPr {W}><w:{mark} w:id="1" w:author="Clerk" '
                                    f'w:date="2024-01-01T00:00:00Z"/></w:rPr>'))
    return paragraph


def save(document, path: Path) -> Path:
    document.save(str(path))
    return path


def lettered_motion(tmp_path: Path, name: str = "m.docx") -> Path:
    """A motion with a preamble and a two-level list (a)/(i) numbered by Word."""
    document = new_document()
    num = add_list(document, [("lowerLetter", "(%1)"), ("lowerRoman", "(%2)")])
    add_paragraph(document, "That this Council:-")
    add_paragraph(document, "notes the report;", num)
    add_paragraph(document, "asks:-", num)
    add_paragraph(document, "one;", num, 1)
    add_paragraph(document, "two; and", num, 1)
    add_paragraph(document, "thanks the staff.", num)
    return save(document, tmp_path / name)


# ---- paragraphs and numbering --------------------------------------------------------------

def test_paragraphs_come_through_with_a_blank_line_between(tmp_path):
    """Each Word paragraph is a paragraph of text, a blank line between them."""
    document = new_document()
    add_paragraph(document, "First paragraph.")
    add_paragraph(document, "Second paragraph.")
    assert read_document(save(document, tmp_path / "d.docx")) == \
        "First paragraph.\n\nSecond paragraph.\n"


@pytest.mark.parametrize(("fmt", "pattern", "labels"), [
    ("lowerLetter", "(%1)", ["(a)", "(b)", "(c)"]),
    ("lowerLetter", "%1)", ["a)", "b)", "c)"]),
    ("decimal", "%1.", ["1.", "2.", "3."]),
    ("lowerRoman", "(%1)", ["(i)", "(ii)", "(iii)"]),
    ("upperLetter", "(%1)", ["(A)", "(B)", "(C)"]),
    ("decimal", "(%1)", ["(1)", "(2)", "(3)"]),
    ("bullet", "\uf0b7", ["•", "•", "•"]),
])
def test_automatic_numbering_is_rendered_into_the_label(tmp_path, fmt, pattern, labels):
    """A list's numFmt and lvlText give each paragraph the label Word shows."""
    document = new_document()
    num = add_list(document, [(fmt, pattern)])
    for word in ("one", "two", "three"):
        add_paragraph(document, word, num)
    text = read_document(save(document, tmp_path / "d.docx"))
    assert text.split("\n\n") == [f"{label} {word}" for label, word in
                                  zip(labels, ("one", "two", "three\n"), strict=True)]


def test_a_deeper_level_starts_again_after_each_shallower_paragraph(tmp_path):
    """Sub-items count (i), (ii) under (b), and again from (i) under (c)."""
    document = new_document()
    num = add_list(document, [("lowerLetter", "(%1)"), ("lowerRoman", "(%2)")])
    for text, level in [("a", 0), ("b", 0), ("b1", 1), ("b2", 1), ("c", 0), ("c1", 1)]:
        add_paragraph(document, text, num, level)
    labels = [line.split()[0] for line in
              read_document(save(document, tmp_path / "d.docx")).split("\n\n")]
    assert labels == ["(a)", "(b)", "(i)", "(ii)", "(c)", "(i)"]


def test_two_lists_count_separately_and_a_restart_starts_again(tmp_path):
    """Lists on different definitions keep their own counts; a start override restarts."""
    document = new_document()
    letters = add_list(document, [("lowerLetter", "(%1)")], abstract_id=91)
    numbers = add_list(document, [("decimal", "%1.")], abstract_id=92)
    again = add_list(document, [("lowerLetter", "(%1)")], abstract_id=91, start_override=1)
    for text, num in [("x", letters), ("y", numbers), ("z", letters), ("w", numbers),
                      ("v", again)]:
        add_paragraph(document, text, num)
    labels = [line.split()[0] for line in
              read_document(save(document, tmp_path / "d.docx")).split("\n\n")]
    assert labels == ["(a)", "1.", "(b)", "2.", "(a)"]


def test_numbering_given_by_a_paragraph_style_is_rendered(tmp_path):
    """Paragraphs in Word's "List Number" style are numbered through their style."""
    document = new_document()
    document.add_paragraph("first", style="List Number")
    document.add_paragraph("second", style="List Number")
    assert read_document(save(document, tmp_path / "d.docx")) == "1. first\n\n2. second\n"


def test_a_numbered_word_motion_reads_like_its_text(tmp_path):
    """A motion numbered by Word reads into the same tree as the same motion typed."""
    text = ("That this Council:-\n\n(a) notes the report;\n\n(b) asks:-\n\n(i) one;\n\n"
            "(ii) two; and\n\n(c) thanks the staff.\n")
    path = lettered_motion(tmp_path)
    assert amend.read_motion(amend.read_file(path)) == amend.read_motion(text)


@pytest.mark.parametrize("motion", MOTIONS, ids=[p.parent.name for p in MOTIONS])
def test_every_example_motion_reads_the_same_from_word(tmp_path, motion):
    """Each example motion, its paragraphs typed into Word, reads into the same tree."""
    text = amend.read_file(motion)
    document = new_document()
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            add_paragraph(document, " ".join(paragraph.split()))
    path = save(document, tmp_path / "motion.docx")
    assert amend.read_motion(amend.read_file(path)) == amend.read_motion(text)


def test_table_text_comes_in_reading_order(tmp_path):
    """A table's cells are read row by row, each cell a paragraph, between the paragraphs."""
    document = new_document()
    add_paragraph(document, "Before.")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate([("A1", "B1"), ("A2", "B2")]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    add_paragraph(document, "After.")
    assert read_document(save(document, tmp_path / "d.docx")).split("\n\n") == \
        ["Before.", "A1", "B1", "A2", "B2", "After.\n"]


# ---- tracked changes -----------------------------------------------------------------------

def _tracked(tmp_path: Path) -> Path:
    document = new_document()
    num = add_list(document, [("lowerLetter", "(%1)")])
    add_paragraph(document, [("notes the ", ""), ("report", "del"), ("plan", "ins"), (";", "")],
                  num)
    add_paragraph(document, [("asks for a review;", "del")], num, mark="del")
    add_paragraph(document, [("thanks the staff.", "")], num)
    return save(document, tmp_path / "tracked.docx")


def test_tracked_changes_read_as_the_document_now_stands(tmp_path):
    """Tracked insertions are read, deletions are not, and a deleted paragraph is not counted."""
    assert read_document(_tracked(tmp_path)) == "(a) notes the plan;\n\n(b) thanks the staff.\n"


def test_tracked_changes_can_be_read_as_first_written(tmp_path):
    """Asked for the text before the changes, the reader gives the deletions, not the additions."""
    assert read_document(_tracked(tmp_path), Changes.REJECT) == \
        "(a) notes the report;\n\n(b) asks for a review;\n\n(c) thanks the staff.\n"


# ---- what a file is, whatever its name -----------------------------------------------------

def test_a_word_file_named_txt_is_read_as_word(tmp_path):
    """The reader goes by content: a .docx saved as .txt still reads as Word."""
    path = lettered_motion(tmp_path, "motion.txt")
    assert amend.read_file(path).startswith("That this Council:-\n\n(a) notes the report;")


def test_a_corrupt_word_file_says_so(tmp_path):
    """A .docx cut short is a ReadError naming the file and calling it a corrupt document."""
    whole = lettered_motion(tmp_path).read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[:len(whole) // 2])
    with pytest.raises(amend.ReadError, match="corrupt Word document") as info:
        amend.read_file(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_a_word_file_with_broken_xml_says_so(tmp_path):
    """A .docx whose document.xml is not XML is a ReadError calling it corrupt."""
    source = lettered_motion(tmp_path)
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, b"<w:document" if item.filename == "word/document.xml" else data)
    with pytest.raises(amend.ReadError, match="corrupt Word document"):
        amend.read_file(path)


def test_a_zip_that_is_not_word_says_so(tmp_path):
    """A zip archive without a Word document inside is a ReadError saying what it is."""
    path = tmp_path / "motion.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(amend.ReadError, match="a zip archive, not a Word document"):
        amend.read_file(path)


@pytest.mark.parametrize(("content", "says"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old Word"),
    (b"{\\rtf1\\ansi That this Council}", "Rich Text"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF"),
])
def test_formats_that_cannot_be_read_are_named(tmp_path, content, says):
    """Old .doc, RTF and PDF files are ReadErrors that say what the file is."""
    path = tmp_path / "motion.txt"
    path.write_bytes(content)
    with pytest.raises(amend.ReadError, match=says):
        amend.read_file(path)


def test_plain_text_still_reads_as_before(tmp_path):
    """A text file reads as its decoded text, unchanged."""
    path = tmp_path / "m.txt"
    path.write_text("(a) notes the report.\n", encoding="utf-8")
    assert amend.read_file(path) == "(a) notes the report.\n"


def test_a_level_pattern_may_print_the_counts_of_the_levels_above(tmp_path):
    """A pattern such as "%1.%2" prints the parent's count and the paragraph's own."""
    document = new_document()
    num = add_list(document, [("decimal", "%1."), ("decimal", "%1.%2")], abstract_id=93)
    for text, level in [("a", 0), ("a1", 1), ("a2", 1), ("b", 0), ("b1", 1)]:
        add_paragraph(document, text, num, level)
    labels = [line.split()[0] for line in
              read_document(save(document, tmp_path / "d.docx")).split("\n\n")]
    assert labels == ["1.", "1.1", "1.2", "2.", "2.1"]
