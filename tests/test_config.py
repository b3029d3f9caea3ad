"""Settings: every field documented, read from the environment and kb.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.config import PROJECT_ROOT, Settings


def test_every_setting_has_a_description_and_is_in_the_readme() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    for name, field in Settings.model_fields.items():
        assert field.description, f"{name} has no description"
        assert f"`KB_{name.upper()}`" in readme, f"KB_{name.upper()} is not in the README"


def test_environment_and_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kb.toml").write_text('top_k = 7\ndata_dir = "elders"\n', encoding="utf-8")
    settings = Settings()
    assert settings.top_k == 7 and settings.data_dir == Path("elders")
    monkeypatch.setenv("KB_TOP_K", "3")
    assert Settings().top_k == 3  # the environment wins over the file
    monkeypatch.setenv("KB_CHROMA_URL", "")
    assert Settings().chroma_url is None
