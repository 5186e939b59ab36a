"""Where `cobalt listen` got to, kept on disk so a restart never forwards an event twice.

The cursor is the creation time of the newest event handled (`after`) plus the ids of the events
handled at or after it (`seen`, id -> created), so events that share a timestamp are told apart.
An event is new when it was created at or after `after` and its id is not in `seen`. The file is
replaced atomically (write, then rename) after every event.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

#: Ids kept at most (the oldest are dropped first).
MAX_SEEN = 5000


@dataclass
class Cursor:
    path: Path | None
    after: str | None = None  # ISO 8601, as the records carry it (compared as UTC strings)
    seen: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None) -> Cursor | None:
        """The saved cursor, or None when there is none yet."""
        if path is None or not path.exists():
            return None
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        seen = raw.get("seen") if isinstance(raw.get("seen"), dict) else {}
        after = raw.get("after") if isinstance(raw.get("after"), str) else None
        return cls(path, after, {str(k): str(v) for k, v in seen.items()})

    def is_new(self, event_id: str, created: str | None) -> bool:
        if event_id in self.seen:
            return False
        return self.after is None or created is None or created >= self.after

    def mark(self, event_id: str, created: str | None) -> None:
        stamp = created or self.after or ""
        self.seen[event_id] = stamp
        if self.after is None or stamp > self.after:
            self.after = stamp
            self.seen = {k: v for k, v in self.seen.items() if v >= stamp}
        while len(self.seen) > MAX_SEEN:
            self.seen.pop(next(iter(self.seen)))
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"after": self.after, "seen": self.seen}), encoding="utf-8")
        os.replace(tmp, self.path)
