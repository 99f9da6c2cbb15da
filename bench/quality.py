"""Answer quality of kzbot and its peers, side by side, in one table.

    python bench/quality.py --dev ../shared/eval/dev.jsonl \
        --squad ../shared/bench/squad_dev.json --squad ../shared/bench/squad_test.json

Columns: answer right at 1 (the reply text holds a gold answer), gold passage at 1 and 3
(SQuAD), the exact answer's SQuAD exact match and F1 (in percent of all questions, no span
scoring 0) and its precision (the share of spans given with F1 >= 0.8), median length of
right answers, out-of-scope questions declined (dev), and milliseconds per question. The
data stays outside the repository; pass its paths.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.peers import PEERS, peer_factory
from bot import Chatbot
from bot.evaluate import Report, evaluate, evaluate_squad, load_questions

SYSTEMS: dict[str, Callable[..., Any]] = {
    "kzbot": lambda text=None: Chatbot() if text is None else Chatbot.from_text(text),
    **{name: peer_factory(name) for name in PEERS},
}


def _pct(report: Report, group: str) -> str:
    rate = report.rate(group)
    return "" if rate is None else f"{100 * rate:.1f}%"


def row(system: str, dataset: str, report: Report) -> str:
    """One table row."""
    figures = report.figures()
    oos = report.groups.get("out_of_scope")
    chars = figures["median_answer_chars"]
    spans = " | ".join("" if figures[k] is None else f"{figures[k]:.1f}"
                       for k in ("span_em", "span_f1", "span_precision"))
    return (f"| {system} | {dataset} | {_pct(report, 'answer')} | {_pct(report, 'passage@1')} | "
            f"{_pct(report, 'passage@3')} | {spans} | {'' if chars is None else f'{chars:.0f}'} | "
            f"{'' if oos is None else f'{sum(oos)}/{len(oos)}'} | {figures['median_ms']:.2f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dev", type=Path, help="a .jsonl question set about the default corpus")
    parser.add_argument("--squad", type=Path, action="append", default=[],
                        help="a SQuAD-shaped file (repeatable)")
    parser.add_argument("--limit", type=int, help="at most this many questions per article")
    parser.add_argument("--only", action="append", help="run only these systems")
    args = parser.parse_args()
    print("| system | questions | answer@1 | passage@1 | passage@3 | span EM | span F1 "
          "| span precision | median chars | out-of-scope declined | ms/question |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for dataset in ([args.dev] if args.dev else []) + args.squad:
        for system, factory in SYSTEMS.items():
            if args.only and system not in args.only:
                continue
            if dataset in args.squad:
                articles = json.loads(dataset.read_text())["articles"]
                report = evaluate_squad(factory, articles, args.limit)
            else:
                report = evaluate(factory(), load_questions(dataset))
            print(row(system, dataset.stem, report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
