"""Deterministic seed data shaped like the spec's item schemas."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from typing import TYPE_CHECKING, Any

from cobalt_sandbox.spec import JSON, Spec
from cobalt_sandbox.store import Store
from cobalt_sandbox.synth import synthesize

if TYPE_CHECKING:
    from cobalt_sandbox.profiles import Profile

FIXED_DATE = dt.date(2025, 1, 15)
TIMEZONE = "America/New_York"
OFFSET = "-05:00"

FIRST = ["Jane", "John", "Maria", "Wei", "Aisha", "Carlos", "Emma", "Liam", "Noah", "Olivia", "Ava", "Mateo"]
LAST = ["Doe", "Smith", "Garcia", "Chen", "Khan", "Lopez", "Brown", "Nguyen", "Patel", "Kim", "Silva", "Jones"]
LOCATION_NAMES = ["Main St Clinic", "Happy Clinic", "Northside Office"]
VISIT_STATUSES = [
    ("CANC", "Cancelled"),
    ("CHK", "Checked In"),
    ("CONF", "Confirmed"),
    ("NS", "No Show"),
    ("PEND", "Pending"),
    ("RESC", "Rescheduled"),
]
INSURERS = ["Blue Cross", "Aetna", "Cigna", "UnitedHealthcare", "Humana", "Kaiser", "Medicare", "Medicaid"]


def hex_id(*parts: Any) -> str:
    """Stable 32-hex Cobalt-style id."""
    return hashlib.md5("|".join(str(p) for p in parts).encode(), usedforsecurity=False).hexdigest()


class Seeder:
    """Fills an empty store with coherent, reproducible records."""

    def __init__(self, spec: Spec, seed: int, profile: Profile | None = None) -> None:
        from cobalt_sandbox.profiles import DEFAULT_EHR, get_profile

        self.spec = spec
        self.seed = seed
        self.profile = profile or get_profile(DEFAULT_EHR)
        self.rng = random.Random(seed)

    def hours(self, index: int) -> list[JSON]:
        """Provider ``index``'s week as GET /providers shows it: the profile's shifts and slot rules,
        at location ``index % 3``."""
        loc = index % len(LOCATION_NAMES)
        out: list[JSON] = []
        for day, shifts in self.profile.week_of(index).items():
            out.append(
                {
                    "day": day,
                    "shifts": [
                        {
                            "start": f"T{shift.start}:00",
                            "end": f"T{shift.end}:00",
                            "facility_id": str(2450 + loc),
                            "facility_name": LOCATION_NAMES[loc],
                            "set_start_date": "2024-01-01T00:00:00",
                            "set_end_date": None,
                            "visit_type_rules": [
                                {
                                    "start_time": f"T{rule.start}:00",
                                    "end_time": f"T{rule.end}:00",
                                    "visit_type_id": rule.visit_type,
                                    "visit_type_desc": self.profile.description_of(rule.visit_type),
                                    "total_visits": rule.total_visits,
                                }
                                for rule in shift.rules
                            ],
                        }
                        for shift in shifts
                    ],
                }
            )
        return out

    def _slot_time(self, index: int, day: dt.date, duration: int) -> str:
        """A start on a working day of provider ``index`` at or after ``day``, inside one of its shifts."""
        week = self.profile.week_of(index)
        for _ in range(7):
            if day.strftime("%A") in week:
                break
            day += dt.timedelta(days=1)
        shift = self.rng.choice(week[day.strftime("%A")])
        t0, t1 = (dt.datetime.combine(day, dt.time.fromisoformat(t)) for t in (shift.start, shift.end))
        steps = max(0, int((t1 - t0).total_seconds() // 60 - duration) // 15)
        start = t0 + dt.timedelta(minutes=15 * self.rng.randint(0, steps))
        return f"{start.isoformat()}{OFFSET}"

    def item(self, schema: str, overrides: JSON) -> JSON:
        base = synthesize(self.spec, {"$ref": f"#/components/schemas/{schema}"}, self.rng)
        assert isinstance(base, dict)
        base.update(overrides)
        return base

    def run(self, store: Store) -> None:
        r = self.rng
        providers = []
        for i in range(5):
            first, last = FIRST[(i + self.seed) % len(FIRST)], LAST[(i * 3 + self.seed) % len(LAST)]
            rec = self.item(
                "Provider",
                {
                    "id": hex_id("prov", self.seed, i),
                    "ehr_id": str(1000 + i),
                    "name": f"{last}, {first}",
                    "timezone": TIMEZONE,
                    "npi": f"14{r.randint(10**7, 10**8 - 1)}",
                    "status": "active",
                    "hide_in_availability": False,
                    "hours": self.hours(i),
                },
            )
            providers.append(store.put("providers", rec["id"], rec))
        locations = []
        for i, name in enumerate(LOCATION_NAMES):
            rec = self.item(
                "Location",
                {
                    "id": hex_id("loc", self.seed, i),
                    "ehr_id": str(2450 + i),
                    "name": name,
                    "status": "active",
                    "address": {
                        "address1": f"{100 + i * 11} Main St",
                        "address2": "",
                        "city": "Sunnyland",
                        "state": "CA",
                        "zip": f"2342{i}",
                    },
                    "phone": f"222333{4440 + i}",
                    "fax": f"555666{7770 + i}",
                },
            )
            locations.append(store.put("locations", rec["id"], rec))
        for code, desc in self.profile.visit_types:
            store.put("visit_types", code, {"code": code, "description": desc})
        for code, desc in VISIT_STATUSES:
            store.put("visit_statuses", code, {"code": code, "description": desc})
        patients = []
        for i in range(40):
            first, last = r.choice(FIRST), r.choice(LAST)
            mrn = str(400000 + i * 7 + self.seed % 7)
            rec = {
                "first_name": first,
                "last_name": last,
                "dob": f"{r.randint(1940, 2015)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                "sex": r.choice(["male", "female"]),
                "phone": f"555-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                "mrn": mrn,
                "_id": hex_id("pat", self.seed, i),
                "_ehr_id": str(70000 + i),
                "_status": "active",
            }
            patients.append(store.put("patients", rec["_id"], rec))
        statuses = ["scheduled", "scheduled", "scheduled", "completed", "cancelled"]
        status_rng = random.Random(f"appointment-status:{self.seed}")  # the same statuses under every profile
        for i in range(120):
            day = FIXED_DATE + dt.timedelta(days=r.randint(-14, 14))
            pat, p_index = r.choice(patients), r.randrange(len(providers))
            prov, loc = providers[p_index], locations[p_index % len(locations)]
            vt = r.choice(self.profile.seed_types)
            duration = self.profile.duration_of(vt)
            rec = self.appointment_record(
                appt_id=hex_id("appt", self.seed, i),
                ehr_id=str(500000 + i),
                when=self._slot_time(p_index, day, duration),
                patient=pat,
                provider=prov,
                location=loc["ehr_id"],
                visit_type=vt,
                status=status_rng.choice(statuses),
                duration=duration,
                reason=r.choice(["Follow-up", "Annual exam", "Cough", "Back pain", "Lab review"]),
                note=None,
                created_at=f"{(day - dt.timedelta(days=7)).isoformat()}T12:00:00Z",
            )
            store.put("appointments", rec["id"], rec)
        for i in range(5):
            rec = self.item(
                "Pharmacy",
                {
                    "id": hex_id("pharm", self.seed, i),
                    "ehr_id": str(12345 + i),
                    "name": ["Main Street Pharmacy", "Corner Drug", "CarePlus Rx", "City Pharmacy", "Health Mart"][i],
                    "address": {
                        "address1": f"{120 + i} Main St",
                        "city": "San Francisco",
                        "state": "CA",
                        "zip": f"9410{i}",
                    },
                    "phone": f"(415) 555-01{20 + i}",
                    "email": f"pharmacy{i}@example.test",
                    "status": "active",
                },
            )
            store.put("pharmacies", rec["id"], rec)
        for i in range(12):
            name = INSURERS[i % len(INSURERS)] + ("" if i < len(INSURERS) else f" Plan {i}")
            rec = {
                "id": hex_id("ins", self.seed, i),
                "name": name,
                "payer_id": f"P{10000 + i * 13}",
                "active": i % 5 != 4,
                "created_at": f"2024-0{1 + i % 9}-01T00:00:00Z",
            }
            store.put("insurance_providers", rec["id"], rec)
        for i in range(6):
            first, last = r.choice(FIRST), r.choice(LAST)
            rec = self.item(
                "ReferringProvider",
                {
                    "id": hex_id("refprov", self.seed, i),
                    "ehr_id": str(3000 + i),
                    "name": f"{first} {last}",
                    "first_name": first,
                    "last_name": last,
                    "middle_initial": "A",
                    "speciality": r.choice(["Cardiology", "Dermatology", "Orthopedics"]),
                    "phone": f"555-300-{1000 + i}",
                    "fax": f"555-301-{1000 + i}",
                    "email": f"ref{i}@example.test",
                    "npi": f"19{r.randint(10**7, 10**8 - 1)}",
                },
            )
            store.put("referring_providers", rec["id"], rec)
        appts = store.all("appointments")
        for i in range(30):
            appt = appts[i]
            amt = {"amount": 150.0, "currency": "USD"}
            rec = self.item(
                "Claim",
                {
                    "id": hex_id("claim", self.seed, i),
                    "emr_claim_id": str(100200 + i),
                    "emr_appointment_id": appt["ehr_appointment_id"],
                    "service_date": str(appt["datetime"])[:10],
                    "claim_date": str(appt["datetime"])[:10],
                    "claim_status": r.choice(["48CL", "OPEN", "PAID"]),
                    "claim_type": "0",
                    "void_flag": False,
                    "emr_patient_id": appt["patient_ehr_id"],
                    "patient_name": appt["patient_name"],
                    "emr_provider_id": appt["provider_ehr_id"],
                    "provider_name": appt["provider_name"],
                },
            )
            for key in (
                "total_charge",
                "total_payment",
                "net_payment",
                "balance",
                "net_adjustment",
                "patient_responsibility",
            ):
                if isinstance(rec.get(key), dict) and "amount" in rec[key]:
                    rec[key]["amount"] = amt["amount"]
            store.put("claims", rec["id"], rec)
        for i in range(20):
            appt = appts[i + 30]
            rec = {
                "order_id": f"ord_{100000 + i}",
                "order_name": r.choice(["Comprehensive Metabolic Panel", "Lipid Panel", "Chest X-Ray", "CBC"]),
                "order_date": str(appt["datetime"])[:10],
                "provider_id": appt["provider_ehr_id"],
                "patient_mrn": appt["patient_mrn"],
                "patient_name": appt["patient_name"],
                "patient_dob": appt["patient_dob"],
                "appointment_id": appt["id"],
                "lab_results": None,
            }
            store.put("orders", rec["order_id"], rec)
        for i in range(15):
            pat = patients[i]
            src, dst = providers[i % 5], providers[(i + 1) % 5]
            rec = self.referral_record(
                hex_id("ref", self.seed, i),
                f"REF-{100 + i}",
                pat,
                src,
                dst,
                r.choice(["routine", "urgent", "stat"]),
                "Consultation",
                r.choice(["incoming", "outgoing"]),
                (FIXED_DATE - dt.timedelta(days=i)).isoformat(),
            )
            store.put("referrals", rec["id"], rec)
        for i in range(15):
            pat = patients[i]
            service = (FIXED_DATE - dt.timedelta(days=i)).isoformat()
            rec = self.item(
                "EligibilityCheck",
                {
                    "id": hex_id("elig", self.seed, i),
                    "emr_id": str(880000 + i),
                    "emr_patient_id": pat["_ehr_id"],
                    "patient_name": f"{pat['first_name']} {pat['last_name']}",
                    "patient_dob": pat["dob"],
                    "payer_name": INSURERS[i % len(INSURERS)],
                    "coverage_status": r.choice(["active", "inactive"]),
                    "service_date": service,
                    "response_at": f"{service}T10:00:00Z",
                    "synced_at": f"{service}T10:05:00Z",
                    "plan_begin_date": "2024-01-01",
                    "plan_end_date": None,
                    "status_message": None,
                    "benefit_count": 3,
                    "_patient_mrn": pat["mrn"],
                },
            )
            store.put("eligibility_checks", rec["id"], rec)
            for line in range(3):
                ben = self.item(
                    "EligibilityBenefit",
                    {
                        "line_number": line + 1,
                        "benefit_type": ["Co-Payment", "Deductible", "Co-Insurance"][line],
                        "benefit_type_code": ["B", "C", "A"][line],
                        "amount": [25.0, 500.0, None][line],
                        "percent": [None, None, 20.0][line],
                        "_check_id": rec["id"],
                    },
                )
                store.put("eligibility_benefits", f"{rec['id']}:{line + 1}", ben)

    def appointment_record(
        self,
        *,
        appt_id: str,
        ehr_id: str | None,
        when: str,
        patient: JSON | None,
        provider: JSON | None,
        location: str,
        visit_type: str,
        status: str,
        duration: int,
        reason: str | None,
        note: str | None,
        created_at: str,
        mode: str | None = None,
    ) -> JSON:
        pat = patient or {}
        prov = provider or {}
        name = f"{pat.get('first_name', '')} {pat.get('last_name', '')}".strip() or None
        return {
            "id": appt_id,
            "ehr_appointment_id": ehr_id,
            "datetime": when,
            "duration": duration,
            "status": status,
            "appointment_type": visit_type,
            "appointment_mode": mode or ("telemedicine" if visit_type.startswith("tele") else "office"),
            "location": location,
            "reason": reason,
            "complaint_type": None,
            "patient_name": name,
            "patient_first_name": pat.get("first_name"),
            "patient_last_name": pat.get("last_name"),
            "patient_mrn": pat.get("mrn"),
            "patient_ehr_id": pat.get("_ehr_id"),
            "patient_dob": pat.get("dob"),
            "patient_sex": pat.get("sex"),
            "patient_phone": pat.get("phone"),
            "provider_ehr_id": prov.get("ehr_id"),
            "provider_name": prov.get("name"),
            "provider_npi": prov.get("npi"),
            "secondary_provider_ehr_id": None,
            "insurance": None,
            "note": note,
            "created_at": created_at,
        }

    @staticmethod
    def referral_record(
        ref_id: str,
        ehr_id: str,
        pat: JSON,
        src: JSON,
        dst: JSON,
        priority: str,
        reason: str,
        direction: str,
        date: str,
    ) -> JSON:
        return {
            "id": ref_id,
            "ehr_id": ehr_id,
            "patient_ehr_id": pat.get("_ehr_id"),
            "patient_mrn": pat.get("mrn"),
            "patient_first_name": pat.get("first_name"),
            "patient_last_name": pat.get("last_name"),
            "patient_dob": pat.get("dob"),
            "from_provider_ehr_id": src.get("ehr_id"),
            "from_provider_name": src.get("name"),
            "to_provider_ehr_id": dst.get("ehr_id"),
            "to_provider_name": dst.get("name"),
            "priority": priority,
            "reason": reason,
            "diagnosis_codes": [],
            "document_ids": [],
            "status": "open",
            "referral_date": date,
            "last_activity_at": f"{date}T12:00:00Z",
            "synced_at": f"{date}T12:05:00Z",
            "_direction": direction,
        }
