"""In-memory collections of JSON records, optionally persisted to SQLite (one JSON blob per collection)."""

from __future__ import annotations

import json
import sqlite3
import threading
from typing import Any

JSON = dict[str, Any]


class Store:
    """Named collections of records keyed by id, kept in insertion order."""

    def __init__(self, db_path: str | None = None) -> None:
        self.collections: dict[str, dict[str, JSON]] = {}
        self._dirty: set[str] = set()
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if db_path:
            self._db = sqlite3.connect(db_path, check_same_thread=False)
            self._db.execute("CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, body TEXT NOT NULL)")
            self._db.commit()
            for name, body in self._db.execute("SELECT name, body FROM collections"):
                self.collections[name] = json.loads(body)

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
        self._dirty.add(name)
        return record

    def delete(self, name: str, key: str) -> JSON | None:
        self._dirty.add(name)
        return self.col(name).pop(key, None)

    def touch(self, name: str) -> None:
        """Mark a collection changed after mutating one of its records in place."""
        self._dirty.add(name)

    def counter(self, name: str, start: int = 1) -> int:
        """Next value of a persistent counter."""
        counters = self.col("_counters")
        entry = counters.setdefault(name, {"value": start - 1})
        entry["value"] = int(entry["value"]) + 1
        self._dirty.add("_counters")
        return int(entry["value"])

    def clear(self) -> None:
        self._dirty.update(self.collections)
        self.collections = {}

    def flush(self) -> None:
        """Write changed collections to SQLite (no-op in memory mode)."""
        if self._db is None or not self._dirty:
            self._dirty.clear()
            return
        with self._lock:
            names, self._dirty = self._dirty, set()
            for name in names:
                body = self.collections.get(name)
                if body is None:
                    self._db.execute("DELETE FROM collections WHERE name = ?", (name,))
                else:
                    self._db.execute(
                        "INSERT OR REPLACE INTO collections (name, body) VALUES (?, ?)",
                        (name, json.dumps(body, separators=(",", ":"))),
                    )
            self._db.commit()

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None
