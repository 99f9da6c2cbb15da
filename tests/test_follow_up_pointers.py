"""Follow-ups that point back in other ways, on a toy document: "there" is the place the last
answer gave; a contrast that names nothing, or a question asking the same kind of thing
again, wants another answer than the last; an opening "and" or "whereas" is no part of
what is asked; "later that year" points to a time, not to a subject; and words that only
ask what a thing holds, over what period, where a person works or when a thing came to be
name no subject."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.follow_words import (
    is_contrast,
    leans,
    plain_opening,
    points,
    with_asking_words,
    with_place,
    without_opener,
)
from bot.answering.followups.followup import (
    ANSWER,
    NOTHING,
    SUBJECT,
    answered_before,
    asks_another,
    holds_more,
)
from bot.answering.followups.readings import near_miss
from bot.answering.followups.restated import place_named
from bot.reply import Explanation, Reply
from conftest import last_answer

DOC = """Missions

1994 - the embassy of Freedonia is opened in Sylvania.

1996 - the embassy of Sylvania is opened in Freedonia.

Since 2019, Anna Berg is the ambassador of Freedonia to Sylvania.

Since 2021, Tomas Kell is the ambassador of Sylvania to Freedonia.

Meetings

The first river summit was held on 3 March 2015 in Velm.

In 2016, the Harbour Forum opened a permanent office in Velm.

The Trade Office of Freedonia was opened in Tarn in 2013.

The Salt Bank was established in Velm on 5 May 2011. Its opening ceremony was led by Mayor
Ruth Kline of Freedonia.

The Grain Fair of 2014 was attended by farmers from both countries.

Freedonia closed its northern ports in 2019 in order to protect the wild salmon.

The reports of the Harbour Forum cover fishing and shipping, and its work is funded by both
countries.

Pacts

The Salt Treaty came into force on 2 April 2014. It covers the trade in salt, pepper and rock
crystal.

Mira Holt, a senior adviser at the Ministry of Waters of Freedonia, signed the Salt Treaty.

In 2019, Freedonia sold goods worth 1.1 billion crowns to Sylvania and bought goods worth 3.1
billion crowns from Sylvania.

The Grain Council spent 40 million crowns between 2012 and 2016. The Salt Treaty runs for a
period of ten years.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


def test_there_is_the_place_the_last_answer_gave(bot: Chatbot) -> None:
    # Velm, not Tarn, though "The Trade Office … was opened" matches the words better.
    assert "Velm" in last_answer(bot, ["where was the first river summit held?",
                                 "which office was opened there?"])


def test_there_is_a_place_the_last_answer_named_whatever_it_was_asked(bot: Chatbot) -> None:
    assert "Velm" in last_answer(bot, ["when was the first river summit?",
                                 "which office was opened there?"])


def test_when_it_was_opened_is_asked_of_the_thing_pointed_to(bot: Chatbot) -> None:
    # "opened" is in other passages; the bank was "established".
    assert "5 May 2011" in last_answer(bot, ["where is the salt bank?", "when was it opened?"])


@pytest.mark.parametrize("second", ["what about the reverse?", "and the other way round?"])
def test_a_contrast_naming_nothing_is_not_answered_with_the_same_person(
        bot: Chatbot, second: str) -> None:
    assert "Tomas Kell" in last_answer(bot, ["who is the ambassador of freedonia to sylvania?",
                                       second])


@pytest.mark.parametrize("second", ["and his counterpart?", "and her sylvanian counterpart?"])
def test_a_counterpart_is_the_other_member_of_the_pair(bot: Chatbot, second: str) -> None:
    assert "Tomas Kell" in last_answer(bot, ["who is the ambassador of freedonia to sylvania?",
                                       second])


def test_vice_versa_is_not_the_sentence_that_answered(bot: Chatbot) -> None:
    # The first reply shows both embassies; the one that answered is the 1994 one.
    assert "1996" in last_answer(bot, ["when did freedonia open its embassy?", "vice versa?"])


def test_an_untyped_answer_may_hold_the_other_direction(bot: Chatbot) -> None:
    assert "3.1 billion" in last_answer(bot, ["what were freedonia's sales to sylvania worth?",
                                        "the other direction?"])


@pytest.mark.parametrize(("first", "wanted"), [
    ("who is the ambassador of freedonia to sylvania?", "Tomas Kell"),
    ("whos the ambassador of freedonia to sylvania", "Tomas Kell"),
    ("when was the embassy of freedonia opened?", "1996")])
def test_and_with_another_subject_asks_the_same_question_of_it(
        bot: Chatbot, first: str, wanted: str) -> None:
    assert wanted in last_answer(bot, [first, "and sylvania's?"])


