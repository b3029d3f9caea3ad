"""Question analysis: kinds, the focus of a question, spelling correction, point words."""

from __future__ import annotations

from collections import Counter

import pytest

from kb.answer.coverage import alternatives_of, coverage, either_or, in_field, names_a_subject, point_words
from kb.answer.english import english_terms, gist
from kb.language.everyday import expand_everyday
from kb.language.questions import (BUYER, SUPPLIER, Kind, asks_yes_or_no, classify, defined_subject,
                                   described_field, focus, last_question, leans_back, plain_amounts, points_back,
                                   refers_back, side, two_questions, unwrapped, without_manner)
from kb.language.spelling import Speller
from kb.language.translation import dutch_terms, expand_english
from kb.search.keyword import analyse


@pytest.mark.parametrize(("question", "kind", "many"), [
    ("Wat is een voorbehouden opdracht?", Kind.DEFINITION, False),
    ("What is a reserved contract for sheltered workshops?", Kind.DEFINITION, False),
    ("Mag ik social return vragen bij een levering?", Kind.YES_NO, False),
    ("Hoeveel procent social return is gebruikelijk?", Kind.AMOUNT, False),
    ("Welk percentage vraagt Súdwest-Fryslân?", Kind.AMOUNT, False),
    ("Sinds wanneer geldt de Wet banenafspraak?", Kind.WHEN, False),
    ("Wie hebben Maatwerk voor Mensen bedacht?", Kind.WHO, False),
    ("Wie valt onder de doelgroep?", Kind.LIST, False),
    ("Hoe monitor je social return na gunning?", Kind.HOW, False),
    ("Welke waterschappen doen aan social return?", Kind.EXAMPLES, True),
    ("voorbeelden van social return in de schoonmaak", Kind.EXAMPLES, True),
    ("zijn er universiteiten die social return vragen?", Kind.EXAMPLES, True),
    ("Welke gemeenten pasten social return goed toe bij bouwprojecten?", Kind.EXAMPLES, True),
    ("Welke routes zijn er om social return op te nemen?", Kind.LIST, True),
    # the steps of a procedure are one answer, not a list across pages
    ("Hoe pak ik dat aan, welke stappen moet ik zetten?", Kind.HOW, False),
    ("What steps do I take to add social return to a framework agreement?", Kind.HOW, False),
    ("Wat is het verschil tussen social return en een voorbehouden opdracht?", Kind.DIFFERENCE, False),
    ("Waarom een maximum stellen?", Kind.WHY, False),
    ("Kun je me in het kort uitleggen waarom gemeenten social return vragen?", Kind.WHY, False),
    ("Could you explain why municipalities ask for social return?", Kind.WHY, False),
    # "heeft een … al eens" asks for a case; a company that "heeft een opdracht gewonnen" tells its own situation
    ("Heeft een provincie al eens social return gedaan bij wegonderhoud?", Kind.EXAMPLES, True),
    ("mijn bedrijf heeft een opdracht gewonnen met een sroi verplichting van 5%, hoe begin ik?", Kind.OPEN, False),
    ("Een inschrijver heeft een PSO-certificaat. Mag ik dat laten meetellen?", Kind.OPEN, False),
    # a supplier that already employs people tells its situation; "hebben er al …" asks for cases
    ("wij hebben al drie mensen uit de bijstand in dienst, telt dat ook mee?", Kind.OPEN, False),
    ("Hebben er al gemeenten social return gevraagd bij een ICT-contract?", Kind.EXAMPLES, True),
    # what something brings asks for a list, not for cases, nor for what a word means; one buyer's own
    # agreements are still asked as its case
    ("Welke voordelen heeft social return voor een leverancier?", Kind.LIST, True),
    ("What are the benefits of social return for the contracting authority?", Kind.OPEN, False),
    ("What are the main risks?", Kind.OPEN, False),
    ("What are reserved contracts?", Kind.DEFINITION, False),
    ("Welke afspraken heeft de Rijksoverheid gemaakt over social return bij haar eigen inkoop?", Kind.EXAMPLES, True),
    # "who has never heard of …" describes the asker, "who has used …" asks for cases
    ("Pretend I'm a small supplier who has never heard of social return: what will be expected of me?",
     Kind.OPEN, False),
    ("Is there a municipality who has used social return in ICT?", Kind.EXAMPLES, True),
    ("welke percentages zijn normaal bij schoonmaak?", Kind.AMOUNT, False),
    # "is X the same as Y" asks what sets them apart
    ("Is SROI hetzelfde als social return?", Kind.DIFFERENCE, False),
    ("Is social return the same as SROI (social return on investment) as used internationally?", Kind.DIFFERENCE,
     False),
])
def test_question_kinds(question: str, kind: Kind, many: bool) -> None:
    found = classify(question)
    assert (found.kind, found.many) == (kind, many)


def test_whether_a_question_can_be_answered_yes_or_no() -> None:
    assert asks_yes_or_no("Heeft een gemeente al eens social return toegepast bij ICT?")
    assert asks_yes_or_no("social return bij leveringen, mag dat?")
    assert asks_yes_or_no("Hoe werkt het bij leerlingenvervoer? Mogen de chauffeurs uit de doelgroep komen?")
    assert not asks_yes_or_no("Vanaf welk bedrag moet het Rijk social return toepassen?")
    assert not asks_yes_or_no("voorbeelden van social return in de bouw")
    assert not asks_yes_or_no("Hoe tel je een werkervaringsplek mee? Hoeveel is die waard?")
    # an open question that starts with a question word asks what, not whether; a bare fragment may ask whether
    assert not asks_yes_or_no("Wat doet de Rijksoverheid zelf aan social return?")
    assert not asks_yes_or_no("Welke gegevens moet een leverancier aanleveren om zijn social return te verantwoorden?")
    assert asks_yes_or_no("social return bij een ICT-contract?")
    assert asks_yes_or_no("Waarschijnlijk een domme vraag maar telt een stagiair mee?")  # not "waar…"


def test_focus_leaves_out_the_fields_name_only_when_something_is_left() -> None:
    assert focus("social return bij schoolbouw in Den Haag") == "bij schoolbouw in Den Haag"
    assert focus("Wat is social return?") is None
    assert focus("Hoe werkt een voorbehouden opdracht?") is None  # nothing to leave out
    assert focus("aanbesteding gewonnen met een sroi-verplichting") is None  # a compound keeps its part
    assert focus("Wat is de SROI-prestatieladder?") == "Wat is de prestatieladder?"  # a rare head stands alone
    # whether a guide on the field exists: most guides are about buying in general, the field's name picks one
    assert focus("is er een handreiking social return voor inkopers") is None
    assert focus("Are there guidelines or a handbook for applying social return in tenders?") is None
    assert focus("Welke mogelijkheden noemt het Eindhovense handboek voor social return?") == (
        "Welke mogelijkheden noemt het Eindhovense handboek voor ?")
    # how the field relates to something: social return is one side of the question, not the setting of it
    assert focus("Hoe verhoudt social return zich tot de Participatiewet?") is None
    assert focus("wat is het verschil tussen social return en mvi") is None
    assert focus("How does social return relate to the jobs agreement?") is None


@pytest.mark.parametrize(("question", "asker"), [
    ("welke stappen moet ik zetten om social return in een aanbesteding op te nemen", BUYER),
    ("hoe neem ik social return op in een aanbesteding voor schoonmaakdiensten?", BUYER),
    ("Ik ben inkoper bij een provincie, welk percentage vraag ik?", BUYER),
    ("wat zet ik in het bestek over social return", BUYER),
    ("We hebben een aanbesteding gewonnen met 5% social return, hoe gaan we dat invullen?", SUPPLIER),
    ("Als leverancier: hoe toon ik aan dat ik aan mijn verplichting heb voldaan?", SUPPLIER),
    ("As a supplier, how can I meet a 5% social return obligation?", SUPPLIER),
    # a buyer speaking of the supplier ("als een leverancier …" is "if a supplier …")
    ("Wat moet ik doen als een leverancier achterloopt met zijn social return?", None),
    ("Wat is social return?", None),
    # both sides named: nothing to go by
    ("Ik ben inkoper en we hebben de aanbesteding gewonnen", None),
])
def test_side_is_who_asks_in_the_first_person(question: str, asker: str | None) -> None:
    assert side(question) == asker


def test_what_is_left_without_the_fields_name_may_name_no_subject_of_its_own() -> None:
    # then the question is about social return itself and dense search embeds all of it (KnowledgeBase.prepare)
    assert not names_a_subject(focus("waarom vragen gemeenten eigenlijk social return bij aanbestedingen?"))
    assert not names_a_subject(focus("Is social return verplicht voor gemeenten?"))
    assert names_a_subject(focus("social return bij schoolbouw in Den Haag"))
    assert names_a_subject(focus("Hoe doet de gemeente Rotterdam social return?"))  # a name is a subject
    # an English word the glossary knows counts as its Dutch words: "municipalities" is "gemeenten"
    assert not names_a_subject(focus(expand_english("Why do municipalities ask for social return?")))
    assert names_a_subject(focus(expand_english("social return in cleaning contracts")))


def test_speller_corrects_against_the_index_and_keeps_real_words() -> None:
    speller = Speller(Counter({"doelgroep": 40, "aanbesteding": 90, "social": 300, "gunningscriterium": 30,
                               "tegenprestatie": 3}))
    assert speller.correct("Wie valt onder de doelgoep?")[0] == "Wie valt onder de doelgroep?"
    assert speller.correct("socal return bij een aanbestding")[0] == "social return bij een aanbesteding"
    assert speller.correct("gunningscritrium")[0] == "gunningscriterium"
    assert speller.correct("wat is dat eigelijk")[0] == "wat is dat eigenlijk"  # an ordinary Dutch word
    assert speller.correct("recept voor appeltaart")[0] == "recept voor appeltaart"  # real words stay
    assert speller.correct("qwertyzzz")[1] == []


def test_a_split_verb_is_the_fields_word_when_joined() -> None:
    # "op te nemen" is "opnemen" (social return put into a tender), not "nemen", which "de opdrachtnemer neemt
    # contact op" speaks to; a procedure's "doorlopen" is how the steps are asked for
    words = point_words("Welke stappen moet ik doorlopen om social return in een aanbesteding op te nemen?", "nl")
    assert words == []
    assert [w.word for w in point_words("Hoe kan ik dat in de planning in te passen?", "nl")] == ["planning", "passen"]


def test_the_askers_choosing_is_no_point_but_who_decides_is() -> None:
    # "Hoe bepaal ik welk percentage …?" asks the percentage: "bepaal" kept the percentage vraag's short answer
    # from opening (its wordings do not say "bepaal")
    words = point_words("Hoe bepaal ik welk percentage social return ik vraag?", "nl")
    assert [w.word for w in words] == ["percentage"]
    assert [w.word for w in point_words("How do I determine the percentage?", "en")] == ["percentage"]
    assert "bepaalt" in [w.word for w in point_words("Wie bepaalt of er social return in de aanbesteding komt?", "nl")]


def test_pointing_back_and_thinking_about_it_are_no_point() -> None:
    # "Wat is onze rol daarin?": "daarin" points back to the situation; "in welke fase moet je nadenken over social
    # return?" asks about the phases, not about thinking
    assert "daarin" not in [w.word for w in point_words("Als werkgeversservicepunt: wat is onze rol daarin?", "nl")]
    words = [w.word for w in point_words("In welke fase van het aanbestedingsproces moet je nadenken over social return?",
                                         "nl")]
    assert words == ["fase", "aanbestedingsproces"]


def test_who_counts_is_the_target_group() -> None:
    from kb.language.everyday import expand_everyday
    assert expand_everyday("wie telt mee sroi").endswith("doelgroep")
    assert expand_everyday("Who qualifies for social return?").endswith("doelgroep")
    assert expand_everyday("Telt een BBL-leerling mee?") == "Telt een BBL-leerling mee?"  # whether one person counts
    assert expand_everyday("Hoe tonen we aan dat we daaraan voldoen?").endswith("verantwoorden bewijsstukken")
    assert expand_everyday("wat als hij niemand kan vinden?").endswith("geen geschikte kandidaten")
    # doing nothing with what was agreed, and figures that may not be right (tune33)
    assert expand_everyday("Wat gebeurt er als een bedrijf gewoon niks doet met de afspraak?").endswith(
        "nakomen tekort")
    assert expand_everyday("Hoe weet ik of de cijfers die de aannemer opgeeft kloppen?").endswith(
        "controleren verificatie bewijsstukken")
    asked = "Welke gegevens moet een leverancier aanleveren, en klopt het dat dat via een portaal gaat?"
    assert expand_everyday(asked) == asked  # "klopt het dat" asks whether something is so
    # how many people an obligation takes is what one candidate is worth towards it; how many found work is not
    assert expand_everyday("Hoeveel mensen moet ik dan aannemen bij een opdracht van een miljoen?").endswith(
        "kandidaat waard waarde plaatsing")
    # a student's placement is the pages' stage and stagiair
    assert expand_everyday("wat is een stageplek waard?").endswith("stagiair stage")
    assert "waard" not in expand_everyday("Hoeveel mensen hebben via social return werk gevonden?")
    assert "waard" not in expand_everyday("Hoeveel medewerkers moet een bedrijf hebben voor de banenafspraak?")
    # a promise kept is what the pages call nakomen (tune33)
    assert expand_everyday("Hoe hou ik een leverancier aan zijn belofte?").endswith("nakomen handhaven")
    assert expand_everyday("Moet de aannemer zich er echt aan houden?").endswith("nakomen handhaven")
    assert expand_everyday("Moet de aannemer zich eraan houden?").endswith("nakomen handhaven")
    assert expand_everyday("Hoe hou ik mijn collega aan het woord?") == "Hoe hou ik mijn collega aan het woord?"
    # whether it works, also after a first clause
    assert expand_everyday("Wat zijn de ervaringen van gemeenten met social return, werkt het eigenlijk?").endswith(
        "effect")
    assert expand_everyday("Hoe werkt het eigenlijk met de bouwblokken?") == "Hoe werkt het eigenlijk met de bouwblokken?"
    assert expand_everyday("We cannot find candidates").endswith("geen geschikte kandidaten")
    assert expand_everyday("wanneer in het traject neem ik het op?").endswith("fasen aanbesteding")
    assert expand_everyday("Wanneer is de Wet inburgering ingegaan?") == "Wanneer is de Wet inburgering ingegaan?"
    assert expand_everyday("Telt een oudere werkzoekende van 55+ mee?").endswith("50 jaar of ouder 50-plusser")
    # asking for more time is the pages' herstelperiode and aanvullende afspraak (tune38 ud04, refusal_tune30 st45)
    assert expand_everyday("Kan ik de opdrachtgever om uitstel vragen?").endswith(
        "herstelperiode aanvullende contractperiode")
    assert expand_everyday("Can the supplier get more time?").endswith("herstelperiode aanvullende contractperiode")
    assert expand_everyday("hoe lang heeft een leverancier om aan de social return te voldoen").endswith(
        "herstelperiode aanvullende contractperiode")
    asked = "hoe lang moet een kandidaat in dienst blijven om mee te tellen"
    assert expand_everyday(asked) == asked  # how long a hire lasts, not the time given
    # an obligation that goes up with the contract is the pages' meer- en minderwerk and grondslag (tune38 ud05)
    assert expand_everyday("Het contract wordt verlengd, moet de verplichting dan ook omhoog?").endswith(
        "minderwerk grondslag meebeweegt")
    assert "herstelperiode" not in expand_everyday("Is a contract extension allowed?")  # no deadline asked
    # a report that comes late is the pages' rapportagetermijnen (tune36 ub25, tune40 uf01)
    assert expand_everyday("Mijn leverancier rapporteert zijn social return te laat, wat kan ik doen?").endswith(
        "rapportagetermijnen handhavingsberichten monitoring")
    assert expand_everyday("Our contractor keeps sending its report late.").endswith("handhavingsberichten monitoring")
    asked = "Is het te laat om na gunning nog social return toe te voegen?"
    assert expand_everyday(asked) == asked  # too late for something else than a report
    # advisory work is the pages' advies- and adviesopdracht (tune40 uf26: declined at confidence 0.46)
    from kb.language.translation import expand_english
    assert "adviesopdracht" in expand_english("Can you apply social return to consultancy or advisory contracts?")
    # (tune43 ui22) volunteer work at a community centre is the pages' maatschappelijke activiteit or initiatief
    assert "maatschappelijk initiatief" in expand_english(
        "Can their staff volunteer at a community centre as social return?")
    assert expand_everyday("boven 50.000 euro social return?") == "boven 50.000 euro social return?"  # an amount


