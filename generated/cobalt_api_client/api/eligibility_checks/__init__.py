# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Resources for the `eligibility_checks` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from cobalt_sdk.runtime_interface import (
    NOT_GIVEN,
    AsyncPager,
    AsyncRunner,
    Body,
    CallOptions,
    Headers,
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
    from ...models.eligibility_benefit import EligibilityBenefit
    from ...models.eligibility_check import EligibilityCheck
    from ...models.eligibility_checks_list_benefits_response import EligibilityChecksListBenefitsResponse
    from ...models.eligibility_checks_list_coverage_status import EligibilityChecksListCoverageStatus
    from ...models.eligibility_checks_list_response import EligibilityChecksListResponse

require_interface(1, __name__)  # the cobalt_sdk.runtime_interface version these templates target

__all__ = [
    "EligibilityChecksResource",
    "AsyncEligibilityChecksResource",
    "EligibilityChecksResourceWithRawResponse",
    "AsyncEligibilityChecksResourceWithRawResponse",
]

_OP_ELIGIBILITY_CHECKS_LIST = Operation(
    name="eligibility_checks_list",
    method="GET",
    path="/eligibility-checks",
    requires_access_token=True,
)
_OP_ELIGIBILITY_CHECKS_LIST_BENEFITS = Operation(
    name="eligibility_checks_list_benefits",
    method="GET",
    path="/eligibility-checks/{id}/benefits",
    requires_access_token=True,
)


