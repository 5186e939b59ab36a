"""Clinical writes: notes, patient notes, documents, messages, tasks, task notes, telephone encounters."""

from __future__ import annotations

import base64
from collections.abc import Callable

from starlette.responses import Response

from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.event_types import EventName
from cobalt_sandbox.jobs import Outcome, failure_ctx
from cobalt_sandbox.ops_common import (
    Handler,
    Req,
    Result,
    location_by_ehr,
    patient_by_mrn,
    provider_by_ehr,
    queue,
)
from cobalt_sandbox.spec import JSON
from cobalt_sandbox.state import Completer, Sandbox

Check = Callable[[Req], None]


def async_write(
    collection: str,
    id_field: str | None,
    success: EventName | None,
    failure: EventName | None,
    check: Check | None = None,
    emr_field: str | None = None,
    include_job: bool = True,
    message: str | None = None,
) -> tuple[Handler, Completer]:
    """A handler that records the request and queues a job, and the completer that emits success/failure."""

    def handle(req: Req) -> Result:
        if check is not None:
            check(req)
        rec_id = req.sb.new_id(collection)
        rec: JSON = {
            "id": rec_id,
            **{k: v for k, v in req.body.items() if not isinstance(v, dict | bytes)},
            "status": "pending",
        }
        req.sb.store.put(collection, rec_id, rec)
        ctx = {"collection": collection, "record_id": rec_id}
        return queue(req, ctx, id_field, rec_id if id_field else None, message=message, include_job=include_job)

    def complete(sb: Sandbox, job: JSON, reason: str | None) -> Outcome:
        rec = sb.store.get(collection, job["ctx"]["record_id"]) or {}
        data = {k: v for k, v in rec.items() if k not in ("id", "status")}
        if id_field:
            data[id_field] = rec.get("id")
        sb.store.touch(collection)
        if reason is not None:
            rec["status"] = "failed"
            return Outcome([(failure, {**data, **failure_ctx(reason)})] if failure else [])
        rec["status"] = "created"
        if emr_field:
            rec[emr_field] = str(sb.store.counter(f"emr:{collection}", start=70001))
            data[emr_field] = rec[emr_field]
        return Outcome([(success, data)] if success else [])

    return handle, complete


def _check_note(req: Req) -> None:
    if req.sb.store.get("appointments", str(req.body["appointment_id"])) is None:
        raise ApiError(400, "Appointment not found.")


def _check_patient_note(req: Req) -> None:
    sb = req.sb
    ehr_ids = [loc["ehr_id"] for loc in sb.store.all("locations")]
    if str(req.body["location_id"]) not in ehr_ids:
        raise ApiError(400, f"Invalid location_id. Must be one of: {', '.join(ehr_ids)}")
    patient_by_mrn(sb, str(req.body["patient_mrn"]))


def _check_message(req: Req) -> None:
    provider_by_ehr(req.sb, str(req.body["provider"]))


def _check_patient(req: Req) -> None:
    patient_by_mrn(req.sb, str(req.body["patient_mrn"]))


# Every seeded patient's refillable medications (the docs name no endpoint listing them).
REFILLABLE = ("Lisinopril 10 mg tablet", "Metformin 500 mg tablet", "Atorvastatin 20 mg tablet")


def _check_telephone(req: Req) -> None:
    sb, body = req.sb, req.body
    patient = patient_by_mrn(sb, str(body["patient_mrn"]))
    provider_by_ehr(sb, str(body["provider_id"]))
    location_by_ehr(sb, str(body["location_id"]))
    # The staff list assigned_to_id is checked against: the account's providers (no staff endpoint exists).
    staff = str(body["assigned_to_id"])
    if sb.find("providers", ehr_id=staff) is None:
        raise ApiError(400, f"Staff member with EMR ID '{staff}' not found.")
    wanted = body.get("refill_medication_name")
    if wanted is not None:
        available = [str(m) for m in patient.get("refillable_medications", REFILLABLE)]
        if not any(str(wanted).lower() in name.lower() for name in available):
            raise ApiError(400, f"Medication '{wanted}' not found. Available medications: {', '.join(available)}")


