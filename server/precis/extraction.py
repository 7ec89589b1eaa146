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
from urllib.parse import urlsplit

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


#: Markup that says "this page is an article" (schema.org types, Open Graph).
_ARTICLE_MARKUP_RE = re.compile(
    r"\"@type\"\s*:\s*\[?\s*\"(?:(?:News|Reportage|Analysis|Opinion|Review|Tech|Scholarly|Satirical)?Article|"
    r"BlogPosting|LiveBlogPosting|Report)\"|"
    r"property=[\"']og:type[\"'][^>]*content=[\"']article|content=[\"']article[\"'][^>]*property=[\"']og:type",
    re.IGNORECASE,
)
#: A site's front page: its root or an index file ("/", "/index.html", "/home").
_FRONT_PATH_RE = re.compile(r"^/?(?:(?:index|default|home|start|welcome)(?:\.\w{2,5})?/?)?$", re.IGNORECASE)


def is_front_page(html: str, url: str | None) -> bool:
    """Whether the page is a site's front page — teasers, not an article — by its address (the root or an
    index file, no query: "?p=3289" names a post) and the absence of article markup (a one-article site
    may mark its root as an article). Section fronts ("/politik/") are not recognised: their addresses
    look like articles' too often to refuse on the address alone."""
    if not url:
        return False
    parts = urlsplit(url)
    if parts.query or not _FRONT_PATH_RE.match(parts.path):
        return False
    return _ARTICLE_MARKUP_RE.search(html[:300_000]) is None


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


def extract_page(html: str, url: str | None = None, *, require_article: bool = False) -> ExtractedPage:
    """The article text and title of `html`; raises `ExtractionError` when there is none, or — with
    `require_article` — when the page is a site's front page (code `not_an_article`)."""
    import trafilatura  # imported on first use: text-only deployments never pay for it

    if require_article and is_front_page(html, url):
        raise ExtractionError(
            "this is a site's front page, not an article; summarise it anyway to read its teasers",
            "not_an_article",
        )

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
