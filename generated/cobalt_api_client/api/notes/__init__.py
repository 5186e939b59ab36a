# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `notes` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
    NotGiven,
    Operation,
    Query,
    SyncRunner,
    TimeoutArg,
    async_raw_method,
    raw_method,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.note_sections import NoteSections
    from ...models.notes_create_response import NotesCreateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

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

        Args:
            appointment_id: Cobalt id of the appointment (as returned by the Cobalt
                appointment endpoints), not the EHR's appointment id.
            note: The note content: free text (use \\n for line breaks, which are kept in the
                EHR), or a structured object of separate sections (eClinicalWorks integrations).
            icd_10_codes: ICD-10 diagnosis codes; only used with the structured note form.
                Optional.
            cpt_codes: CPT procedure codes; only used with the structured note form. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
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

        Args:
            appointment_id: Cobalt id of the appointment (as returned by the Cobalt
                appointment endpoints), not the EHR's appointment id.
            note: The note content: free text (use \\n for line breaks, which are kept in the
                EHR), or a structured object of separate sections (eClinicalWorks integrations).
            icd_10_codes: ICD-10 diagnosis codes; only used with the structured note form.
                Optional.
            cpt_codes: CPT procedure codes; only used with the structured note form. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
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
