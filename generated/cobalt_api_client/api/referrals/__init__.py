# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `referrals` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
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
    async_raw_method,
    raw_method,
    require_interface,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.referral import Referral
    from ...models.referral_created_event import ReferralCreatedEvent
    from ...models.referral_document import ReferralDocument
    from ...models.referrals_create_request_direction import ReferralsCreateRequestDirection
    from ...models.referrals_create_request_priority import ReferralsCreateRequestPriority
    from ...models.referrals_create_response import ReferralsCreateResponse
    from ...models.referrals_list_direction import ReferralsListDirection
    from ...models.referrals_list_priority import ReferralsListPriority
    from ...models.referrals_list_response import ReferralsListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "ReferralsResource",
    "AsyncReferralsResource",
    "ReferralsResourceWithRawResponse",
    "AsyncReferralsResourceWithRawResponse",
]

_OP_REFERRALS_LIST = Operation(
    name="referrals_list",
    method="GET",
    path="/referrals",
    requires_access_token=True,
)
_OP_REFERRALS_CREATE = Operation(
    name="referrals_create",
    method="POST",
    path="/referrals",
    requires_access_token=True,
)


class ReferralsResource:
    """`referrals` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        patient_mrn: str | Unset = UNSET,
        status: str | Unset = UNSET,
        priority: ReferralsListPriority | Unset = UNSET,
        direction: ReferralsListDirection | Unset = UNSET,
        ehr_id: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        sort: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Pager[ReferralsListResponse, Referral]:
        """List referrals

        Returns the referrals stored in Cobalt's database for a date range, with optional filters,
        one page at a time. By default the newest referrals (by referral date) come first.

        `GET /referrals`

        Args:
            start_date: First day of the range, `YYYY-MM-DD`. A `datetime.date` or an ISO date
                string (`2024-03-14`).
            end_date: Last day of the range, `YYYY-MM-DD`. A `datetime.date` or an ISO date
                string (`2024-03-14`).
            patient_mrn: Only referrals for the patient with this MRN. Optional.
            status: Only referrals with this status. Optional.
            priority: Only referrals with this priority. Optional.
            direction: Only incoming or only outgoing referrals. Optional.
            ehr_id: Only the referral with this EMR referral id. Optional.
            page: Page number to return, starting at 1. Optional (default `1`).
            page_size: Number of referrals per page (at most 100). Optional (default `100`).
            sort: Sort order. Pass `created_at` to sort ascending by creation time; when
                omitted, referrals are sorted by referral date, newest first. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.referral import Referral
        from ...models.referrals_list_response import ReferralsListResponse
        from . import referrals_list as _referrals_list

        return self._runner.paginate(
            _referrals_list,
            {
                "start_date": as_date(_OP_REFERRALS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_REFERRALS_LIST, "end_date", end_date),
                "patient_mrn": patient_mrn,
                "status": status,
                "priority": priority,
                "direction": direction,
                "ehr_id": ehr_id,
                "page": page,
                "page_size": page_size,
                "sort": sort,
            },
            op=_OP_REFERRALS_LIST,
            expect=ReferralsListResponse,
            item=Referral,
            items_attr="referrals",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        patient_mrn: str,
        referring_from_provider_ehr_id: str,
        referring_to_provider_ehr_id: str,
        reason: str,
        direction: ReferralsCreateRequestDirection | Unset = UNSET,
        priority: ReferralsCreateRequestPriority | Unset = UNSET,
        diagnosis_codes: builtins.list[str] | Unset = UNSET,
        documents: builtins.list[ReferralDocument] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Job[ReferralsCreateResponse, ReferralCreatedEvent]:
        """Create a referral

        Queues the creation of an incoming or outgoing referral in the EMR for a patient already
        synced to Cobalt, optionally with diagnosis codes and base64-encoded attachments. The call
        returns immediately with a `job_id`; a webhook reports when the referral exists in the
        EMR. Currently only eClinicalWorks is supported. The request body may be at most 25 MB.

        `POST /referrals`

        Args:
            patient_mrn: MRN of a patient already synced to Cobalt.
            referring_from_provider_ehr_id: EMR id of the provider the referral comes from: a
                referring provider for `incoming`, one of the clinic's providers for `outgoing`.
                Send `0` when there is none.
            referring_to_provider_ehr_id: EMR id of the provider the referral goes to: one of
                the clinic's providers for `incoming`, a referring provider for `outgoing`. Send
                `0` when there is none.
            reason: Why the patient is referred.
            direction: Whether the referral comes into or goes out of the clinic. Optional.
            priority: Priority of the referral. Optional.
            diagnosis_codes: ICD-10 diagnosis codes. Optional.
            documents: Files to attach, sent inline as base64. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.referral_created_event import ReferralCreatedEvent
        from ...models.referrals_create_request import ReferralsCreateRequest
        from ...models.referrals_create_response import ReferralsCreateResponse
        from . import referrals_create as _referrals_create

        return self._runner.job(
            _referrals_create,
            {
                "body": ReferralsCreateRequest(
                    patient_mrn=patient_mrn,
                    referring_from_provider_ehr_id=referring_from_provider_ehr_id,
                    referring_to_provider_ehr_id=referring_to_provider_ehr_id,
                    reason=reason,
                    direction=direction,
                    priority=priority,
                    diagnosis_codes=diagnosis_codes,
                    documents=documents,
                ),
            },
            op=_OP_REFERRALS_CREATE,
            expect=ReferralsCreateResponse,
            event=ReferralCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncReferralsResource:
    """`referrals` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        patient_mrn: str | Unset = UNSET,
        status: str | Unset = UNSET,
        priority: ReferralsListPriority | Unset = UNSET,
        direction: ReferralsListDirection | Unset = UNSET,
        ehr_id: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        sort: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ReferralsListResponse, Referral]:
        """List referrals

        Returns the referrals stored in Cobalt's database for a date range, with optional filters,
        one page at a time. By default the newest referrals (by referral date) come first.

        `GET /referrals`

        Args:
            start_date: First day of the range, `YYYY-MM-DD`. A `datetime.date` or an ISO date
                string (`2024-03-14`).
            end_date: Last day of the range, `YYYY-MM-DD`. A `datetime.date` or an ISO date
                string (`2024-03-14`).
            patient_mrn: Only referrals for the patient with this MRN. Optional.
            status: Only referrals with this status. Optional.
            priority: Only referrals with this priority. Optional.
            direction: Only incoming or only outgoing referrals. Optional.
            ehr_id: Only the referral with this EMR referral id. Optional.
            page: Page number to return, starting at 1. Optional (default `1`).
            page_size: Number of referrals per page (at most 100). Optional (default `100`).
            sort: Sort order. Pass `created_at` to sort ascending by creation time; when
                omitted, referrals are sorted by referral date, newest first. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.referral import Referral
        from ...models.referrals_list_response import ReferralsListResponse
        from . import referrals_list as _referrals_list

        return await self._runner.paginate(
            _referrals_list,
            {
                "start_date": as_date(_OP_REFERRALS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_REFERRALS_LIST, "end_date", end_date),
                "patient_mrn": patient_mrn,
                "status": status,
                "priority": priority,
                "direction": direction,
                "ehr_id": ehr_id,
                "page": page,
                "page_size": page_size,
                "sort": sort,
            },
            op=_OP_REFERRALS_LIST,
            expect=ReferralsListResponse,
            item=Referral,
            items_attr="referrals",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        patient_mrn: str,
        referring_from_provider_ehr_id: str,
        referring_to_provider_ehr_id: str,
        reason: str,
        direction: ReferralsCreateRequestDirection | Unset = UNSET,
        priority: ReferralsCreateRequestPriority | Unset = UNSET,
        diagnosis_codes: builtins.list[str] | Unset = UNSET,
        documents: builtins.list[ReferralDocument] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncJob[ReferralsCreateResponse, ReferralCreatedEvent]:
        """Create a referral

        Queues the creation of an incoming or outgoing referral in the EMR for a patient already
        synced to Cobalt, optionally with diagnosis codes and base64-encoded attachments. The call
        returns immediately with a `job_id`; a webhook reports when the referral exists in the
        EMR. Currently only eClinicalWorks is supported. The request body may be at most 25 MB.

        `POST /referrals`

        Args:
            patient_mrn: MRN of a patient already synced to Cobalt.
            referring_from_provider_ehr_id: EMR id of the provider the referral comes from: a
                referring provider for `incoming`, one of the clinic's providers for `outgoing`.
                Send `0` when there is none.
            referring_to_provider_ehr_id: EMR id of the provider the referral goes to: one of
                the clinic's providers for `incoming`, a referring provider for `outgoing`. Send
                `0` when there is none.
            reason: Why the patient is referred.
            direction: Whether the referral comes into or goes out of the clinic. Optional.
            priority: Priority of the referral. Optional.
            diagnosis_codes: ICD-10 diagnosis codes. Optional.
            documents: Files to attach, sent inline as base64. Optional.
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.referral_created_event import ReferralCreatedEvent
        from ...models.referrals_create_request import ReferralsCreateRequest
        from ...models.referrals_create_response import ReferralsCreateResponse
        from . import referrals_create as _referrals_create

        return await self._runner.job(
            _referrals_create,
            {
                "body": ReferralsCreateRequest(
                    patient_mrn=patient_mrn,
                    referring_from_provider_ehr_id=referring_from_provider_ehr_id,
                    referring_to_provider_ehr_id=referring_to_provider_ehr_id,
                    reason=reason,
                    direction=direction,
                    priority=priority,
                    diagnosis_codes=diagnosis_codes,
                    documents=documents,
                ),
            },
            op=_OP_REFERRALS_CREATE,
            expect=ReferralsCreateResponse,
            event=ReferralCreatedEvent,
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class ReferralsResourceWithRawResponse:
    """`referrals` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `ReferralsResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = ReferralsResource(runner)
        self.list = raw_method(resource.list)
        self.create = raw_method(resource.create)


class AsyncReferralsResourceWithRawResponse:
    """`referrals` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncReferralsResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncReferralsResource(runner)
        self.list = async_raw_method(resource.list)
        self.create = async_raw_method(resource.create)
