"""In-memory collections of JSON records, optionally persisted to SQLite (one row per record).

A flush writes only what changed since the last one (the records put, deleted or touched by key; a
whole collection when it was touched without a key) in one transaction. The API layer flushes before
it answers, so an acknowledged write is on disk: with WAL and ``synchronous=NORMAL`` a committed
transaction survives the process being killed (an OS crash may lose the last few).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from typing import Any

JSON = dict[str, Any]

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS records ("
    " collection TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (collection, key))"
)
_UPSERT = (
    "INSERT INTO records (collection, key, body) VALUES (?, ?, ?)"
    " ON CONFLICT (collection, key) DO UPDATE SET body = excluded.body"
)


def _dump(record: JSON) -> str:
    return json.dumps(record, separators=(",", ":"))


class Store:
    """Named collections of records keyed by id, kept in insertion order."""

    def __init__(self, db_path: str | None = None) -> None:
        self.collections: dict[str, dict[str, JSON]] = {}
        self._dirty_keys: dict[str, dict[str, None]] = {}  # dicts keep the order keys were touched in
        self._dirty_whole: set[str] = set()
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if db_path:
            self._db = sqlite3.connect(db_path, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
            self._db.commit()
            self._load(self._db)

    def _load(self, db: sqlite3.Connection) -> None:
        # rowid order is insertion order: updates are upserts, which keep a row's rowid
        for name, key, body in db.execute("SELECT collection, key, body FROM records ORDER BY rowid"):
            self.col(name)[key] = json.loads(body)
        legacy = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'collections'").fetchone()
        if legacy:  # the earlier layout kept one JSON blob per collection
            for name, body in db.execute("SELECT name, body FROM collections"):
                self.collections[name] = json.loads(body)
                self._dirty_whole.add(name)
            self.flush()
            db.execute("DROP TABLE collections")
            db.commit()

    @property
    def persisted(self) -> bool:
        return self._db is not None

    def is_empty(self) -> bool:
        return not any(self.collections.values())

    def col(self, name: str) -> dict[str, JSON]:
        return self.collections.setdefault(name, {})

    def all(self, name: str) -> list[JSON]:
        return list(self.col(name).values())

    def get(self, name: str, key: str) -> JSON | None:
        return self.col(name).get(key)

    def put(self, name: str, key: str, record: JSON) -> JSON:
        self.col(name)[key] = record
        self.touch(name, key)
        return record

    def delete(self, name: str, key: str) -> JSON | None:
        self.touch(name, key)
        return self.col(name).pop(key, None)

    def touch(self, name: str, key: str | None = None) -> None:
        """Mark a record (or, without ``key``, a whole collection) changed after mutating it in place."""
        if self._db is None:
            return
        if key is None:
            self._dirty_whole.add(name)
        else:
            self._dirty_keys.setdefault(name, {})[key] = None

    def counter(self, name: str, start: int = 1) -> int:
        """Next value of a persistent counter."""
        counters = self.col("_counters")
        entry = counters.setdefault(name, {"value": start - 1})
        entry["value"] = int(entry["value"]) + 1
        self.touch("_counters", name)
        return int(entry["value"])

    def clear(self) -> None:
        if self._db is not None:
            self._dirty_whole.update(self.collections)
        self.collections = {}

    def flush(self) -> None:
        """Write changed records to SQLite in one transaction (no-op in memory mode or when nothing changed)."""
        if self._db is None or not (self._dirty_whole or self._dirty_keys):
            return
        with self._lock:
            whole, self._dirty_whole = self._dirty_whole, set()
            keys, self._dirty_keys = self._dirty_keys, {}
            with self._db:  # one transaction, committed on leaving the block
                for name in whole:
                    self._db.execute("DELETE FROM records WHERE collection = ?", (name,))
                    rows = self.collections.get(name, {})
                    self._db.executemany(_UPSERT, ((name, k, _dump(r)) for k, r in rows.items()))
                for name, names in keys.items():
                    if name in whole:
                        continue
                    rows = self.collections.get(name, {})
                    for key in names:
                        record = rows.get(key)
                        if record is None:
                            self._db.execute("DELETE FROM records WHERE collection = ? AND key = ?", (name, key))
                        else:
                            self._db.execute(_UPSERT, (name, key, _dump(record)))

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None
