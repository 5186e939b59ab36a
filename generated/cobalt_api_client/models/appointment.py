# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, convert_on_first_use, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.appointment_diagnoses_type_0_item import AppointmentDiagnosesType0Item
    from ..models.appointment_insurances_type_0_item import AppointmentInsurancesType0Item
    from ..models.appointment_medications_type_0_item import AppointmentMedicationsType0Item
    from ..models.object_metadata import ObjectMetadata
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="Appointment")
_new = object.__new__
_KEYS = frozenset(
    {
        "id",
        "ehr_appointment_id",
        "datetime",
        "duration",
        "status",
        "appointment_type",
        "appointment_mode",
        "location",
        "reason",
        "complaint_type",
        "patient_name",
        "patient_first_name",
        "patient_last_name",
        "patient_mrn",
        "patient_ehr_id",
        "patient_dob",
        "patient_gender",
        "patient_sex",
        "patient_phone",
        "provider_ehr_id",
        "provider_name",
        "provider_npi",
        "secondary_provider_ehr_id",
        "insurance",
        "insurance_number",
        "insurance_group_number",
        "insurance_subscriber",
        "secondary_insurance",
        "secondary_insurance_number",
        "insurances",
        "diagnoses",
        "medications",
        "note",
        "progress_note",
        "created_at",
        "object_metadata",
    }
)
_known = _KEYS.issuperset