def test_the_benefits_for_one_side_are_what_social_return_brings_that_side() -> None:
    from kb.language.everyday import expand_everyday
    # someone on benefits is someone else
    assert expand_everyday("What are the benefits for suppliers of meeting SROI requirements?").endswith(
        "zinvol krappe schaars")
    asked = "Does someone on benefits for two years count?"
    assert expand_everyday(asked) == asked


def test_people_from_the_own_town_is_the_pages_residence_requirement() -> None:
    from kb.language.everyday import expand_everyday
    asked = "mag de gemeente eisen dat de leverancier mensen uit de eigen gemeente aanneemt voor de sroi?"
    assert expand_everyday(asked).endswith("woonplaatseis inwoners eigen gemeente")
    assert expand_everyday("Can we require local people for SROI?").endswith("woonplaatseis inwoners eigen gemeente")
    # the gemeente's own policy is no residence requirement
    assert expand_everyday("Wat is het beleid van de eigen gemeente?") == "Wat is het beleid van de eigen gemeente?"
    asked = "Hoe helpt social return inwoners van de gemeente aan werk?"
    assert expand_everyday(asked) == asked  # anyone living there, no residence requirement


def test_asking_for_options_or_how_it_fits_is_no_point() -> None:
    # "What are our options?" was declined: the sources "do not speak to 'options'"
    assert "options" not in [w.word for w in point_words("We have no entry-level jobs. What are our options?", "en")]
    assert [w.word for w in point_words("Hoe past social return in het inkoopproces?", "nl")] == ["inkoopproces"]
    from kb.language.everyday import expand_everyday
    assert "duurzaam werk" in expand_everyday("Houdt de kandidaat na het contract zijn baan?")
    # (tune43 ui17) the sentence ending on it; how long one must stay employed to count is the minimum duration
    assert "duurzaam werk" in expand_everyday("Hoe zorgen we dat de mensen na het project aan het werk blijven?")
    assert "duurzaam" not in expand_everyday("Hoe lang moet iemand in dienst blijven om mee te tellen?")
    # (refusal_tune36 ve40) money given to a food bank
    assert "gift sponsoring" in expand_everyday("De aannemer wil € 15.000 schenken aan de voedselbank. Telt dat?")
    # (tune43 ui19) a club sponsored is the pages' gift or sponsoring
    assert "gift sponsoring" in expand_everyday("De leverancier wil de lokale voetbalclub sponsoren. Mag dat?")
    # (tune42 uh36, tune43 ui30) someone to turn to in one's own organisation
    assert expand_everyday("Wie kan mij binnen de gemeente helpen met social return?").endswith(
        "eigen organisatie intern")
    # (tune44 uj09) a contract that ends before its term is the pages' "eerder einde"
    assert expand_everyday("Het contract wordt vroegtijdig beëindigd, wat gebeurt er?").endswith("eerder einde")
    assert expand_everyday("The contract was terminated early; what now?").endswith("eerder einde")
    assert expand_everyday("Stopt de opdracht eerder dan gepland?") == "Stopt de opdracht eerder dan gepland?"
    # (tune44 uj31) "in de praktijk" is how it goes, not a subject: the term asked about is the point
    assert [w.word for w in point_words("Wat betekent 'afstand tot de arbeidsmarkt' in de praktijk?", "nl")] == []
    assert [w.word for w in point_words("Hoe gaat social return in de praktijk bij een waterschap?", "nl")] == [
        "waterschap"]
    # (tune44 uj16) money paid "instead of" hiring is the pages' afkopen: "instead of" goes after the everyday phrases
    words = point_words("Can a supplier pay a sum of money instead of hiring people to fulfil the clause?", "en")
    assert any(set(analyse("afkopen")) <= w.terms for w in words)
    assert [w.word for w in point_words("Mag ik social return als gunningscriterium gebruiken in plaats van als "
                                        "eis?", "nl")] == ["gunningscriterium", "gebruiken"]
    # (refusal_tune35 vd26) a text asked for with its verb after it is the answer's form, what it asks for the point
    assert [w.word for w in point_words("Wil je een beleefde e-mail opstellen aan onze leverancier met het verzoek om "
                                        "de social-returnrapportage over 2024 aan te leveren?", "nl")] == [
        "2024", "rapportage", "leveren"]


def test_how_after_a_situation_is_a_how_question() -> None:
    from kb.language.questions import Kind, classify
    for question in ("Bij een bouwopdracht van 5 miljoen, hoe zet je social return in?",
                     "We kopen ICT in, hoe pas je social return dan toe?",
                     "Ik heb een schoonmaakcontract, hoe vul ik die verplichting in?"):
        assert classify(question).kind == Kind.HOW, question


def test_a_verb_stem_in_en_meets_its_noun() -> None:
    # "hoe bereken ik …": the stemmer read "bereken" as "berek", the pages' "berekening" as "bereken"
    from kb.search.keyword import analyse
    word = next(w for w in point_words("Hoe bereken ik de waarde van een kandidaat?", "nl") if w.word == "bereken")
    assert set(analyse("berekening")) <= set(word.terms)
    assert set(analyse("berekend")) <= set(word.terms)


def test_english_chat_words_are_no_point_and_a_bid_is_an_inschrijving() -> None:
    # "we're", "whole", "even", "put", "new" made a clear question about laptops look unanswered
    words = point_words("we're about to tender new laptops for the whole department, can we even put social "
                        "return in that?", "en")
    assert {w.word for w in words} == {"laptops", "social return", "department"}
    bid = next(w for w in point_words("did the supplier deliver what they promised in their bid?", "en")
               if w.word == "bid")
    assert bid.found_in(set(analyse("de inschrijving van de leverancier")))


def test_alternatives_of_a_word() -> None:
    question = "Krijgt een werkgever belastingvoordeel of subsidie als hij iemand uit de bijstand aanneemt?"
    assert alternatives_of(question, "belastingvoordeel") == ["subsidie"]
    assert alternatives_of("Welk btw-tarief geldt voor schoonmaak?", "btw") == []


def test_point_words_leave_out_question_words_and_the_field() -> None:
    words = [w.word for w in point_words("Wie is de burgemeester van Rotterdam?", "nl")]
    assert words == ["burgemeester", "rotterdam"]
    assert [w.word for w in point_words("Hoe werkt social return bij schoonmaak?", "nl")] == ["schoonmaak"]
    # "heeft een provincie dat al eens gedaan": any form of "doen" asks whether it happened, not what was done
    words = [w.word for w in point_words("heeft een provincie al eens social return gedaan bij wegonderhoud?", "nl")]
    assert sorted(words) == ["provincie", "wegonderhoud"]  # (an everyday phrase, GWW, comes first)
    english = point_words("Can I reserve a contract for sheltered workshops?", "en")
    assert any("sociale" in " ".join(w.terms) or "werkplaats" in " ".join(w.terms) for w in english)
    years = point_words("Wat zijn de drempels in 2026?", "nl")
    assert "2026" in [w.word for w in years]


def test_an_everyday_phrase_is_spoken_to_by_the_pages_words_for_it() -> None:
    words = point_words("Onze leverancier loopt al een jaar achter met zijn social return, wat nu?", "nl")
    assert "achter" not in [w.word for w in words] and "loopt" not in [w.word for w in words]
    sentence = set(analyse("Als de opdrachtnemer zijn afspraken niet nakomt, volgt eerst een herstelperiode."))
    assert coverage(words, sentence) > 0.5
    assert coverage(point_words("Is een vast percentage in strijd met de regels?", "nl"),
                    set(analyse("Een vast percentage is juridisch toegestaan als het proportioneel is."))) == 1.0
    assert set(expand_everyday("Wordt het echt waargemaakt?").split()[-2:]) == {"nakomen", "controle"}
    assert expand_everyday("Wat is een bouwblok?") == "Wat is een bouwblok?"
    # settling a shortfall in money is the pages' inhouding naar rato on the last payment
    words = point_words("Wat betekent afrekenen op social return?", "nl")
    harlingen = set(analyse("Daarna houdt de gemeente naar rato in op de laatste betalingstermijn (inhouding)."))
    assert coverage(words, harlingen) == 1.0
    assert expand_everyday("Krijgt hij korting op de factuur?").endswith("inhouding naar rato laatste betalingstermijn")
    # (and a shortfall set off against the invoice, tune65 xe35; not any "verrekenen" of hours or values)
    for question in ("Kunnen SROI-tekorten verrekend worden met de factuur?",
                     "Kan het tekort met de factuur verrekend worden?",
                     "Mag de gemeente het tekort verrekenen met de laatste termijn?",
                     "Can a social return shortfall be offset against the final invoice?"):
        assert expand_everyday(question).endswith("inhouding naar rato laatste betalingstermijn"), question
    assert "inhouding" not in expand_everyday("Hoe verreken ik deeltijduren naar fte?")
    # (tune61 xa55) part-time work counts in proportion to the hours: the pages' "naar rato", per 36-hour year
    for question in ("telt een parttimer even zwaar als een fulltimer", "How are part-time hours converted?",
                     "Telt iemand in deeltijd voor de volle waarde mee?"):
        assert expand_everyday(question).endswith("naar rato uren 36 uur deeltijd"), question


def test_two_alternatives_are_spoken_to_by_either_and_infra_by_the_pages_gww() -> None:
    question = "Heeft een provincie voorbeelden bij schoonmaak of catering?"
    words = point_words(question, "nl")
    catering_only = set(analyse("De provincie vroeg social return bij de catering van het provinciehuis."))
    assert coverage(words, catering_only) < 1.0  # both asked for: one is missing
    joined = either_or(question, words)
    assert [w.word for w in joined if w.either] == ["schoonmaak of catering"]
    assert coverage(joined, catering_only) == 1.0  # either one is enough
    plain = point_words("Wat is een bouwblok?", "nl")
    assert either_or("Wat is een bouwblok?", plain) is plain  # no alternatives: the same words
    gww = set(analyse("Aannemers van grote weg- en waterbouwprojecten (gww) kregen een eis van 5%."))
    infra = "Social return bij glasvezel of infra?"
    assert coverage(point_words(infra, "nl"), gww) < 1.0  # the sentence does not say "glasvezel"
    assert coverage(either_or(infra, point_words(infra, "nl")), gww) == 1.0  # "infra" is the pages' GWW
    assert expand_everyday("voorbeelden uit de infra").endswith("gww infrastructuur")
    # road upkeep is GWW work too; clearing a backlog away ("wegwerken") is not
    roads = "Social return bij wegonderhoud?"
    assert coverage(point_words(roads, "nl"), gww) == 1.0
    assert expand_everyday("onderhoud van de wegen, 6 jaar").endswith("gww infrastructuur")
    assert expand_everyday("road maintenance contract").endswith("gww infrastructuur")
    assert expand_everyday("hoe kan de leverancier de achterstand wegwerken?") == (
        "hoe kan de leverancier de achterstand wegwerken?")


def test_the_contracts_value_sets_out_the_situation_and_an_asked_amount_is_a_point() -> None:
    def words(question: str) -> list[str]:
        return [w.word for w in point_words(question, "nl")]
    assert words("Bij een kleine opdracht van 80.000 euro, moet ik dan ook social return vragen?") == ["kleine"]
    # "onder de 100k" places the contract below a threshold: a page on thresholds speaks to it without that number
    assert words("moet ik social return vragen bij een opdracht onder de 100.000?") == []
    assert "million" not in words("A cleaning contract worth € 2 million: which percentage?")
    assert words("Is €100.000 een gangbare drempel?")[0] == "100.000"
    assert "2.82" in words("Wat zegt artikel 2.82 van de Aanbestedingswet?")
    # so does how long it runs in years (tune53 us22); months may be the Rijk's minimum term, years in a job the point
    assert words("ICT-dienstverlening voor 2 jaar van 400.000 euro: is social return hier zinvol en hoeveel?") == [
        "ict", "dienstverlening"]
    assert "2" in words("Moet de kandidaat voor 2 jaar in dienst blijven?")
    assert "6" in words("Geldt social return bij een contract van 6 maanden?")


def test_advice_words_slips_and_english_function_words_carry_no_point() -> None:
    def words(question: str, language: str = "nl") -> list[str]:
        return [w.word for w in point_words(question, language)]

    assert words("Wat raden jullie aan bij schoonmaak?") == ["schoonmaak"]
    assert words("Hoe verwerk ik dat en wat is realistisch bij beveiliging?") == ["beveiliging"]
    assert words("wat betekend doelgroepregister") == ["doelgroepregister"]  # a d/t slip of "betekent"
    assert words("Klopt het dat percelen verplicht zijn?") == ["percelen", "verplicht"]
    assert words("Hoe doet de gemeente Rotterdam het?") == ["rotterdam"]  # the kind of organisation before its name
    assert words("Welke gemeente doet het?") == ["gemeente"]
    assert words("Is the percentage the same for every municipality or does each one set its own?", "en") == [
        "percentage", "municipality"]
    voldoen = point_words("Hoe kan ik voldoen aan de eis?", "nl")[0]
    assert voldoen.found_in(set(analyse("Hoe voldoe ik aan mijn verplichting?")))
    invult = next(w for w in point_words("Welk formulier invult de leverancier?", "nl") if w.word == "invult")
    assert invult.found_in(set(analyse("de opdrachtnemer moet het formulier invullen")))
    bedoeld = next(w for w in point_words("Wat wordt bedoeld met afstand?", "nl") if w.word == "bedoeld")
    assert bedoeld.found_in(set(analyse("Wat gemeenten ermee bedoelen, verschilt.")))
    # a plural in -es is spoken to by the pages' plural in -en: "rekenmethodes" by "rekenmethoden"
    methodes = next(w for w in point_words("Welke rekenmethodes zijn er?", "nl") if w.word == "rekenmethodes")
    assert methodes.found_in(set(analyse("De rekenmethoden verschillen per regio.")))



def test_what_matters_most_and_putting_it_in_a_contract_carry_no_point_and_a_generic_head_is_left_out() -> None:
    assert [w.word for w in point_words("Waarom overheden social return in contracten opnemen?", "nl")] == []
    assert [w.word for w in point_words("Wat zijn de belangrijkste bezwaren?", "nl")] == ["bezwaren"]
    parts = {"kritiekpunten": ["kritiek", "punten"], "aandachtspunten": ["aandacht", "punten"]}
    kritiek = point_words("Wat zijn de kritiekpunten op social return?", "nl", lambda w: parts.get(w, []))[0]
    assert kritiek.found_in(set(analyse("Bedrijven zijn positief, maar met kritiek op de uitvoering.")))
    assert not kritiek.found_in(set(analyse("Bedrijven zijn positief over de uitvoering.")))


