"""Sections of a made-up town's notes that any test document may end with: a few
passages on other subjects, so that a test's own words are rare in the document (as the
rules that read "rare" terms expect of a real one)."""

FERRY = """Ferry

The ferry service was launched in 1987 from Pier Four. It carries 300 people a day.
"""

OTHER_SECTIONS = FERRY + """
Library

The library opened in 1958. It holds 40,000 books, and its reading room seats 80 people.

Parks

The town has four parks. The largest is Elm Park, laid out in 1902 beside the river.
"""