# operationId -> (handler, completer) of the writes that record a row and finish it in a job
ASYNC_WRITES: dict[str, tuple[Handler, Completer]] = {
    "notes_create": async_write(
        "notes",
        None,
        "note.created",
        "note.failed",
        _check_note,
        include_job=False,
        message="Note upload in progress.",
    ),
    "patient_notes_create": async_write(
        "patient_notes",
        "patient_note_id",
        "patient_note.created",
        "patient_note.failed",
        _check_patient_note,
        emr_field="emr_note_id",
    ),
    "messages_create": async_write("messages", "message_id", "message.created", "message.failed", _check_message),
    "tasks_create": async_write(
        "tasks", "task_id", "task.created", "task.failed", _check_patient, emr_field="emr_task_id"
    ),
    "tasks_create_note": async_write("task_notes", "task_note_id", "task_note.created", "task_note.failed"),
    "telephone_encounters_create": async_write(
        "telephone_encounters",
        "telephone_encounter_id",
        "telephone_encounter.created",
        "telephone_encounter.failed",
        _check_telephone,
        emr_field="emr_encounter_id",
    ),
    # The docs name no event type for telephone-encounter actions, so none is emitted.
    "telephone_encounters_add_action": async_write("telephone_encounter_actions", "action_id", None, None),
}


def documents_create(req: Req) -> Result:
    sb, body = req.sb, req.body
    doc = body.get("document")
    if not isinstance(doc, dict):
        raise ApiError(400, "Missing required field: document")
    patient_by_mrn(sb, str(body["patient_mrn"]))
    doc_id = str(sb.store.counter("document", start=9988776600000000))
    sb.store.put(
        "documents",
        doc_id,
        {
            "id": doc_id,
            "patient_mrn": str(body["patient_mrn"]),
            "folder_name": str(body["folder_name"]),
            "filename": doc["filename"],
            "content_type": doc["content_type"],
            "content_b64": base64.b64encode(doc["content"]).decode(),
            "status": "pending",
        },
    )
    sb.jobs.submit(req.op, {"document_id": doc_id}, req.fail_reason, req.token, as_int=True)
    return {
        "success": True,
        "message": "Document uploaded successfully. It will be processed soon.",
        "document_id": doc_id,
    }


def complete_document(sb: Sandbox, job: JSON, failure: str | None) -> Outcome:
    rec = sb.store.get("documents", job["ctx"]["document_id"]) or {}
    data = {"document_id": rec.get("id"), "patient_mrn": rec.get("patient_mrn"), "folder_name": rec.get("folder_name")}
    sb.store.touch("documents")
    if failure is not None:
        rec["status"] = "failed"
        return Outcome([("document.upload_failed", {**data, **failure_ctx(failure)})])
    rec["status"] = "uploaded"
    return Outcome([("document.uploaded", data)])


def documents_get(req: Req) -> Result:
    rec = req.sb.store.get("documents", str(req.params["id"]))
    if rec is None:
        raise ApiError(404, "Document not found")
    media = "application/pdf" if str(rec["filename"]).lower().endswith(".pdf") else "application/octet-stream"
    return Response(
        base64.b64decode(rec["content_b64"]),
        media_type=media,
        headers={"content-disposition": f'attachment; filename="{rec["filename"]}"'},
    )


HANDLERS: dict[str, Handler] = {
    **{op_id: handle for op_id, (handle, _) in ASYNC_WRITES.items()},
    "documents_create": documents_create,
    "documents_get": documents_get,
}
COMPLETERS: dict[str, Completer] = {
    **{op_id: complete for op_id, (_, complete) in ASYNC_WRITES.items()},
    "documents_create": complete_document,
}
