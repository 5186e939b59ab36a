# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""All data models of the Cobalt API (generated from openapi.yaml; do not edit).

Models are imported on first attribute access (PEP 562), so `import cobalt_api_client.models`
costs almost nothing; `from cobalt_api_client.models import Patient` imports only that model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_login_required_event import AccessTokenLoginRequiredEvent
    from .access_token_login_required_event_data import AccessTokenLoginRequiredEventData
    from .access_token_password_change_warning_event import AccessTokenPasswordChangeWarningEvent
    from .access_token_password_change_warning_event_data import AccessTokenPasswordChangeWarningEventData
    from .account_activate_response import AccountActivateResponse
    from .account_deactivate_response import AccountDeactivateResponse
    from .account_get_last_schedule_sync_response import AccountGetLastScheduleSyncResponse
    from .appointment import Appointment
    from .appointment_cancelled_event import AppointmentCancelledEvent
    from .appointment_cancelled_event_data import AppointmentCancelledEventData
    from .appointment_created_event import AppointmentCreatedEvent
    from .appointment_created_event_data import AppointmentCreatedEventData
    from .appointment_diagnoses_type_0_item import AppointmentDiagnosesType0Item
    from .appointment_failed_event import AppointmentFailedEvent
    from .appointment_failed_event_data import AppointmentFailedEventData
    from .appointment_insurances_type_0_item import AppointmentInsurancesType0Item
    from .appointment_live_fetch_completed_event import AppointmentLiveFetchCompletedEvent
    from .appointment_live_fetch_completed_event_appointment import AppointmentLiveFetchCompletedEventAppointment
    from .appointment_live_fetch_completed_event_data import AppointmentLiveFetchCompletedEventData
    from .appointment_medications_type_0_item import AppointmentMedicationsType0Item
    from .appointment_status_updated_event import AppointmentStatusUpdatedEvent
    from .appointment_status_updated_event_data import AppointmentStatusUpdatedEventData
    from .appointment_updated_event import AppointmentUpdatedEvent
    from .appointment_updated_event_data import AppointmentUpdatedEventData
    from .appointments_create_request import AppointmentsCreateRequest
    from .appointments_create_request_new_patient import AppointmentsCreateRequestNewPatient
    from .appointments_create_request_prevent_double_booking import AppointmentsCreateRequestPreventDoubleBooking
    from .appointments_create_response import AppointmentsCreateResponse
    from .appointments_create_response_data import AppointmentsCreateResponseData
    from .appointments_fetch_request import AppointmentsFetchRequest
    from .appointments_fetch_request_search_by import AppointmentsFetchRequestSearchBy
    from .appointments_fetch_response import AppointmentsFetchResponse
    from .appointments_get_response import AppointmentsGetResponse
    from .appointments_list_appointment_mode import AppointmentsListAppointmentMode
    from .appointments_list_include_note import AppointmentsListIncludeNote
    from .appointments_list_response import AppointmentsListResponse
    from .appointments_list_results import AppointmentsListResults
    from .appointments_update_request import AppointmentsUpdateRequest
    from .appointments_update_response import AppointmentsUpdateResponse
    from .availability_fetch_request import AvailabilityFetchRequest
    from .availability_fetch_request_calculation_method import AvailabilityFetchRequestCalculationMethod
    from .availability_fetch_request_provider_type import AvailabilityFetchRequestProviderType
    from .availability_fetch_response import AvailabilityFetchResponse
    from .availability_list_calculation_method import AvailabilityListCalculationMethod
    from .availability_list_provider_type import AvailabilityListProviderType
    from .availability_list_response import AvailabilityListResponse
    from .availability_live_fetch_completed_event import AvailabilityLiveFetchCompletedEvent
    from .availability_live_fetch_completed_event_data import AvailabilityLiveFetchCompletedEventData
    from .availability_results import AvailabilityResults
    from .availability_window import AvailabilityWindow
    from .claim import Claim
    from .claim_balances import ClaimBalances
    from .claim_created_event import ClaimCreatedEvent
    from .claim_created_event_data import ClaimCreatedEventData
    from .claim_failed_event import ClaimFailedEvent
    from .claim_failed_event_data import ClaimFailedEventData
    from .claim_insurance import ClaimInsurance
    from .claims_create_request import ClaimsCreateRequest
    from .claims_create_response import ClaimsCreateResponse
    from .claims_list_response import ClaimsListResponse
    from .claims_pagination import ClaimsPagination
    from .document_created_event import DocumentCreatedEvent
    from .document_created_event_data import DocumentCreatedEventData
    from .document_failed_event import DocumentFailedEvent
    from .document_failed_event_data import DocumentFailedEventData
    from .document_upload_failed_event import DocumentUploadFailedEvent
    from .document_upload_failed_event_data import DocumentUploadFailedEventData
    from .document_uploaded_event import DocumentUploadedEvent
    from .document_uploaded_event_data import DocumentUploadedEventData
    from .documents_create_request import DocumentsCreateRequest
    from .documents_create_response import DocumentsCreateResponse
    from .eligibility_benefit import EligibilityBenefit
    from .eligibility_benefits_summary import EligibilityBenefitsSummary
    from .eligibility_benefits_summary_deductible import EligibilityBenefitsSummaryDeductible
    from .eligibility_benefits_summary_out_of_pocket import EligibilityBenefitsSummaryOutOfPocket
    from .eligibility_check import EligibilityCheck
    from .eligibility_checks_list_benefits_response import EligibilityChecksListBenefitsResponse
    from .eligibility_checks_list_coverage_status import EligibilityChecksListCoverageStatus
    from .eligibility_checks_list_response import EligibilityChecksListResponse
    from .eligibility_checks_pagination import EligibilityChecksPagination
    from .error_response import ErrorResponse
    from .failure_reason import FailureReason
    from .insurance_provider import InsuranceProvider
    from .insurance_providers_list_response import InsuranceProvidersListResponse
    from .link_create_token_request import LinkCreateTokenRequest
    from .link_create_token_response import LinkCreateTokenResponse
    from .link_exchange_token_response import LinkExchangeTokenResponse
    from .location import Location
    from .location_address import LocationAddress
    from .locations_list_response import LocationsListResponse
    from .locations_update_request import LocationsUpdateRequest
    from .locations_update_response import LocationsUpdateResponse
    from .message_created_event import MessageCreatedEvent
    from .message_created_event_data import MessageCreatedEventData
    from .message_failed_event import MessageFailedEvent
    from .message_failed_event_data import MessageFailedEventData
    from .messages_create_request import MessagesCreateRequest
    from .messages_create_response import MessagesCreateResponse
    from .messages_create_response_data import MessagesCreateResponseData
    from .note_created_event import NoteCreatedEvent
    from .note_created_event_data import NoteCreatedEventData
    from .note_failed_event import NoteFailedEvent
    from .note_failed_event_data import NoteFailedEventData
    from .note_sections import NoteSections
    from .note_uploaded_event import NoteUploadedEvent
    from .note_uploaded_event_data import NoteUploadedEventData
    from .notes_create_request import NotesCreateRequest
    from .notes_create_response import NotesCreateResponse
    from .object_metadata import ObjectMetadata
    from .order import Order
    from .order_details import OrderDetails
    from .order_lab_results_type_0 import OrderLabResultsType0
    from .orders_list_response import OrdersListResponse
    from .pagination import Pagination
    from .patient import Patient
    from .patient_created_event import PatientCreatedEvent
    from .patient_created_event_data import PatientCreatedEventData
    from .patient_failed_event import PatientFailedEvent
    from .patient_failed_event_data import PatientFailedEventData
    from .patient_insurance_added_event import PatientInsuranceAddedEvent
    from .patient_insurance_added_event_data import PatientInsuranceAddedEventData
    from .patient_insurance_event_audit_trail_entry import PatientInsuranceEventAuditTrailEntry
    from .patient_insurance_failed_event import PatientInsuranceFailedEvent
    from .patient_insurance_failed_event_data import PatientInsuranceFailedEventData
    from .patient_insurance_updated_event import PatientInsuranceUpdatedEvent
    from .patient_insurance_updated_event_data import PatientInsuranceUpdatedEventData
    from .patient_insurances_create_request import PatientInsurancesCreateRequest
    from .patient_insurances_create_request_priority import PatientInsurancesCreateRequestPriority
    from .patient_insurances_create_response import PatientInsurancesCreateResponse
    from .patient_insurances_update_request import PatientInsurancesUpdateRequest
    from .patient_insurances_update_response import PatientInsurancesUpdateResponse
    from .patient_live_fetch_completed_event import PatientLiveFetchCompletedEvent
    from .patient_live_fetch_completed_event_data import PatientLiveFetchCompletedEventData
    from .patient_live_fetch_completed_event_insurance import PatientLiveFetchCompletedEventInsurance
    from .patient_live_fetch_completed_event_medication import PatientLiveFetchCompletedEventMedication
    from .patient_live_fetch_completed_event_patient import PatientLiveFetchCompletedEventPatient
    from .patient_live_fetch_completed_event_patient_tasks_item import PatientLiveFetchCompletedEventPatientTasksItem
    from .patient_live_fetch_completed_event_pharmacy import PatientLiveFetchCompletedEventPharmacy
    from .patient_note_created_event import PatientNoteCreatedEvent
    from .patient_note_created_event_data import PatientNoteCreatedEventData
    from .patient_note_failed_event import PatientNoteFailedEvent
    from .patient_note_failed_event_data import PatientNoteFailedEventData
    from .patient_notes_create_request import PatientNotesCreateRequest
    from .patient_notes_create_response import PatientNotesCreateResponse
    from .patient_updated_event import PatientUpdatedEvent
    from .patient_updated_event_data import PatientUpdatedEventData
    from .patients_create_request import PatientsCreateRequest
    from .patients_create_request_check_eligibility import PatientsCreateRequestCheckEligibility
    from .patients_create_request_insurance_sequence import PatientsCreateRequestInsuranceSequence
    from .patients_create_request_responsible_party import PatientsCreateRequestResponsibleParty
    from .patients_create_request_sex import PatientsCreateRequestSex
    from .patients_create_response import PatientsCreateResponse
    from .patients_create_response_data import PatientsCreateResponseData
    from .patients_fetch_request import PatientsFetchRequest
    from .patients_fetch_request_include_type_1_item import PatientsFetchRequestIncludeType1Item
    from .patients_fetch_request_search_by import PatientsFetchRequestSearchBy
    from .patients_fetch_response import PatientsFetchResponse
    from .patients_list_response import PatientsListResponse
    from .patients_update_request import PatientsUpdateRequest
    from .patients_update_request_insurance_sequence import PatientsUpdateRequestInsuranceSequence
    from .patients_update_request_sex import PatientsUpdateRequestSex
    from .patients_update_response import PatientsUpdateResponse
    from .pharmacies_list_response import PharmaciesListResponse
    from .pharmacy import Pharmacy
    from .pharmacy_address import PharmacyAddress
    from .provider import Provider
    from .provider_hours import ProviderHours
    from .provider_hours_input import ProviderHoursInput
    from .provider_hours_input_day import ProviderHoursInputDay
    from .provider_shift import ProviderShift
    from .provider_shift_input import ProviderShiftInput
    from .provider_shift_recurrence import ProviderShiftRecurrence
    from .provider_shift_recurrence_input import ProviderShiftRecurrenceInput
    from .providers_list_response import ProvidersListResponse
    from .providers_update_by_ehr_id_request import ProvidersUpdateByEhrIdRequest
    from .providers_update_by_ehr_id_request_hide_in_availability import ProvidersUpdateByEhrIdRequestHideInAvailability
    from .providers_update_by_ehr_id_response import ProvidersUpdateByEhrIdResponse
    from .providers_update_request import ProvidersUpdateRequest
    from .providers_update_request_hide_in_availability import ProvidersUpdateRequestHideInAvailability
    from .providers_update_response import ProvidersUpdateResponse
    from .referral import Referral
    from .referral_created_event import ReferralCreatedEvent
    from .referral_created_event_data import ReferralCreatedEventData
    from .referral_document import ReferralDocument
    from .referral_failed_event import ReferralFailedEvent
    from .referral_failed_event_data import ReferralFailedEventData
    from .referrals_create_request import ReferralsCreateRequest
    from .referrals_create_request_direction import ReferralsCreateRequestDirection
    from .referrals_create_request_priority import ReferralsCreateRequestPriority
    from .referrals_create_response import ReferralsCreateResponse
    from .referrals_list_direction import ReferralsListDirection
    from .referrals_list_priority import ReferralsListPriority
    from .referrals_list_response import ReferralsListResponse
    from .referrals_pagination import ReferralsPagination
    from .referring_provider import ReferringProvider
    from .referring_provider_created_event import ReferringProviderCreatedEvent
    from .referring_provider_created_event_data import ReferringProviderCreatedEventData
    from .referring_provider_failed_event import ReferringProviderFailedEvent
    from .referring_provider_failed_event_data import ReferringProviderFailedEventData
    from .referring_providers_create_request import ReferringProvidersCreateRequest
    from .referring_providers_create_response import ReferringProvidersCreateResponse
    from .referring_providers_list_response import ReferringProvidersListResponse
    from .settings_code_description import SettingsCodeDescription
    from .settings_data import SettingsData
    from .settings_get_response import SettingsGetResponse
    from .settings_update_request import SettingsUpdateRequest
    from .settings_update_response import SettingsUpdateResponse
    from .settings_update_response_data import SettingsUpdateResponseData
    from .subscriber_demographics import SubscriberDemographics
    from .task_created_event import TaskCreatedEvent
    from .task_created_event_data import TaskCreatedEventData
    from .task_failed_event import TaskFailedEvent
    from .task_failed_event_data import TaskFailedEventData
    from .task_note_created_event import TaskNoteCreatedEvent
    from .task_note_created_event_data import TaskNoteCreatedEventData
    from .task_note_failed_event import TaskNoteFailedEvent
    from .task_note_failed_event_data import TaskNoteFailedEventData
    from .tasks_create_note_request import TasksCreateNoteRequest
    from .tasks_create_note_response import TasksCreateNoteResponse
    from .tasks_create_request import TasksCreateRequest
    from .tasks_create_response import TasksCreateResponse
    from .telephone_encounter_created_event import TelephoneEncounterCreatedEvent
    from .telephone_encounter_created_event_data import TelephoneEncounterCreatedEventData
    from .telephone_encounter_failed_event import TelephoneEncounterFailedEvent
    from .telephone_encounter_failed_event_data import TelephoneEncounterFailedEventData
    from .telephone_encounters_add_action_request import TelephoneEncountersAddActionRequest
    from .telephone_encounters_add_action_response import TelephoneEncountersAddActionResponse
    from .telephone_encounters_create_request import TelephoneEncountersCreateRequest
    from .telephone_encounters_create_response import TelephoneEncountersCreateResponse
    from .visit_status import VisitStatus
    from .visit_statuses_list_response import VisitStatusesListResponse
    from .visit_type import VisitType
    from .visit_type_rule import VisitTypeRule
    from .visit_types_list_response import VisitTypesListResponse
    from .webhook_details import WebhookDetails
    from .webhook_endpoint import WebhookEndpoint
    from .webhook_event_record import WebhookEventRecord
    from .webhook_event_record_data import WebhookEventRecordData
    from .webhook_events_get_response import WebhookEventsGetResponse
    from .webhook_events_list_delivery_status import WebhookEventsListDeliveryStatus
    from .webhook_events_list_response import WebhookEventsListResponse
    from .webhook_events_list_sort import WebhookEventsListSort
    from .webhooks_create_request import WebhooksCreateRequest
    from .webhooks_create_response import WebhooksCreateResponse
    from .webhooks_delete_response import WebhooksDeleteResponse
    from .webhooks_list_response import WebhooksListResponse
    from .webhooks_rotate_secret_legacy_response import WebhooksRotateSecretLegacyResponse
    from .webhooks_rotate_secret_response import WebhooksRotateSecretResponse

