"""Client-side cost per call, measured side by side in one run with an in-process MockTransport.

For `GET /appointments` (100 appointments) and `POST /telephone-encounters` it compares:
  floor      raw httpx + json.loads
  generated  the bare generated `sync_detailed` function
  sdk        the overlay (`cobalt.appointments.list(...)`, `cobalt.telephone_encounters.create(...)`)
and prints ratios. Targets: list <= 2.0x floor, create <= 1.5x floor, sdk <= 1.1x generated.
"""

from __future__ import annotations

import datetime
import json
import statistics
import sys
import time
from collections.abc import Callable

import httpx

from cobalt_api_client.api.appointments import appointments_list
from cobalt_api_client.api.telephone_encounters import telephone_encounters_create
from cobalt_api_client.client import Client
from cobalt_api_client.models import TelephoneEncountersCreateRequest
from cobalt_sdk import Cobalt

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


def per_call(fns: list[Callable[[], object]], n: int, rounds: int = 7) -> list[float]:
    """Median seconds per call of each function; rounds interleave the functions so noise hits all alike."""
    runs: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            t = time.perf_counter()
            for _ in range(n):
                fn()
            runs[i].append((time.perf_counter() - t) / n)
    return [statistics.median(r) for r in runs]


def main() -> None:
    transport = httpx.MockTransport(handler)
    raw = httpx.Client(base_url=BASE, headers=HEADERS, transport=transport)
    gen = Client(base_url=BASE)
    gen.set_httpx_client(httpx.Client(base_url=BASE, headers=HEADERS, transport=transport))
    sdk = Cobalt(client_id="ci", client_secret="cs", access_token="at", base_url=BASE, transport=transport)

    cases = {
        "list": (
            lambda: json.loads(
                raw.get("/appointments", params={"start_date": "2024-03-14", "end_date": "2024-04-14"}).content
            ),
            lambda: appointments_list.sync_detailed(client=gen, start_date=START, end_date=END),
            lambda: sdk.appointments.list(start_date=START, end_date=END),
            2.0,
        ),
        "create": (
            lambda: json.loads(raw.post("/telephone-encounters", json=TE).content),
            lambda: telephone_encounters_create.sync_detailed(client=gen, body=TelephoneEncountersCreateRequest(**TE)),
            lambda: sdk.telephone_encounters.create(
                patient_mrn="MRN-123456", provider_id="12241", location_id="25", assigned_to_id="12220"
            ),
            1.5,
        ),
    }
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    print(f"calls per run: {n} (median of 7 interleaved rounds), in-process httpx.MockTransport")
    for name, (floor_fn, gen_fn, sdk_fn, target) in cases.items():
        for fn in (floor_fn, gen_fn, sdk_fn):  # warm up
            fn()
        floor, generated, overlay = per_call([floor_fn, gen_fn, sdk_fn], n)
        print(
            f"{name:7s} floor {floor * 1e6:8.1f} us  generated {generated * 1e6:8.1f} us  sdk {overlay * 1e6:8.1f} us"
            f" | sdk/floor {overlay / floor:5.2f}x (target <= {target})"
            f"  generated/floor {generated / floor:5.2f}x  sdk/generated {overlay / generated:5.2f}x (target <= 1.1)"
        )


if __name__ == "__main__":
    main()
