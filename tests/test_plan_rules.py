"""The rule files (corpus/rules/*.yaml): they validate, every value traces to a source its document lists,
a value without a source is refused, and organisations are found by name, alias or region membership."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kb.cli import cli
from kb.plan.library import Library, load_library
from kb.plan.rules import RuleBook, check_rules, load_rulebook
from tests.conftest import BUNDLED_CORPUS


@pytest.fixture(scope="module")
def library() -> Library:
    found, problems = load_library(BUNDLED_CORPUS)
    assert not problems
    return found


@pytest.fixture(scope="module")
def book(library: Library) -> RuleBook:
    return load_rulebook(BUNDLED_CORPUS / "rules", library.source_map())


def test_bundled_rules_are_valid_and_traceable(book: RuleBook, library: Library) -> None:
    assert len(book.profiles) >= 15 and "algemeen" in book.profiles
    for profile in book.profiles.values():
        for value in profile.sourced_values():
            assert value.doc in library, (profile.id, value.doc)
            assert value.source.startswith("http")
    # the regions the issue names, each with a dated or explicitly undated table
    tables = {p.id: p.tables for p in book.profiles.values() if p.tables}
    assert {"utrecht", "oost-nederland", "regio-leiden", "haaglanden", "harlingen"} <= set(tables)
    assert str(tables["regio-leiden"][0].valid_from) == "2023-09-01"
    assert str(tables["haaglanden"][0].valid_from) == "2023-07-01"


def _rules_copy(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS, corpus)
    return corpus


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_value_without_a_source_is_refused(tmp_path: Path, library: Library) -> None:
    corpus = _rules_copy(tmp_path)
    _edit(corpus / "rules" / "sudwest-fryslan.yaml", lambda d: d["cap"].pop("source"))
    book, problems = check_rules(corpus / "rules", library.source_map())
    assert book is None
    assert any(path == "rules/sudwest-fryslan.yaml" and "cap.source: ontbreekt" in problem for path, problem in problems)


def test_a_source_the_document_does_not_list_is_refused(tmp_path: Path, library: Library) -> None:
    corpus = _rules_copy(tmp_path)
    _edit(corpus / "rules" / "friesland.yaml", lambda d: d["obligation"].update(source="https://example.org/verzonnen"))
    _edit(corpus / "rules" / "utrecht.yaml", lambda d: d["tables"][0].update(doc="praktijk/bestaat-niet.md"))
    _, problems = check_rules(corpus / "rules", library.source_map())
    messages = " | ".join(problem for _, problem in problems)
    assert "https://example.org/verzonnen staat niet bij de bronnen van praktijk/friesland.md" in messages
    assert "document 'praktijk/bestaat-niet.md' bestaat niet" in messages


def test_corpus_check_validates_the_rules(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli, ["corpus", "check", str(BUNDLED_CORPUS)])
    assert ok.exit_code == 0, ok.output
    assert "regelbestanden gecontroleerd: in orde" in ok.output
    corpus = _rules_copy(tmp_path)
    _edit(corpus / "rules" / "rijk.yaml", lambda d: d["thresholds"][0].pop("doc"))
    bad = runner.invoke(cli, ["corpus", "check", str(corpus)])
    assert bad.exit_code == 1
    assert "FOUT rules/rijk.yaml: thresholds.0.doc: ontbreekt" in bad.output


@pytest.mark.parametrize(("name", "profile", "member"), [
    ("gemeente Utrecht", "utrecht", ""),
    ("Gemeente Súdwest-Fryslân", "sudwest-fryslan", ""),
    ("sudwest fryslan", "sudwest-fryslan", ""),
    ("het Rijk", "rijk", ""),
    ("Gemeente Leiderdorp", "regio-leiden", "Gemeente Leiderdorp"),
    ("Delft", "haaglanden", "Delft"),
    ("Leidschendam-Voorburg", "leidschendam-voorburg", ""),
    ("Kampen", "regio-zwolle", "Kampen"),
])
def test_organisations_are_found(book: RuleBook, name: str, profile: str, member: str) -> None:
    match = book.find(name)
    assert match is not None and match.profile.id == profile and match.via_member == member


def test_unknown_organisation_is_not_guessed(book: RuleBook) -> None:
    assert book.find("gemeente Groningen") is None
    assert book.find("") is None


def test_broken_rules_do_not_break_answering(tmp_path: Path) -> None:
    from kb.config import Settings
    from kb.service import KnowledgeBase

    corpus = _rules_copy(tmp_path)
    (corpus / "rules" / "rijk.yaml").write_text("id: rijk\nthresholds: [", encoding="utf-8")
    knowledge_base = KnowledgeBase(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"))
    knowledge_base.warm_up_plans()  # does not raise
    assert knowledge_base.plan_offer("schoonmaak voor 1,2 miljoen over 4 jaar") is None
    result = CliRunner().invoke(cli, ["plan", "--type", "dienst", "--value", "100000"],
                                env={"KB_CORPUS_DIR": str(corpus), "KB_DATA_DIR": str(tmp_path / "data")})
    assert result.exit_code == 1 and "rules/rijk.yaml: geen geldige YAML" in result.output
    assert "Traceback" not in result.output
