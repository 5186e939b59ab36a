"""Shared constants for the sandbox tests."""

from cobalt_sandbox import DEFAULT_ACCESS_TOKEN, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET

HEADERS = {"client_id": DEFAULT_CLIENT_ID, "client_secret": DEFAULT_CLIENT_SECRET, "access_token": DEFAULT_ACCESS_TOKEN}