def test_a_company_named_by_its_trade_is_spoken_to_by_the_trade_and_nobody_now_carries_no_point() -> None:
    parts = {"schoonmaakbedrijf": ["schoonmaak", "bedrijf"], "werkbedrijf": ["werk", "bedrijf"]}
    split = lambda w: parts.get(w, [])  # noqa: E731
    company = point_words("Hoeveel mogen we van het schoonmaakbedrijf vragen?", "nl", split)[0]
    assert company.found_in(set(analyse("Social return bij de schoonmaak van het stadhuis.")))
    assert not company.found_in(set(analyse("Social return bij het groenonderhoud van de stad.")))
    werk = point_words("Wat doet het werkbedrijf?", "nl", split)[0]  # a trade of four letters is no trade
    assert not werk.found_in(set(analyse("Werk voor mensen met een afstand.")))
    words = [w.word for w in point_words("Hoe voldoen we als we op dit moment niemand nodig hebben?", "nl")]
    assert "moment" not in words and "niemand" not in words and "voldoen" in words
    assert [w.word for w in point_words("Wie valt daar allemaal onder?", "nl")] == []
    english = [w.word for w in point_words("Do suppliers think the clauses are an administrative burden?", "en")]
    assert "clauses" not in english and "administrative burden" in english
    difference = [w.word for w in point_words("Wat is het verschil tussen een stage en een bbl-plek?", "nl")]
    assert "verschil" not in difference and "tussen" not in difference and "stage" in difference


def test_asking_for_steps_or_what_counts_as_a_term_carries_no_point() -> None:
    assert [w.word for w in point_words("Hoe pak ik dat aan, welke stappen moet ik zetten?", "nl")] == []
    assert [w.word for w in point_words("hoe zet ik social return in bij een onderwijsinstelling?", "nl")] == [
        "onderwijsinstelling"]
    assert [w.word for w in point_words('Wat telt als "afstand tot de arbeidsmarkt"?', "nl")] == []
    assert [w.word for w in point_words("What counts as a placement?", "en")] == ["placement"]
    # whether something counts is part of the point
    assert "telt" in [w.word for w in point_words("Telt een contract van 6 maanden?", "nl")]
    # a supplier's social-return obligation is the field's own word; the end of the contract says when
    assert [w.word for w in point_words("Wat als een leverancier aan het eind van het contract zijn social return "
                                        "verplichting niet heeft gehaald?", "nl")] == ["niet heeft gehaald"]


def test_taking_into_account_carries_no_point_and_a_contractor_is_in_the_field() -> None:
    assert [w.word for w in point_words("Hoe hou je daar als inkoper rekening mee?", "nl")] == []
    assert [w.word for w in point_words("Waar moet ik rekening mee houden bij een raamovereenkomst?", "nl")] == [
        "raamovereenkomst"]
    # a bill is a point of its own
    assert "rekening" in [w.word for w in point_words("Wie betaalt de rekening van de jobcoach?", "nl")]
    # how two things relate is the kind of answer; the two are its point
    assert [w.word for w in point_words("Hoe verhoudt social return zich tot de Participatiewet?", "nl")] == [
        "participatiewet"]
    assert in_field("telt dat ook voor de hoofdaannemer?") and in_field("Mag mijn onderaannemer het doen?")


def test_how_the_answer_should_be_put_is_no_part_of_what_it_is_about() -> None:
    assert without_manner("Wat is social return in gewone woorden?") == "Wat is social return?"
    assert without_manner("What is SROI in plain English?") == "What is SROI?"
    assert without_manner("telt een gewone baan mee?") == "telt een gewone baan mee?"
    # (refusal_tune36 ve28) "geen uitweidingen", also as the speller makes it
    assert "uitbreidingen" not in without_manner("Geef me de stappen. Kort graag, geen uitbreidingen.")
    # a format asked is no part of the subject either
    assert without_manner("Leg in drie bullets uit wat de banenafspraak is.") == "Leg uit wat de banenafspraak is."
    assert without_manner("Explain in one paragraph what the PSO is.") == "Explain what the PSO is."
    # so is the language asked for (refusal_tune33 sz34), but not "English law"
    assert without_manner("Answer in English please: what does SROI stand for?") == "what does SROI stand for?"
    assert without_manner("Antwoord graag in het Engels: zijn gemeenten verplicht?") == "zijn gemeenten verplicht?"
    assert without_manner("Wat is een bouwblok? Graag in het Engels.") == "Wat is een bouwblok?"
    assert without_manner("Is social return in English law?") == "Is social return in English law?"
    assert without_manner("Welke punten zijn belangrijk in een bestek?") == "Welke punten zijn belangrijk in een bestek?"
    # so is a text asked for: the checklist or e-mail is the form, what it is about the point (refusal_tune24 si28)
    assert without_manner("Maak een checklist waarmee ik als contractmanager de verantwoording van een leverancier kan "
                          "nalopen.") == "ik als contractmanager de verantwoording van een leverancier kan nalopen."
    assert without_manner("Can you write a short, polite email to our contractor asking for its report?") == (
        "to our contractor asking for its report?")
    # what the text is about stays ("een social return checklist"), and something is always left to search with
    assert without_manner("Maak een social return checklist voor inkopers") == (
        "Maak een social return checklist voor inkopers")
    assert without_manner("Maak een loonkostensubsidie samenvatting") == "Maak een loonkostensubsidie samenvatting"
    assert [w.word for w in point_words("Kun je in jip-en-janneketaal uitleggen wat een bouwblok is?", "nl")] == [
        "bouwblok"]
    # asking what the field's name means leaves nothing to search for without the name
    assert focus("Wat betekent SROI eigenlijk precies?") is None and focus("What does SROI stand for?") is None


def test_speller_allows_a_long_compound_three_slips_but_a_short_word_one() -> None:
    speller = Speller(Counter({"doelgroepregister": 30, "doelgroep": 40, "register": 9, "loonsom": 12}))
    # 18 letters, three edits ("en" added, "t" dropped) from the register the index knows
    assert speller.correct("wat is het doelgroepenregiser")[0] == "wat is het doelgroepregister"
    assert speller.correct("loonsmo")[0] == "loonsom"  # a swap is one edit
    assert speller.correct("lnosmo")[1] == []  # a six-letter word three edits away is no slip


def test_speller_joins_a_compound_written_apart() -> None:
    speller = Speller(Counter({"participatiewet": 246, "participatie": 14, "wet": 166, "social": 3875,
                               "return": 3212, "socialreturn": 9, "werk": 610, "werken": 400, "over": 606,
                               "een": 4879, "overeen": 30}))
    corrected, corrections = speller.correct("Wat is de participatie wet en wie valt eronder?")
    assert corrected == "Wat is de participatiewet en wie valt eronder?"
    assert [(c.wrong, c.right) for c in corrections] == [("participatie wet", "participatiewet")]
    assert speller.correct("social return bij werk en zorg")[1] == []  # the field's phrase; "en" is no part
    assert speller.correct("wat staat er over een voorbehouden opdracht")[1] == []
    assert speller.correct("the participatie wet", "en")[1] == []  # Dutch compounds only in Dutch
    # three words written apart, as on a phone: "werkgevers service punt"
    speller = Speller(Counter({"werkgeversservicepunt": 40, "werkgevers": 120, "service": 15, "punt": 30,
                               "werkgeversservice": 0, "sroi": 80, "contact": 20}))
    corrected, corrections = speller.correct("werkgevers service punt sroi contact")
    assert corrected == "werkgeversservicepunt sroi contact"
    assert [(c.wrong, c.right) for c in corrections] == [("werkgevers service punt", "werkgeversservicepunt")]
    # a particle written apart ("door leggen", "onder aannemer") is joined when the index knows the word, even rarely
    speller = Speller(Counter({"doorleggen": 3, "onderaannemer": 15, "door": 300, "leggen": 20, "onder": 400,
                               "aannemer": 90, "aanbod": 12, "aan": 900, "bod": 4, "overleggen": 0}))
    corrected, corrections = speller.correct("mag ik social return door leggen naar de onder aannemer?")
    assert corrected == "mag ik social return doorleggen naar de onderaannemer?"
    assert speller.correct("komt social return aan bod")[1] == []  # a short word is a word of its own
    assert speller.correct("zij zijn door leveranciers gekozen")[1] == []  # the index has no such word
    # (tune54 ut26) a compound the index writes mostly in its plural: "stage plek" is its stageplek(ken)
    speller = Speller(Counter({"stageplek": 1, "stageplekken": 26, "stage": 96, "plek": 31, "werk": 610,
                               "plekken": 20}))
    corrected, corrections = speller.correct("hoe zwaar telt een stage plek mee?")
    assert corrected == "hoe zwaar telt een stageplek mee?"
    assert speller.correct("werk plek")[1] == []  # neither the compound nor its plural is the index's
    # (the second review) a compound the index never writes is no join, whatever longer word begins with it
    speller = Speller(Counter({"opdrachtwaarde": 30, "opdracht": 500, "waard": 40, "werkzoekenden": 50,
                               "werk": 600, "zoeken": 30}))
    assert speller.correct("hoeveel is een opdracht waard?")[1] == []
    assert speller.correct("via social return werk zoeken")[1] == []


def test_coverage_is_weighted_by_rarity_not_by_the_index() -> None:
    words = point_words("Hoeveel inwoners heeft Leeuwarden?", "nl")
    assert coverage(words, set(analyse("Leeuwarden heeft 130.000 inwoners"))) == 1.0
    assert coverage(words, set(analyse("De gemeente Leeuwarden vraagt social return"))) < 1.0
    assert coverage([], set()) == 1.0


def test_in_field() -> None:
    assert in_field("Hoe werkt de percelenregeling?")
    assert in_field("Can I reserve a contract for sheltered workshops?")
    assert not in_field("Wat is de hoofdstad van Friesland?")
    # what counts towards the obligation is the field's question, whatever is counted
    assert in_field("Telt sponsoring van de plaatselijke voetbalclub mee?")
    assert in_field("Does sponsoring the local football club count?")
    assert in_field("Moet die kandidaat in dienst blijven?") and in_field("Tellen statushouders?")
    assert not in_field("Hoeveel inwoners telt Friesland?") and not in_field("How do I count the days?")


def test_speller_knows_ordinary_english_and_dutch_words() -> None:
    speller = Speller(Counter({"participatiewet": 12, "schoonmaakcooperatie": 1}))
    assert speller.correct("What is the Participaiton Act?", "en")[0] == "What is the Participation Act?"
    assert speller.correct("its social return oblihation", "en")[0] == "its social return obligation"
    assert speller.correct("schoonmaakcooperate voorbeelden")[0] == "schoonmaakcooperatie voorbeelden"
    assert speller.correct("Zoetermeer en Heemskerk")[1] == []  # names the lists do not know stay


def test_speller_leaves_abbreviations_and_compounds_of_real_words_alone() -> None:
    speller = Speller(Counter({"contract": 9, "raamovereenkomst": 4, "jaarcontract": 1, "avg": 3, "ldpr": 1}))
    assert speller.correct("SROI bij een raamcontract")[1] == []  # raam + contract, not "jaarcontract"
    assert speller.correct("GDPR and reporting on candidates", "en")[1] == []  # not "LDPR"
    assert speller.correct("een jaarcontrct")[0] == "een jaarcontract"  # a real typo is still corrected
    # a separable verb the word lists hardly know is no typo; a word ending in an adverb is no compound
    speller = Speller(Counter({"opstellen": 5, "tellen": 3, "opdrachtnemer": 50}))
    assert speller.correct("bij elkaar optellen")[1] == []  # op + tellen, not "opstellen"
    assert speller.correct("onze opdrachtneer haalt het niet")[0] == "onze opdrachtnemer haalt het niet"
    # a verb's stem joined to a noun is a compound ("maaiwerk" is maaien + werk, not a slip for "maatwerk");
    # "inkop" is no stem (inkopen's is inkoop), so "inkoptraject" is still a slip
    speller = Speller(Counter({"maatwerk": 40, "werk": 30, "inkooptraject": 5, "traject": 9}))
    assert speller.correct("een aanbesteding voor maaiwerk langs de dijken")[1] == []
    assert speller.correct("snoeiwerk en schilderwerk")[1] == []
    assert speller.correct("stappen in een inkoptraject")[0] == "stappen in een inkooptraject"
    # a word ordinary Dutch knows now and then is no slip for a rarer neighbour of the index
    speller = Speller(Counter({"overhoudt": 3, "eigenlijk": 5}))
    assert speller.correct("hoe verhoudt social return zich tot de wet")[1] == []  # not "overhoudt"
    assert speller.correct("wat is het eigelijk")[0] == "wat is het eigenlijk"  # a slip of a common word


@pytest.mark.parametrize("question, language", [
    ("Example of social return in waste collection", "en"),  # no function word decides: the other words do
    ("Examples of social return in construction projects", "en"),
    ("social return in de bouw", "nl"),
    ("best practices social return", "nl"),  # Dutch buyers say "best practices" too
    ("sroi schoonmaak voorbeelden", "nl"),
    ("What is social return?", "en"),
])
def test_language_of_short_questions(question: str, language: str) -> None:
    from kb.language.detect import detect_language

    assert detect_language(question) == language


def test_the_sentence_that_asks_is_what_is_asked() -> None:
    from kb.language.questions import last_question

    assert last_question("We kopen laptops in. Welk percentage kan ik vragen?") == "Welk percentage kan ik vragen?"
    assert last_question("Wat kan ik doen bij een boete? Ik ben nieuw hier.") == "Wat kan ik doen bij een boete?"
    assert last_question("Wat is SROI?") is None
    # a semicolon joins the situation to the question as a comma does (tune41 ug06)
    assert last_question("Wij zijn een provincie en gaan een groot infraproject aanbesteden; hoe nemen we social "
                         "return op in de gunningscriteria?") == "hoe nemen we social return op in de gunningscriteria?"
    from kb.language.questions import points_back

    assert points_back("Mag dat meetellen?") and points_back("Hoe kan ik daar toch aan voldoen?")
    assert not points_back("Welk percentage kan ik vragen?")
    # "dat" before a subject joins a clause: the reported question asks of its own
    assert not points_back("of we verplicht zijn om social return te doen of dat het vrijwillig is.")
    assert points_back("Ik vraag me af of dat mag.")
    # a last sentence that asks nothing of its own: the one before it asks
    assert last_question("Moet ik percelen maken als ik social return wil toepassen? Of juist niet?") == (
        "Moet ik percelen maken als ik social return wil toepassen?")
    assert last_question("Wij zijn een universiteit. Moet dat?") is None
    # a bare "wat nu?" asks about the trouble told after "maar"; "maar de helft" is "only"
    assert last_question("Ik ben HR manager bij een schoonmaakbedrijf en moet 3 mensen plaatsen voor sroi maar ik "
                         "vind geen kandidaten, wat nu?") == "ik vind geen kandidaten, wat nu?"
    assert last_question("We moeten 3 mensen plaatsen maar ik vind geen kandidaten. Wat nu?") == (
        "ik vind geen kandidaten, Wat nu?")
    assert last_question("De leverancier heeft maar de helft gehaald, wat nu?") is None
    # with no trouble told, a bare "Wat nu?" leaves the question before it to ask
    assert last_question("Wat is een bouwblok? Wat nu?") == "Wat is een bouwblok?"
    # the asker wants to know: the clause after it is the question
    assert last_question("Als beleidsmedewerker wil ik weten wat de wettelijke basis is voor social return.") == (
        "wat de wettelijke basis is voor social return.")
    assert last_question("ik wil graag weten hoe ik social return toepas bij een ict opdracht") == (
        "hoe ik social return toepas bij een ict opdracht")
    assert last_question("I'd like to know whether social return is mandatory for a ministry") == (
        "whether social return is mandatory for a ministry")
    assert last_question("Ik wil weten of het mag") is None  # too little of its own to search for
    # one sentence: a situation, a comma, then the question
    assert last_question("ik koop ICT-diensten in voor 3 jaar, hoe bereken ik het percentage social return?") == (
        "hoe bereken ik het percentage social return?")
    assert last_question("Wat is social return, en hoe werkt het?") is None  # one question
    assert last_question("banen afspraak en quotum: wat is dat en hoe werkt het precies?") is None  # a subject
    assert last_question("we hebben een opdracht voor drukwerk, moet ik daar social return op zetten?") is None
    # typed without the comma: "welke" and "hoeveel" open the clause that asks
    assert last_question("socal return in de schoonmaak welke percentages zijn normaal") == (
        "welke percentages zijn normaal")
    assert last_question("welk percentage is normaal bij schoonmaak") is None  # the question opens the sentence
    assert last_question("ik weet niet wat ik moet vragen") is None  # "wat" joins clauses
    # a bare "wat kan ik doen?" after who asks and the trouble: the trouble is what it asks about
    assert last_question("Hoi, ik ben contractmanager en de leverancier haalt zijn sroi niet. wat kan ik doen?") == (
        "de leverancier haalt zijn sroi niet, wat kan ik doen?")


