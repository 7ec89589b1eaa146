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


SCHEMAS: dict[str, Any] = {
    "SummarizeRequest": request_schema(),
    "Language": {
        "type": "object",
        "additionalProperties": False,
        "required": ["code", "name", "probability", "reliable", "source", "others"],
        "properties": {
            "code": {"type": "string", "description": "ISO 639-1, or 'und' when undetermined."},
            "name": {"type": "string"},
            "probability": {"type": "number", "minimum": 0, "maximum": 1},
            "reliable": {"type": "boolean"},
            "source": {
                "enum": ["detected", "hint", "given"],
                "description": "'hint': detection was unsure and the page's declared language decided.",
            },
            "others": {
                "type": "array",
                "description": "Other languages seen (e.g. a comment section), by share of the letters.",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["code", "share"],
                    "properties": {
                        "code": {"type": "string"},
                        "share": {"type": "number", "minimum": 0, "maximum": 1},
                    },
                },
            },
        },
    },
    "SummarySentence": {
        "type": "object",
        "additionalProperties": False,
        "required": ["text", "index", "start", "end", "score"],
        "properties": {
            "text": {"type": "string"},
            "index": _integer(),
            "start": {**_integer(), "description": "Offset into the (possibly truncated) text."},
            "end": _integer(),
            "score": {"type": "number", "minimum": 0, "maximum": 1},
        },
    },
    "Actor": {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "name",
            "type",
            "aliases",
            "mentions",
            "salience",
            "mentions_at",
            "role",
            "roles",
            "quotes",
        ],
        "properties": {
            "name": {"type": "string"},
            "type": {"enum": ["person", "organization", "location"]},
            "aliases": {"type": "array", "items": {"type": "string"}},
            "mentions": _integer(1),
            "salience": {"type": "number", "minimum": 0},
            "mentions_at": {
                "type": "array",
                "items": {
                    "type": "array",
                    "prefixItems": [_integer(), _integer()],
                    "minItems": 2,
                    "maxItems": 2,
                },
            },
            "role": {"type": ["string", "null"]},
            "roles": {"type": "array", "items": {"type": "string"}},
            "quotes": {"type": "array", "items": {"type": "string"}},
        },
    },
    "Stats": {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "characters",
            "words",
            "sentences",
            "reading_time_seconds",
            "truncated",
            "ranking_sections",
            "actor_sentences",
            "time_limited",
        ],
        "properties": {
            "characters": _integer(),
            "words": _integer(),
            "sentences": _integer(),
            "reading_time_seconds": _integer(),
            "truncated": {"type": "boolean", "description": "The text was cut to PRECIS_MAX_TEXT_CHARS."},
            "ranking_sections": {**_integer(1), "description": ">1: a long page ranked in sections."},
            "actor_sentences": {**_integer(), "description": "Sentences searched for names."},
            "time_limited": {
                "type": "boolean",
                "description": "The time budget cut the actor search short (a busy server); never cached.",
            },
        },
    },
    "Analysis": {
        "type": "object",
        "additionalProperties": False,
        "required": ["language", "summary", "actors", "algorithm", "stats", "timings_ms"],
        "properties": {
            "language": {"$ref": "#/components/schemas/Language"},
            "summary": {"type": "array", "items": {"$ref": "#/components/schemas/SummarySentence"}},
            "actors": {"type": "array", "items": {"$ref": "#/components/schemas/Actor"}},
            "algorithm": {"enum": list(SUMMARISERS)},
            "stats": {"$ref": "#/components/schemas/Stats"},
            "timings_ms": {"type": "object", "additionalProperties": {"type": "number", "minimum": 0}},
            "text": {
                "type": "string",
                "description": "HTML input only: the extracted text the offsets index.",
            },
            "title": {"type": ["string", "null"], "description": "HTML input only: the page's title."},
        },
    },
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
