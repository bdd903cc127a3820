"""Every command's ``--format json`` output is one documented shape: it validates against the
JSON Schema shipped in the package, and its enumerated fields hold the library's enum values."""

import copy
import json
import re
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from amend.comparison import compare
from amend.engine.result import Status
from amend.errors import WarningKind
from amend.instructions import operations as ops
from amend.minutes.verify import Verdict
from amend.motion.worktree import ChangeKind
from amend.render.json_minutes import UNREADABLE, NoteKind
from amend.render.json_parts import SCHEMA_VERSION, Command
from tests.cli import invoke

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ALSTON = EXAMPLES / "sheffield-alston-partial"
UNLABELLED = EXAMPLES / "london-new-part-unlabelled"
MINUTES = EXAMPLES / "minutes"
CUT_OFF = EXAMPLES / "unclosed-quotation-cut-off"
DROPPED = EXAMPLES / "printed-result-drops-a-word"
SCHEMA = json.loads(files("amend.render").joinpath("schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)

# The library's enums, by the schema definition that lists their values.
ENUMS = {
    "change_kind": {k.value for k in ChangeKind},
    "warning_kind": {k.value for k in WarningKind} | {k.value for k in NoteKind},
    "status": {s.value for s in Status},
    "verdict": {v.value for v in Verdict},
    "operation": {t.__name__ for t in ops.Operation.__args__},
    "difference_kind": {compare.MISSING, compare.EXTRA, compare.MOVED, compare.WORDING,
                        compare.PUNCTUATION, compare.CONNECTOR, compare.LETTERING,
                        compare.CAPITALS, compare.COSMETIC},
}

# Each command on bundled examples: (name, arguments, exit status expected).
RUNS = [
    ("apply", ["apply", ALSTON / "motion.txt", ALSTON / "amendment.txt", "--carried", "3(g)(h)"],
     0),
    ("apply with a warning", ["apply", UNLABELLED / "motion.txt", UNLABELLED / "amendment.txt"],
     0),
    ("apply unverified", ["apply", CUT_OFF / "motion.txt", CUT_OFF / "amendment.txt"], 1),
    ("check that matches", ["check", ALSTON / "motion.txt", ALSTON / "amendment.txt",
                            "--carried", "3(g)(h)", "--against", ALSTON / "expected.txt"], 0),
    ("check that fails", ["check", "--expected", EXAMPLES / "sheffield-alston-full/expected.txt",
                          "--against", ALSTON / "expected.txt"], 1),
    ("minutes item that differs", ["minutes", MINUTES / "06-planted-wording-error.txt"], 1),
    ("minutes item with a warning", ["minutes", MINUTES / "04-imperative-unlabelled.txt"], 0),
    ("minutes folder", ["minutes", MINUTES, "--jobs", "1"], 1),
    ("explain with the motion", ["explain", ALSTON / "amendment.txt", "--motion",
                                 ALSTON / "motion.txt"], 0),
    ("explain alone", ["explain", ALSTON / "amendment.txt"], 0),
    ("explain a printed result", ["explain", DROPPED / "amendment.txt", "--motion",
                                  DROPPED / "motion.txt"], 0),
    ("draft", ["draft", ALSTON / "motion.txt", ALSTON / "expected.txt"], 0),
    ("show", ["show", ALSTON / "motion.txt"], 0),
]


def _json_of(args: list, status: int) -> dict:
    result = invoke(*args, "--format", "json")
    assert result.exit_code == status, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def documents() -> dict[str, dict]:
    """Each run's JSON document, by the run's name."""
    return {name: _json_of(args, status) for name, args, status in RUNS}


def _walk(value, key=None):
    """Every (key, value) pair in a JSON document, at any depth."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield k, v
            yield from _walk(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v, key)


def _errors(document: dict) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in VALIDATOR.iter_errors(document)]


def test_the_schema_is_a_valid_draft_2020_12_schema():
    """schema.json is itself a valid JSON Schema of draft 2020-12."""
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("name", [name for name, _, _ in RUNS])
def test_each_command_output_validates_against_the_schema(documents, name):
    """The command's JSON on a bundled example is valid against the shipped schema."""
    assert _errors(documents[name]) == []


@pytest.mark.parametrize("name", [name for name, _, _ in RUNS])
def test_each_document_opens_with_version_and_command(documents, name):
    """Every document names the schema version and the command that wrote it."""
    document = documents[name]
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["command"] == name.split()[0]


@pytest.mark.parametrize("name", [name for name, _, _ in RUNS])
def test_enum_fields_hold_only_the_library_enum_values(documents, name):
    """Kinds, statuses, operations and verdicts are values of the library's enums."""
    allowed = {"status": ENUMS["status"] | {None}, "operation": ENUMS["operation"],
               "verdict": ENUMS["verdict"] | {UNREADABLE}}
    for key, value in _walk(documents[name]):
        if key in allowed:
            assert value in allowed[key], (key, value)
        if key == "kind":
            assert value in ENUMS["change_kind"] | ENUMS["warning_kind"] \
                | ENUMS["difference_kind"], value


def test_the_runs_cover_warnings_statuses_and_a_failing_check(documents):
    """The examples above include a warning, an operation applied with a warning, and a
    record that differs (so the checks above see those fields filled)."""
    pairs = [pair for document in documents.values() for pair in _walk(document)]
    assert ("status", Status.WARNED.value) in pairs
    assert ("verdict", Verdict.DIFFERS.value) in pairs
    assert any(key == "warnings" and value for key, value in pairs)


def test_a_change_has_amendment_part_kind_words_and_labels(documents):
    """A change of the apply run names its amendment and part, and its new words and label."""
    added = [c for c in documents["apply"]["changes"] if c["kind"] == ChangeKind.ADD.value]
    assert added[0]["amendment"]["index"] == 1 and added[0]["part"] == 3
    assert added[0]["label_after"] == "(g)" and "foster carers" in added[0]["new"]


def test_the_minutes_folder_totals_count_every_item(documents):
    """The folder run's totals count each verdict, and add up to the items listed."""
    document = documents["minutes folder"]
    total = document["total"]
    assert total["items"] == len(document["items"]) == sum(total["verdicts"].values())


@pytest.mark.parametrize("definition", sorted(ENUMS))
def test_schema_enums_are_the_library_enums(definition):
    """Each enumerated definition of the schema lists exactly the library enum's values
    (when an enum gains a member, schema.json and docs/json.md must say so)."""
    assert set(SCHEMA["$defs"][definition]["enum"]) == ENUMS[definition]


def test_schema_commands_are_the_command_enum():
    """The schema's command enum lists exactly the commands that write JSON."""
    assert set(SCHEMA["properties"]["command"]["enum"]) == {c.value for c in Command}


def _spoiled(document: dict, path: list, value) -> dict:
    out = copy.deepcopy(document)
    place = out
    for step in path[:-1]:
        place = place[step]
    place[path[-1]] = value
    return out


SPOILS = [
    ("apply", ["changes", 0, "kind"], "paragraphs were added"),
    ("apply", ["outcomes", 0, "status"], "it went fine"),
    ("apply", ["outcomes", 0, "operation"], "add new paragraphs (g) and (h)"),
    ("apply", ["changes", 0, "position"], "amendment:29:10"),
    ("apply with a warning", ["warnings", 0, "kind"], "the label was guessed"),
    ("check that fails", ["verdict"], "1 substantive difference"),
    ("check that fails", ["differences", 0, "kind"], "the words differ"),
    ("minutes folder", ["items", 0, "verdict"], "verified, all good"),
    ("show", ["schema_version"], 1.0),
    ("show", ["command"], "display"),
]


@pytest.mark.parametrize(("name", "path", "prose"), SPOILS)
def test_the_schema_rejects_prose_where_an_enum_is_expected(documents, name, path, prose):
    """A document with prose (or a wrong type) in an enumerated or typed field is invalid."""
    assert _errors(documents[name]) == []
    assert _errors(_spoiled(documents[name], path, prose)) != []


@given(st.text(max_size=40).filter(lambda text: text not in ENUMS["status"]))
def test_any_status_outside_the_enum_is_rejected(documents, status):
    """No text but a Status value is accepted as an operation's status."""
    spoiled = _spoiled(documents["apply"], ["outcomes", 0, "status"], status)
    assert not VALIDATOR.is_valid(spoiled)


def _docs_examples() -> list[dict]:
    text = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, re.DOTALL)]


