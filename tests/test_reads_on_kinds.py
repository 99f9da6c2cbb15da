"""Reading on to the next sentence when the best one only seems to give what is asked: a
title or an office of the person asked about is no one new ("who did the envoy meet?"),
a place inside a body's name is no place of meeting ("where did the council last meet?"),
and "what came out of …" / "what was … meant to achieve" ask for the outcome or the
purpose the next sentence gives. The other way round, a count of another thing ("nine
contracts") is no answer to "how many people attended …"."""

from bot import Chatbot
from bot.answering.compose import joined, off_type
from bot.answering.read_on import belongs, counts_others
from bot.language.answer_type import (
    DATE,
    NUMBER,
    PERSON,
    PLACE,
    is_count,
)
from bot.language.gives import gives_own
from bot.language.text import words

HARBOUR = """Harbour Notes

Trade

The Deputy Harbour Commissioner of the Port Authority Lena Okafor opened the Northern Fish
Market and the Maritime Pavilion of the Coastal League on June 3, 2016. She also held talks
with the Mayor of Lindau, Piet Vanderloo, on ferry fares.

Ferry prices are reviewed every spring at the board meeting of the Baltic Harbour Fares and
Tolls Council. The last meeting was held on March 2, 2019, in Rostock.

Fair

A dinner for local business owners was held at the Lindau town hall on May 4, 2018. As a
result, nine contracts worth 3 million euros were signed.

On April 2, 2017, the mayor paid a visit to Tallinn and Riga. The main objectives of the
visit were opening new ferry routes and meeting shipping firms.

Library

The library opened in 1958. It holds 40,000 books.
"""


def _bot() -> Chatbot:
    return Chatbot.from_text(HARBOUR, cache=False)


def test_the_asked_persons_own_office_is_no_one_new() -> None:
    best = ("The Deputy Harbour Commissioner of the Port Authority Lena Okafor opened the "
            "Maritime Pavilion of the Coastal League.")
    asked = set(words("who did okafor meet?"))
    assert not gives_own(PERSON, best, asked)
    assert gives_own(PERSON, "She met the Mayor of Lindau, Piet Vanderloo.", asked)
    # a shared title alone does not make the other person the one asked about
    assert gives_own(PERSON, "On May 2, Mayor Okafor met Mayor Vanderloo.",
                     set(words("who did mayor okafor meet?")))


def test_joined_sentences_read_as_one_line_and_a_list_line_stays_apart() -> None:
    assert joined(["The port\nopened.", "It grew."]) == "The port opened. It grew."
    assert joined(["Since 2019 - Ola Brenn is Envoy", "The fair was held."]) == (
        "Since 2019 - Ola Brenn is Envoy … The fair was held.")
    assert joined(["Since 2019 - Ola Brenn is Envoy"]) == "Since 2019 - Ola Brenn is Envoy"


def test_a_name_in_apposition_to_a_role_is_someone_new() -> None:
    # plain English words as a name ("Per Lund") still name a person after "the envoy,"
    said = "On 9 April, the Freedonian envoy, Per Lund, opened the fish market."
    assert gives_own(PERSON, said, set(words("who opened the fish market?")))
    assert not gives_own(PERSON, said, set(words("what did per lund open?")))


def test_who_did_they_meet_reads_on_to_the_talks() -> None:
    reply = _bot().ask("who did okafor have talks with at the fish market opening")
    assert reply.kind == "answer" and "Piet Vanderloo" in reply.text


def test_a_place_inside_a_bodys_name_is_no_place_of_meeting() -> None:
    best = "Prices are reviewed at the board meeting of the Baltic Harbour Fares Council."
    assert not gives_own(PLACE, best, set(words("where did the fares council meet?")))
    assert gives_own(PLACE, "The last meeting was held in Rostock.", set())


def test_where_did_it_meet_most_recently_reads_on_to_the_last_meeting() -> None:
    reply = _bot().ask("where did the fares and tolls council meet most recently?")
    assert reply.kind == "answer" and "Rostock" in reply.text


def test_what_came_out_of_an_occasion_reads_on_to_its_result() -> None:
    reply = _bot().ask("what came out of the dinner at the lindau town hall?")
    assert reply.kind == "answer" and "nine contracts" in reply.text


