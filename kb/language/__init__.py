"""Dutch and English text: language detection, sentence splitting, the English-Dutch field glossary."""
