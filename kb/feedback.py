"""What users asked and what they thought of the answers, kept in SQLite under the data folder so
content owners can see which answers to fix and what to write next (`kb feedback export`, the
content owner's view).

Two tables: `feedback` (thumbs up/down, comments) and `asked` (every question the app answered, with
whether it was refused, the confidence and the cited documents). Personal data in questions, comments
and answers is masked before anything is written (kb.privacy); records older than the retention
period are deleted on start, once an hour while the app writes, and by `kb feedback purge`.

A data folder that cannot be written (read-only, full) does not stop the app: judgements then raise
DataFolderProblem with a message for the user, and asked questions simply go unlogged.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, TextIO

from kb.errors import DataFolderProblem
from kb.export import write_csv
from kb.privacy import mask_personal_data

log = logging.getLogger(__name__)

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
);
CREATE TABLE IF NOT EXISTS asked (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    question TEXT NOT NULL,
    refused INTEGER NOT NULL DEFAULT 0,
    confidence REAL,
    cited TEXT NOT NULL DEFAULT '[]',     -- JSON: [doc_id, ...]
    filters TEXT NOT NULL DEFAULT '{}',   -- JSON
    channel TEXT NOT NULL DEFAULT 'app'   -- 'app' (the chat) or 'api'
);
CREATE INDEX IF NOT EXISTS feedback_created ON feedback (created_at);
CREATE INDEX IF NOT EXISTS asked_created ON asked (created_at);
"""
COLUMNS = ("id", "created_at", "rating", "comment", "question", "answer", "refused", "confidence", "sources",
           "filters")
ASKED_COLUMNS = ("id", "created_at", "question", "refused", "confidence", "cited", "filters", "channel")
_PURGE_EVERY_SECONDS = 3600


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


class FeedbackStore:
    """Two small append-only SQLite tables; safe to use from the app's worker threads."""

    def __init__(self, path: Path, retention_days: int | None = None) -> None:
        self.path = path
        self.retention_days = retention_days
        self._lock = threading.Lock()
        self._purged_at = 0.0
        self._ready = False
        try:
            self._purge_when_due()
        except DataFolderProblem as exc:  # ops: a read-only data folder must not stop the app
            log.warning("%s", exc)

    @classmethod
    def from_settings(cls, settings: Any) -> FeedbackStore:
        return cls(settings.feedback_path, settings.feedback_retention_days)

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:  # created on first use, so that a read-only data folder does not stop the app
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with sqlite3.connect(self.path, timeout=10) as connection:
                connection.executescript(_SCHEMA)
            self._ready = True
        return sqlite3.connect(self.path, timeout=10)

    def _writing(self, action):
        """Run a write; a data folder that refuses it becomes DataFolderProblem with a message for people."""
        try:
            return action()
        except (OSError, sqlite3.Error) as exc:
            full = getattr(exc, "errno", None) == errno.ENOSPC or "full" in str(exc)
            raise DataFolderProblem(f"Uw beoordeling kan niet worden opgeslagen: de map "
                                    f"{self.path.parent.resolve()} is {'vol' if full else 'alleen-lezen'}.") from exc

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        self._purge_when_due()
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)

        def insert() -> int:
            with self._lock, self._connect() as connection:
                cursor = connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
                return int(cursor.lastrowid)
        return self._writing(insert)

    # ---- writing --------------------------------------------------------------------------------------
    def add(self, *, rating: int, question: str, answer: dict[str, Any], comment: str = "",
            filters: dict[str, Any] | None = None) -> int:
        """Store one judgement of an answer in the `kb ask --json` shape, personal data masked; returns
        its id."""
        if rating not in (-1, 0, 1):
            raise ValueError("rating is 1, -1 of 0")
        sources = [{k: c.get(k) for k in ("n", "doc_id", "title", "url")} for c in answer.get("citations", [])]
        return self._insert("feedback", {
            "created_at": _timestamp(_now()), "rating": rating,
            "comment": mask_personal_data(comment.strip()[:4000]),
            "question": mask_personal_data(question[:4000]),
            "answer": mask_personal_data(str(answer.get("answer", ""))[:20000]),
            "refused": int(bool(answer.get("refused"))), "confidence": answer.get("confidence"),
            "sources": json.dumps(sources, ensure_ascii=False), "filters": json.dumps(filters or {}, ensure_ascii=False),
        })

    def log_question(self, question: str, answer: dict[str, Any], filters: dict[str, Any] | None = None,
                     channel: str = "app") -> int | None:
        """Note that *question* was asked and how it was answered (personal data masked). Empty
        questions are not logged; returns the id or None."""
        if not (question or "").strip():
            return None
        cited = list(dict.fromkeys(str(c.get("doc_id")) for c in answer.get("citations", []) if c.get("doc_id")))
        try:
            return self._insert("asked", {
                "created_at": _timestamp(_now()), "question": mask_personal_data(question.strip()[:4000]),
                "refused": int(bool(answer.get("refused"))), "confidence": answer.get("confidence"),
                "cited": json.dumps(cited, ensure_ascii=False),
                "filters": json.dumps(filters or {}, ensure_ascii=False), "channel": channel,
            })
        except DataFolderProblem:  # ops: the question was answered; only its log cannot be kept
            return None

    # ---- retention -------------------------------------------------------------------------------------
    def purge(self, older_than_days: int | None = None, now: dt.datetime | None = None) -> dict[str, int]:
        """Delete feedback and asked questions older than *older_than_days* (default: the retention
        setting); returns how many rows each table lost."""
        days = older_than_days if older_than_days is not None else self.retention_days
        if days is None:
            return {"feedback": 0, "asked": 0}
        cutoff = _timestamp((now or _now()) - dt.timedelta(days=days))

        def delete() -> dict[str, int]:
            with self._lock, self._connect() as connection:
                return {table: connection.execute(f"DELETE FROM {table} WHERE created_at <= ?", (cutoff,)).rowcount
                        for table in ("feedback", "asked")}
        deleted = self._writing(delete)
        self._purged_at = time.monotonic()
        return deleted

    def _purge_when_due(self) -> None:
        if self.retention_days is not None and (not self._purged_at
                                                or time.monotonic() - self._purged_at > _PURGE_EVERY_SECONDS):
            self.purge()

    # ---- reading ---------------------------------------------------------------------------------------
    def _rows(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        with self._lock, sqlite3.connect(self.path, timeout=10) as connection:
            connection.row_factory = sqlite3.Row
            return [dict(r) for r in connection.execute(sql, parameters)]

    def all(self) -> list[dict[str, Any]]:
        """Every feedback record, oldest first."""
        return self._rows(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id")

    def asked(self) -> list[dict[str, Any]]:
        """Every logged question, oldest first, with `cited` as a list of doc_ids."""
        rows = self._rows(f"SELECT {', '.join(ASKED_COLUMNS)} FROM asked ORDER BY id")
        for row in rows:
            row["cited"] = json.loads(row["cited"] or "[]")
        return rows

    def export_csv(self, out: TextIO) -> int:
        """Write every feedback record as CSV (one row per judgement, text masked again, nothing a
        spreadsheet would run as a formula); returns the number of rows."""
        rows = self.all()
        for row in rows:
            for key in ("question", "comment", "answer"):
                row[key] = mask_personal_data(row[key])
        return write_csv(rows, COLUMNS, out)