def test_who_asks_is_no_part_of_a_definition_question() -> None:
    from kb.language.questions import asked_clause, last_question, with_measure, without_asker

    assert without_asker("ik ben net begonnen als inkoper bij de gemeente, wat is social return nou eigenlijk "
                         "precies?") == "wat is social return nou eigenlijk precies?"
    assert without_asker("I am a new team lead at a Dutch ministry. What is social return?") == "What is social return?"
    # the asker's organisation matters for an obligation, and a situation about the contract is the question
    assert without_asker("Ik ben inkoper bij een universiteit. Moeten wij ook social return toepassen?") is None
    assert without_asker("Ik werk bij een waterschap en we willen kleinere opdrachten, wat is daarvoor nodig?") is None
    assert without_asker("Mag ik, als gemeente, social return eisen?") is None
    assert without_asker("Bij het Rijk: wat is de regel voor social return?") is None  # context, not the asker
    # an introduction joined to what everyone talks about, then "wat is dat?": the field's name is asked
    assert without_asker("Ik ben net begonnen als trainee bij de gemeente en iedereen heeft het hier over SROI. "
                         "Wat is dat precies en waarom doen we dat?") == "Wat is SROI precies en waarom doen we SROI?"
    assert without_asker("Ik ben net begonnen bij de provincie en we hebben een bouwproject. Wat is dat?") is None
    # a question reported by someone else is what is asked
    assert asked_clause("Mijn wethouder vraagt hoe social return samenhangt met de Participatiewet.") == (
        "hoe social return samenhangt met de Participatiewet.")
    assert last_question("Mijn wethouder vraagt hoe social return samenhangt met de Participatiewet. Wat kan ik "
                         "hem in een paar zinnen vertellen?") == "hoe social return samenhangt met de Participatiewet."
    # "how much social return" is a percentage
    assert with_measure("Hoeveel SROI vraag je bij een werk?").endswith("percentage")
    assert with_measure("Hoeveel mensen zijn geplaatst?") == "Hoeveel mensen zijn geplaatst?"
    assert with_measure("hoeveel procent vraag je meestal?").endswith("percentage")
    assert with_measure("Hoeveel SROI-uren moet de aannemer leveren?") == "Hoeveel SROI-uren moet de aannemer leveren?"
    # a main clause with a modal is no indirect definition ("wat SROI eigenlijk is")
    from kb.language.questions import Kind, classify

    assert classify("Wat kunnen de gevolgen zijn als een aannemer niet voldoet?").kind != Kind.DEFINITION
    assert classify("wat SROI eigenlijk is en waarom we het doen?").kind == Kind.DEFINITION


def test_a_newcomer_introduction_does_not_steer_retrieval(bundled_kb) -> None:
    hits = bundled_kb.search(bundled_kb.prepare(
        "ik ben net begonnen als inkoper bij de gemeente, wat is social return nou eigenlijk precies?"))
    assert "vragen/wat-betekent-social-return.md" in [h.doc_id for h in hits[:3]]
    hits = bundled_kb.search(bundled_kb.prepare(
        "Is it allowed under EU procurement law to require social return from suppliers?"))
    assert hits[0].doc_id == "vragen/mag-social-return-volgens-europees-recht.md"


def test_an_overview_of_the_field_itself_is_asked_as_what_the_field_is() -> None:
    from kb.language.questions import Kind, classify, field_overview, without_asker

    # the organisation's name is part of who asks
    assert without_asker("Ik ben nieuw als inkoper bij de provincie Utrecht, wat moet ik weten over social "
                         "return?") == "wat moet ik weten over social return?"
    assert classify("Kan iemand het simpel uitleggen?").kind == Kind.DEFINITION
    assert classify("Kun je uitleggen hoe ik de loonsom bereken?").kind != Kind.DEFINITION
    assert field_overview("Wat moet ik als eerste weten over social return?", "nl") == (
        "Wat is social return en hoe pak ik het aan?")
    assert field_overview("Iedereen heeft het hier over SROI maar ik snap niet goed wat ermee bedoeld wordt. Kan "
                          "iemand het simpel uitleggen?", "nl") == "Wat betekent social return?"
    assert field_overview("What do I need to know about social return as a new buyer?", "en") == (
        "What is social return and how do I apply it?")
    # a subject of its own, or a definition already asked as one, is left as it is
    assert field_overview("Wat moet ik weten over social return in de bouw?", "nl") is None
    assert field_overview("Kun je de bouwblokken van social return uitleggen?", "nl") is None
    assert field_overview("Wat is social return?", "nl") is None
    # the field's two names side by side: one is the other's abbreviation
    assert field_overview("verschil tussen social return en SROI?", "nl") == "Waar staat SROI voor?"
    assert field_overview("Is there a difference between social return and SROI?", "en") == "What does SROI stand for?"
    assert field_overview("Wat is het verschil tussen SROI en de SROI-analyse?", "nl") is None


def test_a_newcomers_overview_question_finds_the_pages_on_what_it_is(bundled_kb) -> None:
    for question in ("Ik ben nieuw als inkoper bij de provincie Utrecht, wat moet ik weten over social return?",
                     "Ik ben net begonnen als inkoper bij een waterschap. Iedereen heeft het hier over SROI maar ik "
                     "snap niet goed wat ermee bedoeld wordt. Kan iemand het simpel uitleggen?"):
        answer = bundled_kb.ask(question)
        assert not answer.refused, answer.text
        assert {c.doc_id for c in answer.citations} & {"vragen/wat-betekent-social-return.md",
                                                       "toelichting/wat-is-social-return.md",
                                                       "vragen/hoe-pak-ik-social-return-aan-in-mijn-aanbesteding.md"}
        assert "Utrecht" not in answer.text.split("\n")[0], answer.text


def test_a_word_only_a_vraag_wording_uses_is_no_typo(bundled_kb) -> None:
    # "wijdverbreid" stands in a wording of a veelgestelde vraag only; the passages say "wijdverbreide"
    answer = bundled_kb.ask("Hoe wijdverbreid is social return in Nederland?")
    assert ("wijdverbreid", "wijdverbreide") not in answer.corrections
    assert not answer.refused, answer.text


def test_the_glossary_names_each_english_term_once() -> None:
    # a dict literal keeps the last of two equal keys without a word: a second entry hides the first
    import ast
    from collections import Counter
    from pathlib import Path

    import kb.language.translation as translation

    tree = ast.parse(Path(translation.__file__).read_text(encoding="utf-8"))
    glossary = next(node.value for node in tree.body if isinstance(node, ast.AnnAssign)
                    and getattr(node.target, "id", "") == "GLOSSARY")
    counts = Counter(key.value for key in glossary.keys)
    assert [key for key, n in counts.items() if n > 1] == []


def test_an_adjective_is_one_term_with_and_without_its_ending() -> None:
    # the Dutch stemmer keeps "sociaal" and "sociale" apart; "een sociaal ondernemer" must meet "sociale
    # ondernemers"
    assert analyse("sociaal") == analyse("sociale")
    assert analyse("structureel") == analyse("structurele")
    assert analyse("regionaal") == analyse("regionale")
    assert analyse("taal") != analyse("tal")  # short words keep their vowels
    assert analyse("een sociaal ondernemer") == analyse("sociale ondernemer")



def test_a_verb_and_its_third_person_are_one_term() -> None:
    # "Hoe kan ik voldoen?" meets "Hoe voldoe ik?", "wie controleert" meets "controleren", "nakomt" "nakomen"
    assert analyse("voldoen") == analyse("voldoe") == analyse("voldoet")
    assert analyse("controleren") == analyse("controleert")
    assert analyse("nakomen") == analyse("nakomt")
    assert analyse("invullen") == analyse("invult")
    assert analyse("leveren") == analyse("levert")
    assert analyse("contract") == analyse("contracten")


def test_an_english_verb_for_reserving_is_searched_by_its_dutch_term() -> None:
    assert "voorbehouden" in expand_english("Can a public buyer reserve a tender for social enterprises only?")
    assert "sectoren" in expand_english("In which sectors is social return hardest to apply?")
    # missing the target is the pages' "niet nakomen" (and "boete" for the fine)
    missed = expand_english("Can the municipality fine us if we miss our SROI target?")
    assert "nakomen" in missed and "boete" in missed
    # a concession in a town hall is the pages' concessie in a gemeentehuis; "normal" contracts are no point
    question = ("Does social return also apply to a concession, like the catering in a town hall, "
                "or only to normal contracts?")
    assert {"concessie", "gemeentehuis"} <= set(expand_english(question).split())
    assert "normal" not in [w.word for w in point_words(question, "en")]
    # "IT" in capitals is the pages' ICT; the pronoun is not
    assert expand_english("How do I include social return in a tender for IT services?").endswith(" ict")
    assert "ict" not in expand_english("Is it allowed to ask for social return?").split()


def test_everyday_words_for_progress_roads_and_the_social_return_desk() -> None:
    # "niet op schema" is falling behind, "halverwege" is progress during the term: neither phrase is on a page
    words = point_words("Wat moet ik doen als de leverancier halverwege niet op schema zit?", "nl")
    assert {w.word for w in words} == {"halverwege", "niet op schema"}
    sentence = set(analyse("Volg de voortgang tijdens de looptijd en grijp in als de opdrachtnemer zijn afspraken "
                           "niet nakomt."))
    assert coverage(words, sentence) == 1.0
    assert coverage(words, set(analyse("Social return is geen wettelijke plicht."))) == 0.0
    assert expand_everyday("social return bij een wegenbouwproject").endswith("gww infrastructuur")
    assert expand_everyday("wat doet een sroi-punt?").endswith("social-returnpunt steunpunt loket")
    assert expand_everyday("Wat is een punt van aandacht?") == "Wat is een punt van aandacht?"


def test_situation_words_that_are_no_point() -> None:
    # (tune41) the pages' plural of a Latin noun, a conjunction, the English for inkoop, "when" inside a sentence,
    # any municipality as the buyer, and people already employed with the subject after the verb
    words = point_words("hoe nemen we social return op in de gunningscriteria?", "nl")
    criteria = next(w for w in words if w.word == "gunningscriteria")
    assert criteria.found_in(set(analyse("Social return kan als gunningscriterium worden gevraagd.")))
    assert "terwijl" not in {w.word for w in point_words("kunnen we social return vragen terwijl we geen overheid "
                                                         "zijn?", "nl")}
    assert {w.word for w in point_words("As a university buying IT services, can we ask for social return when the "
                                        "contract is mostly licences?", "en")} == {
        "university", "services", "social return", "licences"}
    assert "when" in {w.word for w in point_words("When did Rotterdam start with social return?", "en")}
    assert "gemeente" not in {w.word for w in point_words("Mag een gemeente eisen dat kandidaten lokaal wonen?", "nl")}
    assert "rotterdam" in {w.word for w in point_words("Hoe doet de gemeente Rotterdam het?", "nl")}
    # "Buy Social" is a name, not buying in general (tuning g11 was declined over 'aanpak')
    assert {"buy", "social"} <= {w.word for w in point_words("Wat is de buy social aanpak?", "nl")}
    # a supplier that will not report is the pages' handhaving, not the supplier's own reporting (a question of our own)
    assert expand_everyday("Wat moet ik doen met een leverancier die weigert te rapporteren?").endswith(
        "handhaving sancties niet nakomen handhavingsberichten")
    assert expand_everyday("Our contractor refuses to report on social return.").endswith("handhavingsberichten")
    assert expand_everyday("Waarom rapporteert de gemeente niet aan de raad?") == (
        "Waarom rapporteert de gemeente niet aan de raad?")
    assert expand_everyday("As a supplier, can I refuse to share the names of our candidates?") == (
        "As a supplier, can I refuse to share the names of our candidates?")
    # (and, having many of them, the PSO: see test_everyday_words_for_progress_roads_and_the_social_return_desk)
    assert expand_everyday("Als schoonmaakbedrijf hebben we al veel mensen met een arbeidsbeperking in dienst, telt "
                           "dat mee?").endswith("bestaand personeel al in dienst pso prestatieladder korting")


def test_paperwork_is_administration_and_whether_it_works_is_its_effect() -> None:
    # "papierwerk" and "rompslomp" are on no page; the pages say administratie and werklast
    assert expand_everyday("werkt social return eigenlijk? of is het vooral papierwerk").endswith(
        "effect administratie werklast")
    assert expand_everyday("Does SROI actually work?").endswith("effect")
    word = next(w for w in point_words("Is social return vooral bureaucratie?", "nl") if w.word == "bureaucratie")
    assert word.found_in(set(analyse("Social return kost opdrachtgevers en leveranciers administratie.")))
    # how social return works is a how-to, not its effect
    assert expand_everyday("Hoe werkt social return bij schoonmaak?") == "Hoe werkt social return bij schoonmaak?"
    assert expand_everyday("werkt het via een percentage?") == "werkt het via een percentage?"


def test_how_a_text_to_draft_should_read_and_how_often_it_comes() -> None:
    words = [w.word for w in point_words("Could you draft a polite e-mail asking for the half-yearly progress "
                                         "report?", "en")]
    assert "draft" not in words and "polite" not in words
    assert "halfjaarlijks" in dutch_terms("a half-yearly progress report").split()
    assert "voortgangsrapportage" in dutch_terms("a half-yearly progress report").split()
    assert "jaarlijks" in dutch_terms("the yearly report").split()


def test_buying_from_a_social_enterprise_is_inkopen_not_the_buying_social_guide() -> None:
    terms = dutch_terms("Can a supplier meet social return by buying from social enterprises?").split()
    assert "inkopen" in terms and "ondernemingen" in terms
    assert "inkopen" not in dutch_terms("What is the Buying Social guide?").split()


