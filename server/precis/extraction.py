"""The main text of a web page, for clients that send HTML instead of text.

trafilatura is the best-measured open-source main-text extractor (F1 0.92 on the shared web-page corpus,
where Readability-style extractors score lower); we use its default mode (with its fallbacks), without
comments. Its text has one paragraph per line; we join paragraphs with blank lines, which the sentence
splitter treats as hard boundaries, and hand that text back so clients can map the offsets.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .language import code_from_tag

#: Pages whose extracted text is shorter than this have no article to summarise.
MIN_TEXT_CHARACTERS = 40
#: More tags than this is not an article page but a generated one: trafilatura's time grows faster than
#: the page (30,000 tags 1.1 s, 60,000 2.5 s, 120,000 6.5 s here) and it cannot be interrupted. The
#: largest of the 949 real pages in the shared corpus has 19,600.
MAX_TAGS = 40_000

log = logging.getLogger("precis")
#: The value of `<html lang="…">`.
HTML_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)


class ExtractionError(ValueError):
    """No main text could be found in the page (the API answers 422 with `code`)."""

    def __init__(self, message: str, code: str = "no_usable_text") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    #: the language the page declares (`<html lang>`), a hint for detection
    declared_language: str | None


def extract_page(html: str, url: str | None = None) -> ExtractedPage:
    """The article text and title of `html`; raises `ExtractionError` when there is none."""
    import trafilatura  # imported on first use: text-only deployments never pay for it

    if html.count("<") > MAX_TAGS:
        raise ExtractionError(
            f"the page has more than {MAX_TAGS:,} HTML tags, too many to extract an article from; "
            "send its text instead",
            "page_too_complex",
        )
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup; all mean "no text"
        log.info("extraction failed: %s", type(exc).__name__)
        document = None
    text = (getattr(document, "text", None) or "").strip()
    if len(text) < MIN_TEXT_CHARACTERS:
        raise ExtractionError("no article text was found in the HTML")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    title = (getattr(document, "title", None) or "").strip() or None
    declared = HTML_LANG_RE.search(html[:20_000])
    return ExtractedPage(
        "\n\n".join(paragraphs), title, code_from_tag(declared.group(1)) if declared else None
    )


def warm_up() -> None:
    """Import trafilatura and its lxml parsers before the first request needs them."""
    try:
        extract_page(
            "<html><body><article><p>"
            + "Warm-up text for the extractor. " * 8
            + "</p></article></body></html>"
        )
    except ExtractionError:
        pass
