"""Which fast tests `nox -s mutation` runs against the mutants of each module (one place to edit).

Keys are every module of overlay/cobalt_sdk and sandbox/cobalt_sandbox (tests/test_mutation_map.py
checks none is missing). A module maps to the test files that exercise it in-process and finish in
seconds; an empty tuple means it is not mutated, with the reason beside it. Tests that drive a
subprocess (node, uvicorn, the CLI) are left out: they import the original code, not the mutant.
"""

from __future__ import annotations

_O = "tests/overlay/"
_S = "tests/sandbox/"
_W = "tests/webhooks/"

_CLIENT = (_O + "test_client.py", _O + "test_retries.py", _O + "test_arguments.py", _O + "test_retry_policy.py")
_OPTIONS = (_O + "test_request_options.py", _O + "test_errors_explained.py")
_JOBS = (
    _O + "test_jobs.py",
    _O + "test_job_source.py",
    _O + "test_job_ownership.py",
    _O + "test_waiter.py",
    _O + "test_waiter_single.py",
    _O + "test_waiter_lifetime.py",
    _O + "test_waiter_twins.py",
    _O + "test_outcome_rules.py",
    "tests/test_jobs_sandbox.py",
)
_F = "tests/fleet/"
_SANDBOX = (_S + "test_api.py", _S + "test_webhooks.py", _S + "test_persistence_faults.py")
_SANDBOX_ALL = (*_SANDBOX, _S + "test_contract.py", _S + "test_auth_every_operation.py", "tests/test_jobs_sandbox.py")
_PROFILES = tuple(
    _S + t
    for t in (
        "test_profiles.py",
        "test_scheduling.py",
        "test_availability_methods.py",
        "test_required_fields.py",
        "test_job_latency.py",
        "test_failure_reasons.py",
    )
)
_LINK = ("tests/link/test_link_flow.py", "tests/link/test_guard.py")
_INSPECT = ("tests/link/test_inspector.py",)
_HOOKS = (_W + "test_signature.py", _W + "test_receiver.py", _W + "test_events.py")

