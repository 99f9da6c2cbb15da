"""Shorter right answers (issue 11, round 12): a sentence is cut where a reader would cut
it, and a second sentence joins the answer only when it gives what the first one lacks.

- Splitting: a lone lower-case letter ("a function of n.") and a possessive's "s" are no
  initials; a reference note after the stop ("[citation
  needed]") closes the sentence before it; a lone capital after a word in lower case ends
  the sentence before a word that opens sentences ("… reduced to X. Thus …").
- Reading on: past a best sentence that gives the asked date or number, not into one that
  gives none (unless a second thing is asked); a mid-question "what … for …" is no purpose
  asked unless the next sentence shares a question word.
- Reading back: a pointer's antecedent ("This treatise …") joins only when it shares a word
  with the question; the short sentence before completes the best one only with two of
  the question's rare terms, not one shared word.
- Two close candidates: a runner-up a little further off (``WIDE_MARGIN``) joins when
  both sentences together stay short (``SHORT_PAIR``).
"""

import numpy as np
import pytest

from bot import Chatbot
from bot.answering.compose import SHORT_PAIR, WIDE_MARGIN, answer_text
from bot.answering.read_on import belongs
from bot.reading.sentences import split_sentences

# ---------------------------------------------------------------- splitting


@pytest.mark.parametrize(("text", "first"), [
    ("The cost grows as a function of n. Since n is large, it is slow.",
     "The cost grows as a function of n."),
    ("By 1990 Velm's exports were twice Norland's. Another reason was the port.",
     "By 1990 Velm's exports were twice Norland's."),
    ("About a third were fishermen.[citation needed] In 1705, the port closed.",
     "About a third were fishermen.[citation needed]"),
    ("Any problem in the class reduces to X. Thus X is hard.",
     "Any problem in the class reduces to X."),
])
def test_two_sentences_glued_by_a_false_initial_or_a_note_are_cut(text: str, first: str) -> None:
    assert split_sentences(text) == [first, text[len(first):].strip()]


@pytest.mark.parametrize("text", [
    "Running back C. J. Lund scored twice.",
    "The plan (e.g. Velm Harbour) was approved.",
    "The meeting ended at 5 p.m. The next one is in May.",  # "p.m." is two letters
    "It met Charles F. Berg in Velm.",
])
def test_initials_and_short_forms_still_hold_a_sentence_together(text: str) -> None:
    first = split_sentences(text)[0]
    assert "p.m." in first or first == text


# ---------------------------------------------------------------- reading on

HARBOUR = """Harbour Notes

Boats

In 2019 the Lindau harbour had 48 fishing boats. The harbour boats catch herring and cod
in the northern bay each winter.

Ferry

The ferry service was launched in 1987 from Pier Four. It carries 300 people a day.

Library

The library opened in 1958. It holds 40,000 books in its reading room.

Parks

The town has four parks. The largest is Elm Park, laid out in 1902 beside the river.
"""


def test_a_best_sentence_giving_the_asked_number_does_not_read_on_into_one_without() -> None:
    reply = Chatbot.from_text(HARBOUR, cache=False).ask(
        "how many boats catching herring did the Lindau harbour have?")
    assert reply.kind == "answer" and "48 fishing boats" in reply.text
    assert "northern bay" not in reply.text


def test_a_second_thing_asked_still_reads_on() -> None:
    reply = Chatbot.from_text(HARBOUR, cache=False).ask(
        "how many boats did the Lindau harbour have, and what do they catch?")
    assert "48 fishing boats" in reply.text and "herring" in reply.text


BEST = "The Lindau fund was set up in 2010 by the harbour council."
NEXT = "Its money pays for new fishing boats."


@pytest.mark.parametrize(("question", "joined"), [
    ("what was the Lindau fund set up for?", True),  # a purpose asked
    ("what did the Lindau fund pay for in 2010?", True),  # the next one shares "pay"
    ("what was the Lindau fund called for the 2010 season?", False),  # "for" qualifies
])
def test_a_mid_question_for_reads_on_only_into_a_sentence_sharing_its_words(
        question: str, joined: bool) -> None:
    assert belongs(BEST, {"lindau", "fund", "set", "2010", "harbour", "council"}, NEXT,
                   question, None, set(question.lower().rstrip("?").split())) is joined


