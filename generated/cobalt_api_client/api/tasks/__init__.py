# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `tasks` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncJob,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
    Job,
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
    from ...models.task_created_event import TaskCreatedEvent
    from ...models.task_note_created_event import TaskNoteCreatedEvent
    from ...models.tasks_create_note_response import TasksCreateNoteResponse
    from ...models.tasks_create_response import TasksCreateResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "TasksResource",
    "AsyncTasksResource",
    "TasksResourceWithRawResponse",
    "AsyncTasksResourceWithRawResponse",
]

_OP_TASKS_CREATE = Operation(
    name="tasks_create",
    method="POST",
    path="/tasks",
    requires_access_token=True,
)
_OP_TASKS_CREATE_NOTE = Operation(
    name="tasks_create_note",
    method="POST",
    path="/tasks/notes",
    requires_access_token=True,
)


class TasksResource:
    """`tasks` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create(
        self,
        *,
        description: str,
        patient_mrn: str,
        subject: str | Unset = UNSET,
        assignee_user_id: str | Unset = UNSET,
        phone_call_type_id: str | Unset = UNSET,
        notify_list: builtins.list[str] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[TasksCreateResponse, TaskCreatedEvent]:
        """Create a task

        Queues creation of an EHR task about a patient. Only the description and patient MRN are
        always needed; which of the other fields are needed depends on the EHR behind the account,
        and a missing one is rejected naming the field. The outcome is reported by a task webhook
        event.

        `POST /tasks`

        Args:
            description: Body text of the task.
            patient_mrn: Medical record number of the patient.
            subject: Subject line of the task; required by some EHRs. Optional.
            assignee_user_id: EHR user id of the assignee (a UUID in the documented examples);
                required by some EHRs. Optional.
            phone_call_type_id: Identifier of the phone-call type; required by some EHRs.
                Optional.
            notify_list: Identifiers of users to notify about the task. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.task_created_event import TaskCreatedEvent
        from ...models.tasks_create_request import TasksCreateRequest
        from ...models.tasks_create_response import TasksCreateResponse
        from . import tasks_create as _tasks_create

        return self._runner.job(
            _tasks_create,
            {
                "body": TasksCreateRequest(
                    description=description,
                    patient_mrn=patient_mrn,
                    subject=subject,
                    assignee_user_id=assignee_user_id,
                    phone_call_type_id=phone_call_type_id,
                    notify_list=notify_list,
                ),
            },
            op=_OP_TASKS_CREATE,
            expect=TasksCreateResponse,
            event=TaskCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def create_note(
        self,
        *,
        emr_task_id: str,
        note: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[TasksCreateNoteResponse, TaskNoteCreatedEvent]:
        """Add a note to a task

        Queues a note to be appended to an existing EHR task, identified by its EHR task id (found
        in the tasks returned by a live patient fetch, or in the task creation webhook).
        Completion is reported by a webhook event.

        `POST /tasks/notes`

        Args:
            emr_task_id: EHR id of the task, as found in the tasks of a live patient fetch
                (include tasks) or in the task creation webhook event.
            note: Text of the note to append.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.task_note_created_event import TaskNoteCreatedEvent
        from ...models.tasks_create_note_request import TasksCreateNoteRequest
        from ...models.tasks_create_note_response import TasksCreateNoteResponse
        from . import tasks_create_note as _tasks_create_note

        return self._runner.job(
            _tasks_create_note,
            {
                "body": TasksCreateNoteRequest(
                    emr_task_id=emr_task_id,
                    note=note,
                ),
            },
            op=_OP_TASKS_CREATE_NOTE,
            expect=TasksCreateNoteResponse,
            event=TaskNoteCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncTasksResource:
    """`tasks` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create(
        self,
        *,
        description: str,
        patient_mrn: str,
        subject: str | Unset = UNSET,
        assignee_user_id: str | Unset = UNSET,
        phone_call_type_id: str | Unset = UNSET,
        notify_list: builtins.list[str] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[TasksCreateResponse, TaskCreatedEvent]:
        """Create a task

        Queues creation of an EHR task about a patient. Only the description and patient MRN are
        always needed; which of the other fields are needed depends on the EHR behind the account,
        and a missing one is rejected naming the field. The outcome is reported by a task webhook
        event.

        `POST /tasks`

        Args:
            description: Body text of the task.
            patient_mrn: Medical record number of the patient.
            subject: Subject line of the task; required by some EHRs. Optional.
            assignee_user_id: EHR user id of the assignee (a UUID in the documented examples);
                required by some EHRs. Optional.
            phone_call_type_id: Identifier of the phone-call type; required by some EHRs.
                Optional.
            notify_list: Identifiers of users to notify about the task. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.task_created_event import TaskCreatedEvent
        from ...models.tasks_create_request import TasksCreateRequest
        from ...models.tasks_create_response import TasksCreateResponse
        from . import tasks_create as _tasks_create

        return await self._runner.job(
            _tasks_create,
            {
                "body": TasksCreateRequest(
                    description=description,
                    patient_mrn=patient_mrn,
                    subject=subject,
                    assignee_user_id=assignee_user_id,
                    phone_call_type_id=phone_call_type_id,
                    notify_list=notify_list,
                ),
            },
            op=_OP_TASKS_CREATE,
            expect=TasksCreateResponse,
            event=TaskCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def create_note(
        self,
        *,
        emr_task_id: str,
        note: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[TasksCreateNoteResponse, TaskNoteCreatedEvent]:
        """Add a note to a task

        Queues a note to be appended to an existing EHR task, identified by its EHR task id (found
        in the tasks returned by a live patient fetch, or in the task creation webhook).
        Completion is reported by a webhook event.

        `POST /tasks/notes`

        Args:
            emr_task_id: EHR id of the task, as found in the tasks of a live patient fetch
                (include tasks) or in the task creation webhook event.
            note: Text of the note to append.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.task_note_created_event import TaskNoteCreatedEvent
        from ...models.tasks_create_note_request import TasksCreateNoteRequest
        from ...models.tasks_create_note_response import TasksCreateNoteResponse
        from . import tasks_create_note as _tasks_create_note

        return await self._runner.job(
            _tasks_create_note,
            {
                "body": TasksCreateNoteRequest(
                    emr_task_id=emr_task_id,
                    note=note,
                ),
            },
            op=_OP_TASKS_CREATE_NOTE,
            expect=TasksCreateNoteResponse,
            event=TaskNoteCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class TasksResourceWithRawResponse:
    """`tasks` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `TasksResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = TasksResource(runner)
        self.create = raw_method(resource.create)
        self.create_note = raw_method(resource.create_note)


class AsyncTasksResourceWithRawResponse:
    """`tasks` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncTasksResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncTasksResource(runner)
        self.create = async_raw_method(resource.create)
        self.create_note = async_raw_method(resource.create_note)
