"""Shared fixtures: settings pointing at temp dirs, a small corpus copied from the bundled one,
and the whole bundled corpus indexed once per session with the real default model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.config import PROJECT_ROOT, Settings
from kb.service import KnowledgeBase

BUNDLED_CORPUS = PROJECT_ROOT / "corpus"
# Documents the tests copy into a private corpus; chosen because they exist for the whole dossier.
SMALL_CORPUS = [
    "aanbesteding/minimumeis.md",
    "aanbesteding/gunningscriterium.md",
    "aanbesteding/percelenregeling.md",
    "aanbesteding/verband-met-voorwerp-van-de-opdracht.md",
]


def make_settings(data_dir: Path, corpus_dir: Path = BUNDLED_CORPUS, **overrides) -> Settings:
    return Settings(data_dir=data_dir, corpus_dir=corpus_dir, chroma_url=None, **overrides)


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for doc_id in SMALL_CORPUS:
        target = root / doc_id
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(BUNDLED_CORPUS / doc_id, target)
    return root


@pytest.fixture
def small_settings(tmp_path: Path, small_corpus: Path) -> Settings:
    return make_settings(tmp_path / "data", small_corpus)


@pytest.fixture(scope="session")
def bundled_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return make_settings(tmp_path_factory.mktemp("bundled") / "data")


@pytest.fixture(scope="session")
def bundled_kb(bundled_settings: Settings) -> KnowledgeBase:
    """The bundled corpus, indexed once for the session with the default model."""
    knowledge_base = KnowledgeBase(bundled_settings)
    report = knowledge_base.ingest()
    assert not report.errors, report.errors
    return knowledge_base


@pytest.fixture
def cli_env(small_settings: Settings) -> dict[str, str]:
    return {"KB_DATA_DIR": str(small_settings.data_dir), "KB_CORPUS_DIR": str(small_settings.corpus_dir),
            "KB_CHROMA_URL": ""}


# the browser tests' session-wide server and browser (tests/browser_support.py)
from tests.browser_support import app_page, browser, served  # noqa: E402,F401
