"""The served OpenAPI description matches what the server really answers."""

import pytest
from jsonschema import Draft202012Validator


@pytest.fixture(scope="module")
def spec(app):
    response = app.test_client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.get_json()
    assert document["openapi"].startswith("3.1")
    return document


def validator(spec, name):
    # The whole document is the root, so "#/components/schemas/..." references resolve inside it.
    schema = {**spec, "$ref": f"#/components/schemas/{name}"}
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_analysis_matches_the_description(client, spec, seed_text, english_text):
    analysis = validator(spec, "Analysis")
    for body in ({"text": seed_text}, {"text": english_text, "sentences": 2, "algorithm": "lexrank"}):
        data = client.post("/api/v1/summarize", json=body).get_json()
        analysis.validate(data)
        assert not analysis.is_valid({**data, "stats": {**data["stats"], "sentences": "many"}})
        validator(spec, "SummarizeRequest").validate(body)


def test_schema_rejects_what_the_server_rejects(spec):
    request = validator(spec, "SummarizeRequest")
    assert not request.is_valid({"text": "x", "colour": "red"})
    assert not request.is_valid({"text": "x", "sentences": 0})
    assert not request.is_valid({"title": "no text"})


def test_errors_match_the_description(client, spec):
    error = validator(spec, "Error")
    responses = [
        client.post("/api/v1/summarize", data=b"{", content_type="application/json"),
        client.post("/api/v1/summarize", data="text", content_type="text/plain"),
        client.post("/api/v1/summarize", json={"text": "  "}),
        client.get("/nowhere"),
        client.delete("/api/v1/summarize"),
    ]
    for response in responses:
        assert str(response.status_code) in spec["paths"]["/summarize"]["post"]["responses"] or (
            response.status_code in {404, 405}
        )
        error.validate(response.get_json())


def test_health_and_languages_match(client, spec):
    validator(spec, "Health").validate(client.get("/api/v1/health").get_json())
    validator(spec, "Languages").validate(client.get("/api/v1/languages").get_json())


def test_answer_schemas_come_from_the_dataclasses(spec):
    """A field added to the answer's dataclasses appears in the description by itself."""
    import dataclasses

    from precis.actors import Actor
    from precis.pipeline import Analysis, Stats

    schemas = spec["components"]["schemas"]
    for cls in (Actor, Stats, Analysis):
        assert set(schemas[cls.__name__]["properties"]) == {f.name for f in dataclasses.fields(cls)}
    assert schemas["Actor"]["properties"]["type"]["enum"] == ["person", "organization", "location"]
    assert schemas["Analysis"]["required"] == [
        "language",
        "summary",
        "actors",
        "algorithm",
        "stats",
        "timings_ms",
    ]


def test_html_answers_match_too(client, spec):
    page = "<html><body><article>" + "<p>Berlin ist eine Stadt in Deutschland mit vielen Menschen.</p>" * 8
    data = client.post("/api/v1/summarize", json={"html": page + "</article></body></html>"}).get_json()
    validator(spec, "Analysis").validate(data)
    assert "text" in data
