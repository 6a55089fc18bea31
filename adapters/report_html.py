"""The momentum report as one self-contained HTML page with charts, and its labels in da and en.

Charts are drawn with matplotlib and embedded as PNG data URIs, so the page needs no network,
no JavaScript and no files beside it. matplotlib is imported only when a page is rendered,
so the rest of the command line stays quick to start.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence
from datetime import date

from babel.numbers import format_decimal

from bot.i18n.catalog import t
from bot.services.report import MomentumReport, OverdueGroup

# Staff-facing labels of the report (text and HTML). The citizen-facing status texts in the
# catalogue are whole sentences, too long for a table or a chart axis.
LABELS: dict[str, dict[str, str]] = {
    "da": {
        "title": "Momentumrapport",
        "period": "Periode",
        "overdue_as_of": "Forsinkelser opgjort pr.",
        "received": "Modtagne initiativer",
        "by_status": "Modtagne efter status",
        "by_category": "Modtagne efter kategori",
        "by_area": "Modtagne efter område",
        "first_answer": "Tid til første svar fra en medarbejder",
        "median": "Median",
        "p90": "90. percentil",
        "hours": "timer",
        "answered": "besvaret",
        "unanswered": "uden svar endnu",
        "dated_next_step": "Åbne initiativer med dateret næste skridt",
        "of": "af",
        "overdue": "Forsinkede initiativer",
        "overdue_by_team": "Forsinkede efter team",
        "overdue_by_staff": "Forsinkede efter medarbejder",
        "overdue_oldest": "Længst forsinkede",
        "count": "Antal",
        "status": "Status",
        "team": "Team",
        "staff": "Medarbejder",
        "reference": "Reference",
        "initiative": "Initiativ",
        "due": "Frist",
        "reason": "Hvorfor",
        "late_answer": "mangler svar",
        "late_step": "næste skridt overskredet",
        "no_team": "(intet team)",
        "unassigned": "(ikke fordelt)",
        "no_area": "(ukendt område)",
        "no_category": "(ingen kategori)",
        "nothing_overdue": "Intet er forsinket.",
        "no_data": "Ingen data i perioden.",
        "not_available": "–",
        "status.submitted": "Sendt",
        "status.in_dialogue": "I dialog",
        "status.agreed": "Aftalt",
        "status.in_progress": "I gang",
        "status.realised": "Gennemført",
        "status.declined": "Afvist",
        "status.paused": "På pause",
        "status.withdrawn": "Trukket tilbage",
    },
    "en": {
        "title": "Momentum report",
        "period": "Period",
        "overdue_as_of": "Overdue as of",
        "received": "Initiatives received",
        "by_status": "Received by status",
        "by_category": "Received by category",
        "by_area": "Received by area",
        "first_answer": "Time to first staff answer",
        "median": "Median",
        "p90": "90th percentile",
        "hours": "hours",
        "answered": "answered",
        "unanswered": "no answer yet",
        "dated_next_step": "Open initiatives with a dated next step",
        "of": "of",
        "overdue": "Overdue initiatives",
        "overdue_by_team": "Overdue by team",
        "overdue_by_staff": "Overdue by staff member",
        "overdue_oldest": "Longest overdue",
        "count": "Count",
        "status": "Status",
        "team": "Team",
        "staff": "Staff member",
        "reference": "Reference",
        "initiative": "Initiative",
        "due": "Due",
        "reason": "Why",
        "late_answer": "awaiting answer",
        "late_step": "next step past due",
        "no_team": "(no team)",
        "unassigned": "(unassigned)",
        "no_area": "(area unknown)",
        "no_category": "(no category)",
        "nothing_overdue": "Nothing is overdue.",
        "no_data": "No data in the period.",
        "not_available": "–",
        "status.submitted": "Submitted",
        "status.in_dialogue": "In dialogue",
        "status.agreed": "Agreed",
        "status.in_progress": "In progress",
        "status.realised": "Realised",
        "status.declined": "Declined",
        "status.paused": "Paused",
        "status.withdrawn": "Withdrawn",
    },
}
_BABEL_LOCALE = {"da": "da_DK", "en": "en_GB"}
# More bars than this make a chart unreadable; the table under it still lists every row.
CHART_MAX_BARS = 15


def label(key: str, lang: str) -> str:
    """The report label `key` in `lang` (Danish when the language is unknown)."""
    return LABELS.get(lang, LABELS["da"])[key]


def status_label(status: str, lang: str) -> str:
    """A short status name for tables and charts."""
    return LABELS.get(lang, LABELS["da"]).get(f"status.{status}", status)


def category_label(category: str | None, lang: str) -> str:
    """A category's name from the message catalogue; categories are configurable, so fall back."""
    if category is None:
        return label("no_category", lang)
    try:
        return t(f"category.{category}", lang)
    except KeyError:
        return category


