"""HTML output: one standalone page with the redline, the changes and the resolved text,
every piece of input text escaped."""

import amend
from amend.render.html import render_check_html, render_html
from tests.test_apply_seeds import ALSTON, MOTION0, TEAL

HOSTILE = amend.read_motion("That this Council:-\n\n(a) notes the <script>alert(1)</script> "
                            "report & its <b>annex</b>;\n\n(b) thanks the staff.\n")


def page(motion, amendment_text, **kwargs):
    result = amend.resolve(motion, amend.read_amendment(amendment_text, motion=motion))
    return render_html(motion, result, **kwargs)


def soup(html):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")


def test_markup_in_the_motion_is_escaped_not_interpreted():
    """A motion holding <script>, <b> and & comes out as text: no element is made of it."""
    html = page(HOSTILE, 'In paragraph (b), after "thanks" insert "<i>all</i> & every"')
    assert "<script" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "report &amp; its &lt;b&gt;annex&lt;/b&gt;" in html
    assert [ins.get_text() for ins in soup(html).find_all("ins")][-1] == "<i>all</i> & every"


def test_del_and_ins_hold_the_words_the_amendment_changed():
    """Replacing "the report" by "the plan" deletes "report." and inserts "plan."."""
    motion = amend.read_motion("That this Council:-\n\n(a) notes the report.\n")
    document = soup(page(motion, 'Delete "the report" and replace with "the plan".'))
    redline = document.find("h2", string="Redline").find_parent("section")
    assert [d.get_text() for d in redline.find_all("del")] == ["report."]
    assert [i.get_text() for i in redline.find_all("ins")] == ["plan."]


def test_the_page_is_standalone_without_scripts_or_network():
    """No script, no link, no external address; the CSS (with print rules) is inline."""
    html = render_html(MOTION0, amend.resolve(MOTION0, ALSTON, "3(g)(h)"))
    document = soup(html)
    assert document.find("script") is None and document.find("link") is None
    assert not [tag for tag in document.find_all(src=True)]
    assert "http:" not in html and "https:" not in html
    assert "@media print" in document.find("style").get_text()


def test_the_resolved_section_is_the_resolved_text():
    """The last section lists the motion as amended, one paragraph per printed line."""
    result = amend.resolve(MOTION0, ALSTON, "3(g)(h)")
    section = soup(render_html(MOTION0, result)).find_all("section")[-1]
    lines = [line.strip() for line in amend.render_text(result.motion).splitlines() if line]
    assert [p.get_text() for p in section.find_all("p")] == lines


def test_changes_are_listed_by_amendment_with_its_mover():
    """Each amendment's changes come under its heading, named after its mover when known."""
    result = amend.resolve(MOTION0, [ALSTON, TEAL], ["3(g)(h)", None])
    document = soup(render_html(MOTION0, result, authors=["Councillor Sue Alston"]))
    headings = [h.get_text() for h in document.find_all("h3")]
    assert headings == ["Amendment 1 (Councillor Sue Alston)", "Amendment 2"]
    first = document.find("h3").find_next("ul").get_text()
    assert "part 3" in first and "(e): “; and” becomes “;”" in first


def test_a_check_page_gives_the_corrections_and_the_resolution_it_should_be():
    """A record with a wrong word: the verdict, the difference, and the corrected resolution."""
    expected = amend.read_motion("(a) notes the report;\n\n(b) thanks the staff.\n")
    recorded = amend.read_motion("(a) notes the report;\n\n(b) thanks staff.\n")
    report = amend.check(expected, recorded)
    document = soup(render_check_html(report, recorded, expected))
    assert document.find(class_="verdict").get_text() == "1 substantive difference"
    assert [i.get_text() for i in document.find_all("ins")][-1] == "the"
    assert document.find_all("section")[-1].find_all("p")[-1].get_text() == "(b) thanks the staff."


def example_script():
    """examples/documents/make_documents.py, loaded as a module."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "documents" / "make_documents.py"
    spec = importlib.util.spec_from_file_location("make_documents", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_example_page_is_what_the_script_writes():
    """examples/documents' .html is the page render_html writes today for its example."""
    script = example_script()
    result = script.resolved()
    committed = (script.HERE / "two-amendments-in-order.html").read_text(encoding="utf-8")
    assert committed == render_html(result.original, result, script.TITLE)
