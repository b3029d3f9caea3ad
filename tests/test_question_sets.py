"""The project's question sets (tests/data) are well formed: fields, ids, categories, and every expected
fact of an answerable question occurs in the documents it names (tests/data/check_sets.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def test_question_sets_are_well_formed(capsys) -> None:
    spec = importlib.util.spec_from_file_location("check_sets", DATA / "check_sets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main() == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    for name in module.SETS:  # every set was read, none is missing
        assert f"{name}: " in out and f"{name}: missing" not in out
