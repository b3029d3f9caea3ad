"""Ingestion: load documents, clean, chunk, embed and write them to the Chroma index."""