@_attrs_define(slots=False, repr=False)
class Appointment:
    """An appointment as stored in Cobalt's synced copy of the EHR schedule.

    Attributes:
        id (str | Unset): Cobalt's appointment id.
        ehr_appointment_id (None | str | Unset): The appointment's id in the EHR.
        datetime_ (datetime.datetime | None | Unset): Start of the visit (ISO 8601 with offset).
        duration (int | None | Unset): Length of the visit in minutes.
        status (None | str | Unset): Appointment status (EHR or Cobalt status code).
        appointment_type (None | str | Unset): Visit-type code, e.g. `f/u`.
        appointment_mode (None | str | Unset): Office or telemedicine visit.
        location (None | str | Unset): EHR id of the location.
        reason (None | str | Unset): Reason for the visit.
        complaint_type (None | str | Unset): Chief-complaint category recorded in the EHR.
        patient_name (None | str | Unset): Patient's full name.
        patient_first_name (None | str | Unset):
        patient_last_name (None | str | Unset):
        patient_mrn (None | str | Unset): Patient's medical record number.
        patient_ehr_id (None | str | Unset): Patient's id in the EHR.
        patient_dob (None | str | Unset): Patient's date of birth, `YYYY-MM-DD` in the examples.
        patient_gender (None | str | Unset): Patient's sex/gender as returned by the list endpoint.
        patient_sex (None | str | Unset): Patient's sex as returned by `GET /appointments/{id}`.
        patient_phone (None | str | Unset):
        provider_ehr_id (None | str | Unset): EHR id of the primary provider.
        provider_name (None | str | Unset):
        provider_npi (None | str | Unset): NPI of the primary provider.
        secondary_provider_ehr_id (None | str | Unset):
        insurance (None | str | Unset): Primary insurance name.
        insurance_number (None | str | Unset):
        insurance_group_number (None | str | Unset):
        insurance_subscriber (None | str | Unset):
        secondary_insurance (None | str | Unset):
        secondary_insurance_number (None | str | Unset):
        insurances (list[AppointmentInsurancesType0Item] | None | Unset): Insurance records; their shape is not
            documented.
        diagnoses (list[AppointmentDiagnosesType0Item] | None | Unset): Diagnoses; their shape is not documented.
        medications (list[AppointmentMedicationsType0Item] | None | Unset): Medications; their shape is not documented.
        note (None | str | Unset): Administrative note on the appointment.
        progress_note (None | str | Unset): Progress note, when available.
        created_at (datetime.datetime | None | Unset):
        object_metadata (ObjectMetadata | Unset): Where Cobalt's copy of the record came from.
    """

    id: str | Unset = UNSET
    ehr_appointment_id: None | str | Unset = UNSET
    datetime_: datetime.datetime | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    appointment_type: None | str | Unset = UNSET
    appointment_mode: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    complaint_type: None | str | Unset = UNSET
    patient_name: None | str | Unset = UNSET
    patient_first_name: None | str | Unset = UNSET
    patient_last_name: None | str | Unset = UNSET
    patient_mrn: None | str | Unset = UNSET
    patient_ehr_id: None | str | Unset = UNSET
    patient_dob: None | str | Unset = UNSET
    patient_gender: None | str | Unset = UNSET
    patient_sex: None | str | Unset = UNSET
    patient_phone: None | str | Unset = UNSET
    provider_ehr_id: None | str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    provider_npi: None | str | Unset = UNSET
    secondary_provider_ehr_id: None | str | Unset = UNSET
    insurance: None | str | Unset = UNSET
    insurance_number: None | str | Unset = UNSET
    insurance_group_number: None | str | Unset = UNSET
    insurance_subscriber: None | str | Unset = UNSET
    secondary_insurance: None | str | Unset = UNSET
    secondary_insurance_number: None | str | Unset = UNSET
    insurances: list[AppointmentInsurancesType0Item] | None | Unset = UNSET
    diagnoses: list[AppointmentDiagnosesType0Item] | None | Unset = UNSET
    medications: list[AppointmentMedicationsType0Item] | None | Unset = UNSET
    note: None | str | Unset = UNSET
    progress_note: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    object_metadata: ObjectMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ehr_appointment_id: None | str | Unset
        if isinstance(self.ehr_appointment_id, Unset):
            ehr_appointment_id = UNSET
        else:
            ehr_appointment_id = self.ehr_appointment_id

        datetime_: None | str | Unset
        if isinstance(self.datetime_, Unset):
            datetime_ = UNSET
        elif isinstance(self.datetime_, datetime.datetime):
            datetime_ = self.datetime_.isoformat()
        else:
            datetime_ = self.datetime_

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        appointment_type: None | str | Unset
        if isinstance(self.appointment_type, Unset):
            appointment_type = UNSET
        else:
            appointment_type = self.appointment_type

        appointment_mode: None | str | Unset
        if isinstance(self.appointment_mode, Unset):
            appointment_mode = UNSET
        else:
            appointment_mode = self.appointment_mode

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        complaint_type: None | str | Unset
        if isinstance(self.complaint_type, Unset):
            complaint_type = UNSET
        else:
            complaint_type = self.complaint_type

        patient_name: None | str | Unset
        if isinstance(self.patient_name, Unset):
            patient_name = UNSET
        else:
            patient_name = self.patient_name

        patient_first_name: None | str | Unset
        if isinstance(self.patient_first_name, Unset):
            patient_first_name = UNSET
        else:
            patient_first_name = self.patient_first_name

        patient_last_name: None | str | Unset
        if isinstance(self.patient_last_name, Unset):
            patient_last_name = UNSET
        else:
            patient_last_name = self.patient_last_name

        patient_mrn: None | str | Unset
        if isinstance(self.patient_mrn, Unset):
            patient_mrn = UNSET
        else:
            patient_mrn = self.patient_mrn

        patient_ehr_id: None | str | Unset
        if isinstance(self.patient_ehr_id, Unset):
            patient_ehr_id = UNSET
        else:
            patient_ehr_id = self.patient_ehr_id

        patient_dob: None | str | Unset
        if isinstance(self.patient_dob, Unset):
            patient_dob = UNSET
        else:
            patient_dob = self.patient_dob

        patient_gender: None | str | Unset
        if isinstance(self.patient_gender, Unset):
            patient_gender = UNSET
        else:
            patient_gender = self.patient_gender

        patient_sex: None | str | Unset
        if isinstance(self.patient_sex, Unset):
            patient_sex = UNSET
        else:
            patient_sex = self.patient_sex

        patient_phone: None | str | Unset
        if isinstance(self.patient_phone, Unset):
            patient_phone = UNSET
        else:
            patient_phone = self.patient_phone

        provider_ehr_id: None | str | Unset
        if isinstance(self.provider_ehr_id, Unset):
            provider_ehr_id = UNSET
        else:
            provider_ehr_id = self.provider_ehr_id

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        provider_npi: None | str | Unset
        if isinstance(self.provider_npi, Unset):
            provider_npi = UNSET
        else:
            provider_npi = self.provider_npi

        secondary_provider_ehr_id: None | str | Unset
        if isinstance(self.secondary_provider_ehr_id, Unset):
            secondary_provider_ehr_id = UNSET
        else:
            secondary_provider_ehr_id = self.secondary_provider_ehr_id

        insurance: None | str | Unset
        if isinstance(self.insurance, Unset):
            insurance = UNSET
        else:
            insurance = self.insurance

        insurance_number: None | str | Unset
        if isinstance(self.insurance_number, Unset):
            insurance_number = UNSET
        else:
            insurance_number = self.insurance_number

        insurance_group_number: None | str | Unset
        if isinstance(self.insurance_group_number, Unset):
            insurance_group_number = UNSET
        else:
            insurance_group_number = self.insurance_group_number

        insurance_subscriber: None | str | Unset
        if isinstance(self.insurance_subscriber, Unset):
            insurance_subscriber = UNSET
        else:
            insurance_subscriber = self.insurance_subscriber

        secondary_insurance: None | str | Unset
        if isinstance(self.secondary_insurance, Unset):
            secondary_insurance = UNSET
        else:
            secondary_insurance = self.secondary_insurance

        secondary_insurance_number: None | str | Unset
        if isinstance(self.secondary_insurance_number, Unset):
            secondary_insurance_number = UNSET
        else:
            secondary_insurance_number = self.secondary_insurance_number

        insurances: list[dict[str, Any]] | None | Unset
        if isinstance(self.insurances, Unset):
            insurances = UNSET
        elif isinstance(self.insurances, list):
            insurances = []
            for insurances_type_0_item_data in self.insurances:
                insurances_type_0_item = insurances_type_0_item_data.to_dict()
                insurances.append(insurances_type_0_item)

        else:
            insurances = self.insurances

        diagnoses: list[dict[str, Any]] | None | Unset
        if isinstance(self.diagnoses, Unset):
            diagnoses = UNSET
        elif isinstance(self.diagnoses, list):
            diagnoses = []
            for diagnoses_type_0_item_data in self.diagnoses:
                diagnoses_type_0_item = diagnoses_type_0_item_data.to_dict()
                diagnoses.append(diagnoses_type_0_item)

        else:
            diagnoses = self.diagnoses

        medications: list[dict[str, Any]] | None | Unset
        if isinstance(self.medications, Unset):
            medications = UNSET
        elif isinstance(self.medications, list):
            medications = []
            for medications_type_0_item_data in self.medications:
                medications_type_0_item = medications_type_0_item_data.to_dict()
                medications.append(medications_type_0_item)

        else:
            medications = self.medications

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        progress_note: None | str | Unset
        if isinstance(self.progress_note, Unset):
            progress_note = UNSET
        else:
            progress_note = self.progress_note

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        object_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_metadata, Unset):
            object_metadata = self.object_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ehr_appointment_id is not UNSET:
            field_dict["ehr_appointment_id"] = ehr_appointment_id
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if appointment_type is not UNSET:
            field_dict["appointment_type"] = appointment_type
        if appointment_mode is not UNSET:
            field_dict["appointment_mode"] = appointment_mode
        if location is not UNSET:
            field_dict["location"] = location
        if reason is not UNSET:
            field_dict["reason"] = reason
        if complaint_type is not UNSET:
            field_dict["complaint_type"] = complaint_type
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if patient_first_name is not UNSET:
            field_dict["patient_first_name"] = patient_first_name
        if patient_last_name is not UNSET:
            field_dict["patient_last_name"] = patient_last_name
        if patient_mrn is not UNSET:
            field_dict["patient_mrn"] = patient_mrn
        if patient_ehr_id is not UNSET:
            field_dict["patient_ehr_id"] = patient_ehr_id
        if patient_dob is not UNSET:
            field_dict["patient_dob"] = patient_dob
        if patient_gender is not UNSET:
            field_dict["patient_gender"] = patient_gender
        if patient_sex is not UNSET:
            field_dict["patient_sex"] = patient_sex
        if patient_phone is not UNSET:
            field_dict["patient_phone"] = patient_phone
        if provider_ehr_id is not UNSET:
            field_dict["provider_ehr_id"] = provider_ehr_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if provider_npi is not UNSET:
            field_dict["provider_npi"] = provider_npi
        if secondary_provider_ehr_id is not UNSET:
            field_dict["secondary_provider_ehr_id"] = secondary_provider_ehr_id
        if insurance is not UNSET:
            field_dict["insurance"] = insurance
        if insurance_number is not UNSET:
            field_dict["insurance_number"] = insurance_number
        if insurance_group_number is not UNSET:
            field_dict["insurance_group_number"] = insurance_group_number
        if insurance_subscriber is not UNSET:
            field_dict["insurance_subscriber"] = insurance_subscriber
        if secondary_insurance is not UNSET:
            field_dict["secondary_insurance"] = secondary_insurance
        if secondary_insurance_number is not UNSET:
            field_dict["secondary_insurance_number"] = secondary_insurance_number
        if insurances is not UNSET:
            field_dict["insurances"] = insurances
        if diagnoses is not UNSET:
            field_dict["diagnoses"] = diagnoses
        if medications is not UNSET:
            field_dict["medications"] = medications
        if note is not UNSET:
            field_dict["note"] = note
        if progress_note is not UNSET:
            field_dict["progress_note"] = progress_note
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if object_metadata is not UNSET:
            field_dict["object_metadata"] = object_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
            d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

        if not _owned and "datetime" in d:
            v_datetime_: Any = d.pop("datetime")
            if isinstance(v_datetime_, str):
                try:
                    datetime_type_0 = datetime.datetime.fromisoformat(v_datetime_)

                    v_datetime_ = datetime_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["datetime_"] = v_datetime_

        if not _owned and "insurances" in d:
            v_insurances: Any = d.pop("insurances")
            if isinstance(v_insurances, list):
                try:
                    insurances_type_0 = AppointmentInsurancesType0Item._from_dicts(v_insurances, _owned)

                    v_insurances = insurances_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:insurances"] = v_insurances

        if not _owned and "diagnoses" in d:
            v_diagnoses: Any = d.pop("diagnoses")
            if isinstance(v_diagnoses, list):
                try:
                    diagnoses_type_0 = AppointmentDiagnosesType0Item._from_dicts(v_diagnoses, _owned)

                    v_diagnoses = diagnoses_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:diagnoses"] = v_diagnoses

        if not _owned and "medications" in d:
            v_medications: Any = d.pop("medications")
            if isinstance(v_medications, list):
                try:
                    medications_type_0 = AppointmentMedicationsType0Item._from_dicts(v_medications, _owned)

                    v_medications = medications_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:medications"] = v_medications

        if not _owned and "created_at" in d:
            v_created_at: Any = d.pop("created_at")
            if isinstance(v_created_at, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(v_created_at)

                    v_created_at = created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            d["py:created_at"] = v_created_at

        if "object_metadata" in d:
            _object_metadata = d["object_metadata"]
            object_metadata: ObjectMetadata | Unset
            if isinstance(_object_metadata, Unset):
                object_metadata = UNSET
            else:
                object_metadata = ObjectMetadata.from_dict(_object_metadata, _owned)

            d["object_metadata"] = object_metadata
        appointment = _new(cls)
        appointment.__dict__ = d
        return appointment

    @classmethod
    def _from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]], _owned: bool = False) -> list[T]:
        """Internal: `[cls.from_dict(item, _owned) for item in items]`, without a call per item."""
        if _types.build_run is not None and type(items) is list:  # the C loop takes exact lists only
            return cls._from_list(items, _owned)
        built: list[T] = []
        append = built.append
        d: dict[str, Any]
        _shape: list[str] | None = None
        for src_dict in items:
            _item_keys = list(src_dict)
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_datetime_ = "datetime" in d
                _has_insurances = "insurances" in d
                _has_diagnoses = "diagnoses" in d
                _has_medications = "medications" in d
                _has_created_at = "created_at" in d
                _has_object_metadata = "object_metadata" in d
                _work = _has_object_metadata or (
                    not _owned
                    and (_has_datetime_ or _has_insurances or _has_diagnoses or _has_medications or _has_created_at)
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                if not _owned and _has_datetime_:
                    v_datetime_: Any = d.pop("datetime")
                    if isinstance(v_datetime_, str):
                        try:
                            datetime_type_0 = datetime.datetime.fromisoformat(v_datetime_)

                            v_datetime_ = datetime_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["datetime_"] = v_datetime_

                if not _owned and _has_insurances:
                    v_insurances: Any = d.pop("insurances")
                    if isinstance(v_insurances, list):
                        try:
                            insurances_type_0 = AppointmentInsurancesType0Item._from_dicts(v_insurances, _owned)

                            v_insurances = insurances_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:insurances"] = v_insurances

                if not _owned and _has_diagnoses:
                    v_diagnoses: Any = d.pop("diagnoses")
                    if isinstance(v_diagnoses, list):
                        try:
                            diagnoses_type_0 = AppointmentDiagnosesType0Item._from_dicts(v_diagnoses, _owned)

                            v_diagnoses = diagnoses_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:diagnoses"] = v_diagnoses

                if not _owned and _has_medications:
                    v_medications: Any = d.pop("medications")
                    if isinstance(v_medications, list):
                        try:
                            medications_type_0 = AppointmentMedicationsType0Item._from_dicts(v_medications, _owned)

                            v_medications = medications_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:medications"] = v_medications

                if not _owned and _has_created_at:
                    v_created_at: Any = d.pop("created_at")
                    if isinstance(v_created_at, str):
                        try:
                            created_at_type_0 = datetime.datetime.fromisoformat(v_created_at)

                            v_created_at = created_at_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    d["py:created_at"] = v_created_at

                if _has_object_metadata:
                    _object_metadata = d["object_metadata"]
                    object_metadata: ObjectMetadata | Unset
                    if isinstance(_object_metadata, Unset):
                        object_metadata = UNSET
                    else:
                        object_metadata = ObjectMetadata.from_dict(_object_metadata, _owned)

                    d["object_metadata"] = object_metadata
            appointment = _new(cls)
            appointment.__dict__ = d
            append(appointment)
        return built

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]], _owned: bool = False) -> list[T]:
        """Internal: `_from_dicts` of a list with the speedups extra's C helper (`types.build_run`),
        which builds the rest of a run of items of a shape checked here (doing an item's per-field
        work with `_do_work`)."""
        _run = _types.build_run
        assert _run is not None
        built: list[T] = []
        append = built.append
        d: dict[str, Any]
        _shape: list[str] | None = None

        def _do_work(d: dict[str, Any]) -> None:
            if not _owned and _has_datetime_:
                v_datetime_: Any = d.pop("datetime")
                if isinstance(v_datetime_, str):
                    try:
                        datetime_type_0 = datetime.datetime.fromisoformat(v_datetime_)

                        v_datetime_ = datetime_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["datetime_"] = v_datetime_

            if not _owned and _has_insurances:
                v_insurances: Any = d.pop("insurances")
                if isinstance(v_insurances, list):
                    try:
                        insurances_type_0 = AppointmentInsurancesType0Item._from_dicts(v_insurances, _owned)

                        v_insurances = insurances_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:insurances"] = v_insurances

            if not _owned and _has_diagnoses:
                v_diagnoses: Any = d.pop("diagnoses")
                if isinstance(v_diagnoses, list):
                    try:
                        diagnoses_type_0 = AppointmentDiagnosesType0Item._from_dicts(v_diagnoses, _owned)

                        v_diagnoses = diagnoses_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:diagnoses"] = v_diagnoses

            if not _owned and _has_medications:
                v_medications: Any = d.pop("medications")
                if isinstance(v_medications, list):
                    try:
                        medications_type_0 = AppointmentMedicationsType0Item._from_dicts(v_medications, _owned)

                        v_medications = medications_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:medications"] = v_medications

            if not _owned and _has_created_at:
                v_created_at: Any = d.pop("created_at")
                if isinstance(v_created_at, str):
                    try:
                        created_at_type_0 = datetime.datetime.fromisoformat(v_created_at)

                        v_created_at = created_at_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                d["py:created_at"] = v_created_at

            if _has_object_metadata:
                _object_metadata = d["object_metadata"]
                object_metadata: ObjectMetadata | Unset
                if isinstance(_object_metadata, Unset):
                    object_metadata = UNSET
                else:
                    object_metadata = ObjectMetadata.from_dict(_object_metadata, _owned)

                d["object_metadata"] = object_metadata

        _i, _n = 0, len(items)
        while _i < _n:
            src_dict = items[_i]
            _i += 1
            _item_keys = list(src_dict)
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_datetime_ = "datetime" in d
                _has_insurances = "insurances" in d
                _has_diagnoses = "diagnoses" in d
                _has_medications = "medications" in d
                _has_created_at = "created_at" in d
                _has_object_metadata = "object_metadata" in d
                _work = _has_object_metadata or (
                    not _owned
                    and (_has_datetime_ or _has_insurances or _has_diagnoses or _has_medications or _has_created_at)
                )  # whether an item of this shape has fields to convert or rename
            if _work:
                _do_work(d)
            appointment = _new(cls)
            appointment.__dict__ = d
            append(appointment)
            if _shape is not None:
                _i = _run(
                    cls, items, _i, _shape, built, _owned, (_OWNED_WORK if _owned else _do_work) if _work else None
                )
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    if not TYPE_CHECKING:  # a runtime guard only: to mypy the model is simply not iterable

        def __iter__(self):
            raise TypeError("Appointment is not iterable")


