"""The two Link operations of the API (`/v1/link/token/create`, `/v1/link/token/exchange`).

The module ends with its ``HANDLERS`` table (operationId -> handler), which the API endpoint adds to
the registry.
"""

from __future__ import annotations

from cobalt_sandbox.errors import ApiError
from cobalt_sandbox.link import flow
from cobalt_sandbox.ops_common import Handler, Req, Result


def link_create_token(req: Req) -> Result:
    body = req.body
    access_token = body.get("access_token")
    try:
        token = flow.create_link_token(
            req.sb,
            str(body["user_id"]),
            str(body["org_id"]),
            access_token=None if access_token is None else str(access_token),
            emr_name=body.get("emr_name"),
        )
    except flow.LinkError as err:
        raise ApiError(err.status, err.message) from None
    return {"success": True, "token": token}


def link_exchange_token(req: Req) -> Result:
    try:
        token = flow.exchange(req.sb, str(req.params["public_token"]))
    except flow.LinkError as err:
        raise ApiError(err.status, err.message) from None
    return {"success": True, "token": token}


HANDLERS: dict[str, Handler] = {
    "link_create_token": link_create_token,
    "link_exchange_token": link_exchange_token,
}
