"""From a question to an answer, in data-flow order: query → candidates → features →
ranker → answer → confidence (``retriever`` runs them in that order)."""
