"""Scoring a bot on a question set, for ``kzbot eval`` and the benchmarks.

A question set is JSON lines, one object per line:

    {"id": "d1", "q": "...", "answers": ["gold", ...]}      an answer containing a gold string
    {"id": "i1", "q": "...", "intent": "greeting"}         small talk of that intent (or a list)
    {"id": "o1", "q": "...", "out_of_scope": true}         anything but an answer
    {"id": "c1", "turns": ["...", "..."], "answers": [...]} the last turn of a conversation

A gold string matches when, lower-cased with every run of non-alphanumerics folded to one
space, it is a substring of the reply folded the same way (the rule of the project's
shared scorer, so figures agree with it).
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bot.errors import KzbotError


class _Source(Protocol):
    @property
    def text(self) -> str: ...


class _Reply(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def intent(self) -> str | None: ...
    @property
    def sources(self) -> Sequence[_Source]: ...


class _Asker(Protocol):
    def ask(self, question: str) -> _Reply: ...


class Bot(_Asker, Protocol):
    """Anything with the library's ask/conversation shape (kzbot, or a baseline peer)."""

    def conversation(self) -> _Asker: ...


def match_form(text: str) -> str:
    """The form answers are compared in (not ``bot.language.text.fold``): lower-cased, with
    every run of non-alphanumerics one space, padded with spaces."""
    return " " + re.sub(r"[^a-z0-9]+", " ", text.lower()).strip() + " "


def contains(text: str, golds: Iterable[str]) -> bool:
    """True when any gold string is inside the text, both folded."""
    folded = match_form(text)
    return any(match_form(g).strip() in folded for g in golds)


def load_questions(path: Path) -> list[dict[str, Any]]:
    """The items of a question-set file, each checked; errors name the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KzbotError(f"{path}: cannot read the question set ({exc})") from None
    items = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KzbotError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict) or not ("q" in item or "turns" in item):
            raise KzbotError(f"{path}:{number}: needs a \"q\" or \"turns\" field")
        if not ("answers" in item or "intent" in item or item.get("out_of_scope")):
            raise KzbotError(f"{path}:{number}: needs \"answers\", \"intent\" or "
                             "\"out_of_scope\"")
        item.setdefault("id", f"line {number}")
        items.append(item)
    if not items:
        raise KzbotError(f"{path}: the question set is empty")
    return items


@dataclass
class Report:
    """Right/total per group, answer lengths, timings, and every miss."""

    groups: dict[str, list[bool]] = field(default_factory=dict)
    lengths: list[int] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    misses: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    fallbacks: dict[str, int] = field(default_factory=lambda: {"oos": 0, "answerable": 0})

    def add(self, group: str, ok: bool) -> None:
        """Count one result in a group."""
        self.groups.setdefault(group, []).append(ok)

    def rate(self, group: str) -> float | None:
        """Share right in a group, or None when it has no items."""
        results = self.groups.get(group)
        return sum(results) / len(results) if results else None

    def figures(self) -> dict[str, Any]:
        """The headline numbers as plain data."""
        data: dict[str, Any] = {g: [sum(v), len(v)] for g, v in self.groups.items()}
        data["median_answer_chars"] = statistics.median(self.lengths) if self.lengths else None
        data["median_ms"] = 1000 * statistics.median(self.seconds) if self.seconds else None
        oos = len(self.groups.get("out_of_scope", []))
        declined = self.fallbacks["oos"] + self.fallbacks["answerable"]
        data["fallback_precision"] = self.fallbacks["oos"] / declined if declined else None
        data["fallback_recall"] = self.fallbacks["oos"] / oos if oos else None
        return data


def decision(reply: _Reply) -> str:
    """Which way kzbot's message classifier (and off-topic gate) decided; "" for a peer."""
    explanation = getattr(reply, "explanation", None)
    label = getattr(explanation, "classifier_label", None)
    if label is None:
        return ""
    gate = getattr(explanation, "off_topic", 0.0)
    return (f"classifier: {label} {getattr(explanation, 'classifier_score', 0.0):.2f}"
            + (f", off topic {gate:.2f}" if getattr(explanation, "route", "") == "retrieval"
               else ""))


def evaluate(bot: Bot, items: list[dict[str, Any]]) -> Report:
    """Ask every item of a question set and score the replies."""
    report = Report()
    for item in items:
        start = time.perf_counter()
        if "turns" in item:
            conversation = bot.conversation()
            for turn in item["turns"]:
                reply = conversation.ask(turn)
        else:
            reply = bot.ask(item["q"])
        report.seconds.append(time.perf_counter() - start)
        answered = reply.kind == "answer"
        if "intent" in item:
            wanted = item["intent"] if isinstance(item["intent"], list) else [item["intent"]]
            ok = reply.kind == "intent" and reply.intent in wanted
            report.add("intent", ok)
        elif item.get("out_of_scope"):
            ok = not answered
            report.add("out_of_scope", ok)
            report.fallbacks["oos"] += ok
        else:
            ok = answered and contains(reply.text, item["answers"])
            report.add("dialogue" if "turns" in item else "answer", ok)
            if "turns" not in item:
                report.add("hit@3", any(contains(s.text, item["answers"])
                                        for s in list(reply.sources)[:3]))
                report.fallbacks["answerable"] += not answered
            if ok:
                report.lengths.append(len(reply.text))
        if not ok:
            question = item.get("q") or " / ".join(item["turns"])
            report.misses.append((str(item["id"]), question, reply.kind, reply.text,
                                  decision(reply)))
    return report


def evaluate_squad(factory: Callable[[str], Bot], articles: list[dict[str, Any]],
                   limit: int | None = None) -> Report:
    """Score a bot built per SQuAD article: answer right at 1, gold passage at 1 and 3."""
    report = Report()
    for article in articles:
        paragraphs = [match_form(p) for p in article["text"].split("\n\n")]
        bot = factory(article["text"])
        for question in article["questions"][:limit]:
            start = time.perf_counter()
            reply = bot.ask(question["question"])
            report.seconds.append(time.perf_counter() - start)
            ok = reply.kind == "answer" and contains(reply.text, question["answers"])
            report.add("answer", ok)
            if ok:
                report.lengths.append(len(reply.text))
            gold = paragraphs[question["paragraph"]]
            hits = [match_form(s.text).strip() in gold for s in list(reply.sources)[:3]]
            report.add("passage@1", bool(hits) and hits[0])
            report.add("passage@3", any(hits))
            if not ok:
                report.misses.append((article["title"], question["question"], reply.kind,
                                      reply.text, decision(reply)))
    return report


def format_report(report: Report, show_misses: bool = True) -> str:
    """The figures, one per line, then the misses."""
    lines = []
    for group, results in report.groups.items():
        lines.append(f"{group:>20}: {sum(results)}/{len(results)} = "
                     f"{100 * sum(results) / len(results):.1f}%")
    figures = report.figures()
    for key in ("median_answer_chars", "median_ms", "fallback_precision", "fallback_recall"):
        if figures[key] is not None:
            lines.append(f"{key:>20}: {figures[key]:.2f}")
    if show_misses:
        for ident, question, kind, text, decided in report.misses:
            lines.append(f"MISS {ident}: {question!r}\n     -> [{kind}] {text[:200]!r}")
            if decided:
                lines.append(f"        {decided}")
    return "\n".join(lines)
