"""`samskab chat`: interactive rendering and the --json protocol, driven as a real process."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from adapters.console.chat import ConsoleChat, parse_json_line, render_text
from bot.config import Settings
from bot.messages import Choice, Reply, SummaryCard
from bot.services.conversation import ConversationService
from storage.db import Database

IDEA = (
    "Hej! Vi er fem forældre, der vil lave en legegade på Hvidørevej i Klampenborg hver "
    "anden søndag kl 10-14 til sommer, fordi børnene ikke har plads til at lege. Det er for "
    "alle børn på vejen. Vi har brug for tilladelse til at lukke vejen og nogle afspærringer."
)


def _chat_process(database_url: str, lines: list[str], *extra: str) -> list[dict[str, object]]:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from adapters.cli import main; main()",
            "chat",
            "--json",
            "--database",
            database_url,
            *extra,
        ],
        input="".join(line + "\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_json_protocol_one_line_per_input_through_a_whole_intake(database_url: str) -> None:
    outputs = _chat_process(database_url, [IDEA], "--user", "mette")
    assert len(outputs) == 2  # greeting + one per input line
    assert all(set(o) == {"replies"} for o in outputs)
    lines = [IDEA]
    replies = outputs[-1]["replies"]
    assert isinstance(replies, list)
    # answer what the bot asks in later runs: the conversation continues in the database
    for _ in range(6):
        last = replies[-1]
        if "card" in last:
            break
        lines = ["ved ikke"]
        outputs = _chat_process(database_url, lines, "--user", "mette")
        replies = outputs[-1]["replies"]
        assert isinstance(replies, list)
    assert "card" in replies[-1]
    outputs = _chat_process(database_url, ['{"choice": "confirm"}'], "--user", "mette")
    receipt = outputs[-1]["replies"][0]["text"]  # type: ignore[index]

    export = subprocess.run(
        [
            sys.executable,
            "-c",
            "from adapters.cli import main; main()",
            "initiatives",
            "export",
            "--format",
            "json",
            "--database",
            database_url,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert export.returncode == 0, export.stderr
    (initiative,) = json.loads(export.stdout)
    assert initiative["reference"] in receipt
    assert "Hvidørevej" in initiative["where"]
    assert initiative["status"] == "submitted"


def test_chat_migrates_an_empty_sqlite_file_on_first_start(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'first.db'}"
    outputs = _chat_process(url, ["hej"], "--lang", "en", "--user", "new")
    assert "idea" in json.dumps(outputs[0], ensure_ascii=False)
    assert Database(url).has_schema()


def test_json_lines_are_parsed_as_choice_or_text() -> None:
    assert parse_json_line('{"choice": "confirm"}') == (None, "confirm")
    assert parse_json_line('{"text": "hej"}') == ("hej", None)
    assert parse_json_line('{"not json') == ('{"not json', None)
    assert parse_json_line("42") == ("42", None)


def test_text_rendering_numbers_choices_and_shows_the_card() -> None:
    output, values = render_text(
        [
            Reply(
                "Har jeg forstået det rigtigt?",
                choices=(Choice("Ja, send den", "confirm"), Choice("Ret noget", "change")),
                card=SummaryCard("Din idé", (("Hvor", "Ordrup"),), "Du kan rette alt."),
            )
        ]
    )
    assert "Hvor: Ordrup" in output and "[2] Ret noget" in output
    assert values == ["confirm", "change"]


def test_interactive_chat_accepts_a_number_for_a_choice(
    database: Database, settings: Settings
) -> None:
    service = ConversationService(database, settings)
    stdin = io.StringIO("3\n")  # the welcome's third choice switches language
    stdout = io.StringIO()
    ConsoleChat(service, "ib", "da").run_interactive(stdin, stdout)
    text = stdout.getvalue()
    assert "[3] English" in text
    assert "I'll write in English" in text
