"""Reading words: folding, aliases, stems, names, follow-up words, spelling, answer types."""
