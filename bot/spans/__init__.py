"""The exact answer inside an answer sentence: tokens and their features → a linear span
model (``model``) → SQuAD's scores for it (``metrics``)."""
