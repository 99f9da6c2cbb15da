"""What is learned from a document: a term index (TF-IDF, BM25) and soft word matches."""