_MODULES: dict[str, str] = {
    "AccessTokenLoginRequiredEvent": "access_token_login_required_event",
    "AccessTokenLoginRequiredEventData": "access_token_login_required_event_data",
    "AccessTokenPasswordChangeWarningEvent": "access_token_password_change_warning_event",
    "AccessTokenPasswordChangeWarningEventData": "access_token_password_change_warning_event_data",
    "AccountActivateResponse": "account_activate_response",
    "AccountDeactivateResponse": "account_deactivate_response",
    "AccountGetLastScheduleSyncResponse": "account_get_last_schedule_sync_response",
    "Appointment": "appointment",
    "AppointmentCancelledEvent": "appointment_cancelled_event",
    "AppointmentCancelledEventData": "appointment_cancelled_event_data",
    "AppointmentCreatedEvent": "appointment_created_event",
    "AppointmentCreatedEventData": "appointment_created_event_data",
    "AppointmentDiagnosesType0Item": "appointment_diagnoses_type_0_item",
    "AppointmentFailedEvent": "appointment_failed_event",
    "AppointmentFailedEventData": "appointment_failed_event_data",
    "AppointmentInsurancesType0Item": "appointment_insurances_type_0_item",
    "AppointmentLiveFetchCompletedEvent": "appointment_live_fetch_completed_event",
    "AppointmentLiveFetchCompletedEventAppointment": "appointment_live_fetch_completed_event_appointment",
    "AppointmentLiveFetchCompletedEventData": "appointment_live_fetch_completed_event_data",
    "AppointmentMedicationsType0Item": "appointment_medications_type_0_item",
    "AppointmentsCreateRequest": "appointments_create_request",
    "AppointmentsCreateResponse": "appointments_create_response",
    "AppointmentsCreateResponseData": "appointments_create_response_data",
    "AppointmentsFetchRequest": "appointments_fetch_request",
    "AppointmentsFetchResponse": "appointments_fetch_response",
    "AppointmentsGetResponse": "appointments_get_response",
    "AppointmentsListResponse": "appointments_list_response",
    "AppointmentsListResults": "appointments_list_results",
    "AppointmentStatusUpdatedEvent": "appointment_status_updated_event",
    "AppointmentStatusUpdatedEventData": "appointment_status_updated_event_data",
    "AppointmentsUpdateRequest": "appointments_update_request",
    "AppointmentsUpdateResponse": "appointments_update_response",
    "AppointmentUpdatedEvent": "appointment_updated_event",
    "AppointmentUpdatedEventData": "appointment_updated_event_data",
    "AvailabilityFetchRequest": "availability_fetch_request",
    "AvailabilityFetchResponse": "availability_fetch_response",
    "AvailabilityListResponse": "availability_list_response",
    "AvailabilityLiveFetchCompletedEvent": "availability_live_fetch_completed_event",
    "AvailabilityLiveFetchCompletedEventData": "availability_live_fetch_completed_event_data",
    "AvailabilityResults": "availability_results",
    "AvailabilityWindow": "availability_window",
    "Claim": "claim",
    "ClaimBalances": "claim_balances",
    "ClaimCreatedEvent": "claim_created_event",
    "ClaimCreatedEventData": "claim_created_event_data",
    "ClaimFailedEvent": "claim_failed_event",
    "ClaimFailedEventData": "claim_failed_event_data",
    "ClaimInsurance": "claim_insurance",
    "ClaimsCreateRequest": "claims_create_request",
    "ClaimsCreateResponse": "claims_create_response",
    "ClaimsListResponse": "claims_list_response",
    "ClaimsPagination": "claims_pagination",
    "DocumentCreatedEvent": "document_created_event",
    "DocumentCreatedEventData": "document_created_event_data",
    "DocumentFailedEvent": "document_failed_event",
    "DocumentFailedEventData": "document_failed_event_data",
    "DocumentsCreateRequest": "documents_create_request",
    "DocumentsCreateResponse": "documents_create_response",
    "DocumentUploadedEvent": "document_uploaded_event",
    "DocumentUploadedEventData": "document_uploaded_event_data",
    "DocumentUploadFailedEvent": "document_upload_failed_event",
    "DocumentUploadFailedEventData": "document_upload_failed_event_data",
    "EligibilityBenefit": "eligibility_benefit",
    "EligibilityBenefitsSummary": "eligibility_benefits_summary",
    "EligibilityBenefitsSummaryDeductible": "eligibility_benefits_summary_deductible",
    "EligibilityBenefitsSummaryOutOfPocket": "eligibility_benefits_summary_out_of_pocket",
    "EligibilityCheck": "eligibility_check",
    "EligibilityChecksListBenefitsResponse": "eligibility_checks_list_benefits_response",
    "EligibilityChecksListResponse": "eligibility_checks_list_response",
    "EligibilityChecksPagination": "eligibility_checks_pagination",
    "ErrorResponse": "error_response",
    "FailureReason": "failure_reason",
    "InsuranceProvider": "insurance_provider",
    "InsuranceProvidersListResponse": "insurance_providers_list_response",
    "LinkCreateTokenRequest": "link_create_token_request",
    "LinkCreateTokenResponse": "link_create_token_response",
    "LinkExchangeTokenResponse": "link_exchange_token_response",
    "Location": "location",
    "LocationAddress": "location_address",
    "LocationsListResponse": "locations_list_response",
    "LocationsUpdateRequest": "locations_update_request",
    "LocationsUpdateResponse": "locations_update_response",
    "MessageCreatedEvent": "message_created_event",
    "MessageCreatedEventData": "message_created_event_data",
    "MessageFailedEvent": "message_failed_event",
    "MessageFailedEventData": "message_failed_event_data",
    "MessagesCreateRequest": "messages_create_request",
    "MessagesCreateResponse": "messages_create_response",
    "MessagesCreateResponseData": "messages_create_response_data",
    "NoteCreatedEvent": "note_created_event",
    "NoteCreatedEventData": "note_created_event_data",
    "NoteFailedEvent": "note_failed_event",
    "NoteFailedEventData": "note_failed_event_data",
    "NotesCreateRequest": "notes_create_request",
    "NotesCreateResponse": "notes_create_response",
    "NoteSections": "note_sections",
    "NoteUploadedEvent": "note_uploaded_event",
    "NoteUploadedEventData": "note_uploaded_event_data",
    "ObjectMetadata": "object_metadata",
    "Order": "order",
    "OrderDetails": "order_details",
    "OrderLabResultsType0": "order_lab_results_type_0",
    "OrdersListResponse": "orders_list_response",
    "Pagination": "pagination",
    "Patient": "patient",
    "PatientCreatedEvent": "patient_created_event",
    "PatientCreatedEventData": "patient_created_event_data",
    "PatientFailedEvent": "patient_failed_event",
    "PatientFailedEventData": "patient_failed_event_data",
    "PatientInsuranceAddedEvent": "patient_insurance_added_event",
    "PatientInsuranceAddedEventData": "patient_insurance_added_event_data",
    "PatientInsuranceEventAuditTrailEntry": "patient_insurance_event_audit_trail_entry",
    "PatientInsuranceFailedEvent": "patient_insurance_failed_event",
    "PatientInsuranceFailedEventData": "patient_insurance_failed_event_data",
    "PatientInsurancesCreateRequest": "patient_insurances_create_request",
    "PatientInsurancesCreateResponse": "patient_insurances_create_response",
    "PatientInsurancesUpdateRequest": "patient_insurances_update_request",
    "PatientInsurancesUpdateResponse": "patient_insurances_update_response",
    "PatientInsuranceUpdatedEvent": "patient_insurance_updated_event",
    "PatientInsuranceUpdatedEventData": "patient_insurance_updated_event_data",
    "PatientLiveFetchCompletedEvent": "patient_live_fetch_completed_event",
    "PatientLiveFetchCompletedEventData": "patient_live_fetch_completed_event_data",
    "PatientLiveFetchCompletedEventInsurance": "patient_live_fetch_completed_event_insurance",
    "PatientLiveFetchCompletedEventMedication": "patient_live_fetch_completed_event_medication",
    "PatientLiveFetchCompletedEventPatient": "patient_live_fetch_completed_event_patient",
    "PatientLiveFetchCompletedEventPatientTasksItem": "patient_live_fetch_completed_event_patient_tasks_item",
    "PatientLiveFetchCompletedEventPharmacy": "patient_live_fetch_completed_event_pharmacy",
    "PatientNoteCreatedEvent": "patient_note_created_event",
    "PatientNoteCreatedEventData": "patient_note_created_event_data",
    "PatientNoteFailedEvent": "patient_note_failed_event",
    "PatientNoteFailedEventData": "patient_note_failed_event_data",
    "PatientNotesCreateRequest": "patient_notes_create_request",
    "PatientNotesCreateResponse": "patient_notes_create_response",
    "PatientsCreateRequest": "patients_create_request",
    "PatientsCreateResponse": "patients_create_response",
    "PatientsCreateResponseData": "patients_create_response_data",
    "PatientsFetchRequest": "patients_fetch_request",
    "PatientsFetchResponse": "patients_fetch_response",
    "PatientsListResponse": "patients_list_response",
    "PatientsUpdateRequest": "patients_update_request",
    "PatientsUpdateResponse": "patients_update_response",
    "PatientUpdatedEvent": "patient_updated_event",
    "PatientUpdatedEventData": "patient_updated_event_data",
    "PharmaciesListResponse": "pharmacies_list_response",
    "Pharmacy": "pharmacy",
    "PharmacyAddress": "pharmacy_address",
    "Provider": "provider",
    "ProviderHours": "provider_hours",
    "ProviderHoursInput": "provider_hours_input",
    "ProviderShift": "provider_shift",
    "ProviderShiftInput": "provider_shift_input",
    "ProviderShiftRecurrence": "provider_shift_recurrence",
    "ProviderShiftRecurrenceInput": "provider_shift_recurrence_input",
    "ProvidersListResponse": "providers_list_response",
    "ProvidersUpdateByEhrIdRequest": "providers_update_by_ehr_id_request",
    "ProvidersUpdateByEhrIdResponse": "providers_update_by_ehr_id_response",
    "ProvidersUpdateRequest": "providers_update_request",
    "ProvidersUpdateResponse": "providers_update_response",
    "Referral": "referral",
    "ReferralCreatedEvent": "referral_created_event",
    "ReferralCreatedEventData": "referral_created_event_data",
    "ReferralDocument": "referral_document",
    "ReferralFailedEvent": "referral_failed_event",
    "ReferralFailedEventData": "referral_failed_event_data",
    "ReferralsCreateRequest": "referrals_create_request",
    "ReferralsCreateResponse": "referrals_create_response",
    "ReferralsListResponse": "referrals_list_response",
    "ReferralsPagination": "referrals_pagination",
    "ReferringProvider": "referring_provider",
    "ReferringProviderCreatedEvent": "referring_provider_created_event",
    "ReferringProviderCreatedEventData": "referring_provider_created_event_data",
    "ReferringProviderFailedEvent": "referring_provider_failed_event",
    "ReferringProviderFailedEventData": "referring_provider_failed_event_data",
    "ReferringProvidersCreateRequest": "referring_providers_create_request",
    "ReferringProvidersCreateResponse": "referring_providers_create_response",
    "ReferringProvidersListResponse": "referring_providers_list_response",
    "SettingsCodeDescription": "settings_code_description",
    "SettingsData": "settings_data",
    "SettingsGetResponse": "settings_get_response",
    "SettingsUpdateRequest": "settings_update_request",
    "SettingsUpdateResponse": "settings_update_response",
    "SettingsUpdateResponseData": "settings_update_response_data",
    "SubscriberDemographics": "subscriber_demographics",
    "TaskCreatedEvent": "task_created_event",
    "TaskCreatedEventData": "task_created_event_data",
    "TaskFailedEvent": "task_failed_event",
    "TaskFailedEventData": "task_failed_event_data",
    "TaskNoteCreatedEvent": "task_note_created_event",
    "TaskNoteCreatedEventData": "task_note_created_event_data",
    "TaskNoteFailedEvent": "task_note_failed_event",
    "TaskNoteFailedEventData": "task_note_failed_event_data",
    "TasksCreateNoteRequest": "tasks_create_note_request",
    "TasksCreateNoteResponse": "tasks_create_note_response",
    "TasksCreateRequest": "tasks_create_request",
    "TasksCreateResponse": "tasks_create_response",
    "TelephoneEncounterCreatedEvent": "telephone_encounter_created_event",
    "TelephoneEncounterCreatedEventData": "telephone_encounter_created_event_data",
    "TelephoneEncounterFailedEvent": "telephone_encounter_failed_event",
    "TelephoneEncounterFailedEventData": "telephone_encounter_failed_event_data",
    "TelephoneEncountersAddActionRequest": "telephone_encounters_add_action_request",
    "TelephoneEncountersAddActionResponse": "telephone_encounters_add_action_response",
    "TelephoneEncountersCreateRequest": "telephone_encounters_create_request",
    "TelephoneEncountersCreateResponse": "telephone_encounters_create_response",
    "VisitStatus": "visit_status",
    "VisitStatusesListResponse": "visit_statuses_list_response",
    "VisitType": "visit_type",
    "VisitTypeRule": "visit_type_rule",
    "VisitTypesListResponse": "visit_types_list_response",
    "WebhookDetails": "webhook_details",
    "WebhookEndpoint": "webhook_endpoint",
    "WebhookEventRecord": "webhook_event_record",
    "WebhookEventRecordData": "webhook_event_record_data",
    "WebhookEventsGetResponse": "webhook_events_get_response",
    "WebhookEventsListResponse": "webhook_events_list_response",
    "WebhooksCreateRequest": "webhooks_create_request",
    "WebhooksCreateResponse": "webhooks_create_response",
    "WebhooksDeleteResponse": "webhooks_delete_response",
    "WebhooksListResponse": "webhooks_list_response",
    "WebhooksRotateSecretLegacyResponse": "webhooks_rotate_secret_legacy_response",
    "WebhooksRotateSecretResponse": "webhooks_rotate_secret_response",
    "AppointmentsCreateRequestNewPatient": "appointments_create_request_new_patient",
    "AppointmentsCreateRequestPreventDoubleBooking": "appointments_create_request_prevent_double_booking",
    "AppointmentsFetchRequestSearchBy": "appointments_fetch_request_search_by",
    "AppointmentsListAppointmentMode": "appointments_list_appointment_mode",
    "AppointmentsListIncludeNote": "appointments_list_include_note",
    "AvailabilityFetchRequestCalculationMethod": "availability_fetch_request_calculation_method",
    "AvailabilityFetchRequestProviderType": "availability_fetch_request_provider_type",
    "AvailabilityListCalculationMethod": "availability_list_calculation_method",
    "AvailabilityListProviderType": "availability_list_provider_type",
    "EligibilityChecksListCoverageStatus": "eligibility_checks_list_coverage_status",
    "PatientInsurancesCreateRequestPriority": "patient_insurances_create_request_priority",
    "PatientsCreateRequestCheckEligibility": "patients_create_request_check_eligibility",
    "PatientsCreateRequestInsuranceSequence": "patients_create_request_insurance_sequence",
    "PatientsCreateRequestResponsibleParty": "patients_create_request_responsible_party",
    "PatientsCreateRequestSex": "patients_create_request_sex",
    "PatientsFetchRequestIncludeType1Item": "patients_fetch_request_include_type_1_item",
    "PatientsFetchRequestSearchBy": "patients_fetch_request_search_by",
    "PatientsUpdateRequestInsuranceSequence": "patients_update_request_insurance_sequence",
    "PatientsUpdateRequestSex": "patients_update_request_sex",
    "ProviderHoursInputDay": "provider_hours_input_day",
    "ProvidersUpdateByEhrIdRequestHideInAvailability": "providers_update_by_ehr_id_request_hide_in_availability",
    "ProvidersUpdateRequestHideInAvailability": "providers_update_request_hide_in_availability",
    "ReferralsCreateRequestDirection": "referrals_create_request_direction",
    "ReferralsCreateRequestPriority": "referrals_create_request_priority",
    "ReferralsListDirection": "referrals_list_direction",
    "ReferralsListPriority": "referrals_list_priority",
    "WebhookEventsListDeliveryStatus": "webhook_events_list_delivery_status",
    "WebhookEventsListSort": "webhook_events_list_sort",
}

