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
    assert reader.expand("how many JVs are there") == "how many joint ventures are there"
    assert reader.expand("how many JV firms") == "how many joint ventures firms"


def test_a_pair_english_knows_or_written_in_lower_case_is_left_alone() -> None:
    reader = Acronyms([NORLAND], set())
    # "MP" is an English abbreviation: not the "main priorities" that happen to match
    assert reader.expand("how many MPs are in the group") == "how many MPs are in the group"
    assert reader.expand("how many jvs are there") == "how many jvs are there"


def test_joint_ventures_asked_as_jvs_are_counted() -> None:
    reply = Chatbot.from_text(NORLAND).ask("how many of the Ostrian-capital firms are JVs?")
    assert reply.kind == "answer" and "57" in reply.text


def test_a_city_nickname_reads_as_the_city_the_document_names() -> None:
    reader = Acronyms(["The embassy of Norland opened in Washington in 1993."], set())
    assert reader.expanded("when did the embassy in DC open?") == (
        "when did the embassy in Washington open?", {"DC": "Washington"})
    # a document that never names the city keeps the asker's word
    assert Acronyms(["The embassy opened in 1993."], set()).expand("the embassy in DC") == (
        "the embassy in DC")


SUMMIT = """Norland and Ostria

Visits

At present, the cooperation is shaped by the agreements of the state visit of President
Ulm to Ostria (March 3-5, 2019), during which the leaders adopted a joint declaration.

The state visit of the President of Norland to Ostria was an important step in the
partnership and gave fresh impetus to trade between Nordby and Ostburg.

In addition, a Norland-Ostria Forum on Science meets every year.
"""


def test_an_outcome_asked_reads_on_into_the_paragraph_that_names_the_event_again() -> None:
    bot = Chatbot.from_text(SUMMIT)
    for question in ("what came out of President Ulm's 2019 state visit?",
                     "what was the significance of the 2019 state visit of President Ulm?"):
        reply = bot.ask(question)
        assert reply.kind == "answer" and "important step" in reply.text


def test_a_paragraph_that_only_opens_with_a_linking_word_does_not_join() -> None:
    reply = Chatbot.from_text(SUMMIT).ask(
        "what did the leaders adopt during the state visit of President Ulm?")
    assert "joint declaration" in reply.text and "Forum" not in reply.text
