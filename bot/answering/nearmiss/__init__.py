"""Near misses: what a question asks that the best answer lacks, named so a reply can say so.

A sentence can share a question's words and still not answer it: another year or month,
another country, "the first" of a kind when it names a later one, another event ("closed"
of "established"), an office it never names, an amount or a span it never gives, a yes/no
question about something the document never mentions. ``constraints`` reads the
question's constraints and the kinds of thing it asks for (``kinds``, ``roles``);
``subjects`` the subjects, places and things the question names (``actors``,
``confirming``), ``events`` the stage of a thing's life it asks about (closed, came
into force, a visit), and ``degrees`` a superlative, a comparison, a count, a weekday, a
unit, an outcome, a change, a side or a direction; ``scope`` reads a question's narrowing
words against the answer's own passage rather than the whole document (``spliced``: a
date or count taken from another subject's passage); ``asked``, ``biography`` and
``practical`` the general knowledge, a person's life and the asker's own how-to that a
document about its subject seldom gives; ``arithmetic`` a sum, a difference, a ratio or an
average worked out from the document's figures; ``telegraphic`` a keyword query's word
the answer's passage never meets, ``bodies`` another union of states, ``predicate`` a
deed and its thing the passage names neither of, ``bounds`` a year the question bounds
its time by, ``listed`` an amount of one name of a list; ``kin`` whether a passage names a
word by a WordNet kin said as itself; ``others`` a doer the document names in one other
passage only. ``gathered`` runs
them all for the retriever. All return what is missing, and the Chatbot declines with a
quote of what the document has instead.
"""