# Webhook event type -> name of the model class whose `type` property is pinned to it by `const`.
EVENT_MODELS: dict[str, str] = {
    "access_token.login_required": "AccessTokenLoginRequiredEvent",
    "access_token.password_change_warning": "AccessTokenPasswordChangeWarningEvent",
    "appointment.cancelled": "AppointmentCancelledEvent",
    "appointment.created": "AppointmentCreatedEvent",
    "appointment.failed": "AppointmentFailedEvent",
    "appointment.live_fetch_completed": "AppointmentLiveFetchCompletedEvent",
    "appointment.status_updated": "AppointmentStatusUpdatedEvent",
    "appointment.updated": "AppointmentUpdatedEvent",
    "availability.live_fetch_completed": "AvailabilityLiveFetchCompletedEvent",
    "claim.created": "ClaimCreatedEvent",
    "claim.failed": "ClaimFailedEvent",
    "document.created": "DocumentCreatedEvent",
    "document.failed": "DocumentFailedEvent",
    "document.uploaded": "DocumentUploadedEvent",
    "document.upload_failed": "DocumentUploadFailedEvent",
    "message.created": "MessageCreatedEvent",
    "message.failed": "MessageFailedEvent",
    "note.created": "NoteCreatedEvent",
    "note.failed": "NoteFailedEvent",
    "note.uploaded": "NoteUploadedEvent",
    "patient.created": "PatientCreatedEvent",
    "patient.failed": "PatientFailedEvent",
    "patient.insurance.added": "PatientInsuranceAddedEvent",
    "patient.insurance.failed": "PatientInsuranceFailedEvent",
    "patient.insurance.updated": "PatientInsuranceUpdatedEvent",
    "patient.live_fetch_completed": "PatientLiveFetchCompletedEvent",
    "patient_note.created": "PatientNoteCreatedEvent",
    "patient_note.failed": "PatientNoteFailedEvent",
    "patient.updated": "PatientUpdatedEvent",
    "referral.created": "ReferralCreatedEvent",
    "referral.failed": "ReferralFailedEvent",
    "referring_provider.created": "ReferringProviderCreatedEvent",
    "referring_provider.failed": "ReferringProviderFailedEvent",
    "task.created": "TaskCreatedEvent",
    "task.failed": "TaskFailedEvent",
    "task_note.created": "TaskNoteCreatedEvent",
    "task_note.failed": "TaskNoteFailedEvent",
    "telephone_encounter.created": "TelephoneEncounterCreatedEvent",
    "telephone_encounter.failed": "TelephoneEncounterFailedEvent",
}

