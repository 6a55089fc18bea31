"""`samskab chat`: the bot in a terminal, or driven line by line as JSON over pipes."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterable
from typing import Any, TextIO

from bot.dialogue.language import warm_up
from bot.messages import Incoming, Reply
from bot.services.conversation import ConversationService

PLATFORM = "console"


def parse_json_line(line: str) -> tuple[str | None, str | None]:
    """One --json input line as (text, choice): a {"choice": ...} object, or plain text."""
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            data: Any = json.loads(stripped)
        except json.JSONDecodeError:
            return line, None
        if isinstance(data, dict):
            if isinstance(data.get("choice"), str):
                return None, data["choice"]
            if isinstance(data.get("text"), str):
                return data["text"], None
    return line, None


def render_text(replies: Iterable[Reply]) -> tuple[str, list[str]]:
    """Replies as terminal text, and the choice values in the order they are numbered."""
    lines: list[str] = []
    values: list[str] = []
    for reply in replies:
        if reply.card is not None:
            lines.append(f"── {reply.card.title} ──")
            for label, value in reply.card.rows:
                lines.append(f"  {label}: {value}")
            if reply.card.footer:
                lines.append(f"  ({reply.card.footer})")
        lines.append(reply.text)
        for choice in reply.choices:
            values.append(choice.value)
            lines.append(f"  [{len(values)}] {choice.label}")
    return "\n".join(lines), values


class ConsoleChat:
    """One person chatting with the core through stdin and stdout."""

    def __init__(self, service: ConversationService, user: str, language: str | None) -> None:
        self.service = service
        self.user = user
        self.language = language

    def _incoming(self, text: str | None = None, choice: str | None = None) -> Incoming:
        return Incoming(
            platform=PLATFORM,
            user_id=self.user,
            conversation_id=self.user,
            text=text,
            choice=choice,
            locale=self.language,
            address={"user": self.user},
        )

    def run_json(self, stdin: TextIO, stdout: TextIO) -> None:
        """The scriptable protocol: one JSON line out at start, then one per input line."""
        self._write_json(stdout, self.service.start(self._incoming()))
        for line in stdin:
            text, choice = parse_json_line(line.rstrip("\n"))
            self._write_json(stdout, self.service.handle(self._incoming(text, choice)))

    def run_interactive(self, stdin: TextIO, stdout: TextIO) -> None:
        """A human at a terminal: numbered choices can be picked by typing the number."""
        output, values = render_text(self.service.start(self._incoming()))
        stdout.write(output + "\n")
        while True:
            stdout.write("> ")
            stdout.flush()
            line = stdin.readline()
            if not line:
                stdout.write("\n")
                return
            entry = line.rstrip("\n")
            if entry.strip().isdigit() and 1 <= int(entry.strip()) <= len(values):
                replies = self.service.handle(self._incoming(choice=values[int(entry) - 1]))
            else:
                replies = self.service.handle(self._incoming(text=entry))
            output, values = render_text(replies)
            stdout.write(output + "\n")

    @staticmethod
    def _write_json(stdout: TextIO, replies: list[Reply]) -> None:
        stdout.write(json.dumps({"replies": [r.to_dict() for r in replies]}, ensure_ascii=False))
        stdout.write("\n")
        stdout.flush()


def run(service: ConversationService, user: str, language: str | None, as_json: bool) -> None:
    """Chat on this process's stdin and stdout until input ends."""
    # Load the language models while the person reads the greeting and types, so their
    # first message does not wait for them (a server does this at start).
    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
    chat = ConsoleChat(service, user, language)
    if as_json:
        chat.run_json(sys.stdin, sys.stdout)
    else:
        chat.run_interactive(sys.stdin, sys.stdout)
