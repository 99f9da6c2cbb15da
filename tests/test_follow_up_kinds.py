"""Follow-ups by kind, on a toy document: a contrast asks for the other member of a pair, a
question that points back but names its own subject is answered as asked fresh, and a
pointer that small talk would catch still leans on the last answer."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.follow_words import is_contrast, leans, points, without_contrast
from bot.answering.followups.followup import alone_is_surer, holds_more
from bot.answering.followups.part import answering_part
from conftest import last_answer

DOC = """Missions

1994 - the embassy of Freedonia is opened in Sylvania.

1996 - the embassy of Sylvania is opened in Freedonia.

Since 2019, Anna Berg is the ambassador of Freedonia to Sylvania.
She also opened a trade office in Ostberg in 2020.

Since 2021, Tomas Kell is the ambassador of Sylvania to Freedonia.

Trade

In 2019, Freedonia sold goods worth 1.1 billion dollars to Sylvania and bought goods
worth 3.1 billion dollars from Sylvania.

Of the 120 schools of Freedonia, 70 are small, 30 medium and 20 large.

Pacts

The Grain Pact between the two countries was signed in Ostberg in 2015, at a ceremony
attended by Minister Lena Holt.
It covers wheat, barley and rye.

The Grain Council met in Velm on 4 May 2018 and agreed to lower the tariffs on oats.

Sport

The Harbour Games opened with a ceremony attended by Mayor Ruth Kline.

The Harbour Games took place in 2016 and were held again in 2020; it happened in Velm.

Travel

