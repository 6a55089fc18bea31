"""`samskab checkins` (list, run-due), `samskab scheduler`, and the serve start/stop hooks.

Wire into adapters/cli.py with `app.add_typer(checkins_app, name="checkins")` and
`app.command("scheduler")(scheduler_command)`; see the functions below for serve.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from datetime import timedelta
from typing import Annotated, Any

import typer
from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from bot.config import Settings, get_settings
from bot.outbound import ChannelSender
from bot.scheduling.config import CheckinSettings
from bot.scheduling.dispatcher import CheckinDispatcher
from bot.scheduling.rules import CheckinState, Rules, parse_moment
from bot.scheduling.scheduler import CheckinScheduler
from bot.services.checkins import OUTBOX_KIND
from bot.services.outbox import OutboxDispatcher
from storage.db import Database
from storage.models import CheckIn, Initiative, OutboxMessage, StaffMember, utcnow

log = logging.getLogger(__name__)

checkins_app = typer.Typer(
    help="Scheduled check-ins: list them, or run one dispatch at a given time.",
    no_args_is_help=True,
)

DatabaseOption = Annotated[
    str | None,
    typer.Option("--database", help="Database URL (default: SAMSKAB_DATABASE_URL or samskab.db)."),
]
# Sent check-ins stay listed this long by default; older ones only with --all.
RECENT = timedelta(days=7)
SCHEDULER_STATE = "checkin_scheduler"


def _open(url: str | None) -> Database:
    # Late import: adapters.cli imports this module to add the sub-app.
    from adapters.cli_common import open_database

    return open_database(url)


def _rules(settings: Settings, checkins: CheckinSettings) -> Rules:
    return Rules.from_settings(checkins, settings)


def undelivered(session: Any) -> dict[int, OutboxMessage]:
    """Check-in id -> its outbox message, for messages not (yet) delivered."""
    messages = session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.kind == OUTBOX_KIND, OutboxMessage.state != "sent"
        )
    )
    found: dict[int, OutboxMessage] = {}
    for message in messages:
        for checkin_id in (message.payload or {}).get("checkin_ids", []):
            found[int(checkin_id)] = message
    return found


@checkins_app.command("list")
def checkins_list(
    state: Annotated[
        list[CheckinState] | None,
        typer.Option("--state", help="Only these states (repeatable)."),
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Every check-in, also answered and cancelled ones.")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, help="At most this many.")] = 200,
    database: DatabaseOption = None,
) -> None:
    """List check-ins: failed deliveries first, then by due time (times in local time)."""
    settings = get_settings()
    rules = _rules(settings, CheckinSettings())
    zone = rules.zone()
    db = _open(database)
    with db.session() as session:
        query = select(CheckIn).order_by(CheckIn.due_at, CheckIn.id).limit(limit)
        if state:
            query = query.where(CheckIn.state.in_([s.value for s in state]))
        elif not show_all:
            query = query.where(
                or_(
                    CheckIn.state.in_(["pending", "snoozed", "failed"]),
                    (CheckIn.state == "sent") & (CheckIn.sent_at >= utcnow() - RECENT),
                )
            )
        rows = list(session.scalars(query))
        if not rows:
            typer.echo("No check-ins match.")
            return
        initiatives = {
            i.id: i
            for i in session.scalars(
                select(Initiative).where(Initiative.id.in_({r.initiative_id for r in rows}))
            )
        }
        staff = {
            s.id: s
            for s in session.scalars(
                select(StaffMember)
                .where(StaffMember.id.in_({r.staff_id for r in rows}))
                .options(selectinload(StaffMember.team))
            )
        }
        outbox = undelivered(session)

        def delivery(row: CheckIn) -> str:
            message = outbox.get(row.id)
            if message is None:
                return "delivered" if row.state in ("sent", "answered") and row.sent_at else ""
            if message.state == "failed":
                return f"DELIVERY FAILED: {message.last_error or '-'}"
            if message.state == "held":
                return "held (no push address; shown when they return)"
            return f"delivering (try {message.attempts})"

        failed_first = sorted(
            rows, key=lambda r: 0 if r.state == "failed" or _failed(outbox, r) else 1
        )
        failures = 0
        for row in failed_first:
            initiative = initiatives.get(row.initiative_id)
            reference = initiative.reference if initiative else "-"
            if row.person_id is not None:
                recipient = f"person #{row.person_id}"
            else:
                member = staff.get(row.staff_id or -1)
                recipient = f"staff {member.name}" if member else "staff -"
            due = row.due_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            note = delivery(row)
            failures += note.startswith("DELIVERY FAILED") or row.state == "failed"
            follow = " (follow-up)" if row.follow_ups else ""
            typer.echo(
                f"{row.id:>6} {row.state:<9} {row.kind + follow:<32} {due}  "
                f"{reference:<14} {recipient:<24.24} {note}".rstrip()
            )
        typer.echo(f"{len(rows)} check-ins, {failures} failed.")


def _failed(outbox: dict[int, OutboxMessage], row: CheckIn) -> bool:
    message = outbox.get(row.id)
    return message is not None and message.state == "failed"


@checkins_app.command("run-due")
def checkins_run_due(
    now: Annotated[
        str | None,
        typer.Option(
            "--now",
            help="Run as if it were this time (ISO 8601; without a zone: local time).",
        ),
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Run one dispatch: send due check-ins and digests, note failed deliveries."""
    settings = get_settings()
    checkins = CheckinSettings()
    rules = _rules(settings, checkins)
    try:
        moment = parse_moment(now, rules.zone()) if now else utcnow()
    except ValueError as exc:
        raise typer.BadParameter(f"not an ISO date-time: {now}", param_hint="--now") from exc
    db = _open(database)
    dispatcher = CheckinDispatcher(db, rules, batch_size=checkins.batch_size)
    result = dispatcher.run_due(moment)
    digests = dispatcher.send_digests(moment)
    failures = dispatcher.report_failures(moment)
    local = moment.astimezone(rules.zone()).strftime("%Y-%m-%d %H:%M %Z")
    typer.echo(
        f"At {local}: {result.sent} check-ins queued in {result.messages} messages, "
        f"{result.deferred} deferred, {result.cancelled} cancelled, {result.failed} failed; "
        f"{digests} digests; {failures} failed deliveries reported."
    )


