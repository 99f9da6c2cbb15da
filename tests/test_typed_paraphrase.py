"""Factoid questions typed the way people type them (round 10): a word the document has
only in its family, where one member is the asker's very word in WordNet ("chairman" of a
text that says "its chair is …", not "under the chairmanship of …"), and a pair of
capitals the asker writes as an acronym of two plain words ("JVs" of "joint ventures")."""

from bot import Chatbot
from bot.language.acronyms import Acronyms
from bot.language.spelling import SpellingCorrector
from bot.language.text import words

NORLAND = """Norland and Ostria

Parliament

The Ostria Council works under the chairmanship of the foreign ministers. The Friends of
Norland Group at the Ostrian parliament has 9 members. Its chair is Senator Ada Vell.

Business

About 300 firms with Ostrian capital work in Norland. 57 companies are joint ventures
and 12 companies are engaged in mining. The main priorities are farming and trade.
"""


def test_a_family_member_that_is_a_synonym_wins_over_a_nearer_one() -> None:
    speller = SpellingCorrector().fit(words(NORLAND))
    assert speller.relative("chairman") == "chair"
    # no synonym in the family: the nearest in meaning, as before
    assert speller.relative("parliamentary") == "parliament"


def test_chairman_is_answered_from_the_sentence_naming_the_chair() -> None:
    reply = Chatbot.from_text(NORLAND).ask("who is chairman of the friends of norland group?")
    assert reply.kind == "answer" and "Ada Vell" in reply.text


def test_a_pair_of_capitals_reads_as_two_plain_words_of_the_document() -> None:
    reader = Acronyms([NORLAND], set())
    assert reader.expanded("how many JVs are there")[0] == "how many joint ventures are there"
    assert reader.expanded("how many JV firms")[0] == "how many joint ventures firms"


def test_a_pair_english_knows_or_written_in_lower_case_is_left_alone() -> None:
    reader = Acronyms([NORLAND], set())
    # "MP" is an English abbreviation: not the "main priorities" that happen to match
    assert reader.expanded("how many MPs are in the group")[0] == "how many MPs are in the group"
    assert reader.expanded("how many jvs are there")[0] == "how many jvs are there"


def test_joint_ventures_asked_as_jvs_are_counted() -> None:
    reply = Chatbot.from_text(NORLAND).ask("how many of the Ostrian-capital firms are JVs?")
    assert reply.kind == "answer" and "57" in reply.text


def reader_of(text: str) -> Acronyms:
    """The acronym reader of a one-passage document, knowing its words."""
    return Acronyms([text], set(words(text)))


def test_a_city_nickname_reads_as_the_city_the_document_names() -> None:
    reader = reader_of("The embassy of Norland opened in Washington in 1993.")
    assert reader.expanded("when did the embassy in DC open?") == (
        "when did the embassy in Washington open?", {"DC": "Washington"})
    # a document that never names the city keeps the asker's word
    assert reader_of("The embassy opened in 1993.").expanded("the embassy in DC")[0] == (
        "the embassy in DC")


def test_everyday_short_forms_read_as_the_words_the_document_uses() -> None:
    reader = reader_of("The last meeting of the council was held on August 3, 2011, "
                       "by the government.")
    assert reader.expanded("council last mtg - aug 2011?")[0] == (
        "council last meeting - august 2011?")
    assert reader.expanded("which govt held it")[0] == "which government held it"
    # the document's own short form stays, and so does one whose word it never uses
    assert reader_of("The Aug fund met.").expanded("when did the aug fund meet")[0] == (
        "when did the aug fund meet")
    assert reader.expanded("how many yrs")[0] == "how many yrs"


def test_a_month_typed_short_is_answered() -> None:
    bot = Chatbot.from_text(NORLAND + "\nTrade\n\nThe Trade Council of Norland and Ostria "
                            "meets every year. Its last meeting was held on September 9, "
                            "2012, in Nordby.\n")
    for question in ("when was the last trade council mtg", "where was the mtg in sept 2012"):
        reply = bot.ask(question)
        assert reply.kind == "answer" and "September 9, 2012, in Nordby" in reply.text


def test_an_acronym_keeps_the_initial_of_a_link_word_inside_a_name() -> None:
    reader = reader_of("An official of the Department of Fisheries came. The board of "
                       "directors met.")
    assert reader.expanded("who from the DOF came")[0] == (
        "who from the Department of Fisheries came")
    # a run that is no name (lower-case words around "of") spells no acronym
    assert reader.expanded("when did the BOD meet")[0] == "when did the BOD meet"


FORUM = """Norland Forum

Trade

The N5 + 1 members also decided to widen trade with Lakeland in order to help it grow.

The N5 + 1 ministerial meeting took place on May 2, 2019, in Nordby, where transit was
discussed.
"""


def test_a_paragraph_naming_again_only_a_numbered_name_does_not_join() -> None:
    reply = Chatbot.from_text(FORUM).ask(
        "Why did the N5+1 members want to widen trade with Lakeland?")
    assert "help it grow" in reply.text and "Nordby" not in reply.text


def test_an_acronym_spells_the_capitals_of_a_one_word_name() -> None:
    reader = reader_of("NordOstPetrol plans to invest 2 billion dollars. McDonalds opened.")
    assert reader.expanded("how much will NOP invest")[0] == "how much will NordOstPetrol invest"
    assert reader.expanded("when did MD open")[0] == "when did MD open"  # two capitals: too few


def test_a_short_form_with_several_readings_is_left_alone() -> None:
    from bot.language.abbreviations import unabbreviated
    known = {"year", "your", "march", "may", "september", "meeting"}
    assert unabbreviated("yr", known) is None  # "year" or "your"
    assert unabbreviated("mar", known) is None  # a word of its own
    assert unabbreviated("sept", known) == "september"
    assert unabbreviated("mtg", known) == "meeting"
    assert unabbreviated("mtg", known | {"mtg"}) is None  # the document writes it so
    # an office's rank and a title typed short ("deputy asst secretary", "amb")
    assert unabbreviated("asst", {"assistant"}) == "assistant"
    assert unabbreviated("amb", {"ambassador"}) == "ambassador"
