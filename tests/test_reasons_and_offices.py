"""What a question asks for that a sentence sharing its words does not give: a reason
("why …"), a money value, who came before or after someone, what was talked about, the
holder of an office asked as "which president …"; and a paraphrased verb that does not
make a year's figure a near miss. Our own small examples, not any question set."""

import pytest

from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.figures import only_the_year
from bot.language.text import terms


@pytest.mark.parametrize(("question", "text", "label", "missing"), [
    # a reason or a purpose: a sentence that only dates or places the thing gives none
    ("why did norland open a consulate in eastport",
     "March 2, 2011 – a Norland consulate is opened in Eastport.", "a reason", True),
    ("why did norland open a consulate",
     "Norland opened a consulate in Eastport to help its traders.", "a reason", False),
    ("why aren't the old docks in use",  # a why-not is told by what was not done
     "The old docks were not repaired after the flood.", "a reason", False),
    # a money value: a count of agreements is none
    ("what is the total value of the 12 harbour agreements",
     "Over 40 years, 12 harbour agreements were signed.", "a price", True),
    ("how much is the harbour deal worth",
     "The harbour deal is worth 3 million dollars.", "a price", False),
    ("how much were the harbour deals worth",  # a currency of the document's own
     "At the fair, 12 deals worth 3 million crowns were signed.", "a price", False),
    # one before or after another in office
    ("who was mayor of eastport before jan holm",
     "Jan Holm, the mayor of Eastport, visited Norland on May 4, 2019.",
     "who came before or after", True),
    ("who succeeded jan holm",
     "Ada Berg succeeded Jan Holm as mayor of Eastport in 2020.",
     "who came before or after", False),
    # what was talked about: that they met or spoke tells no topic
    ("what did the two prime ministers talk about",
     "The two prime ministers spoke by telephone on May 4, 2019.",
     "what was talked about", True),
    ("what was discussed at the harbour summit",
     "At the harbour summit, fishing quotas and port fees were discussed.",
     "what was talked about", False),
    # the holder of an office, asked as "which X president …" or by its verb
    ("which norland president recognised portvale",
     "March 2, 1961 – Norland recognises Portvale.", "the president", True),
    ("which president recognised portvale",
     "President Ode of Norland recognised Portvale in 1961.", "the president", False),
    ("who heads the norland state bank",  # "direct investment" names no director
     "The Norland State Bank reports direct investment of 2 billion dollars in 2019.",
     "the head", True),
    ("who heads the norland state bank",
     "The Norland State Bank is directed by Ada Berg.", "the head", False),
])
def test_a_sentence_lacking_what_is_asked_is_a_near_miss(question: str, text: str,
                                                         label: str, missing: bool) -> None:
    assert (label in unmet(question, text, text)) is missing


def _share(term: str) -> float:
    return 0.8 if term in {"norland", "portvale"} else 0.1


@pytest.mark.parametrize(("soft", "missing"), [
    ({"buy": 0.6}, []),  # a passage near the unknown verb in meaning is about it
    ({"buy": 0.3}, ["2020"]),  # one far from it is not
    (None, ["2020"]),
])
def test_a_paraphrased_verb_near_the_passage_meets_the_year(
        soft: dict[str, float] | None, missing: list[str]) -> None:
    passage = "A Norland consulate was opened in Eastport in 2020."
    assert only_the_year("how much did norland buy in 2020",
                         set(terms(passage)), _share, soft) == missing
