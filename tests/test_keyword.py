"""Dutch keyword analysis and the BM25 index."""

from __future__ import annotations

from kb.search.keyword import KeywordIndex, analyse


def test_numbers_stay_whole_and_amounts_normalise() -> None:
    terms = analyse("Artikel 2.82 Aw, € 250.000 en 5 procent")
    assert "2.82" in terms
    assert "250000" in terms
    assert "%" in terms and "5" in terms
    assert analyse("250000 euro") == ["250000"]
    assert "art" in analyse("art.") and "art" in analyse("artikel")


def test_stemming_and_stop_words() -> None:
    assert analyse("uitvoeringsvoorwaarden") == analyse("uitvoeringsvoorwaarde")
    assert analyse("de het een van") == []
    assert analyse("Sociale Ondernemingen") == analyse("sociale onderneming")


def test_index_ranks_and_filters() -> None:
    index = KeywordIndex(["a", "b", "c"], [
        "De minimumeis in het programma van eisen",
        "Gunningscriterium met een maximum percentage van 5%",
        "Voorbehouden opdracht volgens artikel 2.82",
    ])
    assert index.search("minimumeisen", 3)[0].id == "a"
    assert index.search("art. 2.82", 3)[0].id == "c"
    assert index.search("5 procent", 3)[0].id == "b"
    assert index.search("minimumeis", 3, allowed={"b", "c"}) == []
    assert index.search("appeltaart", 3) == []
