# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `documents` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncRunner,
    Operation,
    SyncRunner,
    TimeoutArg,
    require_interface,
)

from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.documents_create_response import DocumentsCreateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = ["DocumentsResource", "AsyncDocumentsResource"]

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
        timeout: TimeoutArg = NOT_GIVEN,
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
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.documents_create_request import DocumentsCreateRequest
        from ...models.documents_create_response import DocumentsCreateResponse
        from . import documents_create as _documents_create

        return self._runner.request(
            _documents_create.sync_detailed,
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
            timeout=timeout,
        )

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> File:
        """Download a document

        Returns the stored file for a Cobalt document id as raw bytes, exactly as it was received
        from the EHR. Only documents linked to the organization's accounts can be downloaded. The
        body is not JSON; the Content-Type is the file's own MIME type (usually application/pdf).

        `GET /documents/{id}`

        Args:
            id: Cobalt document id (a UUID written without dashes).
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from . import documents_get as _documents_get

        return self._runner.request(
            _documents_get.sync_detailed,
            {
                "id": id,
            },
            op=_OP_DOCUMENTS_GET,
            expect=File,
            timeout=timeout,
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
        timeout: TimeoutArg = NOT_GIVEN,
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
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from ...models.documents_create_request import DocumentsCreateRequest
        from ...models.documents_create_response import DocumentsCreateResponse
        from . import documents_create as _documents_create

        return await self._runner.request(
            _documents_create.asyncio_detailed,
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
            timeout=timeout,
        )

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> File:
        """Download a document

        Returns the stored file for a Cobalt document id as raw bytes, exactly as it was received
        from the EHR. Only documents linked to the organization's accounts can be downloaded. The
        body is not JSON; the Content-Type is the file's own MIME type (usually application/pdf).

        `GET /documents/{id}`

        Args:
            id: Cobalt document id (a UUID written without dashes).
            timeout: Seconds (or an `httpx.Timeout`) for this call; by default the client's.
        """

        from . import documents_get as _documents_get

        return await self._runner.request(
            _documents_get.asyncio_detailed,
            {
                "id": id,
            },
            op=_OP_DOCUMENTS_GET,
            expect=File,
            timeout=timeout,
        )