Citizens of Freedonia may visit Sylvania without a visa for up to 45 days.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize(("turns", "expected"), [
    # the contrast names the other member: the last answer's sentence is not it
    (["When was the embassy of Freedonia in Sylvania opened?",
      "and the Sylvanian one in Freedonia?"], "1996"),
    (["Who is the ambassador of Freedonia to Sylvania?",
      "and the one of Sylvania to Freedonia?"], "Tomas Kell"),
    # "the other direction" names nothing: the last answer's sentence holds it
    (["How much did Freedonia sell to Sylvania in 2019?", "and the other direction?"],
     "3.1 billion"),
    (["How much did Freedonia sell to Sylvania in 2019?", "vice versa?"], "3.1 billion"),
    # a contrast within a last answer that lists several counts
    (["How many small schools are there in Freedonia?", "and the large ones?"], "20 large"),
])
def test_a_contrast_asks_for_the_other_member_of_the_pair(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    assert expected in last_answer(bot, turns)


@pytest.mark.parametrize(("turns", "expected"), [
    # a short question that names too little of its own subject
    (["When was the Grain Pact signed?", "who attended the ceremony?"], "Lena Holt"),
    (["Who is the ambassador of Sylvania to Freedonia?", "since when?"], "2021"),
    # "what else" asks for another answer than the last one
    (["Who is the ambassador of Freedonia to Sylvania?", "what else did she do?"],
     "trade office"),
])
def test_an_implicit_follow_up_leans_on_the_last_answer(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    assert expected in last_answer(bot, turns)


@pytest.mark.parametrize("follow_up", ["when did it take place?", "when was that held?",
                                       "when did this happen?"])
def test_when_or_where_an_event_happened_is_asked_of_the_last_answer(
        bot: Chatbot, follow_up: str) -> None:
    assert "4 May 2018" in last_answer(bot, ["What did the Grain Council agree?", follow_up])


@pytest.mark.parametrize(("turns", "expected"), [
    # "its" and "they" inside whole questions about another subject
    (["Who is the ambassador of Sylvania to Freedonia?",
      "how many days can citizens of Freedonia stay in Sylvania without a visa, and "
      "what do they need?"], "45 days"),
    (["How much did Freedonia sell to Sylvania in 2019?",
      "where was the Grain Pact signed, and in what year did they sign it?"], "Ostberg"),
])
def test_a_whole_question_with_a_pronoun_is_answered_as_asked_fresh(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    assert expected in last_answer(bot, turns)


def test_a_pointer_that_small_talk_would_catch_leans_on_the_last_answer(bot: Chatbot) -> None:
    assert "barley" in last_answer(bot, ["When was the Grain Pact signed?",
                                         "what does it cover?"])


@pytest.mark.parametrize("remark", ["i see", "that makes sense", "wow, that's a lot",
                                    "perfect", "thanks, that's it"])
def test_a_remark_between_turns_is_not_answered_and_the_follow_up_still_leans(
        bot: Chatbot, remark: str) -> None:
    conversation = bot.conversation()
    conversation.ask("When was the Grain Pact signed?")
    assert conversation.ask(remark).kind != "answer"
    assert "barley" in conversation.ask("and what does it cover?").text


@pytest.mark.parametrize(("first", "follow_up"), [
    ("Who is the ambassador of Freedonia to Sylvania?", "what about Brazil?"),
    ("How much did Freedonia sell to Sylvania in 2019?", "and trade with china?"),
    ("Who is the ambassador of Freedonia to Sylvania?", "how old is she?"),
])
def test_a_follow_up_about_what_the_last_turn_is_not_is_not_answered_from_it(
        bot: Chatbot, first: str, follow_up: str) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    assert conversation.ask(follow_up).kind != "answer"


def test_a_follow_up_in_other_words_is_answered_when_the_answer_holds_what_it_asks(
        bot: Chatbot) -> None:
    turns = ["Can citizens of Freedonia visit Sylvania without a visa?", "how long can they stay?"]
    assert "45 days" in last_answer(bot, turns)


@pytest.mark.parametrize(("question", "leaning", "pointing"), [
    ("is there cooperation in education too?", False, False),   # existential "there"
    ("there are visas for how long?", False, False),
    ("what was signed there?", True, True),                       # "there": a place named
    ("and imports?", True, False),
    ("vice versa?", True, False),
    ("who chairs the caucus?", False, False),
])
def test_an_existential_there_points_nowhere(question: str, leaning: bool,
                                             pointing: bool) -> None:
    assert leans(question) is leaning
    assert points(question) is pointing


@pytest.mark.parametrize(("question", "contrast", "read_as"), [
    ("and the other direction?", True, "and the other ?"),
    ("the opposite way round?", True, "the other ?"),
    ("and the Sylvanian one?", True, "and the Sylvanian one?"),
    ("which one of the ministers signed it?", False, "which one of the ministers signed it?"),
    ("who else attended the other meeting in the capital in 2019?", False,
     "who else attended the other meeting in the capital in 2019?"),
])
def test_contrast_words_name_no_subject(question: str, contrast: bool, read_as: str) -> None:
    assert is_contrast(question) is contrast
    assert without_contrast(question) == read_as


@pytest.mark.parametrize(("alone", "with_context", "known", "surer"), [
    (0.88, 0.62, 6, True),    # a whole question, clearly surer on its own
    (0.95, 0.96, 1, False),   # "when was it launched?": too few words to stand alone
    (0.80, 0.70, 6, False),   # not surer by enough
    (0.60, None, 4, True),    # the follow-up reading found nothing
    (None, 0.50, 9, False),   # no answer on its own
])
def test_a_question_keeps_its_own_answer_only_when_clearly_surer(
        alone: float | None, with_context: float | None, known: int, surer: bool) -> None:
    assert alone_is_surer(alone, with_context, known) is surer


@pytest.mark.parametrize(("question", "answer", "answer_type", "span", "more"), [
    ("how many schools are small?", "Of 120 schools, 70 are small and 20 large.", "number",
     "70", True),
    ("when did the embassy open?", "The embassy opened on May 2, 1994.", "date",
     "May 2, 1994", False),
    ("who is the ambassador?", "Anna Berg is the ambassador of Freedonia.", "person",
     "Anna Berg", False),   # names are not counted
    ("how many schools are small?", "Of 120 schools, 70 are small.", "number", None, False),
])
def test_a_last_answer_holds_more_when_it_gives_another_date_or_number(
        question: str, answer: str, answer_type: str, span: str | None, more: bool) -> None:
    assert holds_more(question, answer, answer_type, span) is more


GLUED = "The Grain Pact was signed in Ostberg in 2015. The Harbour Games opened in 2016."
READ_ON = "The Council meets every year. The last meeting was held in Ostberg in 2019."


@pytest.mark.parametrize(("answer", "question", "span_start", "part"), [
    # the answering words say which sentence answered
    (GLUED, "when did the games open?", GLUED.index("2016"),
     "The Harbour Games opened in 2016."),
    # no answering words: the sentence closest to the question
    (GLUED, "where was the grain pact signed?", None,
     "The Grain Pact was signed in Ostberg in 2015."),
    # a sentence that continues the one before keeps it
    (READ_ON, "when did the council last meet?", READ_ON.index("2019"), READ_ON),
    (READ_ON, "when did the council last meet?", None, READ_ON),
    ("One sentence only.", "anything?", None, "One sentence only."),
])
def test_a_follow_up_leans_on_the_part_of_the_last_answer_that_answered(
        answer: str, question: str, span_start: int | None, part: str) -> None:
    assert answering_part(answer, question, span_start) == part


FRAGMENTS = ["and", "the other", "one", "vice versa", "what else", "?", "it", "there", "since when",
             "what about", "China", "how old", "thanks", "i see", "that", "direction", " "]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.text(max_size=40),
                          st.lists(st.sampled_from(FRAGMENTS), max_size=5).map(" ".join)),
                max_size=3))
def test_any_follow_ups_get_valid_replies_and_never_raise(bot: Chatbot, turns: list[str]) -> None:
    conversation = bot.conversation()
    conversation.ask("How much did Freedonia sell to Sylvania in 2019?")
    for turn in turns:
        reply = conversation.ask(turn)
        assert reply.kind in ("answer", "intent", "fallback") and reply.text
        assert 0.0 <= reply.confidence <= 1.0
