"""The local web page through FastAPI's test client: the same engine behind a form."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import amend
from amend_cli.web.app import create_app
from amend_cli.web.papers import MAX_UPLOAD

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sheffield-alston-partial"
MOTION = (EXAMPLE / "motion.txt").read_text(encoding="utf-8")
ALSTON = (EXAMPLE / "amendment.txt").read_text(encoding="utf-8")
EXPECTED = amend.render_text(amend.read_motion((EXAMPLE / "expected.txt").read_text("utf-8")))
NO_FILE = {"motion_file": ("", b"")}


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app())


def resolved_text(page: str) -> str:
    """The text in the page's "motion as amended" box."""
    match = re.search(r'<pre id="resolved-text">(.*?)</pre>', page, re.DOTALL)
    assert match, "the page shows no resolved text"
    return html.unescape(match.group(1))


def test_page_loads_with_a_strict_content_security_policy(client):
    """The page is served with a CSP that allows no inline script and no other origin."""
    response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert response.status_code == 200
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "<script>" not in response.text


def test_first_post_carries_every_part(client):
    """Papers posted before any box was shown apply every part of every amendment."""
    response = client.post("/", data={"motion": MOTION, "amendment": [ALSTON]}, files=NO_FILE)
    assert response.status_code == 200
    assert "despite 10 years of austerity" not in resolved_text(response.text)


def test_ticking_only_3g_and_3h_gives_the_substantive_motion(client):
    """With only paragraphs (g) and (h) of part 3 ticked, the page shows the recorded motion."""
    response = client.post("/", data={"motion": MOTION, "amendment": [ALSTON], "seen": "1",
                                      "carried": ["1.3", "1.3.g", "1.3.h"]}, files=NO_FILE)
    assert resolved_text(response.text) == EXPECTED


def test_pasted_markup_is_shown_as_text(client):
    """Text pasted into the page is escaped, never run or rendered as HTML."""
    motion = "That this Council:-\n\n(a) notes <script>alert(1)</script> & more.\n"
    amendment = 'Delete "& more" and replace with "<b>x</b>".'
    response = client.post("/", data={"motion": motion, "amendment": [amendment]}, files=NO_FILE)
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;b&gt;x&lt;/b&gt;" in response.text


def test_an_unreadable_amendment_shows_its_line_with_the_words_marked(client):
    """An instruction that cannot be read gives 422 and its line, the bad words marked."""
    response = client.post("/", data={"motion": MOTION, "amendment": ["Frobnicate paragraph (b)."]},
                           files=NO_FILE)
    assert response.status_code == 422
    assert "amendment 1, line 1" in response.text
    assert re.search(r"<mark>[^<]+</mark>", response.text)
    assert "Traceback" not in response.text


def test_papers_over_five_megabytes_are_refused_plainly(client):
    """An upload over 5 MB is refused with 413 and a sentence saying the limit."""
    big = b"a" * (MAX_UPLOAD + 100 * 1024)
    response = client.post("/", data={"motion": ""}, files={"motion_file": ("big.txt", big)})
    assert response.status_code == 413
    assert "5 MB" in response.text


def test_an_uploaded_motion_file_is_read(client):
    """A motion dropped as a file is read like one given on the command line."""
    response = client.post("/", data={"amendment": [ALSTON], "seen": "1",
                                      "carried": ["1.3", "1.3.g", "1.3.h"]},
                           files={"motion_file": ("motion.txt", MOTION.encode("utf-8"))})
    assert resolved_text(response.text) == EXPECTED


def test_text_download_is_the_resolved_motion(client):
    """The .txt download is an attachment holding exactly the resolved text."""
    papers = {"motion": MOTION, "amendment": [ALSTON], "seen": "1",
              "carried": ["1.3", "1.3.g", "1.3.h"]}
    response = client.post("/download/txt", data=papers, files=NO_FILE)
    assert response.headers["content-disposition"] == 'attachment; filename="resolved.txt"'
    assert response.content.decode("utf-8") == EXPECTED


