"""Coverage-guided fuzzing of the readers with atheris: any input must give a value or an
``AmendError``, never another exception.

    pip install atheris && python fuzz/fuzz_readers.py -max_total_time=600 fuzz/corpus

The corpus folder is seeded from the examples the first time; crashes are written beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import amend

ROOT = Path(__file__).resolve().parents[1]


def seed_corpus(folder: Path) -> None:
    """Start the corpus from every example text, so the fuzzer begins from real shapes."""
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    for n, path in enumerate(sorted((ROOT / "examples").rglob("*.txt"))):
        (folder / f"example-{n}").write_bytes(path.read_bytes())


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    which = provider.ConsumeIntInRange(0, 3)
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    try:
        if which == 0:
            amend.read_motion(text)
        elif which == 1:
            amend.read_amendment(text)
        elif which == 2:
            amend.verify(amend.read_minutes(text))
        else:
            motion = amend.read_motion(text.split("\n\n\n", 1)[0])
            amendment = amend.read_amendment(text.split("\n\n\n", 1)[-1], motion=motion)
            amend.resolve(motion, amendment)
    except amend.AmendError:
        pass


def main() -> None:
    corpus = [a for a in sys.argv[1:] if not a.startswith("-")]
    if corpus:
        seed_corpus(Path(corpus[0]))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
