"""A set of asyncio tasks for tests of loops that wait until such a set is empty (the receiver's and
the sandbox delivery's `drain`): a loop that would spin forever fails the test instead of hanging it."""

from __future__ import annotations

import asyncio


class CheckedTasks(set[asyncio.Task[None]]):
    """Fails the test once a loop has asked it 50 times whether it is empty."""

    checks = 0

    def __len__(self) -> int:
        self.checks += 1
        assert self.checks < 50, "drain kept waiting on tasks that had all finished"
        return super().__len__()
