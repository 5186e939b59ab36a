"""Where `cobalt listen` got to, kept on disk so a restart never forwards an event twice.

An event can become visible in `GET /webhook-events` after a newer one: its creation time is
taken when it is made, and it is listed once it is stored, and another event may be stored in
between (two jobs finishing at once). A cursor that kept only "everything up to the newest
creation time is done" would skip such a late event for good. So the cursor keeps the creation
time of the newest event handled (`after`) and the ids of every event handled within a
look-back window before it (`seen`, id -> created, `LOOKBACK`): an event is new when its id is
not in `seen` and it was created no earlier than `after` minus the window. When more than
`MAX_SEEN` ids fall in the window, the oldest are dropped and `floor` (the newest creation time
dropped) bounds what counts as new from then on, so nothing is forwarded twice. The file is
replaced atomically (write, then rename) after every event.
"""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

#: How long after its creation time an event may still appear in the list.
LOOKBACK = datetime.timedelta(seconds=120)
#: Ids kept at most (the oldest are dropped first, and `floor` rises to them).
MAX_SEEN = 5000


def _minus(stamp: str, delta: datetime.timedelta) -> str:
    """`stamp` (Cobalt's `2025-10-21T14:30:00.000Z` form) moved back by `delta`, in the same form."""
    try:
        moment = datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp  # not a timestamp: compare it as it is
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    moment = (moment - delta).astimezone(datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass
class Cursor:
    path: Path | None
    after: str | None = None  # ISO 8601, as the records carry it (compared as UTC strings)
    seen: dict[str, str] = field(default_factory=dict)
    floor: str | None = None  # events created at or before this were handled or dropped
    lookback: datetime.timedelta = LOOKBACK

    @classmethod
    def load(cls, path: Path | None) -> Cursor | None:
        """The saved cursor, or None when there is none yet."""
        if path is None or not path.exists():
            return None
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(raw, dict):
            return None
        seen = raw["seen"] if isinstance(raw.get("seen"), dict) else {}
        after = raw.get("after") if isinstance(raw.get("after"), str) else None
        floor = raw.get("floor") if isinstance(raw.get("floor"), str) else None
        return cls(path, after, {str(k): str(v) for k, v in seen.items()}, floor)

    @classmethod
    def starting(cls, path: Path | None, stamp: str | None, seen: dict[str, str] | None = None) -> Cursor:
        """A cursor for which the events created at or after `stamp` are new (None: every event)."""
        floor = _minus(stamp, datetime.timedelta(milliseconds=1)) if stamp else None
        return cls(path, stamp, dict(seen or {}), floor)

    def since(self) -> str | None:
        """The earliest creation time that can still hold a new event (None: all of them)."""
        if self.after is None:
            return None
        start = _minus(self.after, self.lookback)
        return max(start, self.floor) if self.floor else start

    def is_new(self, event_id: str, created: str | None) -> bool:
        if event_id in self.seen:
            return False
        if created is None or self.after is None:
            return True
        if self.floor is not None and created <= self.floor:
            return False
        return created >= _minus(self.after, self.lookback)

    def mark(self, event_id: str, created: str | None) -> None:
        stamp = created or self.after or ""
        self.seen[event_id] = stamp
        if self.after is None or stamp > self.after:
            self.after = stamp
            start = _minus(stamp, self.lookback)
            # ids without a time, marked before any time was known, are kept for this window too
            self.seen = {k: v or stamp for k, v in self.seen.items() if not v or v >= start}
        if len(self.seen) > MAX_SEEN:
            kept = sorted(self.seen.items(), key=lambda item: item[1])
            dropped, kept = kept[: len(kept) - MAX_SEEN], kept[len(kept) - MAX_SEEN :]
            self.floor = max([self.floor or "", *(v for _, v in dropped)])
            self.seen = {k: v for k, v in kept if v > self.floor}
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"after": self.after, "seen": self.seen, "floor": self.floor}), encoding="utf-8")
        os.replace(tmp, self.path)