def test_money_in_place_of_the_obligation_is_buying_it_off() -> None:
    # the page asks "Kan ik mijn social-returnverplichting afkopen met geld?"; users write what they would do
    for question in ("kunnen we niet gewoon een bedrag betalen in plaats van mensen aannemen?",
                     "Can we simply pay an amount of money instead of fulfilling our social return obligation?",
                     "Can a supplier buy out its social return obligation?"):
        assert expand_everyday(question).endswith("afkopen afkoop"), question
    assert expand_everyday("Wat kost social return in plaats van een voorbehouden opdracht?").endswith("opdracht?")


def test_nothing_done_yet_is_not_complying_and_a_self_employed_supplier_is_a_small_business() -> None:
    assert expand_everyday("de leverancier heeft nog niks aan SROI gedaan, wat kan ik doen?").endswith("nakomen tekort")
    assert expand_everyday("als zzp'er heb ik een opdracht gekregen").endswith("klein bedrijf mkb")
    assert expand_everyday("Ik heb niks tegen social return") == "Ik heb niks tegen social return"
    # only part done is falling short; a small company with its trade or head count is a small business;
    # buying with other municipalities is regional cooperation
    assert expand_everyday("na twee jaar nog maar de helft gehaald").endswith("nakomen tekort")
    assert expand_everyday("the supplier has only met 40% of the target").endswith("nakomen tekort")
    assert expand_everyday("Telt maar de helft van de uren?") == "Telt maar de helft van de uren?"
    assert expand_everyday("een klein ICT-bedrijf met 8 medewerkers").endswith("klein bedrijf mkb")
    assert expand_everyday("een bedrijf met 200 medewerkers") == "een bedrijf met 200 medewerkers"
    assert expand_everyday("als we met een paar gemeenten samen inkopen").endswith(
        "regionaal samenwerking gezamenlijk")
    # staying in work is lasting work, showing compliance is accounting for it, office supplies are a supply
    assert expand_everyday("hoeveel mensen blijven na een social return plek echt aan het werk?").endswith(
        "duurzaam werk draaideureffect")
    assert expand_everyday("hoe laten we zien dat we aan de eis voldoen?").endswith("verantwoorden bewijsstukken")
    assert expand_everyday("onze aanbesteding voor kantoorartikelen").endswith("levering leveringen")
    assert expand_everyday("de aanbesteding van onze nieuwe koffieautomaten").endswith("levering leveringen")
    assert expand_everyday("we buy new printers and vehicles").endswith("levering leveringen")
    # a supplier from another country is the pages' buitenlandse inschrijver; a country's people are not
    assert expand_everyday("De leverancier zit in Duitsland. Mag ik social return eisen?").endswith(
        "buitenlandse inschrijver buitenland")
    assert expand_everyday("A German contractor won our tender").endswith("buitenlandse inschrijver buitenland")
    assert expand_everyday("Telt een statushouder uit Syrië mee?") == "Telt een statushouder uit Syrië mee?"
    # the nationality told of the company itself, in Dutch without the inflection
    assert expand_everyday("Our firm is Belgian, does the clause apply to us?").endswith(
        "buitenlandse inschrijver buitenland")
    assert expand_everyday("wij zijn een Pools bedrijf met een opdracht in Zwolle").endswith(
        "buitenlandse inschrijver buitenland")
    # helping to meet the main contractor's obligation is meeting it for him or having it passed on
    assert expand_everyday("moet mijn bedrijf bijdragen aan de sroi-verplichting van de hoofdaannemer?").endswith(
        "invullen doorleggen")
    # the obligation laid with, shifted onto or handed to another party is passed on (refusal_tune42 vq48); a
    # task handed to someone is no obligation passed on
    for question in ("Het meeste werk doet de onderaannemer. Mag ik de social return verplichting gewoon bij hem "
                     "neerleggen?", "Kan ik de SROI afschuiven op mijn onderaannemer?",
                     "Leg ik de verplichting bij de onderaannemer neer?",
                     "Can I shift the social return obligation to my subcontractor?"):
        assert expand_everyday(question).endswith("doorleggen"), question
    assert "doorleggen" not in expand_everyday("Wie legt de rapportage bij de gemeente neer?")
    # everyday words for the field's terms (tune49): the list people are on, a contract too small, money instead of
    # people, fewer placed than agreed, a firm where many disabled people work
    for question, words in (
            ("Wat is dat lijstje van de overheid waar mensen met een beperking op staan?", "doelgroepregister"),
            ("Moet ik social return toepassen bij een opdracht van 50.000 euro of is dat te klein?",
             "drempel ondergrens opdrachtbedrag"),
            ("Is the contract too small for social return?", "drempel ondergrens opdrachtbedrag"),
            ("Mag een leverancier in plaats van mensen in dienst nemen gewoon een bedrag betalen?", "afkopen afkoop"),
            ("Hij zou 10 mensen plaatsen. Hij heeft er maar 4 geplaatst.", "nakomen tekort"),
            ("They only placed 3 of the 8 people", "nakomen tekort"),
            ("Mag je spullen kopen bij een bedrijf waar veel gehandicapten werken?", "sociale onderneming"),
            ("Can we buy from a company that employs mostly disabled people?", "sociale onderneming"),
            ("Welke wetten zijn belangrijk voor social return?", "wettelijke grondslag wetsartikel aanbestedingswet"),
            ("Kan een leverancier vrijgesteld worden als hij al veel mensen met een beperking in dienst heeft?",
             "pso prestatieladder korting"),
            ("Wat doe ik als de opdrachtnemer de verplichting niet heeft gehaald?", "nakomen tekort")):
        assert expand_everyday(question).endswith(words), question
    # (not a company too small, not a fine instead of a talk, and not what a second review found to misfire: an amount
    # or a number of placements too low, a threshold for a European tender, "maar" as "but", a number placed without
    # one agreed, another law named, a law firm, a list of companies, hours shifted to next year)
    for question in ("Ons bedrijf is te klein voor social return", "Het bedrag van de boete is te laag, kunnen we die "
                     "verhogen?", "Mijn contract is klaar en het aantal plaatsingen is te laag, krijg ik een boete?",
                     "Is een opdracht van 150.000 euro te klein voor een Europese aanbesteding?",
                     "De leverancier heeft alles op tijd gerapporteerd, maar drie mensen zijn ingezet bij een ander "
                     "project. Tellen die mee?", "We hebben maar 3 mensen aangenomen, telt dat voor 5%?",
                     "Onder welke wet valt de banenafspraak?", "Which law firm can help with social return?",
                     "Is there a list of companies whose people are registered for PSO?",
                     "Can we shift social return obligation hours to the next year?",
                     "In plaats van een boete, kunnen we een gesprek voeren?"):
        assert expand_everyday(question) == question, question
    # the target group and the supplier in everyday English
    assert "afstand tot de arbeidsmarkt" in expand_english(
        "Is there a rule that companies selling to the government have to hire people who struggle to find a job?")
    # English: keeping track is registering, a tax break for hiring is the loonkostenvoordeel
    assert {"bijhouden", "uren"} <= set(expand_english("Who keeps track of the hours?").split())
    assert "loonkostenvoordeel" in expand_english("Is there a tax break for hiring people?").split()
    # ending or changing a contract, and shutting a supplier out, in the pages' words
    assert {"ontbinden", "beëindigen"} <= set(expand_english("May we terminate the agreement?").split())
    assert "uitsluiten" in expand_english("Can the buyer exclude that bidder next time?").split()
    assert "verlenging" in expand_english("What about the extension of the contract?").split()
    # failing to meet an obligation is not meeting it ("voldoen"), but the pages' niet nakomen
    failing = expand_english("What happens if a supplier fails to meet its social return obligation?").split()
    assert "nakomen" in failing and "voldoen" not in failing
    assert "nakomen" in expand_english("Can we fine a contractor for not meeting the requirements?").split()
    assert "voldoen" in expand_english("How can a supplier meet its obligation?").split()
    # a donation to charity is the pages' gift or sponsoring
    assert {"gift", "sponsoring"} <= set(expand_english("Can donations to charity count towards it?").split())


def test_amounts_in_thousands_are_written_out_and_some_words_carry_no_point() -> None:
    assert plain_amounts("can we ask SROI on a small contract under 50k") == \
        "can we ask SROI on a small contract under 50.000"
    assert plain_amounts("een opdracht van €200K") == "een opdracht van €200.000"
    assert plain_amounts("2.5k of 1.200k") == "2.5k of 1.200k"  # only whole thousands written as 1-3 digits
    assert plain_amounts("een kilometer") == "een kilometer"
    # "ask" is the English "vragen": not what the question is about; nor is the amount the contract stays under
    assert sorted(w.word for w in point_words("can we ask SROI on a small contract under 50.000", "en")) == \
        ["small"]
    # nor are the supplier as bidder and a relative adverb
    assert [w.word for w in point_words("Wat als een inschrijver geen kandidaten kan vinden?", "nl")] == \
        ["kandidaten", "vinden"]
    assert [w.word for w in point_words("Wat is de drempel waarboven je social return toepast?", "nl")] == \
        ["drempel", "toepast"]


def test_alternatives_with_a_preposition_and_green_maintenance_in_the_pages_words() -> None:
    question = "Zijn er voorbeelden bij wegonderhoud of bij groenbeheer?"
    joined = either_or(question, point_words(question, "nl"))
    assert [w.word for w in joined] == ["wegonderhoud of groenbeheer"]
    sentence = set(analyse("Oostzaan en Wormerland besteedden het groenonderhoud voorbehouden aan."))
    assert coverage(joined, sentence) == 1.0


def test_a_separable_verb_is_spoken_to_when_written_apart() -> None:
    # "meetellen" in the question, "Telt een medewerker die al in dienst is mee?" on the page
    words = point_words("mag een leverancier een medewerker die al bij hem in dienst is meetellen?", "nl")
    assert coverage(words, set(analyse("Telt een medewerker die al in dienst is mee?"))) == 1.0
    afkopen = point_words("kan ik social return afkopen?", "nl")
    assert coverage(afkopen, set(analyse("Koopt een opdrachtnemer zijn verplichting af met geld?"))) == 1.0
    assert coverage(afkopen, set(analyse("De opdrachtnemer koopt materiaal in."))) == 0.0  # the verb alone is not it
    # a word that only begins like a particle keeps its own parts
    assert [w.parts for w in point_words("toetsen jullie dat?", "nl")] == [()]


def test_regional_cooperation_in_english_is_the_pages_samenwerking() -> None:
    expanded = expand_english("Are there examples of municipalities cooperating regionally on social return?")
    assert {"samenwerken", "samenwerking", "regionaal"} <= set(expanded.split())



def test_english_lines_name_the_field_terms_a_dutch_quote_uses() -> None:
    assert english_terms("De gemeente vraagt 5% van de loonsom aan social return.") == [
        "municipality", "wage bill", "social return"]
    # a region named after a city is no central government
    assert "central government" not in english_terms("WerkBedrijf Rijk van Nijmegen helpt ondernemers.")
    assert "central government" in english_terms("Het Rijk past social return toe.")
    assert gist("Sinds 1 juli 2011 vraagt het Rijk 5% van de loonsom.").endswith("dates: 1 July 2011")
    # a quote without field terms gets its figures in a sentence that reads ("says this figures: 6" did not)
    line = gist("Een onderbreking van minder dan 6 maanden telt niet.")
    assert line == "The Dutch source gives figures: 6", line
    # the numbers of a list's steps are no figures
    from kb.language.translation import dutch_terms
    assert "niet nakomen" in dutch_terms("What if the supplier hasn’t met the target?")  # a curly apostrophe
    assert "figures" not in gist("Harlingen:\n1. De opdrachtgever beoordeelt het.\n2. Daarna volgt een herstelperiode.")


def test_what_social_return_brings_is_read_by_the_pages_words_for_it() -> None:
    # the pages never say "voordelen": why it is done (sociale winst, money that pays twice), and for a
    # supplier that it is worthwhile and brings staff where workers are scarce
    assert expand_everyday("wat zijn de voordelen van social return voor de gemeente").endswith(
        "waarom sociale winst rendeert zinvol")
    assert expand_everyday("Wat levert social return eigenlijk op?").endswith("waarom sociale winst rendeert zinvol")
    supplier = "Wat zijn de voordelen van social return voor de leverancier zelf?"
    assert expand_everyday(supplier).endswith("zinvol krappe schaars")
    assert "waarom" not in expand_everyday(supplier)
    words = point_words(supplier, "nl")
    assert coverage(words, set(analyse("Leveranciers komen via social return aan personeel nu werknemers schaars "
                                       "zijn."))) == 1.0
    # an example question's own word for examples is no point of it
    assert [w.word for w in point_words("Zijn er praktijkvoorbeelden van social return in de bouw?", "nl")] == ["bouw"]


def test_english_benefits_of_something_where_to_start_and_what_suits_are_the_pages_words() -> None:
    assert "voordelen" in dutch_terms("What are the benefits of social return?")
    assert "uitkering" in dutch_terms("Can someone on benefits count?")
    assert dutch_terms("What are the benefits for suppliers of meeting SROI requirements?").startswith(
        "voordelen leverancier")
    assert "lezen" in dutch_terms("where should I start reading about social return?")
    assert "geschikt" in dutch_terms("Which sectors are best suited for social return?")
    assert "geschikt" not in dutch_terms("How can I meet the obligation if I have no suitable vacancies?")


def test_an_asker_in_a_place_and_a_difference_after_an_introduction() -> None:
    from kb.language.questions import without_asker

    # where the asker's organisation is, and institutions that are no gemeente, are part of who asks
    assert without_asker("Ik werk bij een academisch ziekenhuis in Utrecht, wat is social return on investment "
                         "precies?") == "wat is social return on investment precies?"
    # a difference between two terms does not depend on who asks; what one must do, or how a hogeschool goes
    # about it, does
    assert without_asker("Ik ben inkoper bij een gemeente in Friesland. Wat is het verschil tussen social return en "
                         "maatschappelijk verantwoord inkopen?") == (
        "Wat is het verschil tussen social return en maatschappelijk verantwoord inkopen?")
    assert without_asker("Ik werk bij een hogeschool in Utrecht, moeten wij social return toepassen?") is None
    assert without_asker("Ik werk bij een hogeschool, hoe pakken wij social return aan?") is None
    assert without_asker("Wij zijn een kleine gemeente, wat werkt beter: een eis of een gunningscriterium?") is None


def test_a_particle_written_apart_is_no_point() -> None:
    # "neer" of "leg je … neer" says nothing alone
    words = [w.word for w in point_words("hoe leg je bij een raamovereenkomst de verplichting neer?", "nl")]
    assert "neer" not in words and "raamovereenkomst" in words


def test_a_minimum_contract_value_is_the_pages_drempel() -> None:
    assert {"drempel", "opdrachtbedrag"} <= set(expand_english("Is there a minimum contract value for social "
                                                               "return?").split())
    assert {"drempel", "opdrachtbedrag"} <= set(expand_everyday("Is er een minimale opdrachtwaarde voor social "
                                                                "return?").split())


def test_a_ministry_is_the_pages_rijk_and_meeting_an_obligation_is_spoken_to_in_the_pages_words() -> None:
    assert {"rijk", "rijksoverheid"} <= set(expand_everyday("Is social return voor ministeries verplicht boven de "
                                                            "Europese drempel?").split())
    assert "rijksoverheid" not in expand_everyday("het ministerie van Binnenlandse Zaken liet onderzoek doen")
    # "hoe kan ik aan zo'n eis voldoen?" is spoken to by a sentence on how a small firm fills it in (invullen)
    words = point_words("Hoe kan ik als mkb'er aan zo'n eis voldoen?", "nl")
    assert [w.word for w in words] == ["voldoen"]
    assert coverage(words, set(analyse("Een klein bedrijf kan social return invullen met een stageplek."))) == 1.0
    results = point_words("Zijn er voorbeelden van social return met resultaten?", "nl")
    assert coverage(results, set(analyse("Opdrachtnemers realiseerden € 920.330 met 54 plaatsingen."))) == 1.0


