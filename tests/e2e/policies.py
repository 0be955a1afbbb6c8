"""The policy and the identities most end-to-end tests run with.

Callers:
  alice    group "support": may read tickets (get_ticket, search_*, echo), open
           ticket resources, the summarize_ticket prompt
  bob      group "admin": may do anything ... except delete (deny overrides allow)
  dave     no group, scope "tickets:write": may create tickets, nothing else
  mallory  valid token, no group, no scope: no allow rule on any server
"""

from __future__ import annotations

import copy
from typing import Any

from .harness import mint_token

RESOURCE_METADATA_URL = "https://mcp.example.test/.well-known/oauth-protected-resource/mcp"

_BASE: dict[str, Any] = {
    "apiVersion": "mcp-warden/v1",
    "mode": "enforce",
    "envoy": {"allowOnHeadersStopIteration": False},  # render_envoy sets it per mode
    "limits": {
        "maxRequestBodyBytes": 65536,
        "maxResponseBodyBytes": 1048576,
        "maxJsonDepth": 16,
        "maxBatchSize": 4,
    },
    "identity": {
        "jwt": {
            "source": "metadata",
            "metadataKey": "jwt_payload",
            "claims": {"subject": "sub", "agent": ["client_id", "azp"], "groups": "groups", "scopes": ["scope", "scp"]},
        },
        "spiffe": True,
        "require": "jwt",
        "resourceMetadataUrl": RESOURCE_METADATA_URL,
    },
    "servers": [
        {
            "name": "tickets",
            "owner": "support-platform",
            "dataDomain": "customer-support",
            "riskTier": "high",
            "match": {"pathPrefix": "/mcp"},
        },
        {
            "name": "tickets-legacy",
            "owner": "support-platform",
            "dataDomain": "customer-support",
            "riskTier": "high",
            "match": {"pathPrefix": "/legacy"},
        },
    ],
    "rules": [
        {
            "name": "support-may-read-tickets",
            "effect": "allow",
            "who": {"groups": ["support"]},
            "servers": ["tickets", "tickets-legacy"],
            "tools": ["get_ticket", "search_*", "echo"],
            "resources": ["tickets://open/*"],
            "prompts": ["summarize_ticket"],
        },
        {
            "name": "admins-may-do-anything",
            "effect": "allow",
            "who": {"groups": ["admin"]},
            "servers": ["*"],
            "tools": ["*"],
            "resources": ["*"],
            "prompts": ["*"],
            "methods": ["*"],
        },
        {
            "name": "writers-may-create",
            "effect": "allow",
            "who": {"scopes": ["tickets:write"]},
            "servers": ["tickets"],
            "tools": ["create_ticket"],
        },
        {
            "name": "nobody-deletes",
            "effect": "deny",
            "who": {"anyone": True},
            "servers": ["*"],
            "tools": ["delete_*"],
        },
    ],
    "defaultEffect": "deny",
}


def base_policy() -> dict[str, Any]:
    return copy.deepcopy(_BASE)


ALL_TOOLS = ["create_ticket", "delete_ticket", "echo", "get_ticket", "search_tickets", "slow_steps"]
ALICE_TOOLS = ["echo", "get_ticket", "search_tickets"]
BOB_TOOLS = ["create_ticket", "echo", "get_ticket", "search_tickets", "slow_steps"]  # delete_ticket is denied to everyone
DAVE_TOOLS = ["create_ticket"]


def alice() -> str:
    return mint_token("alice", groups=["support"], client_id="support-agent")


def bob() -> str:
    return mint_token("bob", groups=["admin"], client_id="ops-agent")


def dave() -> str:
    return mint_token("dave", client_id="writer-agent", scope="openid tickets:write")


def mallory() -> str:
    return mint_token("mallory", client_id="unknown-agent")