TESTS: dict[str, tuple[str, ...]] = {
    "overlay/cobalt_sdk/__init__.py": (),  # lazy re-exports only
    "overlay/cobalt_sdk/_args.py": (_O + "test_arguments.py", _O + "test_argument_shapes.py"),
    "overlay/cobalt_sdk/_client.py": (*_CLIENT, *_OPTIONS, _O + "test_no_leaks.py"),
    "overlay/cobalt_sdk/_config.py": (*_CLIENT, *_OPTIONS, _O + "test_no_leaks.py", _O + "test_frozen_records.py"),
    "overlay/cobalt_sdk/_constants.py": (),  # numbers only; mutmut mutates functions
    "overlay/cobalt_sdk/_errors.py": (
        *_CLIENT,
        *(_O + t for t in ("test_no_leaks.py", "test_errors_surface.py", "test_error_details.py")),
        _O + "test_job_source.py",  # JobEventError as a malformed record raises it
        _W + "test_construct.py",  # WebhookBodyTooLargeError
    ),
    "overlay/cobalt_sdk/_frozen.py": (_O + "test_frozen_records.py", _O + "test_no_leaks.py"),
    "overlay/cobalt_sdk/_jobs.py": _JOBS,
    "overlay/cobalt_sdk/_logfilter.py": (_O + "test_transport_logs.py", _O + "test_no_leaks.py"),
    "overlay/cobalt_sdk/_lazy.py": (_W + "test_events.py", _O + "test_client.py", _O + "test_discoverable.py"),
    "overlay/cobalt_sdk/_pagination.py": (_O + "test_pagination.py",),
    "overlay/cobalt_sdk/_response.py": (_O + "test_request_options.py",),
    "overlay/cobalt_sdk/_retry.py": (_O + "test_retries.py", _O + "test_retry_policy.py"),
    "overlay/cobalt_sdk/_runner.py": (
        *_CLIENT,
        *_OPTIONS,
        *(_O + t for t in ("test_pagination.py", "test_jobs.py", "test_no_leaks.py", "test_errors.py")),
        *(_O + t for t in ("test_runner_errors.py", "test_runner_interface.py", "test_telemetry.py")),
        _O + "test_transport_logs.py",  # the send-phase marker and `sensitive()` feed the log filter
    ),
    "overlay/cobalt_sdk/_telemetry.py": (_O + "test_telemetry.py",),
    "overlay/cobalt_sdk/_transport_errors.py": (_O + "test_errors_explained.py", _O + "test_errors.py"),
    "overlay/cobalt_sdk/runtime_interface.py": ("tests/pipeline/test_runtime_interface.py",),
    "overlay/cobalt_sdk/_types.py": (_O + "test_client.py", _O + "test_arguments.py"),
    "overlay/cobalt_sdk/_version.py": (),  # a string
    "overlay/cobalt_sdk/_waiter.py": _JOBS,
    # The `cobalt` command: its end-to-end tests drive subprocesses and a served sandbox (they import
    # the original code, not the mutant); the in-process ones are listed where they exist.
    "overlay/cobalt_sdk/cli/__init__.py": (),  # the entry point only
    "overlay/cobalt_sdk/cli/__main__.py": (),  # `python -m` shim
    "overlay/cobalt_sdk/cli/_app.py": ("tests/cli/test_operations.py",),
    "overlay/cobalt_sdk/cli/_config_cmd.py": ("tests/cli/test_settings.py",),
    "overlay/cobalt_sdk/cli/_convert.py": ("tests/cli/test_operations.py",),
    "overlay/cobalt_sdk/cli/_cursor.py": ("tests/cli/test_listen_cursor.py",),  # test_listen.py: subprocesses
    "overlay/cobalt_sdk/cli/_events.py": ("tests/cli/test_events.py",),
    "overlay/cobalt_sdk/cli/_failures.py": ("tests/cli/test_operations.py",),
    "overlay/cobalt_sdk/cli/_forward.py": ("tests/cli/test_listen.py",),
    "overlay/cobalt_sdk/cli/_jobs.py": ("tests/cli/test_jobs.py",),
    "overlay/cobalt_sdk/cli/_listen.py": ("tests/cli/test_listen_cursor.py",),  # the rest runs as a subprocess
    "overlay/cobalt_sdk/cli/_operations.py": ("tests/cli/test_operations.py",),
    "overlay/cobalt_sdk/cli/_output.py": ("tests/cli/test_operations.py",),
    "overlay/cobalt_sdk/cli/_sandbox.py": ("tests/cli/test_trigger.py",),
    "overlay/cobalt_sdk/cli/_stamps.py": ("tests/cli/test_listen_cursor.py",),
    "overlay/cobalt_sdk/cli/_settings.py": ("tests/cli/test_settings.py",),
    "overlay/cobalt_sdk/cli/_spec.py": ("tests/cli/test_operations.py", "tests/cli/test_trigger.py"),
    "overlay/cobalt_sdk/cli/_state.py": ("tests/cli/test_settings.py",),
    "overlay/cobalt_sdk/cli/_suggest.py": ("tests/cli/test_operations.py",),
    "overlay/cobalt_sdk/cli/_trigger.py": ("tests/cli/test_trigger.py",),
    "overlay/cobalt_sdk/webhooks/__init__.py": (),  # lazy re-exports only
    "overlay/cobalt_sdk/webhooks/_catchup.py": (_F + "test_catch_up.py", _F + "test_catch_up_cursor.py"),
    "overlay/cobalt_sdk/webhooks/_event_union.py": (),  # a type alias only: nothing mutmut mutates
    "overlay/cobalt_sdk/bus/__init__.py": (),  # lazy re-exports only
    "overlay/cobalt_sdk/bus/_codec.py": (_F + "test_redis_backend.py",),
    "overlay/cobalt_sdk/bus/_memory.py": (_F + "test_catch_up.py", _O + "test_waiter_lifetime.py"),
    "overlay/cobalt_sdk/bus/_redis.py": (_F + "test_redis_backend.py", _F + "test_catch_up.py"),
    "overlay/cobalt_sdk/webhooks/_canonical.py": (
        _W + "test_canonical.py",
        _W + "test_signature.py",
        _W + "test_signature_paths.py",
    ),
    "overlay/cobalt_sdk/webhooks/_fastform.py": (
        _W + "test_fastform.py",
        _W + "test_canonical.py",
        _W + "test_signature_paths.py",
    ),
    "overlay/cobalt_sdk/webhooks/_construct.py": (*_HOOKS, _W + "test_attacks.py", _W + "test_construct.py"),
    "overlay/cobalt_sdk/webhooks/_dedupe.py": (
        _W + "test_dedupe.py",
        _W + "test_receiver.py",
        _W + "test_receiver_answers.py",
    ),
    "overlay/cobalt_sdk/webhooks/_events.py": (*_HOOKS, _W + "test_examples.py", _W + "test_event_parsing.py"),
    "overlay/cobalt_sdk/webhooks/_jsjson.py": (_W + "test_jsjson.py", _W + "test_signature.py"),
    "overlay/cobalt_sdk/webhooks/_replay.py": (
        _W + "test_attacks.py",
        _W + "test_receiver.py",
        _W + "test_replay_window.py",
    ),
    "overlay/cobalt_sdk/webhooks/_receiver.py": (_W + "test_receiver.py", _W + "test_receiver_answers.py"),
    "overlay/cobalt_sdk/webhooks/_signature.py": (
        _W + "test_signature.py",
        _W + "test_signature_paths.py",
        _W + "test_receiver.py",
        _W + "test_attacks.py",
    ),
    "overlay/cobalt_sdk/webhooks/_accelerator.py": (_W + "test_accelerator.py", _W + "test_signature.py"),
    "sandbox/cobalt_sandbox/__init__.py": (),  # re-exports only
    "sandbox/cobalt_sandbox/api.py": _SANDBOX_ALL,
    "sandbox/cobalt_sandbox/app.py": _SANDBOX,
    "sandbox/cobalt_sandbox/auth.py": (
        _S + "test_api.py",
        _S + "test_auth_every_operation.py",
        _S + "test_spec_enforced.py",
    ),
    "sandbox/cobalt_sandbox/cli.py": (),  # runs uvicorn in a process of its own: the contract suite covers it
    "sandbox/cobalt_sandbox/clock.py": _SANDBOX,
    "sandbox/cobalt_sandbox/config.py": (),  # a dataclass of settings
    "sandbox/cobalt_sandbox/control.py": _SANDBOX,
    "sandbox/cobalt_sandbox/egress.py": (_S + "test_delivery_egress.py",),
    "sandbox/cobalt_sandbox/delivery.py": (
        _S + "test_webhooks.py",
        _S + "test_persistence_faults.py",
        _S + "test_delivery_attempts.py",
        _S + "test_delivery_egress.py",
        _S + "test_delivery_pool.py",
        _S + "test_delivery_details.py",
        _S + "test_delivery_records.py",
        _S + "test_delivery_loopback_http.py",
        _S + "test_delivery_loopback_wire.py",
        *_INSPECT,
    ),
    "sandbox/cobalt_sandbox/demo.py": (),  # a script; tests/test_demo.py runs it end to end
    "sandbox/cobalt_sandbox/errors.py": _SANDBOX_ALL,
    "sandbox/cobalt_sandbox/event_types.py": (_S + "test_wiring.py", _S + "test_control_events.py"),
    "sandbox/cobalt_sandbox/events.py": _SANDBOX,
    "sandbox/cobalt_sandbox/faults.py": _SANDBOX,
    "sandbox/cobalt_sandbox/jobs.py": (
        *_SANDBOX,
        _S + "test_job_outcomes.py",
        _S + "test_job_failure.py",
        _S + "test_job_queue.py",
        _S + "test_job_records.py",
        _S + "test_job_latency.py",
        _S + "test_wiring.py",
        "tests/test_jobs_sandbox.py",
        *_INSPECT,  # its jobs tab shows each job's status
    ),
    "sandbox/cobalt_sandbox/ops_account.py": _SANDBOX_ALL,
    "sandbox/cobalt_sandbox/ops_appointments.py": _SANDBOX_ALL,
    "sandbox/cobalt_sandbox/ops_clinical.py": _SANDBOX_ALL,
    "sandbox/cobalt_sandbox/ops_common.py": _SANDBOX_ALL,
    "sandbox/cobalt_sandbox/ops_directory.py": _SANDBOX_ALL,
    "sandbox/cobalt_sandbox/ops_patients.py": _SANDBOX_ALL,
    "sandbox/cobalt_sandbox/ops_webhooks.py": _SANDBOX_ALL,
    "sandbox/cobalt_sandbox/registry.py": (_S + "test_wiring.py",),
    "sandbox/cobalt_sandbox/profiles/__init__.py": (_S + "test_profiles.py",),
    "sandbox/cobalt_sandbox/profiles/_model.py": _PROFILES,
    "sandbox/cobalt_sandbox/profiles/availability.py": (_S + "test_availability_methods.py",),
    "sandbox/cobalt_sandbox/profiles/booking.py": (_S + "test_scheduling.py", _S + "test_failure_reasons.py"),
    "sandbox/cobalt_sandbox/profiles/calendar.py": (_S + "test_scheduling.py", _S + "test_availability_methods.py"),
    "sandbox/cobalt_sandbox/profiles/ecw.py": (),  # data only
    "sandbox/cobalt_sandbox/profiles/practice_fusion.py": (),  # data only
    "sandbox/cobalt_sandbox/profiles/timing.py": (_S + "test_job_latency.py", _S + "test_job_outcomes.py"),
    "sandbox/cobalt_sandbox/profiles/webpt.py": (),  # data only
    "sandbox/cobalt_sandbox/reasons.py": (_S + "test_failure_reasons.py", _S + "test_scheduling.py"),
    "sandbox/cobalt_sandbox/seed.py": (*_SANDBOX, _S + "test_profiles.py"),
    "sandbox/cobalt_sandbox/browser.py": (),  # wiring only: every test in tests/link goes through it
    "sandbox/cobalt_sandbox/inspector/__init__.py": (),  # a docstring
    "sandbox/cobalt_sandbox/inspector/views.py": _INSPECT,
    "sandbox/cobalt_sandbox/inspector/web.py": _INSPECT,
    "sandbox/cobalt_sandbox/link/__init__.py": (),  # a docstring
    "sandbox/cobalt_sandbox/link/ehrs.py": _LINK,
    "sandbox/cobalt_sandbox/link/flow.py": _LINK,
    "sandbox/cobalt_sandbox/link/ops.py": _LINK,
    "sandbox/cobalt_sandbox/link/personas.py": _LINK,
    "sandbox/cobalt_sandbox/link/web.py": _LINK,
    "sandbox/cobalt_sandbox/webguard.py": (*_LINK, *_INSPECT),
    "sandbox/cobalt_sandbox/server.py": (),  # uvicorn in a thread: the contract suite covers it
    "sandbox/cobalt_sandbox/signing.py": (_S + "test_webhooks.py", _S + "test_signing.py"),
    "sandbox/cobalt_sandbox/spec.py": _SANDBOX_ALL,
    "sandbox/cobalt_sandbox/state.py": _SANDBOX,
    "sandbox/cobalt_sandbox/store.py": _SANDBOX,
    "sandbox/cobalt_sandbox/synth.py": (_S + "test_contract.py",),
    "sandbox/cobalt_sandbox/tokens.py": (_S + "test_tokens.py", _S + "test_api.py"),
    "sandbox/cobalt_sandbox/validation.py": _SANDBOX_ALL,
}
