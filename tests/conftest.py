"""Fixtures in the style of Flask's tutorial: an app from the factory, a test client, example texts."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from precis import create_app

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(os.environ.get("PRECIS_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def shared_file(relative: str) -> Path:
    """A file of ../shared, or skip: a user's fresh clone has no ../shared (CI has)."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not found: shared data is only present in CI and the developers' checkouts")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_file("seeds/article-de.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def teasers() -> list[dict]:
    """The 613 real articles of shared/data/summarization/teasers.jsonl."""
    path = shared_file("data/summarization/teasers.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def english_text() -> str:
    return (FIXTURES / "english.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def app():
    return create_app({"max_body_bytes": 200_000, "max_text_chars": 50_000, "rate_limit": "off"})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def shared():
    """`shared("data/…")`: a path in ../shared, or a skip with the reason."""
    return shared_file
