"""An office the question asks about that the answer names only as another office: a
lesser rank ("Deputy Foreign Minister") or another portfolio ("Minister of Culture")."""

import pytest

from bot.answering.nearmiss.roles import absent_role, other_portfolio, other_role


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    ("Who is the minister of fisheries?",
     "The Minister of Culture and Sport, Ann Bell, visited Eastbay.",
     ["the minister of fisheries"]),
    ("Who is the fisheries minister?",
     "The Minister of Culture and Sport, Ann Bell, visited Eastbay.",
     ["the fisheries minister"]),
    ("Who is the minister of fisheries?",
     "The Minister of Fisheries, Ann Bell, visited Eastbay.", []),
    ("Who is the minister of fisheries?", "Minister Ann Bell, in charge of fisheries, came.",
     []),
    ("Who is the minister of fisheries of Portvale?",
     "The Minister of Fisheries of Portvale, Ann Bell, came.", []),
    ("Who is the minister?", "The Minister of Culture, Ann Bell, came.", []),
])
def test_another_portfolio_is_not_the_one_asked(question: str, sentence: str,
                                                 missing: list[str]) -> None:
    assert other_portfolio(question, sentence) == missing


def test_a_lesser_rank_is_reported_before_a_portfolio() -> None:
    assert other_role("Who is the fisheries minister?",
                      "Deputy Fisheries Minister Ann Bell came.") == [
        "the minister (only a deputy minister)"]


def test_the_asked_portfolio_under_a_rank_and_another_portfolio_are_both_no_answer() -> None:
    sentence = ("The Minister of Culture, Ann Bell, came. He met Deputy Fisheries Minister "
                "Tom Reed.")
    assert other_portfolio("Who is the minister of fisheries?", sentence) == [
        "the minister of fisheries"]


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    ("who is the speaker of the council", "The council met on May 2, 2015, in Vienna.",
     ["the speaker"]),
    ("who was the president in 1991", "In 1991 the republic was recognised.",
     ["the president"]),
    ("who's the chairman of the club", "Its chair is Ada Flint.", []),  # a WordNet synonym
    ("who was the firm's chief rival", "The firm competed with Lakeland Ltd.", []),
    ("who is the director general of the agency", "Ada Flint, Deputy Administrator at "
     "the agency, opened the bank.", ["the director"]),
    # the office asked by its verb
    ("who chairs the harbour board", "The Harbour Board meets to plan the new piers.",
     ["the chair"]),
    ("who founded lakeland ltd", "In 2004, Lakeland Ltd opened a mill in Eastbay.",
     ["the founder"]),
    ("who leads the river council", "Its chair is Ada Flint.", []),
    ("who headed the trade mission", "The trade mission, led by Tom Reed, came in May.", []),
    ("who founded the mill", "The mill was established by Ada Flint in 1901.", []),
    # a co-chair is named as such, not by any head or chair
    ("who co-chairs the harbour board", "The Harbour Board meets to plan the new piers.",
     ["the co-chair"]),
    ("who cochairs the river council", "Its chair is Ada Flint; the co-chair is Tom Reed.",
     []),
])
def test_an_office_the_answer_never_names(question: str, sentence: str,
                                          missing: list[str]) -> None:
    """'who is the speaker' (or 'who chairs') is not answered by a sentence that names no
    speaker (no chair, head or leader)."""
    assert absent_role(question, sentence) == missing
