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


def test_a_word_the_stemmer_would_join_to_another_field_word_keeps_its_own_stem() -> None:
    # the Dutch stemmer drops "ge": "begeleiding" (coaching) became "beleid" (policy), "gevolgen" "volg"
    assert set(analyse("begeleiding begeleidt begeleiden begeleider")) == {"begeleid"}
    assert not set(analyse("begeleiding")) & set(analyse("beleid"))
    assert analyse("jobcoachbegeleiding") == ["jobcoachbegeleid"]
    assert analyse("begeleidingskosten") != analyse("begeleiding")  # a compound keeps its head noun
    assert not set(analyse("gevolgen")) & set(analyse("volgen"))
    assert analyse("gevolgd") == analyse("volgen")  # the participle is still the verb's
    # a lesson ending a compound and its plural: "gastles" was "gastl", "gastlessen" "gastles" (tune43 ui21)
    assert analyse("gastles gastlessen") == ["gastles", "gastles"]
    assert analyse("taalles") == analyse("taallessen")
    # nouns whose final "s" the stemmer takes for a plural ending, or whose plural loses a "d"
    for singular, plural in (("mens", "mensen"), ("kans", "kansen"), ("werkervaringsplaats", "werkervaringsplaatsen"),
                             ("grens", "grenzen"), ("antwoord", "antwoorden"), ("proces", "processen"),
                             ("fonds", "fondsen")):
        assert analyse(singular) == analyse(plural), singular
    assert analyse("kans") != analyse("kan")
    assert analyse("gegevens") != analyse("geven")  # data, not to give
    assert analyse("examens") != analyse("mens")  # (an examen, not a mens)


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


def test_a_law_the_pages_name_in_full_is_split_off_a_compound_they_never_use() -> None:
    from collections import Counter

    from kb.search.keyword import Decompounder

    words = Counter({"quotum": 30, "wet": 200, "aanbestedingswet": 50, "aanbesteding": 300, "procedure": 40})
    decompounder = Decompounder(words)
    # (tune61 xa47: "wat is de quotumwet" was declined; the pages say "Wet banenafspraak en quotum")
    assert decompounder.parts("quotumwet") == ["quotum", "wet"]
    assert decompounder.parts("aanbestedingsprocedure") == ["aanbesteding", "procedure"]
    # a law the pages name as one word is searched as that word; an unknown front is no compound
    assert decompounder.parts("aanbestedingswet") == []
    assert decompounder.parts("onbekendewet") == []
