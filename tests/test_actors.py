"""Who did it: a question about what one country did is not answered by a sentence in
which another country did it; naming both, or the right one, still finds the answer."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.actors import other_actor, other_people

DOC = """Pacts

Treaties

On March 3, 2011, Norway ratified the Salt Convention of 1950.

Portugal signed the Fishing Accord with Norway on June 9, 2014.

Washington recognised the new government in 2012.
"""


@pytest.mark.parametrize(("question", "sentence", "other"), [
    ("when did chile ratify the salt convention",
     "On March 3, 2011, Norway ratified the Salt Convention of 1950.", True),
    ("when did norway ratify the salt convention",
     "On March 3, 2011, Norway ratified the Salt Convention of 1950.", False),
    ("when did norway and portugal sign the accord",
     "Portugal signed the Fishing Accord with Norway.", False),
    ("which chilean cities did the minister visit",  # a place's noun, not a doer
     "The minister visited Norway and Portugal.", False),
    ("when did the us recognise the government",  # "Washington" may stand for a country
     "Washington recognised the new government in 2012.", False),
])
def test_another_country_doing_it_is_no_answer(question: str, sentence: str,
                                               other: bool) -> None:
    assert bool(other_actor(question, sentence)) is other


def test_the_bot_declines_a_swapped_doer_and_answers_the_right_one() -> None:
    bot = Chatbot.from_text(DOC)
    assert bot.ask("when did chile ratify the salt convention").kind == "fallback"
    reply = bot.ask("when did norway ratify the salt convention")
    assert reply.kind == "answer" and "2011" in reply.text


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    ("how long can french students stay without a visa",
     "Since 2015, German students may stay for up to 90 days without a visa.",
     ["the case of french students"]),
    ("how many french firms work in norway",
     "About 40 German firms work in Norway.", ["the case of french firms"]),
    ("what were us exports to norway worth", "Exports from Norway to the US reached 5 "
     "million euros; imports from the US reached 9 million euros.", []),
    ("how long can french students stay without a visa",
     "Since 2015, French and German students may stay for up to 90 days.", []),
    ("how many french firms work in norway", "About 40 firms work in Norway.", []),
    ("how much did exports to france amount to", "Trade with Germany amounted to 5 "
     "million euros.", []),
    ("are french students exempt from the visa",
     "German students may stay for up to 90 days without a visa.", []),
    ("how long can russians stay without a visa",  # a people's name as a noun
     "Since 2015, German citizens may stay for up to 90 days.", ["the case of russians"]),
    ("how long can germans stay without a visa",
     "Since 2015, German citizens may stay for up to 90 days.", []),
])
def test_a_thing_of_another_country_is_not_the_questions(question: str, sentence: str,
                                                         missing: list[str]) -> None:
    """'French students' are not met by a sentence that names students only of another
    people; a sentence naming no people for them may well mean them, a country's own
    name ("US exports") is not read so, and a yes/no question is answered by the
    sentence that says whose they are."""
    assert other_people(question, sentence) == missing