# Webhook event type -> "success" or "failure", from the spec's `x-outcome` on operation events.
EVENT_OUTCOMES: dict[str, str] = {
    "appointment.created": "success",
    "appointment.failed": "failure",
    "appointment.updated": "success",
    "claim.created": "success",
    "claim.failed": "failure",
    "document.created": "success",
    "document.failed": "failure",
    "document.uploaded": "success",
    "document.upload_failed": "failure",
    "message.created": "success",
    "message.failed": "failure",
    "note.created": "success",
    "note.failed": "failure",
    "note.uploaded": "success",
    "patient.created": "success",
    "patient.failed": "failure",
    "patient.insurance.added": "success",
    "patient.insurance.failed": "failure",
    "patient.insurance.updated": "success",
    "patient_note.created": "success",
    "patient_note.failed": "failure",
    "referral.created": "success",
    "referral.failed": "failure",
    "referring_provider.created": "success",
    "referring_provider.failed": "failure",
    "task.created": "success",
    "task.failed": "failure",
    "task_note.created": "success",
    "task_note.failed": "failure",
    "telephone_encounter.created": "success",
    "telephone_encounter.failed": "failure",
}

__all__ = (
    "AccessTokenLoginRequiredEvent",
    "AccessTokenLoginRequiredEventData",
    "AccessTokenPasswordChangeWarningEvent",
    "AccessTokenPasswordChangeWarningEventData",
    "AccountActivateResponse",
    "AccountDeactivateResponse",
    "AccountGetLastScheduleSyncResponse",
    "Appointment",
    "AppointmentCancelledEvent",
    "AppointmentCancelledEventData",
    "AppointmentCreatedEvent",
    "AppointmentCreatedEventData",
    "AppointmentDiagnosesType0Item",
    "AppointmentFailedEvent",
    "AppointmentFailedEventData",
    "AppointmentInsurancesType0Item",
    "AppointmentLiveFetchCompletedEvent",
    "AppointmentLiveFetchCompletedEventAppointment",
    "AppointmentLiveFetchCompletedEventData",
    "AppointmentMedicationsType0Item",
    "AppointmentsCreateRequest",
    "AppointmentsCreateRequestNewPatient",
    "AppointmentsCreateRequestPreventDoubleBooking",
    "AppointmentsCreateResponse",
    "AppointmentsCreateResponseData",
    "AppointmentsFetchRequest",
    "AppointmentsFetchRequestSearchBy",
    "AppointmentsFetchResponse",
    "AppointmentsGetResponse",
    "AppointmentsListAppointmentMode",
    "AppointmentsListIncludeNote",
    "AppointmentsListResponse",
    "AppointmentsListResults",
    "AppointmentStatusUpdatedEvent",
    "AppointmentStatusUpdatedEventData",
    "AppointmentsUpdateRequest",
    "AppointmentsUpdateResponse",
    "AppointmentUpdatedEvent",
    "AppointmentUpdatedEventData",
    "AvailabilityFetchRequest",
    "AvailabilityFetchRequestCalculationMethod",
    "AvailabilityFetchRequestProviderType",
    "AvailabilityFetchResponse",
    "AvailabilityListCalculationMethod",
    "AvailabilityListProviderType",
    "AvailabilityListResponse",
    "AvailabilityLiveFetchCompletedEvent",
    "AvailabilityLiveFetchCompletedEventData",
    "AvailabilityResults",
    "AvailabilityWindow",
    "Claim",
    "ClaimBalances",
    "ClaimCreatedEvent",
    "ClaimCreatedEventData",
    "ClaimFailedEvent",
    "ClaimFailedEventData",
    "ClaimInsurance",
    "ClaimsCreateRequest",
    "ClaimsCreateResponse",
    "ClaimsListResponse",
    "ClaimsPagination",
    "DocumentCreatedEvent",
    "DocumentCreatedEventData",
    "DocumentFailedEvent",
    "DocumentFailedEventData",
    "DocumentsCreateRequest",
    "DocumentsCreateResponse",
    "DocumentUploadedEvent",
    "DocumentUploadedEventData",
    "DocumentUploadFailedEvent",
    "DocumentUploadFailedEventData",
    "EligibilityBenefit",
    "EligibilityBenefitsSummary",
    "EligibilityBenefitsSummaryDeductible",
    "EligibilityBenefitsSummaryOutOfPocket",
    "EligibilityCheck",
    "EligibilityChecksListBenefitsResponse",
    "EligibilityChecksListCoverageStatus",
    "EligibilityChecksListResponse",
    "EligibilityChecksPagination",
    "ErrorResponse",
    "FailureReason",
    "InsuranceProvider",
    "InsuranceProvidersListResponse",
    "LinkCreateTokenRequest",
    "LinkCreateTokenResponse",
    "LinkExchangeTokenResponse",
    "Location",
    "LocationAddress",
    "LocationsListResponse",
    "LocationsUpdateRequest",
    "LocationsUpdateResponse",
    "MessageCreatedEvent",
    "MessageCreatedEventData",
    "MessageFailedEvent",
    "MessageFailedEventData",
    "MessagesCreateRequest",
    "MessagesCreateResponse",
    "MessagesCreateResponseData",
    "NoteCreatedEvent",
    "NoteCreatedEventData",
    "NoteFailedEvent",
    "NoteFailedEventData",
    "NotesCreateRequest",
    "NotesCreateResponse",
    "NoteSections",
    "NoteUploadedEvent",
    "NoteUploadedEventData",
    "ObjectMetadata",
    "Order",
    "OrderDetails",
    "OrderLabResultsType0",
    "OrdersListResponse",
    "Pagination",
    "Patient",
    "PatientCreatedEvent",
    "PatientCreatedEventData",
    "PatientFailedEvent",
    "PatientFailedEventData",
    "PatientInsuranceAddedEvent",
    "PatientInsuranceAddedEventData",
    "PatientInsuranceEventAuditTrailEntry",
    "PatientInsuranceFailedEvent",
    "PatientInsuranceFailedEventData",
    "PatientInsurancesCreateRequest",
    "PatientInsurancesCreateRequestPriority",
    "PatientInsurancesCreateResponse",
    "PatientInsurancesUpdateRequest",
    "PatientInsurancesUpdateResponse",
    "PatientInsuranceUpdatedEvent",
    "PatientInsuranceUpdatedEventData",
    "PatientLiveFetchCompletedEvent",
    "PatientLiveFetchCompletedEventData",
    "PatientLiveFetchCompletedEventInsurance",
    "PatientLiveFetchCompletedEventMedication",
    "PatientLiveFetchCompletedEventPatient",
    "PatientLiveFetchCompletedEventPatientTasksItem",
    "PatientLiveFetchCompletedEventPharmacy",
    "PatientNoteCreatedEvent",
    "PatientNoteCreatedEventData",
    "PatientNoteFailedEvent",
    "PatientNoteFailedEventData",
    "PatientNotesCreateRequest",
    "PatientNotesCreateResponse",
    "PatientsCreateRequest",
    "PatientsCreateRequestCheckEligibility",
    "PatientsCreateRequestInsuranceSequence",
    "PatientsCreateRequestResponsibleParty",
    "PatientsCreateRequestSex",
    "PatientsCreateResponse",
    "PatientsCreateResponseData",
    "PatientsFetchRequest",
    "PatientsFetchRequestIncludeType1Item",
    "PatientsFetchRequestSearchBy",
    "PatientsFetchResponse",
    "PatientsListResponse",
    "PatientsUpdateRequest",
    "PatientsUpdateRequestInsuranceSequence",
    "PatientsUpdateRequestSex",
    "PatientsUpdateResponse",
    "PatientUpdatedEvent",
    "PatientUpdatedEventData",
    "PharmaciesListResponse",
    "Pharmacy",
    "PharmacyAddress",
    "Provider",
    "ProviderHours",
    "ProviderHoursInput",
    "ProviderHoursInputDay",
    "ProviderShift",
    "ProviderShiftInput",
    "ProviderShiftRecurrence",
    "ProviderShiftRecurrenceInput",
    "ProvidersListResponse",
    "ProvidersUpdateByEhrIdRequest",
    "ProvidersUpdateByEhrIdRequestHideInAvailability",
    "ProvidersUpdateByEhrIdResponse",
    "ProvidersUpdateRequest",
    "ProvidersUpdateRequestHideInAvailability",
    "ProvidersUpdateResponse",
    "Referral",
    "ReferralCreatedEvent",
    "ReferralCreatedEventData",
    "ReferralDocument",
    "ReferralFailedEvent",
    "ReferralFailedEventData",
    "ReferralsCreateRequest",
    "ReferralsCreateRequestDirection",
    "ReferralsCreateRequestPriority",
    "ReferralsCreateResponse",
    "ReferralsListDirection",
    "ReferralsListPriority",
    "ReferralsListResponse",
    "ReferralsPagination",
    "ReferringProvider",
    "ReferringProviderCreatedEvent",
    "ReferringProviderCreatedEventData",
    "ReferringProviderFailedEvent",
    "ReferringProviderFailedEventData",
    "ReferringProvidersCreateRequest",
    "ReferringProvidersCreateResponse",
    "ReferringProvidersListResponse",
    "SettingsCodeDescription",
    "SettingsData",
    "SettingsGetResponse",
    "SettingsUpdateRequest",
    "SettingsUpdateResponse",
    "SettingsUpdateResponseData",
    "SubscriberDemographics",
    "TaskCreatedEvent",
    "TaskCreatedEventData",
    "TaskFailedEvent",
    "TaskFailedEventData",
    "TaskNoteCreatedEvent",
    "TaskNoteCreatedEventData",
    "TaskNoteFailedEvent",
    "TaskNoteFailedEventData",
    "TasksCreateNoteRequest",
    "TasksCreateNoteResponse",
    "TasksCreateRequest",
    "TasksCreateResponse",
    "TelephoneEncounterCreatedEvent",
    "TelephoneEncounterCreatedEventData",
    "TelephoneEncounterFailedEvent",
    "TelephoneEncounterFailedEventData",
    "TelephoneEncountersAddActionRequest",
    "TelephoneEncountersAddActionResponse",
    "TelephoneEncountersCreateRequest",
    "TelephoneEncountersCreateResponse",
    "VisitStatus",
    "VisitStatusesListResponse",
    "VisitType",
    "VisitTypeRule",
    "VisitTypesListResponse",
    "WebhookDetails",
    "WebhookEndpoint",
    "WebhookEventRecord",
    "WebhookEventRecordData",
    "WebhookEventsGetResponse",
    "WebhookEventsListDeliveryStatus",
    "WebhookEventsListResponse",
    "WebhookEventsListSort",
    "WebhooksCreateRequest",
    "WebhooksCreateResponse",
    "WebhooksDeleteResponse",
    "WebhooksListResponse",
    "WebhooksRotateSecretLegacyResponse",
    "WebhooksRotateSecretResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_MODULES))