class EligibilityChecksResource:
    """`eligibility_checks` operations."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        start_date: datetime.date | str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
        patient_mrn: str | Unset = UNSET,
        coverage_status: EligibilityChecksListCoverageStatus | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Pager[EligibilityChecksListResponse, EligibilityCheck]:
        """List eligibility checks

        Returns the clinic's insurance eligibility checks, each pairing a 270 request with the
        payer's 271 answer, with optional filters on service date, patient and coverage status,
        one page at a time.

        `GET /eligibility-checks`

        Args:
            start_date: First service date of the range, `YYYY-MM-DD`. A `datetime.date` or an
                ISO date string (`2024-03-14`). Optional.
            end_date: Last service date of the range, `YYYY-MM-DD`. A `datetime.date` or an
                ISO date string (`2024-03-14`). Optional.
            patient_mrn: Only checks for the patient with this MRN. Optional.
            coverage_status: Only checks with this coverage outcome. Optional.
            page: Page number to return, starting at 1. Optional (default `1`).
            page_size: Number of checks per page (at most 500). Optional (default `100`).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.eligibility_check import EligibilityCheck
        from ...models.eligibility_checks_list_response import EligibilityChecksListResponse
        from . import eligibility_checks_list as _eligibility_checks_list

        return self._runner.paginate(
            _eligibility_checks_list,
            {
                "start_date": as_date(_OP_ELIGIBILITY_CHECKS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_ELIGIBILITY_CHECKS_LIST, "end_date", end_date),
                "patient_mrn": patient_mrn,
                "coverage_status": coverage_status,
                "page": page,
                "page_size": page_size,
            },
            op=_OP_ELIGIBILITY_CHECKS_LIST,
            expect=EligibilityChecksListResponse,
            item=EligibilityCheck,
            items_attr="eligibility_checks",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    def list_benefits(
        self,
        id: str,
        *,
        benefit_type: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> Pager[EligibilityChecksListBenefitsResponse, EligibilityBenefit]:
        """List the benefit lines of an eligibility check

        Returns the individual benefit lines (one per EB segment of the 271 answer) of one
        eligibility check, optionally filtered by decoded benefit type, one page at a time.

        `GET /eligibility-checks/{id}/benefits`

        Args:
            id: Cobalt id of the eligibility check, as returned by the list endpoint.
            benefit_type: Only benefit lines of this decoded type, for example `Deductible`,
                `Co-Payment`, `Co-Insurance` or `Out of Pocket`. Optional.
            page: Page number to return, starting at 1. Optional (default `1`).
            page_size: Number of benefit lines per page (at most 500). Optional (default
                `100`).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.eligibility_benefit import EligibilityBenefit
        from ...models.eligibility_checks_list_benefits_response import EligibilityChecksListBenefitsResponse
        from . import eligibility_checks_list_benefits as _eligibility_checks_list_benefits

        return self._runner.paginate(
            _eligibility_checks_list_benefits,
            {
                "id": id,
                "benefit_type": benefit_type,
                "page": page,
                "page_size": page_size,
            },
            op=_OP_ELIGIBILITY_CHECKS_LIST_BENEFITS,
            expect=EligibilityChecksListBenefitsResponse,
            item=EligibilityBenefit,
            items_attr="benefits",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class AsyncEligibilityChecksResource:
    """`eligibility_checks` operations (asyncio)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list(
        self,
        *,
        start_date: datetime.date | str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
        patient_mrn: str | Unset = UNSET,
        coverage_status: EligibilityChecksListCoverageStatus | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[EligibilityChecksListResponse, EligibilityCheck]:
        """List eligibility checks

        Returns the clinic's insurance eligibility checks, each pairing a 270 request with the
        payer's 271 answer, with optional filters on service date, patient and coverage status,
        one page at a time.

        `GET /eligibility-checks`

        Args:
            start_date: First service date of the range, `YYYY-MM-DD`. A `datetime.date` or an
                ISO date string (`2024-03-14`). Optional.
            end_date: Last service date of the range, `YYYY-MM-DD`. A `datetime.date` or an
                ISO date string (`2024-03-14`). Optional.
            patient_mrn: Only checks for the patient with this MRN. Optional.
            coverage_status: Only checks with this coverage outcome. Optional.
            page: Page number to return, starting at 1. Optional (default `1`).
            page_size: Number of checks per page (at most 500). Optional (default `100`).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.eligibility_check import EligibilityCheck
        from ...models.eligibility_checks_list_response import EligibilityChecksListResponse
        from . import eligibility_checks_list as _eligibility_checks_list

        return await self._runner.paginate(
            _eligibility_checks_list,
            {
                "start_date": as_date(_OP_ELIGIBILITY_CHECKS_LIST, "start_date", start_date),
                "end_date": as_date(_OP_ELIGIBILITY_CHECKS_LIST, "end_date", end_date),
                "patient_mrn": patient_mrn,
                "coverage_status": coverage_status,
                "page": page,
                "page_size": page_size,
            },
            op=_OP_ELIGIBILITY_CHECKS_LIST,
            expect=EligibilityChecksListResponse,
            item=EligibilityCheck,
            items_attr="eligibility_checks",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )

    async def list_benefits(
        self,
        id: str,
        *,
        benefit_type: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[EligibilityChecksListBenefitsResponse, EligibilityBenefit]:
        """List the benefit lines of an eligibility check

        Returns the individual benefit lines (one per EB segment of the 271 answer) of one
        eligibility check, optionally filtered by decoded benefit type, one page at a time.

        `GET /eligibility-checks/{id}/benefits`

        Args:
            id: Cobalt id of the eligibility check, as returned by the list endpoint.
            benefit_type: Only benefit lines of this decoded type, for example `Deductible`,
                `Co-Payment`, `Co-Insurance` or `Out of Pocket`. Optional.
            page: Page number to return, starting at 1. Optional (default `1`).
            page_size: Number of benefit lines per page (at most 500). Optional (default
                `100`).
            extra_headers: Headers added to this request (over the client's own and its defaults).
            extra_query: Query parameters added to this request.
            extra_body: JSON fields merged into this request's body.
            timeout: Seconds (or an `httpx.Timeout`) for each attempt of this call; by default the client's.
            max_retries: Retries for this call; by default the client's.
            deadline: Seconds for the whole call, retries and back-off included; by default the client's.
        """

        from ...models.eligibility_benefit import EligibilityBenefit
        from ...models.eligibility_checks_list_benefits_response import EligibilityChecksListBenefitsResponse
        from . import eligibility_checks_list_benefits as _eligibility_checks_list_benefits

        return await self._runner.paginate(
            _eligibility_checks_list_benefits,
            {
                "id": id,
                "benefit_type": benefit_type,
                "page": page,
                "page_size": page_size,
            },
            op=_OP_ELIGIBILITY_CHECKS_LIST_BENEFITS,
            expect=EligibilityChecksListBenefitsResponse,
            item=EligibilityBenefit,
            items_attr="benefits",
            options=CallOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body),
        )


class EligibilityChecksResourceWithRawResponse:
    """`eligibility_checks` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `EligibilityChecksResource` returns)."""

    def __init__(self, runner: SyncRunner) -> None:
        resource = EligibilityChecksResource(runner)
        self.list = raw_method(resource.list)
        self.list_benefits = raw_method(resource.list_benefits)


class AsyncEligibilityChecksResourceWithRawResponse:
    """`eligibility_checks` operations returning the raw response (`RawResponse`; its
    `parse()` gives what `AsyncEligibilityChecksResource` returns)."""

    def __init__(self, runner: AsyncRunner) -> None:
        resource = AsyncEligibilityChecksResource(runner)
        self.list = async_raw_method(resource.list)
        self.list_benefits = async_raw_method(resource.list_benefits)
