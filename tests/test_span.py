"""The exact answer: the few words of an answer sentence that answer the question."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import Chatbot
from bot.reply import Reply, Span
from bot.shells.terminal import emphasise, mark_span
from bot.spans.dense import DENSE
from bot.spans.features import QUESTION_CLASSES, question_class
from bot.spans.metrics import exact_match, f1, normalise
from bot.spans.model import MAX_TOKENS, best_span, default_weights, extract
from bot.spans.rerank import RERANK
from conftest import run_kzbot

HARBOUR = """# Harbour Town

Harbour Town was founded in 1832 by Captain Elias Moore. The town hall was built on
March 3, 1901, by the architect Clara Voss. About 12,500 people live in Harbour Town today.

The lighthouse stands on Gull Point, north of the harbour. Fishing declined because the cod
stocks collapsed after years of overfishing.
"""


def test_a_date_question_gets_the_whole_date() -> None:
    span = best_span("The town hall was built on March 3, 1901, by the architect Clara Voss.",
                     "When was the town hall built?")
    assert span is not None and span.text == "March 3, 1901"


def test_a_who_question_gets_the_name_not_the_words_it_already_says() -> None:
    sentence = "Harbour Town was founded in 1832 by Captain Elias Moore."
    span = best_span(sentence, "Who founded Harbour Town?")
    assert span is not None and "Elias Moore" in span.text and "Harbour" not in span.text


def test_a_how_many_question_gets_the_number() -> None:
    span = best_span("About 12,500 people live in Harbour Town today.",
                     "How many people live in Harbour Town?")
    assert span is not None and "12,500" in span.text


def test_questions_that_want_a_whole_sentence_get_no_span() -> None:
    sentence = "Fishing declined because the cod stocks collapsed after years of overfishing."
    for question in ("Why did fishing decline?", "How did the fishing industry decline?",
                     "Describe the decline of fishing.", "Explain why fishing declined."):
        assert question_class(question) in {"why", "how", "describe"}, question
        assert extract(sentence, question) is None, question
    assert question_class("How many boats are left?") == "number"


def test_the_span_is_a_slice_of_the_reply_and_the_json_carries_it() -> None:
    bot = Chatbot.from_text(HARBOUR, cache=False)
    spans = 0
    for question in ("When was the town hall built?", "Who founded Harbour Town?",
                     "How many people live in Harbour Town?", "Where does the lighthouse stand?",
                     "Why did fishing decline?", "hello", "What is the capital of France?"):
        reply = bot.ask(question)
        data = reply.to_dict()
        if reply.span is None:
            assert data["span"] is None
            continue
        spans += 1
        assert reply.kind == "answer"
        assert reply.text[reply.span.start:reply.span.end] == reply.span.text
        assert data["span"] == {"text": reply.span.text, "start": reply.span.start,
                                "end": reply.span.end}
        assert 0.0 <= reply.span.probability <= 1.0
        json.dumps(data)
    assert spans >= 1


def test_a_question_asking_two_things_gets_no_span() -> None:
    sentence = "The town hall was built on March 3, 1901, in Harbour Town."
    assert extract(sentence, "When and where was the town hall built?") is None
    assert extract(sentence, "Who and what built the hall?") is None
    assert extract(sentence, "When was the town hall built?", 1.0) is not None


def test_a_reply_without_a_span_keeps_the_old_positional_fields() -> None:
    reply = Reply("answer", "text", None, 0.5)
    assert reply.span is None and reply.to_dict()["span"] is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.text(max_size=80))
def test_any_sentence_and_question_give_a_slice_or_nothing(sentence: str, question: str) -> None:
    span = best_span(sentence, question)
    if span is not None:
        assert sentence[span.start:span.end] == span.text and span.text.strip()
    found = extract(sentence, question, 0.5)
    assert found is None or sentence[found.start:found.end] == found.text


def test_spans_are_at_most_max_tokens_long() -> None:
    sentence = " ".join(f"Word{n}" for n in range(60)) + "."
    span = best_span(sentence, "What is it?")
    assert span is not None and len(span.text.split()) <= MAX_TOKENS


def test_the_shipped_weights_fit_the_features() -> None:
    weights = default_weights()
    assert all(len(w) == len(DENSE) for w in weights.dense.values())
    assert set(weights.dense) <= {"all", *QUESTION_CLASSES}
    assert len(weights.vector_start) == len(weights.vector_end)
    assert len(weights.abstain) in (0, 6 + len(QUESTION_CLASSES) + len(RERANK))
    assert set(weights.rerank) <= {"all", *QUESTION_CLASSES}
    assert all(len(w) == len(RERANK) for w in weights.rerank.values())
    assert 0.0 <= weights.threshold <= 1.0


def test_squad_normalisation_and_scores() -> None:
    assert normalise("The  Denver Broncos!") == "denver broncos"
    assert exact_match("the Denver Broncos", ["Denver Broncos", "Broncos"]) == 1.0
    assert exact_match(None, ["x"]) == 0.0 and f1(None, ["x"]) == 0.0
    assert f1("Denver", ["Denver Broncos"]) == 2 * (1 * 0.5) / 1.5
    assert f1("Broncos", ["Denver Broncos", "Broncos"]) == 1.0
    assert f1("a", ["the"]) == 0.0


def test_the_span_is_bold_in_colour_and_plain_without() -> None:
    text = "It was built on March 3, 1901, by Clara Voss."
    span = Span("March 3, 1901", 16, 29)
    marked = mark_span(text, span)
    assert emphasise([marked], colour=False) == [text]
    assert emphasise([marked], colour=True) == [
        "It was built on \x1b[1mMarch 3, 1901\x1b[0m, by Clara Voss."]
    two = emphasise(["It was built on \ue000March 3,", "1901\ue001, by Clara Voss."], True)
    assert two == ["It was built on \x1b[1mMarch 3,\x1b[0m", "\x1b[1m1901\x1b[0m, by Clara Voss."]


def test_ask_short_prints_only_the_span_and_json_has_the_field(tmp_path: Path) -> None:
    doc = tmp_path / "harbour.md"
    doc.write_text(HARBOUR)
    question = "When was the town hall built?"
    data = json.loads(run_kzbot("ask", "--corpus", str(doc), "--json", question).stdout)
    assert "span" in data
    short = run_kzbot("ask", "--corpus", str(doc), "--short", question).stdout.strip()
    assert short == (data["span"]["text"] if data["span"] else data["text"])
    why = run_kzbot("ask", "--corpus", str(doc), "--short", "Why did fishing decline?")
    assert "overfishing" in why.stdout


@given(st.dictionaries(st.text(alphabet="ab|", max_size=4),
                       st.sampled_from([0.5, -0.0, 0.0, 1e-17, 3.0, 1e308]), max_size=12),
       st.sampled_from(["", "a", "b", "a|b", "|"]))
def test_a_class_table_holds_the_shared_plus_the_crossed_weight_of_each_name(
        start: dict[str, float], qclass: str) -> None:
    from bot.spans.model import Weights

    merged: dict[str, list[float]] = {}
    for side, weights in enumerate((start, {k: -v for k, v in start.items()})):
        for name, weight in weights.items():
            if "|" not in name or name.startswith(f"{qclass}|"):
                merged.setdefault(name.removeprefix(f"{qclass}|"), [0.0, 0.0])[side] += weight
    table = Weights(start, {k: -v for k, v in start.items()}, {}, 0.5).table(qclass)
    for name in [*merged, "", "|", "zz"]:
        assert repr(table[name]) == repr(tuple(merged.get(name, (0.0, 0.0))))