def test_what_a_trip_was_meant_to_achieve_reads_on_to_its_objectives() -> None:
    reply = _bot().ask("what was the mayor's trip to tallinn meant to achieve?")
    assert reply.kind == "answer" and "new ferry routes" in reply.text


def test_a_count_of_another_thing_does_not_count_people() -> None:
    assert counts_others("how many people attended the dinner?", "Nine contracts were signed.")
    assert not counts_others("how many people attended?", "It drew 300 visitors.")
    assert not counts_others("how many contracts were signed?", "Nine contracts were signed.")


def test_how_many_people_attended_is_not_answered_with_the_contracts_signed() -> None:
    reply = _bot().ask("how many people attended the dinner at the lindau town hall?")
    assert "nine contracts" not in reply.text


def test_a_runner_up_without_a_date_is_not_glued_to_a_dated_answer() -> None:
    best = "May 3, 1990 – ferry links between the towns are established."
    noise = "In particular, the two mayors decided to establish a ferry board."
    asked = set(words("ferry links - since when?"))
    assert off_type(DATE, best, noise, asked)
    assert not off_type(DATE, best, "June 9, 1994 – the southern line opens.", asked)
    assert not off_type(NUMBER, "It holds 40,000 books.", noise, set())  # only for a date


def test_what_document_was_signed_reads_on_to_the_one_signed_at_the_meeting() -> None:
    doc = """Port Notes

Energy

Within the framework of the harbour festival, headed by the Port Director Mara Lindqvist on
August 2, 2018, a meeting was held with the Ferry Minister Olaf Brenner. The Joint Charter
of the Northern Ferry Partnership was signed at the meeting.

Library

The library opened in 1958. It keeps every document of the town.

Parks

The town has four parks. The largest is Elm Park, laid out in 1902 beside the river.

Schools

There are six schools in the town, and one college.
"""
    reply = Chatbot.from_text(doc, cache=False).ask(
        "what document was signed when lindqvist met brenner?")
    assert reply.kind == "answer" and "Joint Charter" in reply.text


def test_what_kind_of_thing_reads_back_to_the_one_such_a_thing_points_to() -> None:
    doc = """Port Notes

Treaties

On March 1, 2015, an interport Treaty on shared pilotage of large cargo vessels in the
northern channel came into force. Lindau became the first port on the coast and the second
on the lake (after Bregenz) to conclude such a treaty with Rostock.

Library

The library opened in 1958. It holds 40,000 books.

Parks

The town has four parks. The largest is Elm Park, laid out in 1902 beside the river.
"""
    reply = Chatbot.from_text(doc, cache=False).ask(
        "lindau was the first port on the coast to conclude what kind of treaty with rostock?")
    assert reply.kind == "answer" and "shared pilotage" in reply.text


def test_an_ordinal_counts_nothing() -> None:
    assert not is_count("5", "The 5th review session was held in Rostock.", 4)
    assert is_count("24", "As a result, 24 contracts were signed.", 13)


def test_what_was_talked_about_reads_on_to_what_the_meetings_discussed() -> None:
    doc = HARBOUR.replace("Library\n", """Culture

The visit of the Culture Minister of Lindau, Anneli Brandt, to Rostock took place on May
9-10, 2017. During the meetings with the port's theatre directors, plans for a summer
festival were discussed.

Library
""")
    reply = Chatbot.from_text(doc, cache=False).ask(
        "what was talked about when lindau's culture minister went to rostock?")
    assert reply.kind == "answer" and "summer festival" in reply.text


def test_a_next_sentence_pointing_to_the_very_kind_asked_joins() -> None:
    best = "Ferry fares are often said to follow the price of diesel within a season."
    follows = "This rule is called the Lindau fare rule."
    assert belongs(best, set(), follows, "what rule links fares to diesel?", None, set())
    assert not belongs(best, set(), follows, "what links fares to diesel?", None, set())


def test_a_plain_place_in_the_next_sentence_answers_where() -> None:
    best = "The fishermen's day, held on the quay for years, was moved to the evening."
    follows = "The event was held on May 2, 2016 at Harbour Hall in Old Town."
    asked = set(words("where was the fishermen's day held?"))
    assert belongs(best, set(), follows, "where was the fishermen's day held?", PLACE, asked)