def test_every_example_in_docs_json_md_validates():
    """Each JSON example in docs/json.md is valid against the schema, one per command."""
    examples = _docs_examples()
    assert sorted(e["command"] for e in examples) == sorted(c.value for c in Command)
    for example in examples:
        assert _errors(example) == [], example["command"]


def test_amend_schema_prints_the_shipped_schema_without_loading_lark():
    """``amend schema`` prints schema.json, and does not import the parser library."""
    code = ("import sys\nfrom amend_cli.main import app\n"
            "try:\n    app(['schema'])\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(str('lark' in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert json.loads(done.stdout) == SCHEMA
    assert done.stderr == "False"


@pytest.mark.parametrize("args", [
    ["minutes", MINUTES / "07-amendment-lost.txt", MINUTES / "08-no-amendments.txt"],
    ["check", "--expected", EXAMPLES / "sheffield-alston-full/expected.txt",
     "--against", ALSTON / "expected.txt"],
], ids=["minutes", "check"])
def test_json_written_with_o_is_the_same_documented_shape(tmp_path, args):
    """``--format json -o FILE`` writes a valid document of the command to the file."""
    target = tmp_path / "out.json"
    invoke(*args, "--format", "json", "-o", target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["command"] == args[0] and _errors(document) == []


def test_an_unverified_result_says_so_and_why(documents):
    """apply of a cut-off amendment: "unverified" is true and a warning of kind "unclosed
    quotation" carries the opening quote's position."""
    document = documents["apply unverified"]
    unclosed = [w for w in document["warnings"] if w["kind"] == "unclosed quotation"]
    assert document["unverified"] is True
    assert unclosed and unclosed[0]["position"]["line"] >= 1


def test_a_verified_result_says_so(documents):
    """apply of an amendment read without doubt: "unverified" is false."""
    assert documents["apply"]["unverified"] is False


def test_explain_compares_a_printed_result(documents):
    """explain of an amendment whose printed result drops a word: the printed result is
    compared, with one difference of kind "printed result differs"."""
    printed = documents["explain a printed result"]["printed_result"]
    assert printed["compared"] is True
    assert [d["kind"] for d in printed["differences"]] == ["printed result differs"]


def test_explain_of_an_amendment_without_a_printed_result_has_none(documents):
    """explain of an amendment that prints no result: "printed_result" is null."""
    assert documents["explain with the motion"]["printed_result"] is None


def test_a_lost_amendment_that_cannot_be_read_is_an_amendment_not_read_warning():
    """A minutes item whose lost amendment has no instruction: its JSON warns of kind
    "amendment not read", with the reason, and still validates."""
    from amend import read_minutes, verify
    from amend.render.json_minutes import render_minutes_json

    text = (MINUTES / "07-amendment-lost.txt").read_text(encoding="utf-8").replace(
        "Delete “two more” and replace with “additional”", "Members spoke about fly-tipping.")
    document = json.loads(render_minutes_json([("07", verify(read_minutes(text, "07")), "")]))
    VALIDATOR.validate(document)
    (warning,) = document["items"][0]["warnings"]
    assert warning["kind"] == NoteKind.AMENDMENT_NOT_READ.value
    assert "no instruction found" in warning["message"]