def test_the_least_social_return_a_supplier_owes_is_no_contract_threshold() -> None:
    assert "drempel" not in expand_everyday("Is er een ondergrens voor het SROI-percentage?")


def test_hiring_people_is_taking_them_on_not_hiring_in_staff() -> None:
    # "hire people from the target group" is the pages' aannemen / in dienst nemen; inhuur is temporary staff (tune33)
    hired = expand_english("Is a contractor obliged to hire people from the target group?")
    assert "in dienst nemen" in hired and "inhuur" not in hired
    assert "inhuur" in expand_english("Does temporary staff count for social return?")
    assert "rapporteren" in expand_english("How do ministries report their social return results?")


def test_a_requested_e_mails_year_is_no_point_but_a_supposed_letters_is() -> None:
    from kb.answer.extractive import _WRITING
    assert _WRITING.search("Can you write a short, polite email to our contractor asking for its report for 2025?")
    assert _WRITING.search("Schrijf een beleefde e-mail aan de aannemer over de rapportage over 2025.")
    assert not _WRITING.search("Stel dat de aannemer in een brief meldt dat hij het niet haalt, wat geldt in 2026?")
    assert not _WRITING.search("Wat moet een aannemer schrijven in zijn rapportage over 2025, en een brief sturen?")


def test_an_introduction_with_here_a_stand_for_question_and_a_proposal_before_is_it_allowed() -> None:
    from kb.language.questions import classify, last_question, points_back, without_asker

    # (tune49 uo46) "New colleague here:" is who asks; "what does SROI stand for" asks a definition
    assert without_asker("New colleague here: what does SROI stand for?") == "what does SROI stand for?"
    assert without_asker("Nieuwe inkoper hier: wat is een bouwblok?") == "wat is een bouwblok?"
    assert without_asker("Bij het Rijk hier: wat is de regel?") is None  # where it applies, not who asks
    assert without_asker("Het Rijk hier: wat is de regel voor social return?") is None
    assert classify("what does SROI stand for?").kind == Kind.DEFINITION
    # (tune49 uo31) of three sentences or more, a last one that leans on the one before it is asked with it
    assert last_question("We gunden een ICT-contract met 5% social return. De leverancier kan niemand plaatsen. Ze "
                         "stellen voor een school te sponsoren. Is dat toegestaan?") == (
        "Ze stellen voor een school te sponsoren. Is dat toegestaan?")
    # (of two, the situation is the sentence before it anyway)
    assert last_question("De aannemer wil 10.000 euro doneren aan de voedselbank. Telt dat als social return?") == (
        "Telt dat als social return?")
    assert points_back("Hoe gaan we hiermee om?")
    # (not a sentence before that points further back itself, and by place when a message asks the same twice)
    assert last_question("De opdrachtnemer heeft een medewerker met een WW-uitkering aangenomen. Die werkt 20 uur per "
                         "week. Telt die mee?") == "Telt die mee?"
    assert last_question("Wij zijn een gemeente. De aannemer wil een school sponsoren. Telt dat mee? Daarnaast wil hij "
                         "een gift aan de voedselbank doen. Telt dat mee?") == (
        "Daarnaast wil hij een gift aan de voedselbank doen. Telt dat mee?")


def test_a_chat_opening_and_a_two_part_introduction_say_nothing_of_what_is_asked() -> None:
    from kb.language.questions import classify, last_question, without_asker

    # tune34 tz01: two things about the asker joined by "en" are still who asks
    assert without_asker("Hoi, ik ben nieuw hier en werk sinds kort als inkoper bij een gemeente. Wat is social "
                         "return eigenlijk precies?") == "Wat is social return eigenlijk precies?"
    # "Korte vraag:", "Ik zit met het volgende:", "Quick question from a policy officer:" open a message
    assert without_asker("Korte vraag: wat is het verschil tussen een eis en een gunningscriterium?") == (
        "Wat is het verschil tussen een eis en een gunningscriterium?")
    assert without_asker("Quick question from a policy officer: how is a placement valued in euros?") == (
        "How is a placement valued in euros?")
    assert without_asker("Ik zit met het volgende: onze aannemer komt zijn verplichting niet na. Wat kunnen we "
                         "doen?") == "Onze aannemer komt zijn verplichting niet na. Wat kunnen we doen?"
    # a subject named before the colon stays, and so does an introduction that is part of the question
    assert without_asker("Vraag over de bouw: welk percentage is gebruikelijk?") is None
    assert without_asker("Ik werk bij een waterschap en we willen kleinere opdrachten. Kan dat?") is None
    # "vroeg ik me af:" with a colon, and a question that opens with a preposition (tune32 tx05, tune34 tz02)
    assert last_question("Als beleidsmedewerker bij een omgevingsdienst vroeg ik me af: wie hoort er allemaal bij "
                         "de doelgroep?") == "wie hoort er allemaal bij de doelgroep?"
    assert last_question("Ik ben beleidsmedewerker bij een waterschap en vroeg ik me af: vanaf welk opdrachtbedrag "
                         "wordt social return toegepast?") == "vanaf welk opdrachtbedrag wordt social return toegepast?"
    # a last sentence that only asks what the sources say leaves the question before it (refusal_tune25 sk43)
    assert last_question("My manager asked me whether a social return requirement fits the proportionality "
                         "principle. What do the sources say?") == (
        "My manager asked me whether a social return requirement fits the proportionality principle.")
    # a value in euros is an amount (tune34 tz06)
    assert classify("how is the placement of someone on benefits valued in euros?").kind.value == "hoeveel"
    # what something is worth is an amount, not a definition (tune52 ur04); "de moeite waard" is no amount
    assert classify("Wat is een plaatsing van iemand met een uitkering waard in euro's voor mijn social return "
                    "verplichting?").kind.value == "hoeveel"
    assert classify("What is a work placement worth?").kind.value == "hoeveel"
    assert classify("Wat is het de moeite waard om social return te vragen?").kind.value != "hoeveel"
    # so is how it is valued (tune53 us56); valued by someone is an opinion
    assert classify("Hoe wordt een bbl leerling gewaardeerd in de social return berekening?").kind.value == "hoeveel"
    assert classify("Hoe wordt social return gewaardeerd door leveranciers?").kind.value != "hoeveel"
    # (the second review: valued by a committee, scored in the award, worth the effort, worth considering)
    for question in ("Hoe wordt social return door de beoordelingscommissie gewaardeerd?",
                     "Hoe wordt social return gewaardeerd in de gunning?",
                     "How is social return valued in the award criteria?",
                     "Wat zijn de aandachtspunten die de moeite waard zijn bij SROI?",
                     "What are the options worth considering for social return?"):
        assert classify(question).kind.value != "hoeveel", question


def test_a_summary_for_a_reader_and_what_the_sources_say_are_the_answers_form() -> None:
    assert without_manner("Can you summarise in plain English, for a new colleague, how the obligation is "
                          "monitored?") == "how the obligation is monitored?"
    assert without_manner("Is social return proportioneel? Wat zeggen de bronnen daarover?") == (
        "Is social return proportioneel?")
    # what the sources say about a subject keeps the subject; a reader that is the subject stays
    assert without_manner("Wat zeggen de bronnen over proportionaliteit?") == (
        "Wat zeggen de bronnen over proportionaliteit?")
    assert without_manner("Wat betekent social return voor een leverancier?") == (
        "Wat betekent social return voor een leverancier?")


@pytest.mark.parametrize(("question", "parts"), [
    # (tune35: two questions in one message)
    ("Wat is SROI en hoe wordt het gemeten?", ("Wat is SROI?", "Hoe wordt het gemeten?")),
    ("Hoe wordt een werkplek gewaardeerd plus hoe lang moet iemand in dienst blijven?",
     ("Hoe wordt een werkplek gewaardeerd?", "Hoe lang moet iemand in dienst blijven?")),
    ("Hoeveel procent is social return meestal en vanaf welk bedrag geldt het?",
     ("Hoeveel procent is social return meestal?", "Vanaf welk bedrag geldt het?")),
    ("What is a reserved contract and can a social enterprise bid on it?",
     ("What is a reserved contract?", "Can a social enterprise bid on it?")),
    ("Mag ik social return uitbesteden aan een SW-bedrijf en telt inkoop bij een sociale onderneming ook?",
     ("Mag ik social return uitbesteden aan een SW-bedrijf?", "Telt inkoop bij een sociale onderneming ook?")),
    ("Wat is de PSO? Telt die mee voor social return?", ("Wat is de PSO?", "Telt die mee voor social return?")),
    ("Vanaf welk opdrachtbedrag pas je social return toe? Ook bij kleine opdrachten van een paar ton?",
     ("Vanaf welk opdrachtbedrag pas je social return toe?", "Ook bij kleine opdrachten van een paar ton?")),
    # one question
    ("Wat is het verschil tussen beschut werk en een garantiebaan?", None),
    ("Welke doelgroepen tellen mee en hoe lang?", None),  # "hoe lang?" alone asks nothing a page answers
    ("Wat is social return. Hoe werkt het?", None),
    ("We kopen schoonmaak in. Wat is social return? Hoe meet je het?", None),  # a situation first: asked as a whole
    ("Hoe bereken ik de loonwaarde en de loonkostensubsidie?", None),
    ("Kan ik een leverancier uitsluiten en zo ja, hoe?", None),
    # what came of it, asked without a verb of its own (tune37 uc45)
    ("Heeft Rijkswaterstaat social return toegepast in een groot contract, en met welk resultaat?", None),
    ("Did a province apply social return to road works, and with what result?", None),
    ("Telt een bbl-leerling mee voor social return? Voor welk bedrag?", None),
    ("Hoeveel procent is gebruikelijk en voor welke opdrachten geldt het?",
     ("Hoeveel procent is gebruikelijk?", "Voor welke opdrachten geldt het?")),
    # two things before one verb
    ("Welke doelgroepen en welke activiteiten tellen mee voor social return?", None),
    ("Hoeveel mensen met een uitkering en hoeveel jongeren moet een opdrachtnemer plaatsen?", None),
    ("Which target groups and which activities count for social return?", None),
    # the second half asks the same of another subject (tune48 un28)
    ("Wat is de taak van de leverancier en wat die van de opdrachtgever bij social return?", None),
    ("What is the role of the supplier and what is that of the buyer?", None),
    # "is die van toepassing" asks a question of its own
    ("Wat is de PSO en is die van toepassing op kleine opdrachten?",
     ("Wat is de PSO?", "Is die van toepassing op kleine opdrachten?")),
    ("What is the PSO and is that of any use for small suppliers?",
     ("What is the PSO?", "Is that of any use for small suppliers?")),
])
def test_two_questions_in_one_message_are_told_apart(question: str, parts: tuple[str, str] | None) -> None:
    assert two_questions(question) == parts


def test_leaving_social_return_out_and_english_clause_words_are_the_pages_words() -> None:
    # (tune35 ua30, ua10, ua14: no page says "afzien", "clause" or "sheltered workplace")
    assert expand_everyday("Kan ik als aanbesteder afzien van social return?").endswith("verplicht niet toepassen")
    assert expand_everyday("Can I skip social return for a small contract?").endswith("verplicht niet toepassen")
    assert expand_everyday("Hoe zien andere gemeenten dat?") == "Hoe zien andere gemeenten dat?"
    # when it does not apply is which contracts lend themselves to it (tune35 ua28, tune31 tw32)
    assert expand_everyday("Wanneer geldt social return niet?").endswith("geschikt lenen drempel")
    assert expand_everyday("When does social return not apply?").endswith("geschikt lenen drempel")
    assert expand_everyday("Wanneer geldt de Wet banenafspraak?") == "Wanneer geldt de Wet banenafspraak?"
    assert "clausule" in expand_english("What is a typical social return clause in a Dutch tender?")
    assert "beschut" in expand_english("Does a placement in a sheltered workplace count for SROI?")


def test_for_example_and_plus_carry_no_point() -> None:
    words = [w.word for w in point_words("Kan social return ook in natura, bijvoorbeeld met een leerwerktraject of "
                                         "gastlessen?", "nl")]
    assert "bijvoorbeeld" not in words and "natura" in words
    assert "plus" not in [w.word for w in point_words("Hoe wordt een werkplek gewaardeerd plus hoe lang?", "nl")]


def test_the_second_of_two_questions_is_asked_about_what_the_first_defines() -> None:
    # "Wat is de Participatiewet en wie valt eronder?": the second asks who falls under the Participatiewet
    assert defined_subject("Wat is de Participatiewet?") == "de Participatiewet"
    assert defined_subject("What is a reserved contract?") == "a reserved contract"
    assert defined_subject("Wat is SROI precies?") == "SROI"
    assert defined_subject("Hoe werkt social return?") is None
    assert refers_back("Wie valt eronder?") and refers_back("Telt die mee voor social return?")
    assert refers_back("Hoe wordt het gemeten?") and refers_back("How is it measured?")
    assert not refers_back("Hoe werkt het doelgroepregister?") and not refers_back("Welke doelgroepen tellen mee?")
    # no noun follows an article so: "het" is the thing asked before (tune8 i37, the WSP)
    assert refers_back("Welke rol speelt het bij social return?") and refers_back("Wat kost het?")
    assert not refers_back("Wat is het verschil?") and not refers_back("Hoe staat het ervoor in Utrecht?")
    assert not refers_back("Hoe zit het eigenlijk?")  # a way of asking, no word for the subject


def test_a_subject_and_the_word_definition_is_asked_as_what_it_is() -> None:
    # (tune36 ub49 "social return definitie?": "definitie" found the pages that say there is no national definition)
    from kb.language.questions import field_overview
    assert field_overview("social return definitie?", "nl") == "Wat betekent social return?"
    assert field_overview("sroi betekenis", "nl") == "Wat betekent social return?"
    assert field_overview("PSO definitie", "nl") == "Wat is PSO?"
    assert field_overview("inclusief opdrachtgeverschap definition", "en") == "What is inclusief opdrachtgeverschap?"
    assert classify("doelgroepverklaring betekenis?").kind == Kind.DEFINITION
    # a question that goes on about the definition is not one
    assert field_overview("Welke definitie van de doelgroep gebruikt de gemeente?", "nl") is None
    assert field_overview("Is er een landelijke definitie van social return?", "nl") is None


def test_bonus_malus_is_the_pages_bonus_and_penalty() -> None:
    # (tune36 ub47 "bonus malus sroi" was declined: no page says "malus")
    assert expand_everyday("bonus malus sroi").endswith("bonus boete sanctie")
    assert expand_everyday("Werkt Utrecht met een bonus-malusregeling?").endswith("bonus boete sanctie")
    assert expand_everyday("Krijgt de leverancier een bonus?") == "Krijgt de leverancier een bonus?"


@pytest.mark.parametrize("question", ["wat is de definitie?", "Geef de definitie", "What is the meaning?",
                                      "Welke definitie?"])
def test_a_question_about_the_definition_itself_is_not_rewritten(question: str) -> None:
    from kb.language.questions import field_overview
    assert field_overview(question, "nl") is None


