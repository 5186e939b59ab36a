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
replaced atomically (write, then rename) after every event. An event whose creation time
cannot be read is placed by its id alone: it never moves `after`, and its id is kept until the cap
drops it (timeless ids go last). The window is four times the 30 s that `catch_up` assumes an event
can take to be listed (`webhooks._catchup.DEFAULT_SETTLE`): here it costs nothing, since each poll
re-reads the day's events anyway.
"""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ._stamps import read_stamp, write_stamp

#: How long after its creation time an event may still appear in the list.
LOOKBACK = datetime.timedelta(seconds=120)
#: Ids kept at most (the oldest are dropped first, and `floor` rises to them).
MAX_SEEN = 5000


def valid_stamp(value: object) -> str | None:
    """`value` in Cobalt's `2025-10-21T14:30:00.000Z` form, or None if it is not a readable time
    (such an event is placed by its id alone, and never moves the cursor)."""
    moment = read_stamp(value) if isinstance(value, str) else None
    return None if moment is None else write_stamp(moment)


def _minus(stamp: str, delta: datetime.timedelta) -> str:
    """`stamp` (a valid stamp) moved back by `delta`, in the same form."""
    moment = read_stamp(stamp)
    return stamp if moment is None else write_stamp(moment - delta)


@dataclass
class Cursor:
    path: Path | None
    after: str | None = None  # the newest creation time handled, in Cobalt's UTC form
    seen: dict[str, str] = field(default_factory=dict)  # id -> created ("" when it had none)
    floor: str | None = None  # events created at or before this were handled or dropped
    lookback: datetime.timedelta = LOOKBACK

    @classmethod
    def load(cls, path: Path | None) -> Cursor | None:
        """The saved cursor, or None when there is none yet (or it is not one `listen` wrote)."""
        if path is None or not path.exists():
            return None
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(raw, dict):
            return None
        seen = raw["seen"] if isinstance(raw.get("seen"), dict) else {}
        after = valid_stamp(raw.get("after"))
        floor = valid_stamp(raw.get("floor"))
        if "floor" not in raw and after is not None:  # written before the window: all before `after` is done
            floor = _minus(after, datetime.timedelta(milliseconds=1))
        return cls(path, after, {str(k): valid_stamp(v) or "" for k, v in seen.items()}, floor)

    @classmethod
    def starting(cls, path: Path | None, stamp: str | None, seen: dict[str, str] | None = None) -> Cursor:
        """A cursor for which the events created at or after `stamp` are new (None: every event)."""
        stamp = valid_stamp(stamp)
        floor = _minus(stamp, datetime.timedelta(milliseconds=1)) if stamp else None
        return cls(path, stamp, dict(seen or {}), floor)

    def since(self) -> str | None:
        """The earliest creation time that can still hold a new event (None: all of them)."""
        if self.after is None:
            return self.floor
        start = _minus(self.after, self.lookback)
        return max(start, self.floor) if self.floor else start

    def is_new(self, event_id: str, created: str | None) -> bool:
        if event_id in self.seen:
            return False
        stamp = valid_stamp(created)
        if stamp is None:
            return True  # no readable time: only its id can tell, and it is not in `seen`
        if self.floor is not None and stamp <= self.floor:
            return False
        return self.after is None or stamp >= _minus(self.after, self.lookback)

    def mark(self, event_id: str, created: str | None) -> None:
        stamp = valid_stamp(created)
        self.seen[event_id] = stamp or ""  # ids without a time are kept until the cap drops them
        if stamp is not None and (self.after is None or stamp > self.after):
            self.after = stamp
            start = _minus(stamp, self.lookback)
            self.seen = {k: v for k, v in self.seen.items() if not v or v >= start}
        if len(self.seen) > MAX_SEEN:
            ordered = sorted(self.seen.items(), key=lambda item: (not item[1], item[1]))  # oldest first, timeless last
            cut = len(ordered) - MAX_SEEN
            dropped = [v for _, v in ordered[:cut] if v]
            if dropped:
                self.floor = max(self.floor or "", *dropped)
            floor = self.floor
            self.seen = {k: v for k, v in ordered[cut:] if not v or floor is None or v > floor}
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"after": self.after, "seen": self.seen, "floor": self.floor}), encoding="utf-8")
        os.replace(tmp, self.path)