def _convert_datetime_(value: Any) -> Any:
    """`datetime_` from its JSON value, which the model owns; the value itself when it does not fit."""
    if isinstance(value, str):
        try:
            datetime_type_0 = datetime.datetime.fromisoformat(value)

            return datetime_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


def _convert_insurances(value: Any) -> Any:
    """`insurances` from its JSON value, which the model owns; the value itself when it does not fit."""
    _owned = True
    if isinstance(value, list):
        try:
            insurances_type_0 = AppointmentInsurancesType0Item._from_dicts(value, _owned)

            return insurances_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


def _convert_diagnoses(value: Any) -> Any:
    """`diagnoses` from its JSON value, which the model owns; the value itself when it does not fit."""
    _owned = True
    if isinstance(value, list):
        try:
            diagnoses_type_0 = AppointmentDiagnosesType0Item._from_dicts(value, _owned)

            return diagnoses_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


def _convert_medications(value: Any) -> Any:
    """`medications` from its JSON value, which the model owns; the value itself when it does not fit."""
    _owned = True
    if isinstance(value, list):
        try:
            medications_type_0 = AppointmentMedicationsType0Item._from_dicts(value, _owned)

            return medications_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


def _convert_created_at(value: Any) -> Any:
    """`created_at` from its JSON value, which the model owns; the value itself when it does not fit."""
    if isinstance(value, str):
        try:
            created_at_type_0 = datetime.datetime.fromisoformat(value)

            return created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return value


convert_on_first_use(
    Appointment,
    {
        "datetime_": ("datetime", _convert_datetime_),
        "insurances": ("insurances", _convert_insurances),
        "diagnoses": ("diagnoses", _convert_diagnoses),
        "medications": ("medications", _convert_medications),
        "created_at": ("created_at", _convert_created_at),
    },
)


from ..models.appointment_diagnoses_type_0_item import AppointmentDiagnosesType0Item  # noqa: E402
from ..models.appointment_insurances_type_0_item import AppointmentInsurancesType0Item  # noqa: E402
from ..models.appointment_medications_type_0_item import AppointmentMedicationsType0Item  # noqa: E402
from ..models.object_metadata import ObjectMetadata  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (("object_metadata", "object_metadata", ObjectMetadata),)
setattr(Appointment, "_cobalt_plan_", (_KEYS, (), _OWNED_WORK))
