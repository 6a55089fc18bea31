"""The bare frameworks our channel paths are compared with: echo bots and nothing else.

    python -m bench.bare --port PORT --slack-api-url URL

One aiohttp server (like `samskab serve`) with
  POST /slack/events  a slack-bolt AsyncApp (signature check on, same aiohttp adapter calls as
                      ours) whose message listener only echoes the text via chat.postMessage;
  POST /api/messages  a Microsoft 365 Agents SDK CloudAdapter (anonymous, as ours runs locally)
                      with an ActivityHandler that only echoes the text;
  GET  /healthz       200, so the bench can wait for it like for `samskab serve`.
"""

from __future__ import annotations

import argparse
import logging
from typing import Any

from aiohttp import web
from microsoft_agents.activity import Activity, ActivityTypes, TurnContextProtocol
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.aiohttp import CloudAdapter
from microsoft_agents.hosting.core import (
    ActivityHandler,
    AgentAuthConfiguration,
    OutboundHostValidator,
)
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.app.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

SLACK_TOKEN = "xoxb-bench-token"  # noqa: S105 - a fake token for the local fake Slack


def slack_routes(app: web.Application, api_url: str, signing_secret: str) -> None:
    """A bolt app that echoes every message back into its channel."""
    client = AsyncWebClient(token=SLACK_TOKEN, base_url=api_url)
    bolt = AsyncApp(
        name="bare-echo",
        client=client,
        signing_secret=signing_secret,
        process_before_response=False,
    )

    @bolt.event("message")
    async def echo(event: dict[str, Any], client: AsyncWebClient) -> None:
        await client.chat_postMessage(channel=event["channel"], text=event.get("text") or "")

    async def handle(request: web.Request) -> web.Response:
        response = await bolt.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(response)

    app.router.add_post("/slack/events", handle)


class EchoAgent(ActivityHandler):
    """Answers each message with its own text."""

    async def on_message_activity(self, turn_context: TurnContextProtocol) -> None:
        """Echo."""
        await turn_context.send_activity(
            Activity(type=ActivityTypes.message, text=turn_context.activity.text or "")
        )


def teams_routes(app: web.Application) -> None:
    """A CloudAdapter in anonymous mode with the echo agent on /api/messages."""
    connections = MsalConnectionManager(
        connections_configurations={
            "SERVICE_CONNECTION": AgentAuthConfiguration(anonymous_allowed=True)
        }
    )
    adapter = CloudAdapter(
        connection_manager=connections, host_validator=OutboundHostValidator(enabled=False)
    )
    agent = EchoAgent()

    async def handle(request: web.Request) -> web.StreamResponse:
        response = await adapter.process(request, agent)
        return response if response is not None else web.Response(status=202)

    app.router.add_post("/api/messages", handle)


def build(api_url: str, signing_secret: str) -> web.Application:
    """The bare server."""
    app = web.Application(client_max_size=2 * 1024 * 1024)

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app.router.add_get("/healthz", healthz)
    slack_routes(app, api_url, signing_secret)
    teams_routes(app)
    return app


def main() -> None:
    """Serve until SIGTERM."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--slack-api-url", required=True)
    parser.add_argument("--signing-secret", required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    web.run_app(
        build(args.slack_api_url, args.signing_secret),
        host="127.0.0.1",
        port=args.port,
        print=None,
        shutdown_timeout=5,
    )


if __name__ == "__main__":
    main()