# ---------------------------------------------------------------- reading back

ARCHIVE = """Archive Notes

Papers

Velm published the paper in 1911 to explain his new bridge design. This treatise is kept
today in the Lindau city archive.

Ferry

The ferry service was launched in 1987 from Pier Four.

Library

The library opened in 1958, with 40,000 books.
"""


def test_a_pointer_whose_antecedent_shares_nothing_with_the_question_stands_alone() -> None:
    reply = Chatbot.from_text(ARCHIVE, cache=False).ask("where is the treatise kept?")
    assert reply.kind == "answer" and reply.text.startswith("This treatise is kept")


CLUB = """Club Notes

Rowing

Rowing is popular in Velm. The Velm Otters train on the lake every morning.

Ferry

The ferry service was launched in 1987 from Pier Four.

Library

The library opened in 1958, with 40,000 books.

Market

The fish market opens at dawn every day but Sunday.
"""


def _composed(doc: str, question: str, asked: set[str]) -> str:
    """The answer text when the second sentence of the first passage scores best and no
    runner-up is close."""
    retriever = Chatbot.from_text(doc, cache=False).retriever
    sentences = retriever.sentences_
    scores = np.zeros(len(sentences))
    best = next(i for i, s in enumerate(sentences) if s.text.startswith("The Velm Otters"))
    scores[best] = 5.0
    return answer_text(sentences, np.arange(len(sentences)), scores, np.argsort(-scores),
                       0.75, retriever.read(question), None, retriever.layout_.sentence_terms,
                       asked)


def test_the_sentence_before_needs_two_lacking_terms_to_complete_the_best_one() -> None:
    assert _composed(CLUB, "which club trains on the lake?", {"row", "lake", "otter"}) == (
        "The Velm Otters train on the lake every morning.")
    assert _composed(CLUB, "which popular rowing club trains on the lake?",
                     {"row", "popular", "lake", "otter"}).startswith("Rowing is popular")


# ---------------------------------------------------------------- two close candidates

SHORT = """Notes

Boats

The ferry left at noon. The barge left at dawn. The town has a long harbour wall with
a lighthouse at its northern end that was built in 1880, painted white in 1950 and lit
again by the harbour council in 2004 after a long repair.
"""


def _pair(gap: float, first: str, second: str) -> str:
    retriever = Chatbot.from_text(SHORT, cache=False).retriever
    sentences = retriever.sentences_
    scores = np.zeros(len(sentences))
    for text, score in ((first, 5.0), (second, 5.0 - gap)):
        scores[next(i for i, s in enumerate(sentences) if s.text.startswith(text))] = score
    return answer_text(sentences, np.arange(len(sentences)), scores, np.argsort(-scores),
                       0.75, retriever.read("what left the harbour?"))


def test_a_short_pair_joins_within_the_wide_margin_and_a_long_one_does_not() -> None:
    gap = (0.75 + WIDE_MARGIN) / 2
    pair = "The ferry left at noon. The barge left at dawn."
    assert _pair(gap, "The ferry", "The barge") == pair and len(pair) < SHORT_PAIR
    assert _pair(gap, "The ferry", "The town") == "The ferry left at noon."
    assert _pair(WIDE_MARGIN + 0.1, "The ferry", "The barge") == "The ferry left at noon."


ROUNDS = """Notes

Talks

The 1st round was held on 3 May 2012. The 3rd round was held on 1 July 2016.

Ferry

The ferry service was launched in 1987 from Pier Four, with two boats.
"""


def test_a_dated_best_sentence_takes_no_further_dated_runner_up() -> None:
    bot = Chatbot.from_text(ROUNDS, cache=False)
    retriever = bot.retriever
    sentences = retriever.sentences_
    scores = np.zeros(len(sentences))
    scores[0], scores[1] = 5.0, 5.0 - (0.75 + WIDE_MARGIN) / 2
    query = retriever.read("when was the 1st round held?")
    text = answer_text(sentences, np.arange(len(sentences)), scores, np.argsort(-scores), 0.75,
                       query)
    assert text == "The 1st round was held on 3 May 2012."
    untyped = retriever.read("what happened in the 1st round?")
    assert "1 July 2016" in answer_text(sentences, np.arange(len(sentences)), scores,
                                        np.argsort(-scores), 0.75, untyped)