def test_which_results_is_asked_as_what_it_brings() -> None:
    # (tune37 uc41: "resultaten" found a schoonmaak contract that is "resultaatgericht"; the Rotterdam vraag asks "wat
    # levert het op?")
    assert expand_everyday("Welke resultaten heeft Rotterdam met social return behaald?").endswith("levert oplevert opgeleverd")
    # examples of organisations with good results stay an example question
    question = "Welke gemeenten hebben goede resultaten behaald met social return?"
    assert expand_everyday(question) == question


def test_an_abbreviation_asked_in_english_is_the_pages_afkorting() -> None:
    # (refusal_tune29 sr48 "SROI: what does the abbreviation stand for?" was declined: 'abbreviation' had no Dutch)
    from kb.language.translation import dutch_terms
    assert "afkorting" in dutch_terms("SROI: what does the abbreviation stand for?")
    assert "staat voor" in dutch_terms("What does PSO stand for?")


def test_whom_to_turn_to_is_the_pages_support_desks() -> None:
    # (tune37 uc24, tune25 tq28: "bij wie kan ik terecht", "wie kan ons helpen"; pages name an adviesteam, a loket)
    for question in ("Bij wie kan ik als inkoper terecht voor ondersteuning bij social return?",
                     "Wie kan ons helpen met de monitoring van social return?",
                     "Who can I turn to for help with social return?",
                     # (tune38 ud24, refusal_tune22 se36: "waar kan … terecht")
                     "Waar kan een gemeente terecht voor advies over social return in aanbestedingen?",
                     "Waar kan ik terecht om aan geschikte kandidaten te komen?"):
        assert expand_everyday(question).endswith("ondersteuning adviesteam loket steunpunt"), question
    question = "Waar kan ik de monitoringsrapportage terugvinden?"  # where a thing is, not whom to turn to
    assert expand_everyday(question) == question
    # whom a supplier contacts is asked in the pages' own words
    question = "Who do we contact to find candidates?"
    assert expand_everyday(question) == question


def test_who_keeps_track_is_who_registers() -> None:
    # (tune37 uc28 "Wie houdt bij welke kandidaten geplaatst zijn?" found nothing: the pages say who registreert)
    for question in ("Wie houdt bij welke kandidaten geplaatst zijn, de gemeente of de leverancier?",
                     "Wat is het doelgroepregister en wie houdt het bij?",
                     "Who keeps track of the hours of people placed through social return?"):
        assert expand_everyday(question).endswith("registreert registratie monitoring"), question
    question = "Houdt de gemeente bij hoeveel mensen zijn geplaatst?"  # whether, not who
    assert expand_everyday(question) == question


def test_a_hard_requirement_and_competing_on_a_plan_are_the_pages_minimumeis_and_gunningscriterium() -> None:
    # (tune37 uc15 found no page on the choice: the pages never say "harde eis" or "concurreren op")
    assert expand_everyday("Is het slimmer om social return als harde eis te stellen of om inschrijvers te laten "
                           "concurreren op hun SROI-plan?").endswith("minimumeis gunningscriterium")
    assert expand_everyday("Should social return be a hard requirement?").endswith("minimumeis")
    question = "Hoe hard is de eis van 5%?"
    assert expand_everyday(question) == question


def test_a_short_answer_wished_is_the_form_not_the_subject() -> None:
    # (refusal_tune31 sv34: "eromheen" was read as the point of the question and the question was declined)
    from kb.language.questions import without_manner

    assert without_manner("Yes or no: is social return legally mandatory?") == "is social return legally mandatory?"
    assert "eromheen" not in without_manner("Geef me alleen de vier fasen waarin je sociale criteria in een "
                                            "aanbesteding kunt opnemen. Geen uitleg eromheen.")
    assert "uitleg" not in without_manner("Is social return verplicht? Zonder uitleg graag.")


def test_the_order_of_steps_is_part_of_asking_for_steps() -> None:
    # (tune39 ue30 was declined over "volgorde")
    from kb.language.questions import without_manner

    assert without_manner("Welke stappen doorloop je om social return in een aanbesteding op te nemen, en in welke "
                          "volgorde?") == "Welke stappen doorloop je om social return in een aanbesteding op te nemen?"
    assert without_manner("Which steps do I take, and in what order?") == "Which steps do I take?"


def test_no_introduction_only_the_steps_a_model_paragraph_and_no_names_are_the_form() -> None:
    # (refusal_tune34 vb34, vb25: "inleiding" and "paragraph", "names" were read as the question's point)
    from kb.language.questions import without_manner

    words = [w.word for w in point_words("geef me alleen de stappen om te controleren of social return is "
                                         "nagekomen. kort graag, geen inleiding.", "nl")]
    assert "inleiding" not in words and "alleen" not in words and "controleren" in words
    assert "intro" not in without_manner("Is social return verplicht? No intro please.")
    words = [w.word for w in point_words("Write a neutral model paragraph on social return for a cleaning tender: "
                                         "route, level and reporting. No real company names.", "en")]
    assert not {"paragraph", "neutral", "model", "names", "real"} & set(words) and "route" in words
    # a sentence that asks about names keeps them
    assert "namen" in [w.word for w in point_words("Mag de leverancier namen van kandidaten doorgeven?", "nl")]


def test_a_comparison_in_passing_and_an_english_thousands_separator() -> None:
    # (refusal_tune34 vb28, vb33) ", like a tax rate," likens, it is not what is asked; "40,000" is the pages' "40.000"
    words = [w.word for w in point_words("Is there a legal social return percentage, like a tax rate, for every "
                                         "contract?", "en")]
    assert "tax" not in words and "legal" in words
    assert analyse("40,000") == analyse("€ 40.000") == ["40000"]
    assert analyse("0,125 en 2,5") == ["0.125", "2.5"]  # Dutch decimals stay decimals
    assert {"wettelijk", "percentage", "inhouden"} <= set(expand_english("Is there a statutory rate, and may we "
                                                                         "withhold payment?").split())


def test_consent_asked_for_a_proposal_and_the_same_thing_are_how_it_is_asked() -> None:
    from kb.language.detect import reply_language

    question = "De leverancier wil de social return invullen met stageplekken in plaats van banen. Accepteren of weigeren?"
    words = [w.word for w in point_words(question, "nl")]
    assert "accepteren" not in words and "weigeren" not in words and "stageplekken" in words
    assert "approve" not in [w.word for w in point_words("The supplier wants to subcontract to a social firm. Can we "
                                                         "approve that?", "en")]
    # rejecting a bid is a subject of its own
    assert "afwijzen" in [w.word for w in point_words("Mag ik een inschrijving afwijzen zonder plan van aanpak?", "nl")]
    assert [w.word for w in point_words("Is het loonkostenvoordeel hetzelfde als social return?", "nl")] == \
        ["loonkostenvoordeel"]
    assert reply_language("Wat is PSO? Graag in het Engels.", "nl") == "en"
    assert reply_language("Hoe heet PSO in het Engels?", "nl") is None
    assert reply_language("Explain the PSO in Dutch, please.", "en") == "nl"


def test_what_is_spent_on_social_return_is_its_share_of_the_contract() -> None:
    # (tune45 uk12 was declined over "besteed": "hoeveel moet er aan social return besteed worden?" asks the
    # percentage, as "hoeveel social return" does)
    from kb.language.questions import with_measure

    assert with_measure("Ons contract is 300.000 euro, hoeveel moet er aan social return besteed worden?"
                        ).endswith("percentage")
    assert with_measure("How much do we have to spend on social return for a 2 million contract?").endswith("percentage")
    assert with_measure("Waar mag de opdrachtnemer het geld aan besteden?") == (
        "Waar mag de opdrachtnemer het geld aan besteden?")
    words = point_words("Hoeveel moet er dan aan social return besteed worden?", "nl")
    assert coverage(words, set(analyse("Meestal is de eis 5% van de opdrachtsom."))) == 1.0


def test_the_whole_course_asked_for_is_asking_for_the_steps() -> None:
    # (tune45 uk24: "van marktverkenning tot evaluatie" named the span, and the answer opened on an evaluation)
    from kb.language.questions import without_manner

    question = "In welke volgorde pak ik social return aan, van marktverkenning tot evaluatie?"
    assert classify(question).kind == Kind.HOW
    rest = without_manner(question)
    assert "marktverkenning" not in rest and "evaluatie" not in rest and "social return" in rest
    assert "begin" not in without_manner("Hoe regel ik social return van begin tot eind?")
    kept = "Welke regels gelden van de gemeente tot het Rijk?"
    assert without_manner(kept) == kept


def test_made_true_is_kept_and_only_really_made_true_is_checked() -> None:
    # (tune46 ul01) the rest of an obligation made true after an early end is about keeping it, not about who checks;
    # "echt waargemaakt" asks whether it really happened (tune44 uj05 "… niet waarmaakt?" now opens with sanctions)
    early = expand_everyday("Het contract wordt voortijdig beëindigd. Moet de leverancier de rest dan nog waarmaken?")
    assert "nakomen" in early.split() and "controle" not in early.split()
    really = expand_everyday("Hoe controleer je of een leverancier de social return echt heeft waargemaakt?")
    assert {"nakomen", "controle"} <= set(really.split())


def test_what_is_still_open_is_the_pages_restant() -> None:
    # (tune40 uf05) "hoeveel social return er nog openstaat" is said by the pages as restant / openblijft
    expanded = expand_everyday("Het contract wordt voortijdig beëindigd, hoeveel social return staat er nog open?")
    assert {"restant", "openblijft"} <= set(expanded.split())
    assert "restant" in expand_everyday("Wat gebeurt er met de openstaande verplichting?").split()
    assert "restant" not in expand_everyday("Staat de aanbesteding open voor mkb?").split()


def test_how_a_text_asked_for_should_read_is_no_point_of_the_question() -> None:
    # (refusal_tune24 si50) "a neutral outline of a social return clause": the clause is the point
    words = {w.word for w in point_words("Could you draft a neutral outline of a social return clause for a services "
                                         "contract?", "en")}
    assert not words & {"neutral", "outline", "draft"}, words


def test_where_something_is_does_not_carry_the_point() -> None:
    # "de lokale voetbalclub": the club is asked about, wherever it is
    assert [w.word for w in point_words("Telt sponsoring van de lokale voetbalclub mee?", "nl")] == [
        "telt", "sponsoring", "voetbalclub", "mee"]
    assert "local" not in [w.word for w in point_words("Does sponsoring a local football club count?", "en")]


def test_how_many_asked_after_the_question_is_how_to_answer_not_what(bundled_kb) -> None:
    # (tune48 un42) "Noem er een paar." asks for several, as "Welke gemeenten …?" already does: the message is one
    # question, searched as such (it had been searched twice over, its last sentence as the tail, and opened with a
    # municipality's definition of social return)
    question = "Welke gemeenten hebben goede ervaringen met social return? Noem er een paar."
    assert without_manner(question) == "Welke gemeenten hebben goede ervaringen met social return?"
    assert without_manner("Which provinces apply social return? Name a few.") == "Which provinces apply social return?"
    # nor is the first sentence searched a second time as the message's tail, in English either (where the search
    # text has the Dutch field terms added)
    from kb.service import KnowledgeBase
    for asked in (question, "Which provinces apply social return? Name a few."):
        query = bundled_kb.prepare(asked)
        assert KnowledgeBase._search_options(query)["tail"] is None, (asked, query.text, query.tail)
    # what the examples are of stays ("Geef een paar voorbeelden van …" is the question itself)
    assert without_manner("Geef een paar voorbeelden van social return in de bouw.") == (
        "Geef een paar voorbeelden van social return in de bouw.")


def test_a_subject_named_twice_is_asked_of_by_its_abbreviation() -> None:
    from kb.language.questions import short_name
    assert short_name("de PSO (Prestatieladder Socialer Ondernemen)") == "de PSO"
    assert short_name("de Prestatieladder Socialer Ondernemen (PSO)") == "PSO"
    # an aside in brackets is no second name
    assert short_name("het doelgroepregister (kort)") == "het doelgroepregister (kort)"
    assert short_name("de banenafspraak (2015)") == "de banenafspraak (2015)"
    assert short_name("de banenafspraak") == "de banenafspraak"


def test_who_asks_in_english_with_as_and_a_separable_participle() -> None:
    from kb.language.questions import without_asker

    # (tune50 up41) "I just started as a procurement officer;" is who asks
    assert without_asker("I just started as a procurement officer; what is SROI in a nutshell?") == (
        "what is SROI in a nutshell?")
    # (tune50 up53) "meegeteld" is spoken to by "telt … mee"
    words = point_words("Hoe wordt die inkoop bij een sociale werkplaats meegeteld voor hun social return?", "nl")
    counted = next(w for w in words if w.word == "meegeteld")
    assert counted.parts == ("mee", "tel")
    assert counted.found_in(set(analyse("Inkoop bij een SW-bedrijf telt mee voor social return.")))


def test_everyday_words_of_a_job_seeker_and_a_national_format() -> None:
    # (tune50 up54) "Kom ik daarvoor in aanmerking en bij wie moet ik me melden?"
    expanded = expand_everyday("Ik heb een WW-uitkering. Kom ik daarvoor in aanmerking en bij wie moet ik me melden?")
    assert "doelgroep" in expanded and "werkgeversservicepunt" in expanded
    # a firm's eligibility and other sign-ups are not a job seeker's
    for question in ("Wanneer komt de aanbesteding in aanmerking voor percelen?",
                     "Komen wij in aanmerking voor een voorbehouden opdracht?",
                     "Do we qualify for a reserved contract?",
                     "Waar kan ik me aanmelden voor de PSO-certificering?",
                     "Waar moet ik me melden als de opdrachtnemer niet nakomt?",
                     "Where do we register the social return hours we achieved?"):
        assert expand_everyday(question) == question, question
    # (refusal_tune43 vs24) "Is there a standard national format?": the pages say "geen landelijk model"
    terms = dutch_terms("Is there a standard national format?")
    assert "landelijk" in terms and "model" in terms
    # (refusal_tune45 vw42) "How many jobs does social return produce nationally? Is there any published figure?"
    terms = dutch_terms("How many jobs does social return produce nationally? Is there any published figure?")
    assert {"landelijk", "cijfers"} <= set(terms.split())
    # "figure out" is to work out
    assert "cijfer" not in dutch_terms("How do I figure out the value of a placement?")


def test_the_rijks_large_suppliers_are_its_topleveranciers() -> None:
    # (tune50 up36) "large suppliers of the Dutch central government"
    assert "topleveranciers" in dutch_terms("Do large suppliers of the Dutch central government have special social "
                                            "return arrangements?")
    assert "topleveranciers" in expand_everyday("Hebben de grote leveranciers van het Rijk aparte afspraken over "
                                                "social return?")
    assert "topleveranciers" not in expand_everyday("Kunnen grote leveranciers makkelijker social return invullen?")


def test_lots_of_people_is_a_quantity_and_a_reward_is_the_pages_korting() -> None:
    # (tune51 uq07) "companies that already employ lots of disabled people": "lots of" is no tender lot, and the reward
    # asked is the pages' beloning or korting; the PSO is searched for
    question = ("Is there a way to reward companies that already employ lots of disabled people, instead of asking "
                "them to hire extra staff?")
    assert "percelen" not in dutch_terms(question) and "korting" in dutch_terms(question)
    assert "percelen" in dutch_terms("Can we split the tender into lots?")
    assert "pso" in expand_everyday(question)
    assert "pso" in expand_everyday("Dat bedrijf heeft al veel gehandicapten in dienst, wat dan?")
    words = {w.word for w in point_words(question, "en")}
    assert "lots" not in words and "reward" in words


