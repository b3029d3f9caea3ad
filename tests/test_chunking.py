"""Heading-aware chunking and Dutch sentence splitting."""

from __future__ import annotations

from ingest.chunking import chunk_document, plain_line, split_sections
from kb.language.sentences import split_sentences

BODY = """Inleiding voor de eerste kop.

## Minimumeis

De opdrachtnemer besteedt 5% van de loonsom aan social return. Dat staat in het programma van eisen.

### Berekening

Bij kapitaalintensieve opdrachten kiest men de loonsom. Bij arbeidsintensieve opdrachten de opdrachtsom.

## Gunningscriterium

Meer punten voor een hoger percentage, met een maximum.
"""


def test_sections_follow_headings() -> None:
    sections = split_sections(BODY, "Titel")
    assert [s.heading for s in sections] == [
        "Titel", "Minimumeis", "Minimumeis > Berekening", "Gunningscriterium"]
    assert sections[1].text.startswith("De opdrachtnemer besteedt 5%")


def test_chunk_never_spans_two_sections() -> None:
    chunks = chunk_document("aanbesteding/x.md", "Titel", BODY, {"title": "Titel"}, max_chars=900)
    assert len(chunks) == 4
    assert all("Gunningscriterium" not in c.text for c in chunks[:3])
    assert [c.id for c in chunks] == [f"aanbesteding/x.md::{i}" for i in range(4)]


def test_long_section_splits_on_sentences_with_overlap() -> None:
    sentences = [f"Zin nummer {i} gaat over art. 2.82 Aw en de loonsom." for i in range(30)]
    body = "## Lang\n\n" + " ".join(sentences)
    chunks = chunk_document("d.md", "T", body, {}, max_chars=300, overlap=1)
    assert len(chunks) > 3
    for chunk in chunks:
        assert len(chunk.text) <= 300 + 60
        assert chunk.text.endswith("loonsom.")  # never cut inside a sentence
    # the last sentence of a chunk opens the next one
    for first, second in zip(chunks, chunks[1:]):
        assert second.text.startswith(split_sentences(first.text)[-1])


def test_chunk_ids_and_hashes_are_stable() -> None:
    first = chunk_document("d.md", "T", BODY, {"a": 1})
    second = chunk_document("d.md", "T", BODY, {"a": 1})
    assert [(c.id, c.content_hash) for c in first] == [(c.id, c.content_hash) for c in second]
    changed = chunk_document("d.md", "T", BODY.replace("5%", "7%"), {"a": 1})
    assert first[1].content_hash != changed[1].content_hash
    assert first[0].content_hash == changed[0].content_hash


def test_inline_markdown_becomes_plain_text() -> None:
    assert plain_line("Zie **de** [Gids](https://x.nl) en `code` <b>vet</b>") == "Zie de Gids en code vet"
    assert plain_line("| a | b |") == "| a | b |"
    assert plain_line("|a|  b |") == "| a | b |"


def test_dutch_abbreviations_do_not_end_sentences() -> None:
    text = ("Volgens art. 2.82 Aw mag dat o.a. bij SW-bedrijven, bijv. in de schoonmaak. "
            "Sinds 1 jan. 2018 geldt Maatwerk voor Mensen.\n- Een opsomming telt apart.")
    assert split_sentences(text) == [
        "Volgens art. 2.82 Aw mag dat o.a. bij SW-bedrijven, bijv. in de schoonmaak.",
        "Sinds 1 jan. 2018 geldt Maatwerk voor Mensen.",
        "Een opsomming telt apart.",
    ]
    # a quoted title that asks ends no sentence
    assert split_sentences("Het document 'Wat als de opdrachtnemer social return niet nakomt?' beschrijft de regeling. "
                           "Wat nu? Dat staat er.") == [
        "Het document 'Wat als de opdrachtnemer social return niet nakomt?' beschrijft de regeling.", "Wat nu?",
        "Dat staat er."]


