"""Finding passages: embedding models and their cache, the Chroma store, keyword search, hybrid retrieval."""
