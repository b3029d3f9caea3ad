"""Feedback and the asked-questions log: masking, retention, and a CSV export that is safe to open."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import cli
from kb.export import safe_cell
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


def test_personal_data_is_masked_before_it_is_stored(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    store.add(rating=-1, question="Geldt dit voor BSN 111222333?", answer=ANSWER,
              comment="Mail me op piet@example.org of bel 06-12345678")
    store.log_question("Mijn IBAN is NL91ABNA0417164300, klopt de boete?", ANSWER)
    raw = sqlite3.connect(tmp_path / "feedback.sqlite3")
    stored = " ".join(str(v) for row in raw.execute("SELECT * FROM feedback") for v in row)
    stored += " ".join(str(v) for row in raw.execute("SELECT * FROM asked") for v in row)
    for secret in ("111222333", "piet@example.org", "06-12345678", "NL91ABNA0417164300"):
        assert secret not in stored
    assert "[BSN]" in stored and "[e-mail]" in stored and "[telefoonnummer]" in stored and "[IBAN]" in stored


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\",\"klik\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_never_start_a_formula(tmp_path: Path, value: str) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    store.add(rating=0, question=value, answer={**ANSWER, "answer": value}, comment=value or "x")
    out = io.StringIO()
    store.export_csv(out)
    row = next(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    for key in ("question", "answer"):
        assert row[key].startswith("'") and row[key][1:] == value
    assert safe_cell(5) == 5 and safe_cell("gewoon") == "gewoon"


def test_retention_purges_old_records(tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite3"
    store = FeedbackStore(path)
    store.add(rating=1, question="oud", answer=ANSWER)
    store.log_question("oude vraag", ANSWER)
    store.log_question("nieuwe vraag", ANSWER)
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(days=40)).isoformat(timespec="seconds")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE feedback SET created_at = ?", (old,))
        connection.execute("UPDATE asked SET created_at = ? WHERE question = 'oude vraag'", (old,))
    assert store.purge(60) == {"feedback": 0, "asked": 0}
    # a store opened with a retention setting purges on start
    kept = FeedbackStore(path, retention_days=30)
    assert kept.all() == [] and [r["question"] for r in kept.asked()] == ["nieuwe vraag"]


def test_cli_export_and_purge(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    store.add(rating=-1, question="Q", answer=ANSWER, comment="=fout")
    out = tmp_path / "export.csv"
    env = {"KB_DATA_DIR": str(tmp_path)}
    result = CliRunner().invoke(cli, ["feedback", "export", "--out", str(out)], env=env)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 1 and rows[0]["comment"] == "'=fout"
    result = CliRunner().invoke(cli, ["feedback", "purge", "--older-than", "0"], env=env)
    assert result.exit_code == 0, result.output
    assert "1 beoordelingen" in result.output
    assert store.all() == []
