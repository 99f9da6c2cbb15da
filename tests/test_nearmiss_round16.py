"""Round 16's refinements of the near-miss checks, each with the near miss still declined:

- a rank after the asked one that lists every place before its own ("the third largest
  town, after X and Y" for "the second largest town"; ``nearmiss.implied``), while a
  list one short ("after X" alone) or a lower rank than the one asked is still declined;
- "the first … since" for "the last … before", while "the last" alone is not told by it;
- "previous" for "prior" before a word of the kind, while "the previous mayor" is not
  told by the present one;
- the first of a pair told before its passage's only other place, "second", while a
  sentence on the present holder does not tell the first;
- a ratio given as a record of two small counts ("12–4"), while a span of years is none;
- an effect told by how the thing changed ("lived longer"), while a visit's date tells
  no outcome;
- an answer that bounds its own time the same way ("After the flood in 1800, …" for
  "after 1800"), while January 2018 is still not "before 2018".
"""

from bot import Chatbot
from bot.answering.nearmiss.bounds import out_of_bounds
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.implied import listed_before
from bot.answering.nearmiss.ordinals import unnumbered

THIRD = "Millbrook is the third largest town in the valley, after Rivertown and Lakeview."


def test_a_rank_after_every_place_before_it_tells_the_second() -> None:
    question = "What is the second largest town in the valley?"
    assert "the second" not in unmet(question, THIRD, THIRD)
    assert listed_before("second", frozenset({"larg", "town"}), THIRD)
    assert unnumbered(question, lambda: [THIRD, "Oakham is the 5th largest town."]) == []


def test_a_rank_with_a_place_missing_or_below_the_asked_is_still_declined() -> None:
    one_before = "Millbrook is the third largest town in the valley, after Rivertown."
    assert "the second" in unmet("What is the second largest town in the valley?",
                                 one_before, one_before)
    second = "Norland is the second largest investor in Peru after Sudland."
    assert "the third" in unmet("Which country is the third largest investor in Peru?",
                                second, second)


def test_the_first_since_tells_the_last_before() -> None:
    sentence = "This was the first snowy match in the league since the match of 1990."
    assert "the last" not in unmet(
        "When was the last snowy match in the league before this one?", sentence, sentence)
    assert "the last" in unmet("When was the last snowy match in the league?",
                               sentence, sentence)


def test_previous_says_prior() -> None:
    sentence = "The 40th final honoured 30 of the 38 previous league champions."
    assert "the prior" not in unmet("How many of the prior league champions attended?",
                                    sentence, sentence)
    present = "Jane Roe has been mayor of the town since 2019."
    assert "the previous" in unmet("Who was the previous mayor of the town?",
                                   present, present)


FORTS = ("Settlers made two attempts to settle the coast. In 1600 they built the fort of "
         "Northhold near present-day Bayview on the bay. In 1605 a second voyage built a "
         "colony further south.")


def test_the_first_of_a_pair_is_told_before_the_second() -> None:
    sentence = ("In 1600 they built the fort of Northhold near present-day Bayview on "
                "the bay.")
    assert "the first" not in unmet("What was the first fort of the settlers?",
                                    sentence, FORTS)


def test_the_present_holder_does_not_tell_the_first() -> None:
    passage = ("Jane Roe is the current mayor of the town. Her second term began in "
               "2020.")
    sentence = "Jane Roe is the current mayor of the town."
    assert "the first" in unmet("Who was the first mayor of the town?", sentence, passage)


def test_a_record_of_two_counts_is_a_ratio_a_span_of_years_is_not() -> None:
    record = "The Wolves finished the season with a 12–4 record."
    assert "a ratio" not in unmet("What was the win/loss ratio of the Wolves?",
                                  record, record)
    span = "Trade between the two countries grew in 2015–2016."
    assert "a ratio" in unmet("What is the ratio of imports to exports?", span, span)


def test_an_effect_told_by_a_change() -> None:
    changed = "The rats given the drug were more alert and lived longer."
    assert "an outcome" not in unmet("What effect did the drug have on the rats?",
                                     changed, changed)
    visit = "The minister visited the capital on May 5, 2016."
    assert "an outcome" in unmet("What was the outcome of the minister's visit?",
                                 visit, visit)


def test_an_answer_bounding_its_own_time_alike() -> None:
    assert out_of_bounds("What was the region named after 1800?",
                         "After the great flood of the river in 1800, the region was "
                         "renamed Northland.") == []
    assert out_of_bounds("When did he visit the capital before 2018?",
                         "He visited the capital in January 2018.") == [
        "a time before 2018"]


def test_a_document_ranking_by_what_comes_before_answers() -> None:
    bot = Chatbot.from_text(
        "Towns of the valley\n\nRivertown is the largest town in the valley. "
        + THIRD + " Millbrook lies on the river.\n\nLakeview has a famous market.")
    reply = bot.ask("What is the second largest town in the valley?")
    assert reply.kind == "answer"
    assert "Lakeview" in reply.text