def test_the_same_kind_of_question_again_asks_for_another_answer(bot: Chatbot) -> None:
    # No contrast word: "who … ?" after "who … ?" asks for another person.
    assert "Tomas Kell" in last_answer(bot, ["who is the ambassador of freedonia to sylvania?",
                                       "who represents sylvania in freedonia?"])


@pytest.mark.parametrize(("first", "second", "kept"), [
    ("who is the ambassador of freedonia to sylvania?", "who is she?", "Anna Berg"),
    ("when did the salt treaty come into force?", "when exactly?", "2 April 2014")])
def test_the_same_kind_of_question_naming_nothing_asks_about_the_last_answer(
        bot: Chatbot, first: str, second: str, kept: str) -> None:
    assert kept in last_answer(bot, [first, second])


def test_a_short_question_the_last_answer_already_answers_is_about_it(bot: Chatbot) -> None:
    # "attended" is only in the Grain Fair sentence; the opening named who took part.
    assert "Ruth Kline" in last_answer(bot, ["when did the salt bank open?", "thanks",
                                       "who attended from freedonia?"])


@pytest.mark.parametrize(("alone", "with_context", "question", "about_it"), [
    (0.85, "Since then, Dr Omar Vale has run it.", "who runs it now?", True),
    (0.95, "Since then, Dr Omar Vale has run it.", "who runs it now?", False),  # sure alone
    (None, "The bank opened in 2011.", "who runs it now?", False),   # no new person
    (0.85, "Omar Vale is the mayor of Tarn.", "who runs it now?", False),  # not the last one
    (0.85, "Since then, Dr Omar Vale has run it.", "what happened?", False)])  # untyped
def test_answered_before_needs_the_last_answer_to_hold_what_is_asked(
        alone: float | None, with_context: str, question: str, about_it: bool) -> None:
    last = ("when did the bank open?", "The bank opened in 2011. Since then, Dr Omar Vale "
            "has run it.")
    assert answered_before(alone, with_context, last, question) is about_it


def test_what_it_covers_is_asked_of_the_last_answer(bot: Chatbot) -> None:
    # "cover" is also in another passage; it asks what the treaty holds, not about reports.
    assert "pepper" in last_answer(bot, ["when did the salt treaty come into force?",
                                   "what does it cover?"])


def test_over_what_period_is_asked_of_the_last_answer(bot: Chatbot) -> None:
    # "period" is in the next sentence, which is about the treaty, not the spending.
    assert "between 2012 and 2016" in last_answer(bot, ["how much did the grain council spend?",
                                                  "over what period?"])


def test_where_she_works_is_asked_of_the_last_answer(bot: Chatbot) -> None:
    assert "Ministry of Waters" in last_answer(bot, ["who signed the salt treaty?",
                                               "where does she work?"])


@pytest.mark.parametrize("why", ["why?", "and why?", "Why"])
def test_a_bare_question_word_asks_about_the_last_answer(bot: Chatbot, why: str) -> None:
    # On its own "why?" reads like a greeting ("hi"); after an answer it asks about it.
    assert "salmon" in last_answer(bot, ["what did freedonia close in 2019?", why])


def test_a_question_about_his_name_is_not_about_the_bot(bot: Chatbot) -> None:
    # "what is your name?" asks the bot; "his" points to the person of the last answer.
    assert "Ruth Kline" in last_answer(bot, ["who led the opening ceremony of the salt bank?",
                                       "what is her name?"])


def test_a_topic_shift_marker_is_no_part_of_the_question(bot: Chatbot) -> None:
    assert "40 million" in last_answer(bot, ["who signed the salt treaty?",
                                       "moving on, how much did the grain council spend?"])


@pytest.mark.parametrize(("confidence", "unmet", "question", "near"), [
    (0.6, ("2018",), "what did they adopt in 2018?", True),  # "doesn't give 2018 …"
    (0.0, ("2018",), "what did they adopt in 2018?", False),  # found nothing, asks more
    (0.0, ("2021",), "and in 2021?", True),  # found nothing, asks only another year
    (0.6, (), "what did they adopt in 2018?", False)])
def test_a_near_miss_names_what_the_document_lacks(
        bot: Chatbot, confidence: float, unmet: tuple[str, ...], question: str,
        near: bool) -> None:
    reply = Reply("fallback", "…", None, confidence,
                  explanation=Explanation("retrieval", threshold=0.2, unmet=unmet))
    assert near_miss(reply, bot.retriever.terms, question) is near