def hours_text(hours: float | None, lang: str) -> str:
    """Hours with one decimal, written the language's way (27,0 / 27.0)."""
    if hours is None:
        return label("not_available", lang)
    return format_decimal(hours, format="#,##0.0", locale=_BABEL_LOCALE.get(lang, "da_DK"))


def count_text(count: int, lang: str) -> str:
    """A whole number with the language's thousands separator."""
    return format_decimal(count, format="#,##0", locale=_BABEL_LOCALE.get(lang, "da_DK"))


def percent_text(share: float | None, lang: str) -> str:
    """A share as a whole percentage (50 % / 50%)."""
    if share is None:
        return label("not_available", lang)
    number = format_decimal(share * 100, format="#,##0", locale=_BABEL_LOCALE.get(lang, "da_DK"))
    return f"{number} %" if lang == "da" else f"{number}%"


def team_name(group: OverdueGroup, lang: str) -> str:
    """A team's name, or the label for unassigned initiatives or staff without a team."""
    if group.name is not None:
        return group.name
    return label("no_team" if group.assigned else "unassigned", lang)


def staff_name(group: OverdueGroup, lang: str) -> str:
    """A staff member's name, or the label for unassigned initiatives."""
    return group.name if group.name is not None else label("unassigned", lang)


def render_html(report: MomentumReport, lang: str = "da") -> str:
    """The whole report as one self-contained HTML page (every database text escaped)."""
    e = html.escape
    status_rows = [(status_label(s, lang), n) for s, n in report.by_status.items()]
    category_rows = [(category_label(g.name, lang), g.count) for g in report.by_category]
    area_rows = [(g.name or label("no_area", lang), g.count) for g in report.by_area]

    def section(title_key: str, rows: list[tuple[str, int]], color: str) -> str:
        title = label(title_key, lang)
        if not any(count for _, count in rows):
            return f"<section><h2>{e(title)}</h2><p>{e(label('no_data', lang))}</p></section>"
        chart = _bar_chart(title, rows[:CHART_MAX_BARS], color)
        table = _table(
            [label("count", lang)],
            [(name, [count_text(count, lang)]) for name, count in rows],
            first_header="",
        )
        return (
            f'<section><h2>{e(title)}</h2><img src="data:image/png;base64,{chart}" '
            f'alt="{e(title)}">{table}</section>'
        )

    cards = [
        (label("received", lang), count_text(report.received, lang)),
        (
            f"{label('first_answer', lang)}, {label('median', lang).lower()}",
            f"{hours_text(report.first_answer_median_hours, lang)} {label('hours', lang)}",
        ),
        (
            f"{label('first_answer', lang)}, {label('p90', lang)}",
            f"{hours_text(report.first_answer_p90_hours, lang)} {label('hours', lang)}",
        ),
        (
            label("dated_next_step", lang),
            f"{percent_text(report.dated_next_step_share, lang)} "
            f"({report.open_with_dated_next_step} {label('of', lang)} {report.open_received})",
        ),
        (label("overdue", lang), count_text(report.overdue_total, lang)),
    ]
    cards_html = "".join(
        f'<div class="card"><div class="value">{e(value)}</div>'
        f'<div class="name">{e(name)}</div></div>'
        for name, value in cards
    )
    answer_note = (
        f"{report.answered} {label('answered', lang)}, "
        f"{report.unanswered} {label('unanswered', lang)}"
    )

    if report.overdue_total:
        overdue_html = (
            _overdue_section(report.overdue_by_team, "team", lang, "#c0392b")
            + _overdue_section(report.overdue_by_staff, "staff", lang, "#d35400")
            + _oldest_section(report, lang)
        )
    else:
        overdue_html = f"<p>{e(label('nothing_overdue', lang))}</p>"

    return f"""<!DOCTYPE html>
<html lang="{e(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(label("title", lang))} {report.since.isoformat()} – {report.until.isoformat()}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
  padding: 0 1rem; color: #1d1d1b; }}
h1 {{ margin-bottom: 0.2rem; }}
.meta {{ color: #555; margin-top: 0; }}
.cards {{ display: flex; flex-wrap: wrap; gap: 1rem; margin: 1.5rem 0; }}
.card {{ border: 1px solid #ddd; border-radius: 8px; padding: 0.8rem 1rem; min-width: 10rem;
  flex: 1; }}
.card .value {{ font-size: 1.6rem; font-weight: 600; }}
.card .name {{ color: #555; font-size: 0.9rem; }}
section {{ margin: 2rem 0; }}
img {{ max-width: 100%; height: auto; display: block; }}
table {{ border-collapse: collapse; margin-top: 0.5rem; }}
th, td {{ text-align: left; padding: 0.25rem 0.8rem 0.25rem 0; border-bottom: 1px solid #eee; }}
td.number, th.number {{ text-align: right; }}
</style>
</head>
<body>
<h1>{e(label("title", lang))}</h1>
<p class="meta">{e(label("period", lang))}: {report.since.isoformat()} – \
{report.until.isoformat()} · {e(label("overdue_as_of", lang))} {report.today.isoformat()}</p>
<div class="cards">{cards_html}</div>
<p class="meta">{e(label("first_answer", lang))}: {e(answer_note)}</p>
{section("by_status", status_rows, "#2e6da4")}
{section("by_category", category_rows, "#3a8f5c")}
{section("by_area", area_rows, "#8e6bb8")}
<h2>{e(label("overdue", lang))}</h2>
{overdue_html}
</body>
</html>
"""