def test_pointer_sections_are_not_indexed() -> None:
    body = "## Kern\n\nDe kern van de zaak staat hier.\n\n## Zie ook\n\n- Een andere pagina\n- Nog een pagina\n"
    chunks = chunk_document("d.md", "T", body, {})
    assert [c.heading for c in chunks] == ["Kern"]


def test_a_sentence_that_points_to_another_page_is_not_quotable() -> None:
    from kb.answer.units import quotable_units

    text = ("In de categorie ICT-inhuur stelde het Rijk geen vaste eis. Hoe zij dat aanpakten en wat het opleverde, "
            "staat in het praktijkvoorbeeld \"Rijksoverheid: ICT-inhuur\". De regels staan in de Aanbestedingswet.")
    quoted = [u.text for u in quotable_units(text)]
    assert quoted == ["In de categorie ICT-inhuur stelde het Rijk geen vaste eis.",
                      "De regels staan in de Aanbestedingswet."]


def test_a_glossary_entry_without_its_term_is_what_it_says_of_it() -> None:
    from kb.answer.units import glossary_definition, quotable_units

    entry = ("Inspanningsverplichting versus resultaatverplichting – Bij een inspanningsverplichting telt de moeite; "
             "bij een resultaatverplichting het resultaat.")
    [unit] = quotable_units(entry)
    assert unit.glossary_term == "Inspanningsverplichting versus resultaatverplichting"
    assert glossary_definition(unit.text) == ("Bij een inspanningsverplichting telt de moeite; bij een "
                                              "resultaatverplichting het resultaat.")
    assert glossary_definition("Een gewone zin zonder term.") == "Een gewone zin zonder term."


def test_a_sentence_that_counts_what_follows_is_quoted_with_it_or_not_at_all() -> None:
    from kb.answer.units import quotable_units

    # (issue 10: "Movisie noemt 2 doelen." was quoted without the two goals)
    text = ("Movisie noemt 2 doelen van de Participatiewet. De wet moet ervoor zorgen dat meer mensen werk vinden. "
            "Daarnaast regelt de wet de bijstand voor wie te weinig heeft. De wet hoort bij de wetten van 2015.\n\n"
            "De provincie onderscheidt 4 manieren.\n\n## De 4 manieren\n\nDe eerste manier is de PSO-route.")
    quoted = [u.text for u in quotable_units(text)]
    assert quoted[0] == ("Movisie noemt 2 doelen van de Participatiewet. De wet moet ervoor zorgen dat meer mensen "
                         "werk vinden. Daarnaast regelt de wet de bijstand voor wie te weinig heeft.")
    assert "De wet hoort bij de wetten van 2015." in quoted  # the sentence after them stands on its own
    assert "De eerste manier is de PSO-route." in quoted
    # (the second review) a sentence that states a count, or counts more than three, or whose named ones do not
    # follow in its paragraph, stays as it is: nothing is dropped
    assert "De provincie onderscheidt 4 manieren." in quoted
    for text in ("De regeling geldt voor 5 jaar. Een evaluatie volgt later.",
                 "Er zijn 4 leerlingen via een bbl-traject gestart. De gemeente is tevreden over het resultaat.",
                 "Er zijn 0 plaatsingen gerealiseerd in het eerste jaar. De gemeente is er niet tevreden over.",
                 "De gemeente kent twee routes.\n\nDe eerste route is de PSO-route voor bedrijven."):
        first = text.split(". ")[0].split("\n")[0]
        assert quotable_units(text)[0].text == first.rstrip(".") + ".", text


