"""The request is declared once (`contract.SummarizeRequest`): what the server accepts is what its
OpenAPI schema describes, checked on generated bodies."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from precis.contract import RequestError, parse_request, request_schema
from precis.summary import SUMMARISERS

SCHEMA = Draft202012Validator(request_schema())
values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 25),
    st.floats(allow_nan=False, width=32),
    st.text(max_size=6),
    st.sampled_from([*SUMMARISERS, "summy"]),
    st.lists(st.integers(), max_size=2),
)
# `language` is left out: the schema says "a string"; which strings are CLDR language codes it cannot list.
fields = st.sampled_from(
    ["text", "html", "title", "url", "language_hint", "sentences", "algorithm", "actors", "x"]
)
bodies = st.dictionaries(fields, values, max_size=5)


def _accepted(body) -> bool:
    try:
        parse_request(body)
        return True
    except RequestError:
        return False


@settings(derandomize=True, max_examples=400, deadline=None)
@given(bodies)
def test_the_schema_and_the_server_agree(body):
    assert SCHEMA.is_valid(body) == _accepted(body), body


def test_examples_either_way():
    assert _accepted({"text": "x", "sentences": 3, "algorithm": "lead", "actors": False})
    assert parse_request({"text": "x", "sentences": 2.0}).sentences == 2  # JSON's 2.0 is the integer 2
    bad_bodies = (
        {"text": "x", "html": None},
        {"text": "x", "sentences": True},
        {"text": "x", "sentences": 2.5},
    )
    for bad in bad_bodies:
        assert not _accepted(bad) and not SCHEMA.is_valid(bad), bad
