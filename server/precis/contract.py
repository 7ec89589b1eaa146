"""The request, declared once: pydantic validates it and the OpenAPI document shows its JSON schema.

Before, `api._parse_request` checked each field by hand and `openapi.py` described the same fields by
hand beside it, and only tests kept the two in step. Now both come from `SummarizeRequest`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from . import language as lang
from .summary import MAX_SENTENCES, SUMMARISERS

_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
Algorithm = Literal[tuple(SUMMARISERS)]  # type: ignore[valid-type]


class RequestError(ValueError):
    """The request is malformed: the API answers 400 with this message."""


class SummarizeRequest(BaseModel):
    """`POST /api/v1/summarize`: exactly one of `text` or `html`, and options."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    text: str | None = Field(None, description="The article's plain text; blank lines end paragraphs.")
    html: str | None = Field(
        None,
        description="A whole web page instead of text: its main text is extracted (trafilatura) and "
        "returned as `text`, which the offsets index.",
    )
    title: str | None = Field(None, description="The headline: used as a query, never for detection.")
    url: str | None = Field(None, description="The page's address; never fetched.")
    language: str | None = Field(None, description="ISO 639-1 code; skips detection.", examples=["de"])
    language_hint: str | None = Field(
        None,
        description="The page's declared language (<html lang>): decides an unsure detection.",
        examples=["de-CH"],
    )
    sentences: Annotated[int, Field(ge=1, le=MAX_SENTENCES)] | None = Field(
        None, description="Summary length; by default it follows the article's length (3-7)."
    )
    algorithm: Algorithm | None = Field(None, description="The summariser; `precis` unless configured.")
    require_article: bool | None = Field(
        None,
        description="With `html`: false summarises a site's front page too, which is otherwise refused "
        "(422 `not_an_article`). Default true.",
    )
    actors: bool | None = Field(
        None,
        description="false: the summary only — the actor search (most of the time on a normal article) "
        "is skipped and `actors` comes back empty. Default true.",
    )

    @field_validator("text", "html", "title", "url", "language", "language_hint")
    @classmethod
    def _no_lone_surrogates(cls, value: str | None) -> str | None:
        """JSON may carry lone UTF-16 surrogates ("\\ud800"), which no UTF-8 answer can hold; one
        replacement character each keeps every offset where it was."""
        return _LONE_SURROGATE_RE.sub("\ufffd", value) if value is not None else None

    @field_validator("sentences", mode="before")
    @classmethod
    def _whole_float_is_an_integer(cls, value: Any) -> Any:
        """JSON has one number type: `3.0` is the integer 3, as JSON Schema says (`true` is not)."""
        return int(value) if isinstance(value, float) and value.is_integer() else value

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.strip().lower()
        if not lang.is_known_code(code):
            raise ValueError("must be an ISO 639-1 code such as 'de' or 'en'")
        return code

    @field_validator("language_hint")
    @classmethod
    def _hint_as_code(cls, value: str | None) -> str | None:
        return lang.code_from_tag(value) if value is not None else None

    @model_validator(mode="before")
    @classmethod
    def _one_source(cls, data: Any) -> Any:
        """Exactly one of the two keys (a `null` one counts), as the schema's `oneOf` says."""
        if isinstance(data, dict) and sum(key in data for key in ("text", "html")) != 1:
            raise ValueError("send exactly one of 'text' (plain text) or 'html' (a web page)")
        return data

    @model_validator(mode="after")
    def _source_is_text(self) -> SummarizeRequest:
        if self.text is None and self.html is None:
            raise ValueError("send exactly one of 'text' (plain text) or 'html' (a web page)")
        return self

    @property
    def source(self) -> Literal["text", "html"]:
        return "html" if self.html is not None else "text"

    @property
    def content(self) -> str:
        return self.html if self.html is not None else self.text or ""


def parse_request(body: Any) -> SummarizeRequest:
    """A validated request, or `RequestError` with one readable sentence naming the field."""
    if not isinstance(body, dict):
        raise RequestError("the body must be a JSON object")
    try:
        return SummarizeRequest.model_validate(body)
    except ValidationError as exc:
        raise RequestError(_readable(exc)) from None


def _readable(exc: ValidationError) -> str:
    first = exc.errors(include_url=False)[0]
    field = ".".join(str(part) for part in first["loc"])
    if first["type"] == "extra_forbidden":
        unknown = sorted({str(e["loc"][0]) for e in exc.errors() if e["type"] == "extra_forbidden"})
        return f"unknown field(s): {', '.join(unknown)}"
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "literal_error" and field == "algorithm":
        message = f"must be one of {', '.join(SUMMARISERS)}"
    if first["type"] in {"less_than_equal", "greater_than_equal", "int_type"} and field == "sentences":
        message = f"must be a whole number from 1 to {MAX_SENTENCES}"
    return f"'{field}' {message[:1].lower()}{message[1:]}" if field else message


def request_schema() -> dict[str, Any]:
    """The JSON schema of the request, for the OpenAPI document."""
    schema = SummarizeRequest.model_json_schema()
    schema["oneOf"] = [
        {"required": [key], "not": {"required": [other]}, "properties": {key: {"type": "string"}}}
        for key, other in (("text", "html"), ("html", "text"))
    ]
    return schema
