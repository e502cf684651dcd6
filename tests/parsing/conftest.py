"""Fixtures for the parsing library's tests (pure Python: no database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsing.document import Document, Line
from parsing.taxonomy import Taxonomy

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
DEFAULT_SKILLS_CSV = Path(__file__).resolve().parents[2] / "candidates" / "data" / "default_skills.csv"


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    """The project's default skills when the CSV exists, else the evaluation's small bilingual sample."""
    from parsing.evaluation.taxonomy import load_taxonomy_csv, sample_taxonomy

    if DEFAULT_SKILLS_CSV.exists():
        return load_taxonomy_csv(DEFAULT_SKILLS_CSV)
    return sample_taxonomy()


@pytest.fixture(scope="session")
def sample_taxonomy() -> Taxonomy:
    from parsing.evaluation.taxonomy import sample_taxonomy

    return sample_taxonomy()


@pytest.fixture(scope="session")
def resume_schema() -> dict:
    import json

    path = SHARED_DATA / "schemas" / "jsonresume-1.2.1.schema.json"
    if not path.exists():
        pytest.skip("shared/data is not available")
    return json.loads(path.read_text(encoding="utf-8"))


def make_document(*texts: str, headings: tuple[str, ...] = ()) -> Document:
    """A text document, one Line per argument; lines listed in ``headings`` are marked bold and larger."""
    lines = [Line(text, size=12.0 if text in headings else 10.0, bold=text in headings, block=0) for text in texts]
    return Document(lines=lines, format="text", body_size=10.0)
