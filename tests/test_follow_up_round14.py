"""Follow-ups whose answer is the sentence that answered last time, on a toy document
(``bot.answering.followups.within`` and ``typed``): a "there" read as the last answer's
place still points to that answer, a "who…?" tie between a weakly offered name there and
one elsewhere goes to the last answer, and a "who did he meet?" is answered by the
sentence that names both, not the next one that names a document; and a follow-up is
never reworded into a word its passage only has as a name ("March")."""

import pytest

from bot import Chatbot
from bot.answering.followups.readings import reworded
from bot.answering.followups.roles import names_surely
from bot.answering.followups.typed import points_here
from conftest import last_answer

DOC = """Councils

The Lake Council met on April 3, 2019, in Port Vell, which was attended by the ministers
of the river states and the Sylvanian Deputy Minister of Roads, Ilse Marrow-Quint, during
which plans for a new ferry were discussed.

The 2nd Lake Council met on May 9, 2017, in Port Vell, which was attended by the Sylvanian
Minister of Roads, Petr Okonkwo.

March 2, 2010 – a trade office of Sylvania is opened in Port Vell.

Grain

Sylvania is the second largest buyer of Freedonian grain after Ostland.

Talks

First talks of Sylvania and Freedonia on a grain pact were held in Velm. Ann Roe
represents Freedonia at the Grain Board.

Power

Freedonia and Sylvania work together on power. During the visit of the Sylvanian power
delegation to the Velm Fair, led by the Deputy Minister of Power Jon Halloran-Vesk on
June 12, 2016, a meeting was held with the Freedonian Minister of Power Tamsin Oduya.
The Joint Memorandum by Co-Chairs of the Freedonian - Sylvanian Power Forum was
signed at the meeting. According to the memorandum, the sides agreed to deepen work on
solar power and grids.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize(("turns", "expected"), [
    # "there" is the last answer's place, and the person asked is in that answer, though
    # another passage names someone at that place too
    (["what happened at the lake council in april 2019?", "who represented sylvania there?"],
     "Ilse Marrow-Quint"),
    # a small-talk turn in between does not cut the thread
    (["what happened at the lake council in april 2019?", "great, thanks",
      "who represented sylvania there?"], "Ilse Marrow-Quint"),
    # the last answer names whom he met; the next sentence only names a document
    (["who led the sylvanian power delegation to the velm fair?",
      "who did he meet from the freedonian side"], "Tamsin Oduya"),
    # "second … after X" names the first, though "first" is a word of another sentence
    (["who is the second largest buyer of freedonian grain?", "who's first?"], "Ostland"),
])
def test_a_follow_up_the_last_answer_already_answers_gets_that_answer(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    assert expected in last_answer(bot, turns)


def test_a_there_with_a_time_of_its_own_asks_of_another_event(bot: Chatbot) -> None:
    turns = ["where did the lake council meet in april 2019?",
             "who from sylvania attended the one held there in may 2017?"]
    assert "Petr Okonkwo" in last_answer(bot, turns)


@pytest.mark.parametrize(("question", "pointed", "new", "expected"), [
    ("who represented them in Port Vell?", True, 1, True),
    ("who represented them in Port Vell?", False, 1, False),  # the user named the place
    ("who represented them in Port Vell?", True, 2, False),  # words of its own
    ("who went to the one in Port Vell in 2017?", True, 1, False),  # another time
    ("who went to the one in Port Vell in April 2019?", True, 1, True),  # the answer's time
])
def test_a_there_read_as_the_last_place_points_to_the_last_answer(
        question: str, pointed: bool, new: int, expected: bool) -> None:
    part = "The Council met on April 3, 2019, in Port Vell, with Ann Roe."
    assert points_here(question, part, pointed, new) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("a meeting was held with the Minister of Power Tamsin Oduya.", True),
    ("The Joint Memorandum of the Power Forum was signed at the meeting.", False),
    ("It was signed by Jon Halloran-Vesk.", False),  # named before
])
def test_a_person_is_named_surely_by_a_name_that_is_no_english_words(
        text: str, expected: bool) -> None:
    assert names_surely(text, {"jon", "halloran", "vesk", "halloran-vesk"}) is expected


def test_a_follow_up_is_not_reworded_into_a_word_its_passage_has_only_as_a_name(
        bot: Chatbot) -> None:
    passage = "The council met on March 8, 2016. The sides discussed the ferry."
    changed = reworded("did they decide anything about a neighbouring town?", passage,
                       bot.retriever.terms)
    assert changed is None or "march" not in changed.lower()
    talked = reworded("what did they talk about?", passage, bot.retriever.terms)
    assert talked is not None and "discuss" in talked
