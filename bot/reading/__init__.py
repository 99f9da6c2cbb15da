"""Reading a document: files → passages → sentences, with their place in the file."""
