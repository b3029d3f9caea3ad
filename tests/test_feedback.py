"""Feedback storage and the CSV export for content owners."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import cli
from kb.feedback import FeedbackStore

ANSWER = {"answer": "Tekst [1]", "refused": False, "confidence": 0.6,
          "citations": [{"n": 1, "doc_id": "aanbesteding/minimumeis.md", "title": "Minimumeis",
                         "url": "https://www.pianoo.nl/x", "passage": "..."}]}


def test_store_and_export(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    first = store.add(rating=1, question="Wat is een minimumeis?", answer=ANSWER, filters={"types": ["guidance"]})
    store.add(rating=-1, question="Vraag, met komma", answer=ANSWER, comment='mist "bedragen"\nen meer')
    out = io.StringIO()
    assert store.export_csv(out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["id"] == str(first) and rows[0]["rating"] == "1"
    assert json.loads(rows[0]["sources"])[0]["doc_id"] == "aanbesteding/minimumeis.md"
    assert json.loads(rows[0]["filters"]) == {"types": ["guidance"]}
    assert rows[1]["comment"] == 'mist "bedragen"\nen meer' and rows[1]["question"] == "Vraag, met komma"
    with pytest.raises(ValueError):
        store.add(rating=5, question="x", answer=ANSWER)


def test_cli_export(tmp_path: Path) -> None:
    FeedbackStore(tmp_path / "feedback.sqlite3").add(rating=-1, question="Q", answer=ANSWER, comment="fout")
    out = tmp_path / "export.csv"
    result = CliRunner().invoke(cli, ["feedback", "export", "--out", str(out)], env={"KB_DATA_DIR": str(tmp_path)})
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 1 and rows[0]["comment"] == "fout"
