"""HTML input: trafilatura finds the main text; the API returns it with offsets that index it."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from precis import create_app, extraction, pipeline
from precis.extraction import HTML_LANG_RE as extract_lang
from precis.extraction import ExtractionError, extract_page
from precis.language import code_from_tag
from precis.pipeline import AnalysisError, analyse_html

NEWS_PAGE = """<!doctype html><html lang="de-AT"><head><title>Putin und Kim | Weltnachrichten</title></head>
<body><nav><a href="/">Start</a> <a href="/p">Politik</a></nav>
<div class="ad">Jetzt Abo abschließen!</div>
<article><h1>Putin und Kim</h1>{paragraphs}</article>
<section class="comments"><h2>Kommentare</h2><p>Leser42: Interessant.</p></section>
<footer>Impressum Datenschutz</footer></body></html>"""


@pytest.fixture(scope="module")
def news_html(seed_text) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in seed_text.split("\n") if p.strip())
    return NEWS_PAGE.format(paragraphs=paragraphs)


def test_main_text_title_and_declared_language(news_html):
    page = extract_page(news_html)
    assert "Leif-Eric Easley" in page.text and "Carl Schuster" in page.text
    assert "Abo abschließen" not in page.text and "Impressum" not in page.text
    assert "\n\n" in page.text
    assert page.title and "Putin und Kim" in page.title
    assert page.declared_language == "de"


@pytest.mark.parametrize("html", ["", "<html></html>", "<p>kurz</p>", "\x00\x01<<<>>>", "<" * 5000])
def test_pages_without_text_raise_extraction_error(html):
    with pytest.raises(ExtractionError):
        extract_page(html)


def test_api_summarises_html_and_returns_the_text_offsets_index(client, news_html):
    response = client.post("/api/v1/summarize", json={"html": news_html, "url": "https://news.example/a"})
    assert response.status_code == 200, response.get_json()
    data = response.get_json()
    assert data["language"]["code"] == "de"
    assert "Putin und Kim" in data["title"]
    for sentence in data["summary"]:
        assert data["text"][sentence["start"] : sentence["end"]] == sentence["text"]
    names = {a["name"] for a in data["actors"]}
    assert {"Putin", "Carl Schuster"} <= names
    for actor in data["actors"]:
        for start, end in actor["mentions_at"]:
            assert data["text"][start:end].strip()
    assert "extraction" in data["timings_ms"]


def test_text_input_does_not_echo_the_text(client, english_text):
    data = client.post("/api/v1/summarize", json={"text": english_text}).get_json()
    assert "text" not in data and "title" not in data


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"text": "x", "html": "<p>x</p>"}, 400),
        ({}, 400),
        ({"html": 5}, 400),
        ({"html": "   "}, 422),
        ({"html": "<html><body><nav>Start</nav></body></html>"}, 422),
    ],
)
def test_html_errors(client, body, status):
    response = client.post("/api/v1/summarize", json=body)
    assert response.status_code == status
    assert set(response.get_json()["error"]) == {"code", "message"}


def test_language_hint_is_normalised_and_used(client):
    body = {"text": "Kim Jong Un trifft Putin in Wladiwostok.", "language_hint": "de-AT"}
    data = client.post("/api/v1/summarize", json=body).get_json()
    assert (data["language"]["code"], data["language"]["source"]) == ("de", "hint")
    bogus = client.post("/api/v1/summarize", json={**body, "language_hint": "<script>"})
    assert bogus.status_code == 200 and bogus.get_json()["language"]["source"] == "detected"


def test_twenty_real_pages_in_ten_languages_give_sensible_answers(shared):
    """The issue's bar: random corpus pages in 10 languages, no error, a summary from the page's text."""
    client = create_app({"rate_limit": "off", "access_log": False}).test_client()  # default body limit
    corpus = json.loads(shared("data/webpages/evaldata.json").read_text(encoding="utf-8"))
    html_dir = shared("data/webpages/html")
    files = sorted({entry["file"] for entry in corpus.values() if (html_dir / entry["file"]).exists()})
    random.Random(7).shuffle(files)
    by_declared: dict[str, list[str]] = {}
    for name in files:  # three random pages of each language the pages declare
        html = (html_dir / name).read_bytes().decode("utf-8", "replace")
        declared = extract_lang.search(html[:20_000])
        bucket = by_declared.setdefault((declared and code_from_tag(declared.group(1))) or "?", [])
        if len(bucket) < 3:
            bucket.append(html)
    answers: dict[str, int] = {}
    for pages in by_declared.values():
        for html in pages:
            response = client.post("/api/v1/summarize", json={"html": html})
            assert response.status_code in (200, 422), response.get_json()
            if response.status_code == 422:  # an index page without an article is a fair answer
                continue
            data = response.get_json()
            assert data["summary"]
            for sentence in data["summary"]:
                assert data["text"][sentence["start"] : sentence["end"]] == sentence["text"]
            answers[data["language"]["code"]] = answers.get(data["language"]["code"], 0) + 1
    assert len(answers) >= 10, f"only {answers} answered"
    assert sum(answers.values()) >= 20


def test_a_page_with_too_many_tags_is_refused_before_extraction():
    """60,000 paragraphs took trafilatura 6.5 s (outside the time budget, and not interruptible)."""
    page = "<html><body>" + "<p>Ein Absatz.</p>" * (extraction.MAX_TAGS // 2 + 1) + "</body></html>"
    with pytest.raises(AnalysisError) as refused:
        analyse_html(page)
    assert refused.value.code == "page_too_complex"


def test_extraction_time_counts_against_the_time_budget(monkeypatch):
    seen = {}
    real = pipeline.analyse

    def recording(text, **options):
        seen.update(options)
        return real(text, **options)

    monkeypatch.setattr(pipeline, "analyse", recording)
    page = "<html><body><article>" + "<p>Berlin ist eine Stadt in Deutschland mit vielen Menschen.</p>" * 20
    analyse_html(page + "</article></body></html>", time_budget_seconds=5.0)
    assert 0 < seen["time_budget_seconds"] < 5.0


@pytest.mark.parametrize(
    ("url", "front"),
    [
        ("https://news.example/", True),
        ("https://news.example", True),
        ("https://news.example/index.html", True),
        ("https://news.example/?p=3289", False),  # a blog post by its number
        ("https://news.example/politik/putin-und-kim-1234", False),
        (None, False),
    ],
)
def test_a_front_page_is_told_by_its_address(news_html, url, front):
    assert extraction.is_front_page(news_html, url) is front


def test_a_front_page_is_not_an_article_unless_asked_anyway(client, news_html):
    front = {"html": news_html, "url": "https://news.example/"}
    refused = client.post("/api/v1/summarize", json=front)
    assert refused.status_code == 422 and refused.get_json()["error"]["code"] == "not_an_article"
    anyway = client.post("/api/v1/summarize", json={**front, "require_article": False})
    assert anyway.status_code == 200 and anyway.get_json()["summary"]
    marked = news_html.replace("<head>", '<head><meta property="og:type" content="article">')
    assert client.post("/api/v1/summarize", json={**front, "html": marked}).status_code == 200
    text = client.post("/api/v1/summarize", json={"text": news_html, "require_article": True})
    assert text.status_code == 200  # plain text has no address: nothing to tell


def test_the_extension_decides_front_pages_by_the_same_rule():
    """extension/src/logic.js mirrors is_front_page for in-page extraction: same patterns, or the two
    extraction modes would disagree on which pages are articles."""
    logic = (Path(__file__).parents[1] / "extension" / "src" / "logic.js").read_text(encoding="utf-8")
    js_path = re.search(r"const FRONT_PATH_RE = /(.+)/i;", logic).group(1)
    js_type = re.search(r"const ARTICLE_TYPE_RE = /(.+)/i;", logic).group(1)
    assert js_path.replace("\\/", "/") == extraction._FRONT_PATH_RE.pattern
    assert js_type in extraction._ARTICLE_MARKUP_RE.pattern.replace('\\"', '"')
