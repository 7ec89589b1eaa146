"""The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`.

Built in Python (not a static file) so the enums — algorithms, error codes — come from the code they
describe; `tests/test_openapi.py` checks real responses against it.
"""

from __future__ import annotations

from typing import Any

from . import __version__
from .contract import request_schema
from .summary import SUMMARISERS

ERROR_CODES = (
    "invalid_request",
    "invalid_json",
    "bad_request",
    "unsupported_media_type",
    "request_entity_too_large",
    "unauthorized",
    "empty_text",
    "no_usable_text",
    "too_long_for_algorithm",
    "page_too_complex",
    "host_not_allowed",
    "busy",
    "too_many_requests",
    "not_found",
    "method_not_allowed",
    "internal_error",
)


def _error(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def _integer(minimum: int = 0) -> dict[str, Any]:
    return {"type": "integer", "minimum": minimum}


#: What a generated schema cannot know: bounds, meanings and enumerations of plain strings. Each names a
#: field the dataclasses declare (`_answer_schemas` fails on a field that no longer exists).
ANSWER_DETAILS: dict[str, dict[str, dict[str, Any]]] = {
    "LanguageResult": {
        "code": {"description": "ISO 639-1, or 'und' when undetermined."},
        "probability": {"minimum": 0, "maximum": 1},
        "source": {"description": "'hint': detection was unsure and the page's declared language decided."},
        "others": {"description": "Other languages seen (e.g. a comment section), by share of the letters."},
    },
    "OtherLanguage": {"share": {"minimum": 0, "maximum": 1}},
    "SummarySentence": {
        "index": {"minimum": 0},
        "start": {"minimum": 0, "description": "Offset into the (possibly truncated) text."},
        "end": {"minimum": 0},
        "score": {"minimum": 0, "maximum": 1},
    },
    "Actor": {
        "mentions": {"minimum": 1},
        "salience": {"minimum": 0},
        "role": {"description": "The shortest role the text gives (fits on a chip)."},
        "roles": {"description": "Every role the text gives, in order."},
        "quotes": {
            "description": "Direct quotes attributed to this actor, in text order: at most 10, each cut at "
            "400 characters."
        },
    },
    "Stats": {
        **{name: {"minimum": 0} for name in ("characters", "words", "sentences", "reading_time_seconds")},
        "truncated": {"description": "The text was cut to PRECIS_MAX_TEXT_CHARS."},
        "ranking_sections": {"minimum": 1, "description": ">1: a long page ranked in sections."},
        "actor_sentences": {"minimum": 0, "description": "Sentences searched for names."},
        "time_limited": {
            "description": "The time budget cut the actor search short (a busy server); never cached."
        },
    },
    "Analysis": {
        "algorithm": {"enum": list(SUMMARISERS)},
        "timings_ms": {"additionalProperties": {"type": "number", "minimum": 0}},
        "text": {"type": "string", "description": "HTML input only: the extracted text the offsets index."},
        "title": {"description": "HTML input only: the page's title."},
    },
}
#: Present only for HTML input (`Analysis.to_dict` drops them otherwise).
OPTIONAL_ANSWER_FIELDS = {"Analysis": {"text", "title"}}


def _answer_schemas() -> dict[str, Any]:
    """The answer's schemas, generated from the dataclasses `analyse()` returns (pydantic reads their
    fields and types), every field required as the JSON always carries it, plus `ANSWER_DETAILS`."""
    from pydantic import TypeAdapter

    from .pipeline import Analysis

    generated = TypeAdapter(Analysis).json_schema(ref_template="#/components/schemas/{model}")
    schemas = {**generated.pop("$defs"), "Analysis": generated}
    for name, schema in schemas.items():
        properties = schema["properties"]
        for field, details in ANSWER_DETAILS.get(name, {}).items():
            if field not in properties:
                raise KeyError(f"ANSWER_DETAILS names {name}.{field}, which the dataclass does not have")
            properties[field] = {**properties[field], **details}
        for field in properties.values():
            field.pop("title", None)
            field.pop("default", None)
        schema.pop("title", None)
        schema["additionalProperties"] = False
        schema["required"] = [f for f in properties if f not in OPTIONAL_ANSWER_FIELDS.get(name, set())]
    return schemas


SCHEMAS: dict[str, Any] = {
    "SummarizeRequest": request_schema(),
    **_answer_schemas(),
    "Error": {
        "type": "object",
        "additionalProperties": False,
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "additionalProperties": False,
                "required": ["code", "message"],
                "properties": {"code": {"enum": list(ERROR_CODES)}, "message": {"type": "string"}},
            }
        },
    },
    "Health": {
        "type": "object",
        "required": ["status", "version", "checks"],
        "properties": {
            "status": {
                "enum": ["ok", "degraded"],
                "description": "degraded: still answering, but a shared store named in checks is down.",
            },
            "version": {"type": "string"},
            "checks": {
                "type": "object",
                "description": "Shared stores in use (Redis rate limits, Redis cache): ok or down.",
                "additionalProperties": {"enum": ["ok", "down"]},
            },
        },
    },
    "Languages": {
        "type": "object",
        "required": ["languages"],
        "properties": {
            "languages": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["code", "name", "features"],
                    "properties": {
                        "code": {"type": "string"},
                        "name": {"type": "string"},
                        "features": {
                            "type": "object",
                            "required": ["detection", "sentences", "summary", "actors"],
                            "additionalProperties": {"enum": ["full", "reduced", "missing"]},
                        },
                    },
                },
            }
        },
    },
}


def _json(schema: str, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Précis",
            "version": __version__,
            "description": "Language, an extractive summary and the key actors of a news article.",
        },
        "servers": [{"url": "/api/v1"}],
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "paths": {
            "/summarize": {
                "post": {
                    "summary": "Analyse an article",
                    "security": [{}, {"bearer": []}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/SummarizeRequest"}}
                        },
                    },
                    "responses": {
                        "200": _json(
                            "Analysis", "The analysis; header X-Precis-Cache says hit, miss or off."
                        ),
                        "400": _error(
                            "Malformed or too deeply nested JSON, unknown field, wrong type or value, "
                            "or a Host the server does not answer to."
                        ),
                        "401": _error("A token is configured and the request has no valid one."),
                        "413": _error("The body is larger than PRECIS_MAX_BODY_BYTES."),
                        "415": _error("The body is not application/json."),
                        "422": _error(
                            "The text is empty or has no sentences, or is too long for the chosen "
                            "algorithm (too_long_for_algorithm)."
                        ),
                        "429": _error("Rate limit reached; see the Retry-After header."),
                        "503": _error("The worker stayed busy for PRECIS_QUEUE_SECONDS; try again."),
                        "500": _error("A bug; the message never carries internals."),
                    },
                }
            },
            "/health": {"get": {"summary": "Liveness", "responses": {"200": _json("Health", "Up.")}}},
            "/languages": {
                "get": {
                    "summary": "What each language gets",
                    "responses": {"200": _json("Languages", "Features per language.")},
                }
            },
            "/openapi.json": {
                "get": {"summary": "This description", "responses": {"200": {"description": "OpenAPI 3.1"}}}
            },
        },
    }
