"""Follow-ups whose answer is in the last answer itself, follow-ups whose subject is the
last turn's however many words they have, and remarks between turns, on a toy document
(``bot.answering.followups.within``)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.own_subject import common_names, document_names, leans_only
from bot.answering.followups.restated import with_one
from bot.answering.followups.within import answer_within, is_list
from bot.language.answer_type import expected_type
from conftest import last_answer

DOC = """Ties

Sylvania and Freedonia opened consulates in 1994.

Since 2020, Marta Oyelaran is the consul of Sylvania in Port Vell.

Bodies

The Harbour Board was set up in Velm with the help of Freedonia.
Its president is Ivo Lenk (Green; Velm); the vice-president is Rosa Pell (Blue; Ostberg).

The Rye Forum was opened on 14 June 2018 in Ostberg by the Minister of Farming, Dana Voss.
Dana Voss also met the mayors of the coastal towns.

Firms

In recent years, firms such as Tolle, Brik, Amsel and Vanta have opened offices in Velm.

The Velm trade fair of 2017 was attended by Mayor Olga Brandt.

Vanta launched a shop in Brik in 2016. Tolle pays its staff well.

At the 3rd Forum in Ostberg, it was agreed to start four schemes: river cleaning; seed
banks; rail freight; border policing.

Travel