def test_a_list_cut_at_the_end_of_its_passage_is_not_quoted() -> None:
    from kb.answer.units import quotable_units

    # (tune18 tj38) a chunk that ends after the first item ("…;"): the other items are in the next chunk, and the list
    # quoted alone would pass for the whole of it
    text = ("De opdrachtnemer registreert zijn activiteiten in het systeem.\n\nWie het gebruikt (voorbeelden):\n\n"
            "- het Steunpunt SROI Midden-Gelderland, waar opdrachtgevers zien hoeveel mensen aan werk zijn geholpen;")
    assert [u.kind for u in quotable_units(text)] == ["sentence"]
    whole = text + "\n- het Adviespunt Social Return in Noordoost-Brabant."
    assert [u.kind for u in quotable_units(whole)] == ["sentence", "list"]


def test_a_sentence_whose_subject_is_a_pronoun_after_its_verb_is_quoted_with_the_one_before() -> None:
    from kb.answer.units import quotable_units

    text = ("Bij de schoonmaak draait het om werk voor inwoners met een afstand tot de arbeidsmarkt. Meestal komen zij "
            "binnen via het werkbedrijf van de gemeente. Het contract loopt vier jaar.")
    quoted = [u.text for u in quotable_units(text)]
    assert any(q.startswith("Bij de schoonmaak") and "Meestal komen zij" in q for q in quoted), quoted
    assert not any(q.startswith("Meestal komen zij") for q in quoted), quoted
    assert "Het contract loopt vier jaar." in quoted


def test_a_list_introduced_in_a_few_words_is_quoted_with_the_sentence_before_them() -> None:
    from kb.answer.units import quotable_units

    text = ("Een algemene regel voor een eerder einde geven de bronnen niet. Wel van belang:\n\n"
            "- Grondslag. Bij een percentage van de omzet telt wat is gefactureerd.\n"
            "- Afrekening. Harlingen geeft eerst een herstelperiode.\n")
    units = quotable_units(text)
    lists = [u for u in units if u.kind == "list"]
    assert len(lists) == 1 and lists[0].text.startswith("Een algemene regel"), [u.text for u in units]
    assert "Afrekening" in lists[0].text
    # a list cut at the passage's end is left out; the sentence before its introduction stays quotable
    cut = quotable_units("Limburg Catering nam per 1 april 2017 de catering van 11 kantines over. De afspraken:\n\n"
                         "- de 67 SW-medewerkers blijven in dienst;\n- WOZL zorgt voor begeleiding;")
    assert [u.text for u in cut] == ["Limburg Catering nam per 1 april 2017 de catering van 11 kantines over."]


def test_a_list_item_led_by_its_own_label_stands_alone_and_a_short_sentence_is_no_label() -> None:
    from kb.answer.units import quotable_units

    # (tune64 xd35: the bbl's definition sat in a list under a heading, with no introduction, and was never quoted)
    text = ("## Begrippen\n\n- Beroepsbegeleidende leerweg (bbl). Volgens de Taalunie is de bbl een vorm van mbo "
            "met veel praktijk. De leerling heeft een arbeidscontract.\n- Sociaal inkopen. In Den Haag telt inkoop bij "
            "erkende sociaal ondernemers mee.\n- Dat mag. Maar alleen als de opdrachtgever het goedkeurt.\n"
            "- Een los item zonder label dat gewoon doorloopt.\n- Werkmakelaar of WSP. De gemeente stelt een makelaar "
            "aan.\n- Nee. Een werkervaringsplaats telt niet mee.\n")
    units = quotable_units(text)
    assert [(u.label, u.text) for u in units] == [
        ("Beroepsbegeleidende leerweg (bbl)",
         "Beroepsbegeleidende leerweg (bbl). Volgens de Taalunie is de bbl een vorm van mbo met veel praktijk."),
        ("Sociaal inkopen", "Sociaal inkopen. In Den Haag telt inkoop bij erkende sociaal ondernemers mee.")]
    # a list an introduction announces stays one unit with it, labels and all
    announced = "De drie routes:\n- Sociaal inkopen. Inkoop bij een sociale onderneming.\n- Stages. Een stageplek.\n"
    [unit] = quotable_units(announced)
    assert unit.kind == "list" and not unit.label
