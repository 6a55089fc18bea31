"""The `samskab` command: the composition root that wires storage, the core and the adapters."""

from __future__ import annotations

import getpass
import json
import logging
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from adapters.associations_cli import associations_app
from adapters.checkins_cli import checkins_app, scheduler_command
from adapters.cli_common import CliError, DatabaseOption, Language, open_database
from adapters.report_cli import report
from bot.config import ConfigurationError, get_settings
from bot.domain.lifecycle import Status
from bot.services.export import initiative_to_dict, to_csv, to_json
from bot.services.staff import StaffFileError, parse_staff_file
from storage.db import Database, DatabaseError
from storage.repositories import InitiativeFilter, InitiativeRepository, StaffRepository

log = logging.getLogger(__name__)

app = typer.Typer(
    help="Samskab: citizens' ideas and initiatives, taken in through dialogue.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
db_app = typer.Typer(help="The database: migrations.", no_args_is_help=True)
initiatives_app = typer.Typer(help="List, show and export initiatives.", no_args_is_help=True)
staff_app = typer.Typer(help="Staff members who take care of initiatives.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(initiatives_app, name="initiatives")
templates_app = typer.Typer(
    help="Answer templates staff reuse (common questions and reasons).", no_args_is_help=True
)
privacy_app = typer.Typer(help="A person's data: export or erase it (GDPR).", no_args_is_help=True)
app.add_typer(staff_app, name="staff")
app.add_typer(privacy_app, name="privacy")
app.add_typer(templates_app, name="templates")
app.add_typer(checkins_app, name="checkins")
app.command("scheduler")(scheduler_command)
app.add_typer(associations_app, name="associations")
app.command("report")(report)


@db_app.command("upgrade")
def db_upgrade(database: DatabaseOption = None) -> None:
    """Create or migrate the schema to the newest version."""
    db = Database(database or get_settings().database_url)
    db.upgrade()
    typer.echo(f"Database is up to date ({db.url.get_backend_name()}).")


@initiatives_app.command("list")
def initiatives_list(
    status: Annotated[
        list[Status] | None, typer.Option("--status", help="Only these statuses (repeatable).")
    ] = None,
    staff: Annotated[str | None, typer.Option(help="Only those of this staff e-mail.")] = None,
    overdue: Annotated[bool, typer.Option(help="Only open ones past their due date.")] = False,
    limit: Annotated[int, typer.Option(min=1, help="At most this many.")] = 100,
    database: DatabaseOption = None,
) -> None:
    """List initiatives, newest first (overdue: most overdue first)."""
    db = open_database(database)
    criteria = InitiativeFilter(
        statuses=[s.value for s in status or []],
        staff_email=staff,
        overdue_on=date.today() if overdue else None,
        limit=limit,
    )
    with db.session() as session:
        rows = InitiativeRepository(session).list(criteria)
        if not rows:
            typer.echo("No initiatives match.")
            return
        for initiative in rows:
            due = initiative.next_step_due or initiative.response_due
            typer.echo(
                f"{initiative.reference:<14} {initiative.status:<12} "
                f"{(initiative.staff.name if initiative.staff else '-'):<20.20} "
                f"{due.isoformat() if due else '-':<10} {initiative.title}"
            )


@initiatives_app.command("show")
def initiatives_show(
    reference: Annotated[str, typer.Argument(help="The reference, e.g. GK-2026-0042.")],
    database: DatabaseOption = None,
) -> None:
    """Show one initiative with all its fields and its timeline."""
    db = open_database(database)
    with db.session() as session:
        initiative = InitiativeRepository(session).by_reference(reference)
        if initiative is None:
            raise CliError(f"No initiative with reference {reference!r}.")
        data = initiative_to_dict(initiative)
    timeline = data.pop("timeline")
    width = max(len(key) for key in data)
    for key, value in data.items():
        if value not in (None, ""):
            typer.echo(f"{key:<{width}}  {value}")
    typer.echo("timeline:")
    for event in timeline:
        change = f" {event['from_status']} -> {event['to_status']}" if event["to_status"] else ""
        text = f": {event['text']}" if event["text"] else ""
        typer.echo(f"  {event['at']}  {event['kind']} by {event['actor']}{change}{text}")


class ExportFormat(StrEnum):
    """Export file formats."""

    json = "json"
    csv = "csv"


@initiatives_app.command("export")
def initiatives_export(
    format: Annotated[ExportFormat, typer.Option("--format", help="json or csv.")] = (
        ExportFormat.json
    ),
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Export every initiative with its structured fields, status (and timeline in JSON)."""
    db = open_database(database)
    with db.session() as session:
        rows = InitiativeRepository(session).list(InitiativeFilter(with_timeline=True))
        text = to_json(rows) if format == ExportFormat.json else to_csv(rows)
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"Wrote {len(rows)} initiatives to {output}.", err=True)


@staff_app.command("import")
def staff_import(
    file: Annotated[Path, typer.Argument(help="YAML or CSV: name, email, slack_id, teams_id, ...")],
    database: DatabaseOption = None,
) -> None:
    """Create or update staff members from a YAML or CSV file (matched by e-mail)."""
    records = parse_staff_file(file)
    db = open_database(database)
    with db.session() as session:
        created, updated = StaffRepository(session).upsert(records)
    typer.echo(f"Imported {len(records)} staff members ({created} new, {updated} updated).")


@staff_app.command("list")
def staff_list(database: DatabaseOption = None) -> None:
    """List staff members with team, role, areas, categories and open load."""
    db = open_database(database)
    with db.session() as session:
        repository = StaffRepository(session)
        members = repository.list()
        load = repository.open_counts()
        if not members:
            typer.echo("No staff members yet: add them with `samskab staff import FILE`.")
            return
        for member in members:
            away = " (away)" if member.away else ""
            typer.echo(
                f"{member.name:<24.24} {member.email:<32.32} {member.role:<6} "
                f"{(member.team.name if member.team else '-'):<16.16} "
                f"open={load.get(member.id, 0):<3} areas={','.join(member.areas) or '-'} "
                f"categories={','.join(member.categories) or '-'}{away}"
            )


@staff_app.command("away")
def staff_away(
    email: Annotated[str, typer.Argument(help="The staff member's e-mail.")],
    back: Annotated[bool, typer.Option("--back", help="Mark them present again.")] = False,
    database: DatabaseOption = None,
) -> None:
    """Mark a staff member away (holiday): routing skips them until they are back."""
    db = open_database(database)
    with db.session() as session:
        member = StaffRepository(session).by_email(email)
        if member is None:
            raise CliError(f"No staff member with e-mail {email!r}.")
        member.away = not back
        name = member.name
    typer.echo(f"{name} is {'back' if back else 'away'}.")


@templates_app.command("list")
def templates_list(database: DatabaseOption = None) -> None:
    """List the answer templates."""
    from bot.services.templates import all_templates

    db = open_database(database)
    with db.session() as session:
        for template in all_templates(session):
            typer.echo(
                f"{template.kind:<8} {template.key:<16} {template.language}  {template.text}"
            )


@templates_app.command("set")
def templates_set(
    key: Annotated[str, typer.Argument(help="Template key, e.g. budget.")],
    text: Annotated[str, typer.Argument(help="The text staff send.")],
    lang: Annotated[Language, typer.Option("--lang", help="da or en.")] = Language.da,
    kind: Annotated[
        str | None, typer.Option("--kind", help="ask or decline (needed for a new key).")
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Change a template's text, or add a new one."""
    from bot.services.templates import set_template

    db = open_database(database)
    with db.session() as session:
        try:
            set_template(session, key, lang.value, text, kind=kind)
        except ValueError as problem:
            raise CliError(str(problem)) from problem
    typer.echo(f"Saved template {key} ({lang.value}).")


PersonArgument = Annotated[
    str, typer.Argument(help="Person id, platform:id (e.g. slack:U123) or e-mail.")
]


@privacy_app.command("export")
def privacy_export(person: PersonArgument, database: DatabaseOption = None) -> None:
    """Print everything stored about one person as JSON."""
    from bot.services.privacy import export_person, find_person

    db = open_database(database)
    with db.session() as session:
        found = find_person(session, person)
        if found is None:
            raise CliError(f"No person {person!r}.")
        data = export_person(session, found)
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@privacy_app.command("erase")
def privacy_erase(
    person: PersonArgument,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    database: DatabaseOption = None,
) -> None:
    """Forget one person everywhere; their initiatives stay as anonymised facts."""
    from bot.services.privacy import erase_person, find_person

    db = open_database(database)
    with db.session() as session:
        found = find_person(session, person)
        if found is None:
            raise CliError(f"No person {person!r}.")
        if not yes:
            typer.confirm(f"Erase person {found.id} and anonymise their initiatives?", abort=True)
        count = erase_person(session, found)
    typer.echo(f"Erased person {person}; {count} initiatives anonymised.")


@app.command("chat")
def chat(
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON line out per input line (for scripts).")
    ] = False,
    user: Annotated[
        str | None, typer.Option("--user", help="Who is chatting (default: the local user).")
    ] = None,
    lang: Annotated[Language | None, typer.Option("--lang", help="Start in da or en.")] = None,
    database: DatabaseOption = None,
) -> None:
    """Chat with the bot in this terminal (the embedded default; no account needed)."""
    from adapters.console.chat import run
    from bot.services.conversation import ConversationService

    settings = get_settings()
    db = open_database(database, migrate=True)
    service = ConversationService(db, settings)
    run(service, user or getpass.getuser(), lang.value if lang else None, as_json)


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 3978,
    no_scheduler: Annotated[
        bool,
        typer.Option(
            "--no-scheduler",
            help="Run no scheduler here (run one `samskab scheduler` process elsewhere).",
        ),
    ] = False,
    database: DatabaseOption = None,
) -> None:
    """Run the HTTP server: the web chat, /healthz, every configured channel, the scheduler."""
    from aiohttp import web

    from adapters.server import (
        CHANNELS_KEY,
        STATE_KEY,
        Channel,
        build_app,
        freeze_after_warm_up,
    )
    from adapters.slack.config import SlackSettings
    from adapters.teams.config import TeamsSettings
    from adapters.web import web_channel
    from bot.services.conversation import ConversationService
    from bot.services.outbox import OutboxDispatcher

    settings = get_settings()
    db = open_database(database, migrate=True)
    service = ConversationService(db, settings, background_bridges=True)
    # The dispatcher needs every channel's sender, and the channels need the dispatcher.
    dispatcher = OutboxDispatcher(db, {})
    # The web chat is always on: it is what a newcomer opens first.
    channels: list[Channel | None] = [web_channel(db, settings, service, dispatcher)]
    # Slack's and Teams' frameworks are only loaded when they are configured.
    slack_settings, teams_settings = SlackSettings(), TeamsSettings()
    if slack_settings.configured:
        from adapters.slack.channel import slack_channel

        channels.append(slack_channel(db, settings, service, dispatcher, slack_settings))
    if teams_settings.is_active():
        from adapters.teams.channel import teams_channel

        channels.append(teams_channel(db, settings, service, dispatcher, teams_settings))
    mounted = [channel for channel in channels if channel is not None]
    for channel in mounted:
        if channel.sender is not None:
            dispatcher.senders[channel.sender.platform] = channel.sender
    application = build_app(db, settings, service, mounted, dispatcher)
    application[STATE_KEY]["warm_up_with"] = freeze_after_warm_up
    from bot.scheduling.config import CheckinSettings

    scheduling = not no_scheduler and CheckinSettings().enabled
    if scheduling:
        from adapters.checkins_cli import start_scheduler, stop_scheduler

        application.on_startup.append(start_scheduler)
        application.on_cleanup.append(stop_scheduler)
    active = ", ".join(c.describe for c in application[CHANNELS_KEY]) or "none configured"
    typer.echo(f"Samskab is listening on http://{host}:{port} (health: /healthz)")
    typer.echo(f"Open the chat: http://{host}:{port}/")
    typer.echo(f"Channels: {active}")
    typer.echo(f"Scheduler: {'on (check-ins, digest, outbox)' if scheduling else 'off'}")
    web.run_app(application, host=host, port=port, print=None, shutdown_timeout=10)


def main() -> None:
    """Run the CLI; problems the operator can fix become one line on stderr and exit code 1."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except (CliError, DatabaseError, StaffFileError, ConfigurationError) as exc:
        typer.echo(f"samskab: {exc}", err=True)
        sys.exit(1)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "no answer"
        typer.echo(f"samskab: database error: {reason}", err=True)
        sys.exit(1)
    except SQLAlchemyError as exc:
        log.exception("database failure")
        typer.echo(f"samskab: database error ({type(exc).__name__}).", err=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
