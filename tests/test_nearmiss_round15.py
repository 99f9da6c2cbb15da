"""Round 15's near misses, and what stays answered beside each:

- an ordinal whose kind takes four words ("the 4th harbour trade dialogue session") asked of
  a sentence that abbreviates the name and numbers another session ("The 5th HTD review
  session …"; ``nearmiss.constraints``), while the session the document numbers so is
  answered;
- who chairs a body, of a sentence on that body and one two on ("Its chair is …") that
  leans on another body named in between (``answering.read_on``; the other half of the
  spec is in ``test_reads_on``).
"""

from bot import Chatbot

HARBOUR = """Norland and Peru

Dialogue

The Harbour Trade Dialogue (HTD) has been operating under the chairmanship of the heads of
port offices since 2011. In view of the Board's importance, its working groups were
upgraded to the Committees, whose first meetings were held on March 8-9, 2015, in Quito.
The 5th HTD review session was held on November 30, 2016, in Lima, which was attended by
officials of all interested port agencies.

Ferries

The ferry service was launched in 1987 from Pier Four. It carries 300 people a day.

Library

The library opened in 1958. It holds 40,000 books, and its reading room seats 80 people.

Parks

The town has four parks. The largest is Elm Park, laid out in 1902 beside the river.
"""


def test_an_ordinal_of_a_four_word_kind_the_answer_abbreviates_is_unmet() -> None:
    reply = Chatbot.from_text(HARBOUR).ask(
        "where was the 4th harbour trade dialogue session held")
    assert reply.kind == "fallback"
    assert "the 4th" in reply.text


def test_the_session_the_document_numbers_is_answered() -> None:
    reply = Chatbot.from_text(HARBOUR).ask(
        "where was the 5th harbour trade dialogue session held")
    assert reply.kind == "answer"
    assert "Lima" in reply.text