def _overdue_section(groups: Sequence[OverdueGroup], by: str, lang: str, color: str) -> str:
    """Overdue per team or per staff member: a chart, then a table with both reasons."""
    e = html.escape
    title = label(f"overdue_by_{by}", lang)
    name = team_name if by == "team" else staff_name
    chart = _bar_chart(title, [(name(g, lang), g.count) for g in groups][:CHART_MAX_BARS], color)
    headers = [label("count", lang), label("late_answer", lang), label("late_step", lang)]
    numbers = [
        [count_text(n, lang) for n in (g.count, g.unanswered, g.next_step_late)] for g in groups
    ]
    if by == "staff":
        headers.insert(0, label("team", lang))
        numbers = [[g.team or "", *row] for g, row in zip(groups, numbers, strict=True)]
    table = _table(
        headers,
        [(name(g, lang), row) for g, row in zip(groups, numbers, strict=True)],
        first_header=label(by, lang),
        text_columns=1 if by == "staff" else 0,
    )
    return (
        f'<section><h2>{e(title)}</h2><img src="data:image/png;base64,{chart}" '
        f'alt="{e(title)}">{table}</section>'
    )


def _oldest_section(report: MomentumReport, lang: str) -> str:
    """The longest overdue initiatives, with titles in the initiators' own words (escaped)."""
    e = html.escape
    rows = []
    for item in report.overdue_oldest:
        reasons = [
            label(key, lang)
            for key, applies in (
                ("late_answer", item.unanswered),
                ("late_step", item.next_step_late),
            )
            if applies
        ]
        dues = [
            d for d in (item.response_due if item.unanswered else None, item.next_step_due) if d
        ]
        due: date | None = min(dues) if dues else None
        rows.append(
            "<tr>"
            f"<td>{e(item.reference)}</td><td>{e(item.title)}</td>"
            f"<td>{e(status_label(item.status, lang))}</td>"
            f"<td>{e(item.staff or label('unassigned', lang))}</td>"
            f"<td>{due.isoformat() if due else ''}</td><td>{e(', '.join(reasons))}</td>"
            "</tr>"
        )
    headers = ("reference", "initiative", "status", "staff", "due", "reason")
    header_html = "".join(f"<th>{e(label(h, lang))}</th>" for h in headers)
    return (
        f"<section><h2>{e(label('overdue_oldest', lang))}</h2>"
        f"<table><tr>{header_html}</tr>{''.join(rows)}</table></section>"
    )


def _table(
    headers: Sequence[str],
    rows: Sequence[tuple[str, Sequence[str]]],
    first_header: str,
    *,
    text_columns: int = 0,
) -> str:
    """A small HTML table: a name column, `text_columns` more text columns, then numbers."""
    e = html.escape

    def cell(tag: str, index: int, value: str) -> str:
        numeric = ' class="number"' if index >= text_columns else ""
        return f"<{tag}{numeric}>{e(value)}</{tag}>"

    head = f"<th>{e(first_header)}</th>" + "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join(
        f"<tr><td>{e(name)}</td>"
        + "".join(cell("td", i, v) for i, v in enumerate(values))
        + "</tr>"
        for name, values in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _bar_chart(title: str, rows: Sequence[tuple[str, int]], color: str) -> str:
    """A horizontal bar chart as base64 PNG, drawn without pyplot's global state."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    # matplotlib reads $...$ as math; names from the database must show as typed.
    names = [name.replace("$", r"\$") for name, _ in rows]
    counts = [count for _, count in rows]
    figure = Figure(figsize=(7.5, 0.45 * len(rows) + 1.0), dpi=100, layout="constrained")
    axes = figure.subplots()
    bars = axes.barh(range(len(rows)), counts, color=color)
    axes.set_yticks(range(len(rows)), labels=names)
    axes.invert_yaxis()
    # Room to the right of the longest bar for its number.
    axes.margins(x=0.08)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.bar_label(bars, padding=3)
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_title(title.replace("$", r"\$"), loc="left")
    buffer = io.BytesIO()
    # No "Software" metadata: it would carry matplotlib's web address into the page.
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")