def test_place_named_skips_places_the_question_names_and_months() -> None:
    answer = "The talks in Velm ended in March, and the office opened in New York."
    assert place_named(answer, "where did the talks in velm end?") == "New York"
    assert place_named("It was signed in 2014.", "when?") is None
    assert place_named("They met in Washington D.C.", "where?") == "Washington D.C"


def test_with_place_keeps_the_preposition_and_leaves_an_existential_there() -> None:
    assert with_place("what opened there?", "Velm") == "what opened in Velm?"
    assert with_place("who came from there?", "Velm") == "who came from Velm?"
    assert with_place("is there a fee?", "Velm") == "is there a fee?"


@given(st.text(alphabet="abcdefghij ?,", max_size=30))
def test_with_place_changes_nothing_without_there(question: str) -> None:
    assert with_place(question, "Velm") == question


@pytest.mark.parametrize(("follow_up", "asked"), [
    ("and sylvania's?", "who sylvania's?"), ("and the co-chair?", "who the co-chair?"),
    ("and in 2021?", "and in 2021?"),   # another time: asks what the last answer gave
    ("and who opened it?", "and who opened it?")])
def test_and_with_a_subject_is_asked_with_the_last_question_words(
        follow_up: str, asked: str) -> None:
    assert with_asking_words(follow_up, "who is the ambassador?") == asked


@pytest.mark.parametrize(("message", "plain"), [
    ("wat about imports", "what about imports"), ("whos the envoy?", "who is the envoy?"),
    ("n when was it signed", "and when was it signed"), ("wat", "wat"),
    ("when was it?", "when was it?")])
def test_plain_opening_writes_out_chat_spellings_of_the_first_words(
        message: str, plain: str) -> None:
    assert plain_opening(message) == plain


@pytest.mark.parametrize(("question", "asked"), [
    ("and when were ties set up?", "when were ties set up?"),
    ("But who signed it?", "who signed it?"),
    ("ok so where was it held?", "where was it held?"),
    ("and the other one?", "and the other one?"),
    ("andorra: when?", "andorra: when?"),
])
def test_without_opener_drops_linking_words_before_a_question_word(
        question: str, asked: str) -> None:
    assert without_opener(question) == asked


@pytest.mark.parametrize("question", ["whereas the US side?", "compared with Sylvania?",
                                      "Versus imports?", "in contrast, the large ones?"])
def test_an_opening_that_sets_the_question_against_the_last_is_a_contrast(
        question: str) -> None:
    assert is_contrast(question) and leans(question)


def test_a_time_pointer_leans_but_points_to_no_subject() -> None:
    question = "and who headed the delegation later that summer?"
    assert leans(question) and not points(question)
    assert points("who headed it later that summer?")


def test_a_contrast_naming_nothing_avoids_the_last_answer_unless_it_holds_more() -> None:
    assert asks_another("what about the reverse?", 0, holds_more=False) == ANSWER
    assert asks_another("what about the reverse?", 0, holds_more=True) == NOTHING
    assert asks_another("and the Kazakh one?", 2, holds_more=False) == SUBJECT
    assert asks_another("who represents them?", 2, False, same_kind=True) == ANSWER
    assert asks_another("who represents them?", 2, False) == NOTHING


def test_holds_more_counts_a_second_person_only_when_asked() -> None:
    two = "Its chair is Ann Lee; the co-chair is Bob Stone."
    assert holds_more("who chairs it?", two, "person", "Ann Lee", people=True)
    assert not holds_more("who chairs it?", two, "person", "Ann Lee")
    counts = "Of 500 firms, 443 are small, 23 medium and 30 large."
    assert holds_more("how many are large?", counts, "number", None)
    assert not holds_more("how many firms?", "There are 500 firms.", "number", None)
    one = "Since 2019, Anna Berg is the ambassador of Freedonia to Sylvania."
    assert not holds_more("who is the ambassador?", one, "person", "Anna Berg", people=True)


@pytest.mark.parametrize("question", ["what does it cover?", "where does she work?",
                                      "over what period?", "what does it include?",
                                      "when was it opened?", "when was it founded?"])
def test_words_that_only_ask_name_no_subject(bot: Chatbot, question: str) -> None:
    assert not bot.retriever.read(question).telling


@pytest.mark.parametrize(("question", "subject"), [
    ("what does the salt treaty cover?", "salt"), ("what did Mira work as?", "work"),
    ("who opened the office?", "open"), ("who helped establish it?", "establish")])
def test_a_post_or_origin_verb_names_the_subject_unless_it_asks_where_or_when_of_a_pointer(
        bot: Chatbot, question: str, subject: str) -> None:
    assert any(t.startswith(subject[:3]) for t in bot.retriever.read(question).telling)
