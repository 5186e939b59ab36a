"""Client-side cost per call, measured side by side in one run with an in-process MockTransport.

`GET /appointments` pages of 100, 1,000 and 10,000 appointments, each in two shapes (`sparse`: 12
of the 36 fields set, `full`: all 36), and `POST /telephone-encounters`, compare:
  floor      raw httpx + json.loads of the body
  generated  the bare generated `sync_detailed` function, standard json decoder
  sdk        the overlay (`cobalt.appointments.list(...)`, ...), standard json decoder
  sdk-py     the same with the C helper of `_from_dicts` off (`types.build_run = None`): pure Python
  fast       the overlay with the fast decoder (msgspec, the `speedups` extra)
With the `speedups` extra installed, sdk and fast use its C helper for runs of items of one shape;
sdk-py shows what an install without it costs.
Targets of issue 14 (the SDK surface and its runner): list sdk <= 2.0x floor, create sdk <= 1.5x
floor, sdk <= 1.1x generated (what the overlay adds to the bare generated call). Issue 17's stricter
goals (typed results) are printed beside them, marked "#17 goal": list sdk <= 1.2x floor and fast
<= 0.9x floor at every size and shape; cost per item of sdk at 10,000 items within 15% of that at 100
(flat); memory per parsed appointment (tracemalloc, 1,000 items) <= 1.0x the raw dict.
`alist`/`acreate` are 100-item list and create through `AsyncCobalt`, `asyncio_detailed` and
httpx.AsyncClient. Every ratio is the median of per-round ratios (see `per_round`).
"""

from __future__ import annotations

import asyncio
import datetime
import gc
import json
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from cobalt_api_client import types as generated_types
from cobalt_api_client.api.appointments import appointments_list
from cobalt_api_client.api.telephone_encounters import telephone_encounters_create
from cobalt_api_client.client import Client
from cobalt_api_client.models import TelephoneEncountersCreateRequest
from cobalt_sdk import AsyncCobalt, Cobalt

BASE = "http://bench.local/v1"
HEADERS = {"client_id": "ci", "client_secret": "cs", "access_token": "at"}
SPARSE = {  # 12 of the 36 fields of an appointment, as most EHRs fill them
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
FULL = {  # all 36
    **SPARSE,
    "appointment_mode": "office",
    "complaint_type": "general",
    "patient_first_name": "Jane",
    "patient_last_name": "Roe",
    "patient_ehr_id": "p-77",
    "patient_dob": "1980-01-02",
    "patient_gender": "F",
    "patient_sex": "F",
    "patient_phone": "555-0100",
    "provider_npi": "1234567890",
    "secondary_provider_ehr_id": "12242",
    "insurance": "Acme Health",
    "insurance_number": "X1",
    "insurance_group_number": "G1",
    "insurance_subscriber": "Self",
    "secondary_insurance": "Beta Care",
    "secondary_insurance_number": "Y2",
    "insurances": [{"name": "Acme Health", "member_id": "X1"}],
    "diagnoses": [{"code": "Z00.00", "description": "General exam"}],
    "medications": [{"name": "Aspirin", "dose": "81 mg"}],
    "note": "Bring prior records",
    "progress_note": "Stable",
    "created_at": "2024-03-01T09:00:00Z",
    "object_metadata": {"source": "cobalt", "created_at": "2024-03-01T09:00:00+00:00"},
}
SHAPES = {"sparse": SPARSE, "full": FULL}
SIZES = (100, 1_000, 10_000)


def list_body(item: dict[str, Any], count: int) -> bytes:
    appointments = [{**item, "id": f"a{i}", "patient_mrn": f"MRN-{i}"} for i in range(count)]
    pagination = {"current_page": 1, "total_pages": 1, "total_count": count, "page_size": count}
    return json.dumps({"success": True, "appointments": appointments, "pagination": pagination}).encode()


BODY = {"list": list_body(SPARSE, 100)}  # what GET /appointments answers; main() switches it
CREATE_BODY = json.dumps(
    {"success": True, "message": "processing", "telephone_encounter_id": "te_1", "job_id": 12345}
).encode()
TE = {"patient_mrn": "MRN-123456", "provider_id": "12241", "location_id": "25", "assigned_to_id": "12220"}
FAST_LOADS = generated_types.json_loads  # msgspec's when installed (the speedups extra), else orjson's
BUILD_RUN = generated_types.build_run  # the speedups extra's C loop of _from_dicts, None without it
START, END = datetime.date(2024, 3, 14), datetime.date(2024, 4, 14)
LIST_TARGET, CREATE_TARGET, OVERLAY_TARGET = 2.0, 1.5, 1.1  # issue 14: x floor, x floor, x generated


def handler(request: httpx.Request) -> httpx.Response:
    body = BODY["list"] if request.method == "GET" else CREATE_BODY
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


Batch = Callable[[int], None]  # runs n calls


def sync_batch(fn: Callable[[], object], loads: Callable[[bytes], Any] = json.loads, helper: bool = True) -> Batch:
    """n calls of `fn`, with the generated client decoding bodies by `loads`, with or without the C
    helper of `_from_dicts` (when installed)."""

    def run(n: int) -> None:
        generated_types.json_loads = loads
        generated_types.build_run = BUILD_RUN if helper else None
        for _ in range(n):
            fn()

    return run


def async_batch(loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[object]]) -> Batch:
    async def many(n: int) -> None:
        for _ in range(n):
            await fn()

    def run(n: int) -> None:
        generated_types.json_loads = json.loads
        generated_types.build_run = BUILD_RUN
        loop.run_until_complete(many(n))

    return run