def test_when_that_joins_a_condition_asks_no_date_and_a_framework_agreements_unknown_volume() -> None:
    # (refusal_tune44 vu48) "How should we set it … when we don't know the call-off volume upfront?" asks how
    question = ("How should we set the social return requirement in a framework agreement when we don't know the "
                "call-off volume upfront?")
    assert classify(question).kind == Kind.HOW
    for asked in ("When did social return start?", "And when must the plan be ready?", "Is it allowed, and when?",
                  "Wanneer moet het plan klaar zijn?"):
        assert classify(asked).kind == Kind.WHEN, asked
    words = {w.word: w for w in point_words(question, "en")}
    assert "don't" not in words and "know" not in words
    assert {"afroep", "omvang", "vooraf"} <= set(analyse(dutch_terms(question)))
    # (vu50) a pasted letter's form is no point of the question
    letter = ('A supplier just emailed us: "Dear sir/madam, we will not be submitting an SROI report. Kind regards, '
              'Account team" Are they right?')
    assert not {"emailed", "dear", "madam", "kind", "regards"} & {w.word for w in point_words(letter, "en")}


def test_the_course_of_buying_and_a_contracts_work_and_a_rule_in_english() -> None:
    # (tune24 tp21, tune27 ts40) "inkooptraject", "inkoopproces": the buying is the point, spoken to by "inkoop"
    # (the answerer splits compounds by the index's vocabulary; here the split is given)
    words = point_words("hoe past social return in het inkoopproces?", "nl",
                        parts_of=lambda word: ["inkoop", "proces"] if word == "inkoopproces" else [])
    traject = next(w for w in words if w.word == "inkoopproces")
    assert traject.found_in(set(analyse("De inkoop van diensten met social return.")))
    # (tune48 un34) "geen arbeidsgerelateerde component in de opdracht" is the pages' arbeidscomponent
    assert "arbeidscomponent" in expand_everyday("Mag je social return eisen als er geen arbeidsgerelateerde component "
                                                 "in de opdracht zit?")
    # (tune51 uq53) "a central government rule on social return" is the pages' beleid and regels
    assert "beleid" in dutch_terms("My manager told me there's a central government rule on social return.")


def test_a_football_club_sponsored_is_spoken_to_by_what_the_pages_say_of_sponsoring() -> None:
    # (tune47 um16) "Telt sponsoring van de lokale voetbalclub mee?": the pages speak of sponsoring and sports clubs
    club = next(w for w in point_words("Telt sponsoring van de lokale voetbalclub mee als social return?", "nl")
                if w.word == "voetbalclub")
    assert club.found_in(set(analyse("Een gewone sponsorbijdrage staat er niet tussen.")))
    assert "voetbalclub" in dutch_terms("Does sponsoring the local football club count?")


def test_review_of_stop_63_when_lots_rule_voluntary_and_an_unnamed_field() -> None:
    from kb.language.questions import unnamed_field

    # an English "when" that asks for a date stays a when-question
    for question in ("Can you tell me when the obligation starts?", "Do you know when SROI became mandatory?",
                     "Until when can the supplier fulfil the obligation?", "The deadline is when?"):
        assert classify(question).kind == Kind.WHEN, question
    assert classify("How do we set the percentage, when the volume is unknown?").kind != Kind.WHEN
    # tender lots stay lots; "rule out" is no rule; voluntary work is vrijwilligerswerk, not "verplicht"
    assert "percelen" in dutch_terms("Can we split the framework into lots of 100k each?")
    assert "percelen" in dutch_terms("How many lots of the tender need social return?")
    assert "regel" not in dutch_terms("Can we rule out suppliers that do not comply?")
    assert "verplicht" not in dutch_terms("Does voluntary work count towards social return?")
    assert "vrijwilligerswerk" in dutch_terms("Does voluntary work count towards social return?")
    # the name of another thing, or a description without the work asked of suppliers, is not the field's name
    for question in ("Hoe heet het als een gemeente een langdurig contract afsluit met een leverancier?",
                     "Wat is de naam van de wet die gemeenten verplicht mensen met een uitkering aan werk te helpen?",
                     "Wat is de naam van de wethouder die gaat over werklozen in de gemeente Utrecht?"):
        assert unnamed_field(question, "nl") is None, question
    # whether a rule holds for the asker's organisation keeps the organisation as a point
    assert "universiteit" in {w.word for w in point_words("Ik werk bij een universiteit, is social return verplicht?",
                                                          "nl")}
    assert not expand_everyday("Waar kun je beginnen met werken als je een uitkering hebt?").endswith("stappen")


def test_the_second_of_two_kinds_an_example_question_names_gets_a_search_of_its_own() -> None:
    from kb.language.questions import second_alternative

    # (tune51 uq25, tune48 un43) "schoonmaak of catering": schoonmaak, with many more pages, filled the list
    assert second_alternative("Voorbeelden van social return bij schoonmaak of catering contracten?") == (
        "Voorbeelden van social return bij catering contracten?")
    assert second_alternative("Zijn er voorbeelden van social return in de bouw en de infra?") == (
        "Zijn er voorbeelden van social return in de infra?")
    # the field's two names, or no pair at all, are no two kinds
    assert second_alternative("Voorbeelden van social return en SROI?") is None
    assert second_alternative("Heeft een provincie al eens social return toegepast?") is None


def test_who_pays_and_what_goes_wrong_in_everyday_words() -> None:
    # (tune52 ur05, ur06) who pays or whether it makes a contract dearer: the pages ask what social return costs
    for question in ("Wie betaalt social return uiteindelijk, de gemeente of het bedrijf dat de opdracht krijgt?",
                     "Does social return make public contracts more expensive for the government?"):
        assert expand_everyday(question).endswith("kosten kost"), question
    # (tune52 ur25) what goes wrong: the pages speak of drawbacks and side effects
    for question in ("Wat gaat er volgens onderzoek vaak mis bij social return?",
                     "What are common pitfalls with social return?",
                     "Waar loopt het vaak fout bij social return?"):
        assert "nadelen" in expand_everyday(question), question
    assert "nadelen" in expand_everyday("Wat als het mis gaat met de kandidaat?")
    # a plan that goes on, a cost asked by its own word, "mis ik iets" and who bears a responsibility are left as
    # they are
    for question in ("Hoe gaat het verder na de gunning?", "Wat kost een jobcoach?", "Gaat het om uren of mis ik iets?",
                     "Who bears the responsibility for the reporting?"):
        assert expand_everyday(question) == question, question


def test_evaluations_of_a_municipalitys_social_return_are_the_rekenkamers_reports() -> None:
    # (tune52 ur27) "Wat kwam er uit de evaluaties van social return bij gemeenten?"
    assert expand_everyday("Wat kwam er uit de evaluaties van social return bij gemeenten?").endswith(
        "rekenkamer onderzoek")
    # an evaluation of something else is left as it is
    for question in ("Wat kwam er uit de evaluatie van de Participatiewet?",
                     "Hoe evalueer ik het plan van aanpak van de leverancier?"):
        assert expand_everyday(question) == question, question


def test_a_situation_in_several_clauses_and_nothing_made_up_leave_the_question() -> None:
    # a situation told in several clauses before the one that asks (tune53 us17); one that is also a question stays
    assert last_question("We besteden schoonmaakwerk aan voor 4 jaar, totale waarde 1,2 miljoen, hoeveel procent "
                         "social return moeten we vragen?") == "hoeveel procent social return moeten we vragen?"
    assert last_question("Wat is social return, wat is SROI, en hoe werkt het?") is None
    # "voor ons" leans on who the situation says "we" are (tune53 us13)
    assert points_back("geldt social return dan ook voor ons?")
    # a clause that says much of its own may still lean on the situation (tune27 ts18)
    assert leans_back("hoe kun je daar social return in verwerken als er weinig functies op instapniveau zijn?")
    assert not points_back("hoe kun je daar social return in verwerken als er weinig functies op instapniveau zijn?")
    assert not leans_back("hoe verwerk je social return in een ICT-opdracht?")
    # (the second review) a relative "die", "that" and "it" in "is it true" point nowhere back
    assert not leans_back("Hoeveel procent moet een leverancier die schoonmaakt leveren?")
    assert not leans_back("Is it true that SROI is mandatory above the threshold?")
    assert not points_back("Geldt social return voor kleine bedrijven?")
    # a memo, nothing made up, the sources: how the answer is put, not what is asked (refusal_tune46 vy50)
    assert without_manner("I'm writing a memo for our council and I don't want anything made up, so please stick to "
                          "your sources: does social return lead to displacement of regular jobs?") == (
        "does social return lead to displacement of regular jobs?")
    assert without_manner("Ik schrijf een nota voor de raad, dus verzin niets: leidt social return tot "
                          "verdringing?") == "leidt social return tot verdringing?"
    assert without_manner("Hoe schrijf ik een nota voor de raad over social return?") == (
        "Hoe schrijf ik een nota voor de raad over social return?")
    # the memo is only left out before a colon and the question: otherwise it may be what is asked about
    for question in ("We schrijven een raadsvoorstel voor de gemeenteraad. Wat moet daarin staan over social return?",
                     "We are writing a note to the supplier, what must it say about social return?"):
        assert without_manner(question) == question
    assert without_manner("I'm writing a memo for our city council: what percentage of social return is usual?") == (
        "what percentage of social return is usual?")


def test_a_condition_opening_a_question_asks_no_date() -> None:
    # "when"/"wanneer" opening a condition: the question is what follows the comma
    assert classify("Wanneer een kandidaat stopt, telt hij dan nog mee?").kind == Kind.YES_NO
    assert classify("Als de opdracht kleiner wordt, moet de verplichting dan omlaag?").kind == Kind.YES_NO
    assert classify("If the supplier fails, who checks it?").kind == Kind.WHO
    assert classify("In the Netherlands, when a government body awards a contract, can it ask the winner to give "
                    "jobs to people on benefits?").kind != Kind.WHEN
    assert "wanneer" not in dutch_terms("When the contract ends, what happens to the obligation?")
    # a question for a moment stays one
    assert classify("Wanneer moet ik rapporteren, en hoe?").kind == Kind.WHEN
    assert classify("When is the deadline, and who checks it?").kind == Kind.WHEN
    assert "wanneer" in dutch_terms("When do I have to report?")


def test_the_country_said_first_leaves_the_question_its_kind() -> None:
    # tune56 uv05: social return described without its name, after "In the Netherlands, when …,"
    question = ("In the Netherlands, when a government body awards a contract, can it ask the winner to give jobs to "
                "people on benefits? How does that work in practice?")
    assert classify(question).kind == Kind.YES_NO
    assert described_field(question, "en") == "What is social return?"
    assert classify("In Nederland, hoe werkt social return?").kind == Kind.HOW


def test_everyday_wordings_of_effort_money_and_a_share_of_the_contract() -> None:
    # tune57 uw57, uw54, uw14: the pages' inspanningsverplichting, subsidies and a percentage of the opdrachtsom
    assert expand_everyday("Is het genoeg als de leverancier zijn best doet?").endswith("inspanningsverplichting")
    assert expand_everyday("Krijg ik geld van de gemeente als ik iemand uit de bijstand aanneem?").endswith(
        "subsidie loonkostensubsidie")
    assert expand_everyday("Does the government pay part of their wages?").endswith("subsidie loonkostensubsidie")
    assert expand_everyday("How much of the contract value goes to social return?").endswith("percentage opdrachtsom")
    assert expand_everyday("Wat is de beste aanpak?") == "Wat is de beste aanpak?"


def test_how_a_question_is_put_to_someone_leaves_its_kind_and_point_words() -> None:
    # tune58: indirect questions, requests and claims half remembered
    assert classify("Ik vroeg me af of social return ook verplicht is onder de drempel.").kind == Kind.YES_NO
    assert classify("I was wondering whether social return can be an award criterion.").kind == Kind.YES_NO
    assert classify("Weet jij toevallig wat de Prestatieladder Socialer Ondernemen inhoudt?").kind == Kind.DEFINITION
    assert classify("Could you explain what SROI means in Dutch procurement?").kind == Kind.DEFINITION
    assert classify("Ik wil graag weten hoe de Rijksoverheid social return toepast.").kind == Kind.HOW
    assert classify("Leg uit hoe loonkostensubsidie werkt onder de Participatiewet.").kind == Kind.HOW
    assert classify("Leg uit wat de banenafspraak is.").kind == Kind.DEFINITION  # (as before)
    assert classify("Zet de stappen op een rij om social return in een aanbesteding op te nemen.").kind == Kind.HOW
    # a claim to be checked asks whether it holds
    assert classify("Iemand zei dat social return in strijd is met het Europese recht, maar dat lijkt me "
                    "vreemd.").kind == Kind.YES_NO
    assert unwrapped("Ik meen dat je een boete mag opleggen, is dat zo?") == ("je een boete mag opleggen?", True)
    # (a thought told before a question is a situation: "Ik denk dat …, hoe begin ik?")
    assert unwrapped("Ik denk dat we social return willen, hoe begin ik?")[1] is False
    # (an "if" that opens a question is no whether: the wrapper must go first)
    assert classify("If there is no vacancy what can a supplier do?").kind != Kind.YES_NO
    # (second review) "of" as "or", a question that goes on, a thought told, what something means for us
    assert classify("Weet jij voorbeelden of praktijkvoorbeelden uit de bouw?").kind == Kind.EXAMPLES
    assert classify("Weet je de percentages of bedragen die gemeenten vragen?").kind == Kind.AMOUNT
    assert classify("Ik vroeg me af of dit mag. En hoe regel ik dat dan?").kind == Kind.HOW
    assert classify("Tell me if there are examples of social return in construction.").kind == Kind.EXAMPLES
    assert classify("Ik denk dat we social return moeten toepassen.").kind != Kind.YES_NO
    assert classify("Ik wil weten wat het voor onze begroting betekent als we SROI toepassen.").kind != Kind.DEFINITION
    assert classify("I want to know what this means for our tender.").kind != Kind.DEFINITION
    # how it is put is no point word ("toevallig", "meen" need not be in the answer)
    words = {w.word for w in point_words("Weet jij toevallig welk percentage meestal wordt gevraagd?", "nl")}
    assert not words & {"jij", "toevallig"}, words
    words = {w.word for w in point_words("Ik meen dat je een boete mag opleggen, is dat zo?", "nl")}
    assert "meen" not in words and "boete" in words, words


def test_other_names_for_a_reserved_contract_europes_limit_and_the_first_steps() -> None:
    # tune61 xa12, xa57, tune60 uz73, uz80, tune62 xb51: declined before as words no source speaks to
    assert expand_everyday("wat is een gereserveerde opdracht").endswith("voorbehouden opdracht")
    assert expand_everyday("welke regels gelden onder de europese grens").endswith("europese drempel")
    assert expand_everyday("Is er een grens aan het aantal kandidaten?") == "Is er een grens aan het aantal kandidaten?"
    assert "verband met het voorwerp van de opdracht" in dutch_terms(
        "The rule that social conditions must be connected to the subject of the contract, what does it mean?")
    words = {w.word for w in point_words("Our municipality wants to start with social return next year; what steps "
                                         "should we take first?", "en")}
    assert not words & {"steps", "take", "first"}, words
    words = {w.word for w in point_words("Ken je een voorbeeld van een gemeente die social return goed heeft "
                                         "geregeld?", "nl")}
    assert not words & {"ken", "geregeld"}, words
