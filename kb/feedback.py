"""Feedback on answers (thumbs up/down, optional comment), kept in SQLite under the data folder so
content owners can see which answers to fix (`kb feedback export`)."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, TextIO

from kb.errors import DataFolderProblem

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    rating INTEGER NOT NULL,          -- 1 = goed, -1 = niet goed, 0 = alleen een opmerking
    comment TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    refused INTEGER NOT NULL DEFAULT 0,
    confidence REAL,
    sources TEXT NOT NULL DEFAULT '[]',   -- JSON: [{n, doc_id, title, url}]
    filters TEXT NOT NULL DEFAULT '{}'    -- JSON
)
"""
COLUMNS = ("id", "created_at", "rating", "comment", "question", "answer", "refused", "confidence", "sources",
           "filters")


class FeedbackStore:
    """A small append-only SQLite table; safe to use from the app's worker threads. Created on the first
    judgement, so an app on a read-only data folder starts and answers; storing then says why it cannot."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with sqlite3.connect(self.path, timeout=10) as connection:
                connection.execute(_SCHEMA)
            self._ready = True
        return sqlite3.connect(self.path, timeout=10)

    def _cannot_store(self, exc: Exception) -> DataFolderProblem:
        full = getattr(exc, "errno", None) == errno.ENOSPC or "full" in str(exc)
        return DataFolderProblem(f"Uw beoordeling kan niet worden opgeslagen: de map {self.path.parent.resolve()} "
                                 f"is {'vol' if full else 'alleen-lezen'}.")

    def add(self, *, rating: int, question: str, answer: dict[str, Any], comment: str = "",
            filters: dict[str, Any] | None = None) -> int:
        """Store one judgement of an answer in the `kb ask --json` shape; returns its id."""
        if rating not in (-1, 0, 1):
            raise ValueError("rating is 1, -1 of 0")
        sources = [{k: c.get(k) for k in ("n", "doc_id", "title", "url")} for c in answer.get("citations", [])]
        row = (dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), rating, comment.strip()[:4000],
               question[:4000], str(answer.get("answer", ""))[:20000], int(bool(answer.get("refused"))),
               answer.get("confidence"), json.dumps(sources, ensure_ascii=False),
               json.dumps(filters or {}, ensure_ascii=False))
        try:
            with self._lock, self._connect() as connection:
                cursor = connection.execute(
                    "INSERT INTO feedback (created_at, rating, comment, question, answer, refused, confidence, "
                    "sources, filters) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
                return int(cursor.lastrowid)
        except (OSError, sqlite3.Error) as exc:
            raise self._cannot_store(exc) from exc

    def all(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        with self._lock, sqlite3.connect(self.path, timeout=10) as connection:
            connection.row_factory = sqlite3.Row
            return [dict(r) for r in connection.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id")]

    def export_csv(self, out: TextIO) -> int:
        """Write every record as CSV (one row per judgement); returns the number of rows."""
        rows = self.all()
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return len(rows)