# -- the scheduler process and the serve hooks --------------------------------------------


def channel_senders(database: Database, settings: Settings) -> dict[str, ChannelSender]:
    """The outbound senders of every configured channel, as `samskab serve` builds them."""
    from adapters.slack import slack_channel
    from adapters.teams import teams_channel
    from bot.services.conversation import ConversationService

    service = ConversationService(database, settings)
    senders: dict[str, ChannelSender] = {}
    for channel in (
        slack_channel(database, settings, service),
        teams_channel(database, settings, service),
    ):
        if channel is not None and channel.sender is not None:
            senders[channel.sender.platform] = channel.sender
    return senders


async def run_scheduler(
    database: Database, settings: Settings, outbox: OutboxDispatcher, stop: asyncio.Event
) -> None:
    """Run the check-in scheduler until `stop` is set."""
    scheduler = CheckinScheduler(database, settings, CheckinSettings(), outbox)
    scheduler.start()
    try:
        await stop.wait()
    finally:
        await scheduler.shutdown()


def scheduler_command(database: DatabaseOption = None) -> None:
    """Run the check-in scheduler as its own process (run one; serve with --no-scheduler)."""
    from adapters.cli_common import open_database

    settings = get_settings()
    db = open_database(database, migrate=True)
    outbox = OutboxDispatcher(db, channel_senders(db, settings))
    platforms = ", ".join(outbox.senders) or "none (messages wait in the outbox)"
    typer.echo(f"Samskab scheduler running; delivering to: {platforms}. Ctrl-C stops it.")

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await run_scheduler(db, settings, outbox, stop)

    asyncio.run(main())


async def start_scheduler(app: Any) -> None:
    """aiohttp on_startup hook for `samskab serve`: the scheduler runs in the server process."""
    from adapters.server import DATABASE_KEY, DISPATCHER_KEY, SETTINGS_KEY, STATE_KEY

    scheduler = CheckinScheduler(
        app[DATABASE_KEY], app[SETTINGS_KEY], CheckinSettings(), app[DISPATCHER_KEY]
    )
    scheduler.start()
    app[STATE_KEY][SCHEDULER_STATE] = scheduler
    app[STATE_KEY]["scheduler"] = "on"


async def stop_scheduler(app: Any) -> None:
    """aiohttp on_cleanup hook matching start_scheduler."""
    from adapters.server import STATE_KEY

    scheduler = app[STATE_KEY].pop(SCHEDULER_STATE, None)
    if isinstance(scheduler, CheckinScheduler):
        await scheduler.shutdown()
    app[STATE_KEY]["scheduler"] = "off"
