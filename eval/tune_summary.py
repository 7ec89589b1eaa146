"""Grid search of `GraphSummariser`'s parameters on the tuning half (teaser 'tune' ids, reference 'dev').

`python -m eval.tune_summary` prints the mean of ROUGE-1/2/L over the tuning sets for each setting, best
last; the chosen values are the defaults in `precis/summary.py`. The reported numbers (`make
eval-summary`) come from the other half.
"""

from __future__ import annotations

import argparse
import itertools
import sys

from precis import sentences as sent
from precis import summary as summ

from .common import shared_dir
from .summary import LENGTH, datasets, rouge

TUNING_SETS = ("teasers-de", "teasers-en", "en-cnndm.dev", "fr-orangesum.dev")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared")
    args = parser.parse_args(argv)
    sets = datasets(shared_dir(args.shared), "tune")
    prepared = [(name, a, sent.split(a["text"], a["lang"])) for name in TUNING_SETS for a in sets[name]]
    grid = {
        "damping": [0.1, 0.3, 0.5],
        "position_decay": [0.2, 0.35, 0.6],
        "title_weight": [0.0, 0.3],
        "redundancy": [0.0, 0.3],
    }
    results = []
    for values in itertools.product(*grid.values()):
        params = dict(zip(grid, values, strict=True))
        summariser = summ.GraphSummariser(**params)
        per_set: dict[str, list[float]] = {}
        for name, article, split in prepared:
            if not split:
                continue
            chosen = summariser.summarise(split, LENGTH, article["lang"], article.get("title"))
            scores = rouge(article["reference"], (c.sentence for c in chosen))
            per_set.setdefault(name, []).append(sum(scores.values()) / len(scores))
        mean = sum(sum(v) / len(v) for v in per_set.values()) / len(per_set)
        results.append((mean, params, {k: round(100 * sum(v) / len(v), 2) for k, v in per_set.items()}))
        print(f"{100 * mean:.2f} {params}", file=sys.stderr)
    results.sort(key=lambda r: r[0])
    for mean, params, per_set in results[-10:]:
        print(f"{100 * mean:.2f} {params} {per_set}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
