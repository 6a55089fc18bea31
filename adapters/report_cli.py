"""`samskab report`: the momentum report as a text table, as JSON, or as an HTML page."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from adapters.cli_common import CliError, DatabaseOption, Language, open_database
from adapters.report_html import (
    category_label,
    count_text,
    hours_text,
    label,
    percent_text,
    render_html,
    staff_name,
    status_label,
    team_name,
)
from bot.config import get_settings
from bot.services.report import MomentumReport, build_report, report_to_dict

# "The last 30 days" counts the last day too, so the period starts 29 days before it.
DEFAULT_PERIOD_DAYS = 30


class ReportFormat(StrEnum):
    """How the report is printed."""

    text = "text"
    json = "json"


def parse_day(value: str | None, option: str) -> date | None:
    """An ISO date from an option, or a one-line CliError naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise CliError(f"{option}: {value!r} is not a date; use YYYY-MM-DD.") from None


def report(
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="YYYY-MM-DD",
            help="First day of the period (default: 29 days before --until).",
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            metavar="YYYY-MM-DD",
            help="Last day of the period, included (default: today).",
        ),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today", metavar="YYYY-MM-DD", help="Count overdue as of this day (default: today)."
        ),
    ] = None,
    format: Annotated[
        ReportFormat, typer.Option("--format", help="text (a table) or json (for machines).")
    ] = ReportFormat.text,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write a self-contained HTML page here.")
    ] = None,
    lang: Annotated[Language, typer.Option("--lang", help="Labels in da or en.")] = Language.da,
    database: DatabaseOption = None,
) -> None:
    """Momentum report: received, answer times, dated next steps and overdue, for a period."""
    timezone = get_settings().timezone
    as_of = parse_day(today, "--today") or datetime.now(ZoneInfo(timezone)).date()
    last = parse_day(until, "--until") or as_of
    first = parse_day(since, "--since") or last - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    if first > last:
        raise CliError(f"--since {first.isoformat()} is after --until {last.isoformat()}.")

    db = open_database(database)
    with db.session() as session:
        momentum = build_report(session, first, last, as_of, timezone=timezone)

    if html is not None:
        page = render_html(momentum, lang.value)
        try:
            html.write_text(page, encoding="utf-8")
        except OSError as exc:
            raise CliError(f"Cannot write {html}: {exc.strerror or exc}.") from None
        typer.echo(f"Wrote the report to {html}.", err=True)

    if format == ReportFormat.json:
        typer.echo(json.dumps(report_to_dict(momentum), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_text(momentum, lang.value))


def render_text(report: MomentumReport, lang: str) -> str:
    """The report as a plain-text table for a terminal."""
    lines = [
        f"{label('title', lang)}",
        f"{label('period', lang)}: {report.since.isoformat()} – {report.until.isoformat()}",
        "",
        f"{label('received', lang)}: {count_text(report.received, lang)}",
    ]

    def block(title: str, rows: list[tuple[str, str]]) -> None:
        lines.append("")
        lines.append(f"{title}:")
        if not rows:
            lines.append(f"  {label('no_data', lang)}")
            return
        width = max(len(name) for name, _ in rows)
        lines.extend(f"  {name:<{width}}  {value:>6}" for name, value in rows)

    block(
        label("by_status", lang),
        [(status_label(s, lang), count_text(n, lang)) for s, n in report.by_status.items()],
    )
    block(
        label("by_category", lang),
        [(category_label(g.name, lang), count_text(g.count, lang)) for g in report.by_category],
    )
    block(
        label("by_area", lang),
        [(g.name or label("no_area", lang), count_text(g.count, lang)) for g in report.by_area],
    )

    hours = label("hours", lang)
    lines += [
        "",
        f"{label('first_answer', lang)}:",
        f"  {label('median', lang)}: {hours_text(report.first_answer_median_hours, lang)} {hours}",
        f"  {label('p90', lang)}: {hours_text(report.first_answer_p90_hours, lang)} {hours}",
        f"  {report.answered} {label('answered', lang)}, "
        f"{report.unanswered} {label('unanswered', lang)}",
        "",
        f"{label('dated_next_step', lang)}: {percent_text(report.dated_next_step_share, lang)} "
        f"({report.open_with_dated_next_step} {label('of', lang)} {report.open_received})",
        "",
        f"{label('overdue', lang)} ({label('overdue_as_of', lang).lower()} "
        f"{report.today.isoformat()}): {count_text(report.overdue_total, lang)}",
    ]
    if not report.overdue_total:
        lines.append(f"  {label('nothing_overdue', lang)}")
        return "\n".join(lines)

    reasons = f"{label('late_answer', lang)} / {label('late_step', lang)}"
    block(
        f"{label('overdue_by_team', lang)} ({reasons})",
        [
            (team_name(g, lang), f"{g.count} ({g.unanswered}/{g.next_step_late})")
            for g in report.overdue_by_team
        ],
    )
    block(
        f"{label('overdue_by_staff', lang)} ({reasons})",
        [
            (
                staff_name(g, lang) + (f", {g.team}" if g.team else ""),
                f"{g.count} ({g.unanswered}/{g.next_step_late})",
            )
            for g in report.overdue_by_staff
        ],
    )
    return "\n".join(lines)
