"""Resources for the `notes` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from cobalt_sdk._runtime import (
    NOT_GIVEN,
    AsyncJob,
    AsyncPager,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
    Job,
    NotGiven,
    Operation,
    Pager,
    Query,
    SyncRunner,
    TimeoutArg,
    as_date,
    as_datetime,
    async_raw_method,
    raw_method,
)

from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.note_created_event import NoteCreatedEvent
    from ...models.note_sections import NoteSections
    from ...models.notes_create_request import NotesCreateRequest
    from ...models.notes_create_response import NotesCreateResponse

__all__ = [
    "NotesResource",
    "AsyncNotesResource",
    "NotesResourceWithRawResponse",
    "AsyncNotesResourceWithRawResponse",
]

_OP_NOTES_CREATE = Operation(
    name="notes_create",
    method="POST",
    path="/notes",
    requires_access_token=True,
)


class NotesResource:
    """`notes` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create(
        self,
        *,
        appointment_id: str,
        note: NoteSections | str,
        icd_10_codes: builtins.list[str] | Unset = UNSET,
        cpt_codes: builtins.list[str] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> NotesCreateResponse:
        """Create a note

        Queues a chart note to be written into the EHR against an existing appointment. The note
        is typed into the EHR asynchronously (the docs quote anything from a few seconds to about
        a minute and a half), and completion is reported by a webhook. The note is normally free
        text; eClinicalWorks integrations may send a structured object together with ICD-10 and
        CPT codes.

        `POST /notes`
        """

        from ...models.notes_create_request import NotesCreateRequest
        from ...models.notes_create_response import NotesCreateResponse
        from . import notes_create as _notes_create

        return self._runner.request(
            _notes_create,
            {
                "body": NotesCreateRequest(
                    appointment_id=appointment_id,
                    note=note,
                    icd_10_codes=icd_10_codes,
                    cpt_codes=cpt_codes,
                ),
            },
            op=_OP_NOTES_CREATE,
            expect=NotesCreateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncNotesResource:
    """`notes` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create(
        self,
        *,
        appointment_id: str,
        note: NoteSections | str,
        icd_10_codes: builtins.list[str] | Unset = UNSET,
        cpt_codes: builtins.list[str] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> NotesCreateResponse:
        """Create a note

        Queues a chart note to be written into the EHR against an existing appointment. The note
        is typed into the EHR asynchronously (the docs quote anything from a few seconds to about
        a minute and a half), and completion is reported by a webhook. The note is normally free
        text; eClinicalWorks integrations may send a structured object together with ICD-10 and
        CPT codes.

        `POST /notes`
        """

        from ...models.notes_create_request import NotesCreateRequest
        from ...models.notes_create_response import NotesCreateResponse
        from . import notes_create as _notes_create

        return await self._runner.request(
            _notes_create,
            {
                "body": NotesCreateRequest(
                    appointment_id=appointment_id,
                    note=note,
                    icd_10_codes=icd_10_codes,
                    cpt_codes=cpt_codes,
                ),
            },
            op=_OP_NOTES_CREATE,
            expect=NotesCreateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class NotesResourceWithRawResponse:
    """`notes` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `NotesResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = NotesResource(runner)
        self.create = raw_method(resource.create)


class AsyncNotesResourceWithRawResponse:
    """`notes` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncNotesResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncNotesResource(runner)
        self.create = async_raw_method(resource.create)
