"""Client-side cost per call, measured side by side in one run with an in-process MockTransport.

For `GET /appointments` (100 appointments) and `POST /telephone-encounters` it compares:
  floor      raw httpx + json.loads
  generated  the bare generated `sync_detailed` function
  sdk        the overlay (`cobalt.appointments.list(...)`, `cobalt.telephone_encounters.create(...)`)
and prints ratios. Targets: list <= 2.0x floor, create <= 1.5x floor, sdk <= 1.1x generated.
`alist`/`acreate` are the same calls through `AsyncCobalt`, `asyncio_detailed` and httpx.AsyncClient.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable

import httpx

from cobalt_api_client.api.appointments import appointments_list
from cobalt_api_client.api.telephone_encounters import telephone_encounters_create
from cobalt_api_client.client import Client
from cobalt_api_client.models import TelephoneEncountersCreateRequest
from cobalt_sdk import AsyncCobalt, Cobalt

BASE = "http://bench.local/v1"
HEADERS = {"client_id": "ci", "client_secret": "cs", "access_token": "at"}
APPOINTMENT = {
    "id": "a1",
    "ehr_appointment_id": "9001",
    "datetime": "2024-03-14T10:00:00Z",
    "duration": 30,
    "status": "scheduled",
    "appointment_type": "follow_up",
    "patient_name": "Jane Roe",
    "patient_mrn": "MRN-1",
    "provider_ehr_id": "12241",
    "provider_name": "Dr. Smith",
    "location": "Main clinic",
    "reason": "Follow up",
}
LIST_BODY = json.dumps(
    {
        "success": True,
        "appointments": [{**APPOINTMENT, "id": f"a{i}"} for i in range(100)],
        "pagination": {"current_page": 1, "total_pages": 1, "total_count": 100, "page_size": 100},
    }
).encode()
CREATE_BODY = json.dumps(
    {"success": True, "message": "processing", "telephone_encounter_id": "te_1", "job_id": 12345}
).encode()
TE = {"patient_mrn": "MRN-123456", "provider_id": "12241", "location_id": "25", "assigned_to_id": "12220"}
START, END = datetime.date(2024, 3, 14), datetime.date(2024, 4, 14)


def handler(request: httpx.Request) -> httpx.Response:
    body = LIST_BODY if request.method == "GET" else CREATE_BODY
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


Batch = Callable[[int], None]  # runs n calls


def sync_batch(fn: Callable[[], object]) -> Batch:
    def run(n: int) -> None:
        for _ in range(n):
            fn()

    return run


def async_batch(loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[object]]) -> Batch:
    async def many(n: int) -> None:
        for _ in range(n):
            await fn()

    def run(n: int) -> None:
        loop.run_until_complete(many(n))

    return run


def per_round(batches: list[Batch], n: int, rounds: int) -> list[list[float]]:
    """Seconds per call of each function in each round.

    A round runs every function for `n` calls back to back, in an order that alternates between
    rounds, so a slow spell of this shared machine hits the functions of one round alike; ratios are
    then taken within each round and their median reported.
    """
    runs: list[list[float]] = [[] for _ in batches]
    order = list(range(len(batches)))
    for _ in range(rounds):
        order.reverse()
        for i in order:
            t = time.perf_counter()
            batches[i](n)
            runs[i].append((time.perf_counter() - t) / n)
    return runs


def ratio(a: list[float], b: list[float]) -> float:
    """Median over rounds of a/b, both measured in the same round."""
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def main() -> None:
    transport = httpx.MockTransport(handler)
    raw = httpx.Client(base_url=BASE, headers=HEADERS, transport=transport)
    gen = Client(base_url=BASE)
    gen.set_httpx_client(httpx.Client(base_url=BASE, headers=HEADERS, transport=transport))
    sdk = Cobalt(client_id="ci", client_secret="cs", access_token="at", base_url=BASE, transport=transport)
    araw = httpx.AsyncClient(base_url=BASE, headers=HEADERS, transport=transport)
    agen = Client(base_url=BASE)
    agen.set_async_httpx_client(httpx.AsyncClient(base_url=BASE, headers=HEADERS, transport=transport))
    asdk = AsyncCobalt(client_id="ci", client_secret="cs", access_token="at", base_url=BASE, transport=transport)
    loop = asyncio.new_event_loop()
    params = {"start_date": "2024-03-14", "end_date": "2024-04-14"}

    async def araw_list() -> object:
        return json.loads((await araw.get("/appointments", params=params)).content)

    async def araw_create() -> object:
        return json.loads((await araw.post("/telephone-encounters", json=TE)).content)

    cases: dict[str, tuple[Batch, Batch, Batch, float]] = {
        "list": (
            sync_batch(lambda: json.loads(raw.get("/appointments", params=params).content)),
            sync_batch(lambda: appointments_list.sync_detailed(client=gen, start_date=START, end_date=END)),
            sync_batch(lambda: sdk.appointments.list(start_date=START, end_date=END)),
            2.0,
        ),
        "create": (
            sync_batch(lambda: json.loads(raw.post("/telephone-encounters", json=TE).content)),
            sync_batch(
                lambda: telephone_encounters_create.sync_detailed(
                    client=gen, body=TelephoneEncountersCreateRequest(**TE)
                )
            ),
            sync_batch(
                lambda: sdk.telephone_encounters.create(
                    patient_mrn="MRN-123456", provider_id="12241", location_id="25", assigned_to_id="12220"
                )
            ),
            1.5,
        ),
        "alist": (
            async_batch(loop, araw_list),
            async_batch(loop, lambda: appointments_list.asyncio_detailed(client=agen, start_date=START, end_date=END)),
            async_batch(loop, lambda: asdk.appointments.list(start_date=START, end_date=END)),
            2.0,
        ),
        "acreate": (
            async_batch(loop, araw_create),
            async_batch(
                loop,
                lambda: telephone_encounters_create.asyncio_detailed(
                    client=agen, body=TelephoneEncountersCreateRequest(**TE)
                ),
            ),
            async_batch(
                loop,
                lambda: asdk.telephone_encounters.create(
                    patient_mrn="MRN-123456", provider_id="12241", location_id="25", assigned_to_id="12220"
                ),
            ),
            1.5,
        ),
    }
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 61
    print(f"{rounds} rounds of {n} calls per function, in-process MockTransport; ratios: medians of per-round ratios")
    print("(alist/acreate: the same calls on AsyncCobalt vs httpx.AsyncClient, same targets)")
    for name, (floor_fn, gen_fn, sdk_fn, target) in cases.items():
        for batch in (floor_fn, gen_fn, sdk_fn):  # warm up
            batch(2)
        floor, generated, overlay = per_round([floor_fn, gen_fn, sdk_fn], n, rounds)
        us = {k: statistics.median(v) * 1e6 for k, v in (("floor", floor), ("gen", generated), ("sdk", overlay))}
        print(
            f"{name:7s} floor {us['floor']:8.1f} us  generated {us['gen']:8.1f} us  sdk {us['sdk']:8.1f} us"
            f" | sdk/floor {ratio(overlay, floor):5.2f}x (target <= {target})"
            f"  generated/floor {ratio(generated, floor):5.2f}x"
            f"  sdk/generated {ratio(overlay, generated):5.2f}x (target <= 1.1)"
        )
    loop.close()


if __name__ == "__main__":
    main()