def test_a_record_that_differs_is_shown_with_its_differences(client):
    """Given a record with a changed word, the page gives the check's verdict and redline."""
    record = EXPECTED.replace("steady progress", "some progress")
    response = client.post("/", data={"motion": MOTION, "amendment": [ALSTON], "seen": "1",
                                      "carried": ["1.3", "1.3.g", "1.3.h"], "record": record},
                           files=NO_FILE)
    assert "1 substantive difference" in response.text
    assert "<del>steady</del>" in response.text and "<ins>some</ins>" in response.text


def test_api_resolves_papers_given_as_json(client):
    """POST /api/resolve takes the papers and the ticked parts as JSON and returns the text."""
    response = client.post("/api/resolve", json={"motion": MOTION, "amendments": [ALSTON],
                                                 "carried": ["1.3", "1.3.g", "1.3.h"]})
    assert response.json()["text"] == EXPECTED


def test_api_reports_an_error_with_its_place(client):
    """The API answers an unreadable amendment with the error's source and line, not a 500."""
    response = client.post("/api/resolve", json={"motion": MOTION,
                                                 "amendments": ["Frobnicate paragraph (b)."]})
    assert response.json()["error"]["source"] == "amendment 1"
    assert response.json()["error"]["line"] == 1


def test_word_download_accepts_to_the_resolved_motion(client):
    """The .docx download's tracked changes, all accepted, give the resolved text."""
    from tests.test_render_docx import view

    papers = {"motion": MOTION, "amendment": [ALSTON], "seen": "1",
              "carried": ["1.3", "1.3.g", "1.3.h"]}
    response = client.post("/download/docx", data=papers, files=NO_FILE)
    assert response.headers["content-disposition"] == 'attachment; filename="resolved.docx"'
    assert view(response.content, accept=True) == EXPECTED


def test_html_download_is_a_standalone_redline_page(client):
    """The .html download is one page with the redline's insertions and no script."""
    papers = {"motion": MOTION, "amendment": [ALSTON], "seen": "1",
              "carried": ["1.3", "1.3.g", "1.3.h"]}
    page = client.post("/download/html", data=papers, files=NO_FILE).text
    assert "<ins" in page and "<script" not in page


def test_a_marked_up_word_amendment_dropped_as_a_file_is_applied(client):
    """A .docx amendment with struck and bold words, dropped on the page, gives its text."""
    case = EXAMPLE.parent / "marked-up" / "alston-struck-and-bold"
    data = (case / "amendment.docx").read_bytes()
    response = client.post("/", data={"motion": (case / "motion.txt").read_text("utf-8")},
                           files={"amendment_file": ("amendment.docx", data)})
    wanted = amend.render_text(amend.read_motion((case / "expected.txt").read_text("utf-8")))
    assert resolved_text(response.text) == wanted


def test_a_minutes_item_fills_the_papers_and_ticks_what_the_votes_carried(client):
    """Seed 000 given whole: the page ticks only 3(g) and 3(h) of Alston's amendment (the
    first moved; the second was lost) and finds the record matching."""
    from tests.seeds import seed

    response = client.post("/", data={"minutes": seed(0)}, files=NO_FILE)
    ticked = set(re.findall(r'value="([0-9][^"]*)" checked', response.text))
    assert ticked == {"1.3", "1.3.g", "1.3.h"}
    assert "The record: matches" in response.text


CUT_OFF = Path(__file__).resolve().parents[1] / "examples" / "unclosed-quotation-cut-off"


def test_a_result_read_from_an_unclosed_quotation_is_marked_unverified(client):
    """A cut-off amendment's result is headed "unverified" on the page, and the API says so."""
    papers = {"motion": (CUT_OFF / "motion.txt").read_text("utf-8"),
              "amendment": [(CUT_OFF / "amendment.txt").read_text("utf-8")]}
    page = client.post("/", data=papers, files=NO_FILE).text
    assert "The motion as amended (unverified: see the warnings)" in page
    answer = client.post("/api/resolve", json={"motion": papers["motion"],
                                               "amendments": papers["amendment"]}).json()
    assert answer["unverified"] is True


def test_a_result_read_without_doubt_is_not_marked_unverified(client):
    """The Alston example's result is not marked unverified, on the page or in the API."""
    page = client.post("/", data={"motion": MOTION, "amendment": [ALSTON]}, files=NO_FILE).text
    assert "unverified" not in page
    answer = client.post("/api/resolve", json={"motion": MOTION, "amendments": [ALSTON]}).json()
    assert answer["unverified"] is False
