"""Tables, growth fits and the plot of `make bench` (docs/performance.md and docs/performance.png)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

TARGETS = """Targets (issue 7), on this 2-core machine: language + summary on the example article
≤ 10 ms warm and everything < 50 ms; language + sentences + summary ≥ 50× faster than sumy's parse +
LexRank at 10,000 words and ≥ 500× at 50,000; a 200,000-word page: language + summary < 2 s, everything
< 3 s, peak memory < 500 MB. "language" is the paragraph vote `analyse()` runs (up to 24 samples of
the page, stopping after 6 that agree); sumy is given the language. The ratio to sumy is the median of
the three stages run together as a request runs them, `analyse(text, find_actors=False)` (at least 11
runs; the stage columns are each their own median, so they do not add up to it exactly)."""


def _fit(words: list[int], times: list[float]) -> tuple[float, float]:
    k, c = np.polyfit(np.log(words), np.log(times), 1)
    return float(k), float(c)


def _ours_core(row: dict) -> float:
    """Language + sentences + summary run as one call (its own median); older runs summed the stages."""
    m = row["median_ms"]
    return m.get("core", m["language"] + m["sentences"] + m["summary"])


def _sumy_measured(rows: list[dict]) -> list[tuple[int, float]]:
    return [(r["words"], r["median_ms"]["sumy-lexrank"]) for r in rows if "sumy-lexrank" in r["median_ms"]]


def _sumy_projection(rows: list[dict]) -> tuple[float, float] | None:
    measured = [(w, t) for w, t in _sumy_measured(rows) if w >= 2000]
    if len(measured) < 2:
        return None
    return _fit([w for w, _ in measured], [t for _, t in measured])


def table(code: str, rows: list[dict]) -> str:
    fit = _sumy_projection(rows)
    lines = [
        f"### {code}: median ms per stage (peak RSS of the process, models loaded)\n",
        "| page | words | # sentences | language | sentences | summary (precis) | lexrank-sparse | actors "
        "| analyse() | lang+sent+summary, one call | sumy parse + LexRank | lang+sent+summary vs sumy "
        "| first run, lang+sent+summary | peak MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        m = r["median_ms"]
        core = _ours_core(r)
        if "sumy-lexrank" in m:
            sumy, note = m["sumy-lexrank"], ""
        elif fit:
            sumy, note = float(np.exp(fit[1]) * r["words"] ** fit[0]), " (projected)"
        else:
            sumy, note = float("nan"), ""
        lines.append(
            f"| {r['page']} | {r['words']:,} | {r['sentences_count']:,} | {m['language']:.1f} | "
            f"{m['sentences']:.1f} | {m['summary']:.1f} | {m['lexrank-sparse']:.1f} | {m['actors']:.1f} | "
            f"**{m['analyse']:.1f}** | {core:.1f} | {sumy:,.0f}{note} | {sumy / core:,.0f}× | "
            f"{r['first_run_core_ms']:.1f} ({sumy / r['first_run_core_ms']:,.0f}×) | {r['peak_rss_mb']:.0f} |"
        )
    big = [r for r in rows if r["words"] >= 2000]
    growth = {
        "language + sentences + summary": _fit([r["words"] for r in big], [_ours_core(r) for r in big])[0],
        "analyse()": _fit([r["words"] for r in big], [r["median_ms"]["analyse"] for r in big])[0],
    }
    if fit:
        growth["sumy parse + LexRank"] = fit[0]
    lines.append(
        "\nGrowth, time ∝ words^k fitted from 2,000 words up: "
        + "; ".join(f"{name} k = {k:.2f}" for name, k in growth.items())
        + "."
    )
    return "\n".join(lines)


def plot(results: dict[str, list[dict]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 4.5), dpi=110)
    for code, rows in _pages_by_language(results):
        words = [r["words"] for r in rows]
        core = [_ours_core(r) for r in rows]
        axes.plot(words, core, "o-", label=f"{code}: ours, language + sentences + summary")
        axes.plot(words, [r["median_ms"]["analyse"] for r in rows], "s--", label=f"{code}: ours, analyse()")
        axes.plot(*zip(*_sumy_measured(rows), strict=True), "^:", label=f"{code}: sumy parse + LexRank")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("words on the page")
    axes.set_ylabel("median time (ms)")
    axes.set_title("Précis vs sumy LexRank, 2-core machine")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=7)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def _pages_by_language(results: dict[str, list[dict]]) -> list[tuple[str, list[dict]]]:
    return [(code, rows) for code, rows in results.items() if code != "hostile"]


def hostile_table(rows: list[dict]) -> str:
    """Broken and hostile pages: one run each, whole `analyse()`, per stage."""
    lines = [
        "\n### Pages made to hurt (rebuilt from de-200000.txt; one run each, fresh process)\n",
        "| page | words | # sentences | language | sentences | summary | actors | analyse() | peak MB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        s = r["stages_ms"]
        lines.append(
            f"| {r['page']} | {r['words']:,} | {r['sentences_count']:,} | {s['language']:.0f} | "
            f"{s['sentences']:.0f} | {s['summary']:.0f} | {s['actors']:.0f} | **{r['total_ms']:,.0f}** | "
            f"{r['peak_rss_mb']:.0f} |"
        )
    return "\n".join(lines) + "\n"


def write(results: dict[str, list[dict]], docs: Path, write_files: bool = True) -> str:
    from eval.common import replace_section

    body = (
        "## Speed and memory\n\nMade by `make bench` (each page in a fresh process, models loaded and warm; "
        "medians; sumy beyond 50,000 words projected from its fitted growth).\n\n"
        + TARGETS
        + "\n\n"
        + "\n\n".join(table(code, rows) for code, rows in _pages_by_language(results))
        + "\n\n![time against page size](performance.png)\n"
        + (hostile_table(results["hostile"]) if "hostile" in results else "")
    )
    if write_files:
        plot(results, docs / "performance.png")
        path = docs / "performance.md"
        if not path.exists():
            path.write_text("# Performance\n", encoding="utf-8")
        replace_section(path, "bench", body)
    return body