Visits without a visa for up to 60 days since 2019 are a positive factor for the growth of
tourism in Freedonia.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize(("turns", "expected"), [
    # the last answer holds a date finer than the question gave
    (["what was opened in ostberg in june 2018?", "which day exactly?"], "14 June 2018"),
    # the last answer names another person
    (["who is the vice-president of the harbour board?", "who else runs it?"], "Ivo Lenk"),
    # who helped: the last answer names the helper, in other words than the question's
    (["what is the harbour board?", "who helped set it up?"], "Freedonia"),
    # why: the last answer gives a purpose
    (["can you visit freedonia without a visa?", "why does that matter?"], "tourism"),
    # what else, which one: the last answer is a list
    (["which firms opened offices in velm?", "any others?"], "Vanta"),
    (["did tolle open an office in velm?", "which other sylvanian firms did?"], "Vanta"),
    (["what schemes were agreed at the 3rd forum?", "which one deals with security?"],
     "border policing"),
    # a fragment naming nothing of its own asks about the last answer's event, not
    # another one it happens to fit ("attended" is in another passage)
    (["when was the rye forum opened?", "who attended?"], "Dana Voss"),
    # the last answer names no one surely; the sentence after it in its passage does
    (["what is the harbour board?", "who runs it?"], "Ivo Lenk"),
    # nothing new but a pointer: it asks about the last answer's event, not another one
    (["who launched the rye forum?", "how did they launch it?"], "14 June 2018"),
])
def test_a_follow_up_the_last_answer_already_answers_gets_that_answer(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    assert expected in last_answer(bot, turns)


@pytest.mark.parametrize(("turns", "expected"), [
    # "he" names no one of its own: it is the person the last turn asked about
    (["who is dana voss?", "what did he open?"], "Rye Forum"),
    # a small-talk turn in between does not cut the thread
    (["who is marta oyelaran?", "good to know", "since when?"], "2020"),
])
def test_a_pointer_with_no_subject_of_its_own_keeps_the_last_subject(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    assert expected in last_answer(bot, turns)


@pytest.mark.parametrize(("turns", "expected"), [
    # a whole new question that merely holds "his" names its own person
    (["which firms opened offices in velm?", "who did minister dana voss meet after his visit?"],
     "mayors"),
    # a topic shift with no pointer at all
    (["who is the president of the harbour board?",
      "for how many days can you visit without a visa?"], "60 days"),
])
def test_a_self_contained_question_does_not_inherit_the_last_answer(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    assert expected in last_answer(bot, turns)


def test_a_follow_up_the_last_answer_does_not_speak_of_is_not_answered_from_it(
        bot: Chatbot) -> None:
    conversation = bot.conversation()
    conversation.ask("when was the rye forum opened?")
    assert "Rye Forum" not in conversation.ask("who paid for it?").text


def test_a_new_question_with_words_the_document_lacks_is_not_read_with_the_last_turn(
        bot: Chatbot) -> None:
    conversation = bot.conversation()
    conversation.ask("who is marta oyelaran?")
    assert "Oyelaran" not in conversation.ask("When did Sylvania join the United Nations?").text


@pytest.mark.parametrize("remark", ["good to know", "nice to know", "good to hear",
                                    "makes sense", "got it", "noted"])
def test_an_acknowledgement_is_neither_a_greeting_nor_a_goodbye(bot: Chatbot,
                                                                remark: str) -> None:
    reply = bot.ask(remark)
    assert reply.kind == "intent" and reply.intent == "thanks"


def test_the_document_s_own_names_are_read_once_and_exclude_its_common_subject() -> None:
    text = "\n\n".join(["Sylvania met Freedonia in Velm.", "Sylvania and Freedonia signed a pact.",
                        "Sylvania hosted Ivo Lenk in May.", "The meeting in Sylvania was long.",
                        "A meeting of Freedonia and Sylvania."])
    retriever = Chatbot.from_text(text, cache=False).retriever
    document, index = retriever.document_, retriever.passage_index_
    names = document_names(document, index)
    assert {"velm", "ivo", "lenk"} <= names
    assert "sylvania" not in names  # in every passage: the document's own subject
    assert "sylvania" in common_names(document, index)
    assert "may" not in names and "meet" not in names
    assert document_names(document, index) is names  # read once per document


@pytest.mark.parametrize(("question", "leaning"), [
    ("what ceremony did he attend?", True),
    ("and when did the board open one?", True),
    ("when did the president make his visit?", False),  # "his": the president's
    ("what did ivo lenk sign on his trip?", False),  # a name of the document
    ("what visa regime is there and how long does it last?", False),  # "it" within
])
def test_a_question_leans_only_when_it_names_no_subject_of_its_own(
        question: str, leaning: bool) -> None:
    own = {"ivo", "lenk"} & set(question.split())
    assert leans_only(question, own, {"ivo", "lenk", "velm"}) is leaning


@pytest.mark.parametrize(("sentence", "listing"), [
    ("Firms such as Tolle, Brik, Amsel and Vanta opened offices.", True),
    ("Schemes: river cleaning; seed banks; rail freight.", True),
    ("Harvard, MIT, Yale, etc.", True),
    ("On June 14, 2018, the Minister of Farming, Dana Voss, opened it.", False),
    ("The board met in Velm.", False),
])
def test_a_list_is_three_short_items_or_more_dates_aside(sentence: str,
                                                          listing: bool) -> None:
    assert is_list(sentence) is listing


@given(st.text(max_size=60), st.text(max_size=60), st.text(max_size=60))
def test_answer_within_never_fails_on_any_text(question: str, before: str, part: str) -> None:
    for found in (None, part):
        assert answer_within((question, question, set(question.split()), 2),
                             (before, part, "", part),
                             found) in (None, part)


@pytest.mark.parametrize(("question", "kind"), [
    ("which cities did she visit?", "place"),
    ("what countries took part?", "place"),
    ("what was their total value?", "number"),
    ("what is the price of it?", "number"),
])
def test_a_follow_up_s_words_name_the_kind_of_answer_it_wants(question: str,
                                                               kind: str) -> None:
    assert expected_type(question) == kind


@pytest.mark.parametrize(("correction", "last", "read"), [
    ("and the french one instead", "when was the german embassy opened?",
     "and the french embassy opened instead"),
    ("and the one in may instead", "when did the grain council meet?",
     "and the grain council meet in may instead"),
    ("and one year later instead", "when was the pact signed?", "and one year later instead"),
    ("and the 4th one instead", "when did the 2nd council meet in may 2018?",
     "and the 4th council meet instead"),
    ("and imports instead", "how much were exports?", "and imports instead"),
])
def test_a_correction_s_one_stands_for_what_the_last_question_asked_about(
        correction: str, last: str, read: str) -> None:
    assert with_one(correction, last) == read