def per_round(batches: list[Batch], n: int, rounds: int) -> list[list[float]]:
    """Seconds per call of each function in each round.

    A round runs every function for `n` calls back to back, in an order that alternates between
    rounds, so a slow spell of this shared machine hits the functions of one round alike; ratios are
    then taken within each round and their median reported. Times are this process's CPU time
    (everything runs in-process, MockTransport included), so the time spent waiting for a core while
    other work has the machine does not count.
    """
    runs: list[list[float]] = [[] for _ in batches]
    order = list(range(len(batches)))
    for _ in range(rounds):
        order.reverse()
        for i in order:
            t = time.process_time()
            batches[i](n)
            runs[i].append((time.process_time() - t) / n)
    return runs


def ratio(a: list[float], b: list[float]) -> float:
    """Median over rounds of a/b, both measured in the same round."""
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def retained_bytes(fn: Callable[[], object]) -> int:
    """Bytes still allocated (tracemalloc) while the result of `fn()` is alive."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    result = fn()
    gc.collect()  # what only the collector would free (httpx's response cycles) is not retained
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del result
    return after - before


def page_faults(fn: Callable[[], object], calls: int = 3) -> float:
    """Minor page faults (pages the OS hands the process afresh) per call of `fn`, its result dropped."""
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(calls):
        fn()
    return (resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before) / calls


def calls_per_round(items: int) -> int:
    return max(1, 2_000 // items)  # about the same work per batch at every size


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
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15

    def floor_list() -> object:
        return json.loads(raw.get("/appointments", params=params).content)

    def gen_list() -> object:
        return appointments_list.sync_detailed(client=gen, start_date=START, end_date=END)

    def sdk_list() -> object:
        return sdk.appointments.list(start_date=START, end_date=END)

    print(
        f"{rounds} rounds per case, each running every function back to back ({calls_per_round(100)} calls "
        f"at 100 items, {calls_per_round(1000)} at 1,000, {calls_per_round(10000)} at 10,000); "
        "in-process MockTransport; ratios are medians of per-round ratios"
    )
    maker = str(getattr(FAST_LOADS, "__qualname__", "")).split(".")[0]
    fast_name = {
        "_msgspec_loads": f"msgspec for bodies of {generated_types._LARGE:,} bytes or more, below: "
        + ("orjson" if "orjson" in sys.modules else "json"),
        "_orjson_loads": "orjson",
    }.get(maker, "none installed (fast = standard json)")
    print(f"fast decoder: {fast_name}")
    print(
        "C helper of _from_dicts (speedups):", "installed" if BUILD_RUN is not None else "not installed (sdk-py = sdk)"
    )
    print("GET /appointments: sdk and generated with the standard json decoder, fast = sdk with the fast one")
    per_item_sdk: dict[tuple[str, int], float] = {}
    per_item_py: dict[tuple[str, int], float] = {}
    per_item_floor: dict[tuple[str, int], float] = {}
    for shape, item in SHAPES.items():
        for size in SIZES:
            BODY["list"] = list_body(item, size)
            batches = [
                sync_batch(floor_list),
                sync_batch(gen_list),
                sync_batch(sdk_list),
                sync_batch(sdk_list, FAST_LOADS),
                sync_batch(sdk_list, helper=False),
            ]
            for batch in batches:  # warm up
                batch(1)
            floor, generated, overlay, fast, pure = per_round(batches, calls_per_round(size), rounds)
            per_item_sdk[shape, size] = statistics.median(overlay) / size
            per_item_py[shape, size] = statistics.median(pure) / size
            per_item_floor[shape, size] = statistics.median(floor) / size
            print(
                f"  {shape:6s} {size:6,d} items: floor {statistics.median(floor) / size * 1e6:6.2f} us/item"
                f" | sdk/floor {ratio(overlay, floor):5.2f}x (<= {LIST_TARGET}; #17 goal <= 1.2)"
                f"  sdk-py/floor {ratio(pure, floor):5.2f}x"
                f"  fast/floor {ratio(fast, floor):5.2f}x (#17 goal <= 0.9)"
                f"  generated/floor {ratio(generated, floor):5.2f}x"
                f"  sdk/generated {ratio(overlay, generated):5.2f}x (<= {OVERLAY_TARGET})"
            )
    for shape in SHAPES:
        flat = per_item_sdk[shape, SIZES[-1]] / per_item_sdk[shape, SIZES[0]]
        flat_py = per_item_py[shape, SIZES[-1]] / per_item_py[shape, SIZES[0]]
        flat_floor = per_item_floor[shape, SIZES[-1]] / per_item_floor[shape, SIZES[0]]
        print(
            f"  {shape:6s} sdk cost per item at {SIZES[-1]:,} / {SIZES[0]:,} items: {flat:5.2f}x (#17 goal <= 1.15)"
            f"  sdk-py {flat_py:5.2f}x  floor {flat_floor:5.2f}x (json.loads itself: the collector's passes and"
            " fresh pages from the OS, where each page fault is dear)"
        )

    generated_types.build_run = BUILD_RUN  # the C helper on (the last batch of a round may have left it off)
    BODY["list"] = list_body(FULL, SIZES[-1])
    faults = {name: page_faults(batch) for name, batch in (("floor", floor_list), ("sdk", sdk_list))}
    generated_types.json_loads = FAST_LOADS
    faults["fast"] = page_faults(sdk_list)
    generated_types.json_loads = json.loads
    print(
        f"  minor page faults per call, full, {SIZES[-1]:,} items: "
        + ", ".join(f"{name} {count:,.0f}" for name, count in faults.items())
    )

    print("memory per parsed appointment (tracemalloc, 1,000 items): sdk result vs json.loads of the body")
    generated_types.build_run = BUILD_RUN
    for shape, item in SHAPES.items():
        BODY["list"] = list_body(item, 1000)
        raw_bytes = retained_bytes(floor_list)
        line = f"  {shape:6s} raw {raw_bytes / 1000:6.0f} B"
        for decoder, loads in (("standard", json.loads), ("fast", FAST_LOADS)):
            generated_types.json_loads = loads
            sdk_bytes = retained_bytes(sdk_list)
            share = sdk_bytes / raw_bytes
            line += f" | sdk, {decoder} decoder {sdk_bytes / 1000:6.0f} B = {share:4.2f}x (#17 goal <= 1.0)"
        print(line)
    generated_types.json_loads = FAST_LOADS

    BODY["list"] = list_body(SPARSE, 100)

    async def araw_list() -> object:
        return json.loads((await araw.get("/appointments", params=params)).content)

    async def araw_create() -> object:
        return json.loads((await araw.post("/telephone-encounters", json=TE)).content)

    cases: dict[str, tuple[Batch, Batch, Batch, float]] = {
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
            CREATE_TARGET,
        ),
        "alist": (
            async_batch(loop, araw_list),
            async_batch(loop, lambda: appointments_list.asyncio_detailed(client=agen, start_date=START, end_date=END)),
            async_batch(loop, lambda: asdk.appointments.list(start_date=START, end_date=END)),
            LIST_TARGET,
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
            CREATE_TARGET,
        ),
    }
    print("create, and 100-item sparse list / create through AsyncCobalt (20 calls per round, 4x the rounds)")
    for name, (floor_fn, gen_fn, sdk_fn, target) in cases.items():
        for batch in (floor_fn, gen_fn, sdk_fn):  # warm up
            batch(2)
        floor, generated, overlay = per_round([floor_fn, gen_fn, sdk_fn], 20, 4 * rounds)
        us = {k: statistics.median(v) * 1e6 for k, v in (("floor", floor), ("gen", generated), ("sdk", overlay))}
        print(
            f"  {name:7s} floor {us['floor']:8.1f} us  generated {us['gen']:8.1f} us  sdk {us['sdk']:8.1f} us"
            f" | sdk/floor {ratio(overlay, floor):5.2f}x (<= {target}{'; #17 goal <= 1.2' if name == 'alist' else ''})"
            f"  generated/floor {ratio(generated, floor):5.2f}x"
            f"  sdk/generated {ratio(overlay, generated):5.2f}x (<= {OVERLAY_TARGET})"
        )
    generated_types.json_loads = FAST_LOADS
    loop.close()


if __name__ == "__main__":
    main()
