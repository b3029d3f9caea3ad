"""Social Return kennisbank: settings, models, the Chroma store, retrieval and answering."""

__version__ = "0.1.0"
