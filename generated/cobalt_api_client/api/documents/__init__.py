# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `documents` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

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

from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.documents_create_response import DocumentsCreateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "DocumentsResource",
    "AsyncDocumentsResource",
    "DocumentsResourceWithRawResponse",
    "AsyncDocumentsResourceWithRawResponse",
]

_OP_DOCUMENTS_CREATE = Operation(
    name="documents_create",
    method="POST",
    path="/documents",
    requires_access_token=True,
)
_OP_DOCUMENTS_GET = Operation(
    name="documents_get",
    method="GET",
    path="/documents/{id}",
    requires_access_token=True,
)


class DocumentsResource:
    """`documents` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create(
        self,
        *,
        folder_name: str,
        patient_mrn: str,
        document: File,
        emr_assigned_to_id: str | Unset = UNSET,
        is_reviewed: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        is_high_priority: bool | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> DocumentsCreateResponse:
        """Upload a document

        Uploads a file as multipart form data into a named EHR document folder of a patient. The
        file is filed asynchronously; the returned document_id correlates the later document
        webhook event (uploaded or upload failed).

        `POST /documents`

        Args:
            folder_name: Name of the EHR document folder that receives the file.
            patient_mrn: Medical record number of the patient the document belongs to.
            document: The file to upload (the form field is named document, not file).
            emr_assigned_to_id: EHR id of the user the document is assigned to. Optional.
            is_reviewed: Whether the document is filed as already reviewed. Optional.
            notes: Notes stored with the document. Optional.
            is_high_priority: Whether the document is flagged as high priority. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.documents_create_request import DocumentsCreateRequest
        from ...models.documents_create_response import DocumentsCreateResponse
        from . import documents_create as _documents_create

        return self._runner.request(
            _documents_create,
            {
                "body": DocumentsCreateRequest(
                    folder_name=folder_name,
                    patient_mrn=patient_mrn,
                    document=document,
                    emr_assigned_to_id=emr_assigned_to_id,
                    is_reviewed=is_reviewed,
                    notes=notes,
                    is_high_priority=is_high_priority,
                ),
            },
            op=_OP_DOCUMENTS_CREATE,
            expect=DocumentsCreateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> File:
        """Download a document

        Returns the stored file for a Cobalt document id as raw bytes, exactly as it was received
        from the EHR. Only documents linked to the organization's accounts can be downloaded. The
        body is not JSON; the Content-Type is the file's own MIME type (usually application/pdf).

        `GET /documents/{id}`

        Args:
            id: Cobalt document id (a UUID written without dashes).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from . import documents_get as _documents_get

        return self._runner.request(
            _documents_get,
            {
                "id": id,
            },
            op=_OP_DOCUMENTS_GET,
            expect=File,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncDocumentsResource:
    """`documents` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create(
        self,
        *,
        folder_name: str,
        patient_mrn: str,
        document: File,
        emr_assigned_to_id: str | Unset = UNSET,
        is_reviewed: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        is_high_priority: bool | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> DocumentsCreateResponse:
        """Upload a document

        Uploads a file as multipart form data into a named EHR document folder of a patient. The
        file is filed asynchronously; the returned document_id correlates the later document
        webhook event (uploaded or upload failed).

        `POST /documents`

        Args:
            folder_name: Name of the EHR document folder that receives the file.
            patient_mrn: Medical record number of the patient the document belongs to.
            document: The file to upload (the form field is named document, not file).
            emr_assigned_to_id: EHR id of the user the document is assigned to. Optional.
            is_reviewed: Whether the document is filed as already reviewed. Optional.
            notes: Notes stored with the document. Optional.
            is_high_priority: Whether the document is flagged as high priority. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.documents_create_request import DocumentsCreateRequest
        from ...models.documents_create_response import DocumentsCreateResponse
        from . import documents_create as _documents_create

        return await self._runner.request(
            _documents_create,
            {
                "body": DocumentsCreateRequest(
                    folder_name=folder_name,
                    patient_mrn=patient_mrn,
                    document=document,
                    emr_assigned_to_id=emr_assigned_to_id,
                    is_reviewed=is_reviewed,
                    notes=notes,
                    is_high_priority=is_high_priority,
                ),
            },
            op=_OP_DOCUMENTS_CREATE,
            expect=DocumentsCreateResponse,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> File:
        """Download a document

        Returns the stored file for a Cobalt document id as raw bytes, exactly as it was received
        from the EHR. Only documents linked to the organization's accounts can be downloaded. The
        body is not JSON; the Content-Type is the file's own MIME type (usually application/pdf).

        `GET /documents/{id}`

        Args:
            id: Cobalt document id (a UUID written without dashes).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from . import documents_get as _documents_get

        return await self._runner.request(
            _documents_get,
            {
                "id": id,
            },
            op=_OP_DOCUMENTS_GET,
            expect=File,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class DocumentsResourceWithRawResponse:
    """`documents` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `DocumentsResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = DocumentsResource(runner)
        self.create = raw_method(resource.create)
        self.get = raw_method(resource.get)


class AsyncDocumentsResourceWithRawResponse:
    """`documents` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncDocumentsResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncDocumentsResource(runner)
        self.create = async_raw_method(resource.create)
        self.get = async_raw_method(resource.get)
