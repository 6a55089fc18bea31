"""What a check-in or a digest says: catalogue texts and buttons, in the reader's language."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.domain.lifecycle import OPEN_STATUSES, Status, is_overdue
from bot.i18n.catalog import t
from bot.i18n.formatting import format_day
from bot.messages import Choice, Reply, SummaryCard
from bot.scheduling.rules import CheckinKind
from storage.models import CheckIn, Initiative

CHECKIN_PREFIX = "checkin:"
# Staff read Samskab in Danish (as the assignment ping does).
STAFF_LANGUAGE = "da"


def checkin_button(label_key: str, action: str, checkin_id: int, lang: str) -> Choice:
    """One check-in button: "checkin:<action>:<check-in id>"."""
    return Choice(t(f"button.checkin_{label_key}", lang), f"{CHECKIN_PREFIX}{action}:{checkin_id}")


def _snooze_and_stop(checkin_id: int, lang: str) -> tuple[Choice, ...]:
    return tuple(
        checkin_button(action, action, checkin_id, lang)
        for action in ("snooze_day", "snooze_week", "snooze_date", "stop")
    )


def _day(day: date | None, lang: str) -> str:
    return format_day(day, lang) if day else "-"


def checkin_reply(
    checkin: CheckIn,
    initiative: Initiative,
    lang: str,
    *,
    responsible: str | None = None,
) -> Reply:
    """The message one check-in sends, with the buttons its kind needs."""
    kind = CheckinKind(checkin.kind)
    follow_up = checkin.follow_ups > 0
    params = {
        "reference": initiative.reference,
        "title": initiative.title,
        "step": initiative.next_step or "",
        "date": _day(initiative.next_step_due, lang),
    }
    reference = initiative.reference
    if kind == CheckinKind.INITIATOR_NEXT_STEP:
        key = "checkin.initiator_follow_up" if follow_up else "checkin.initiator_next_step"
        return Reply(
            t(key, lang, **params),
            choices=(
                checkin_button("done", "done", checkin.id, lang),
                checkin_button("more_time", "more_time", checkin.id, lang),
                checkin_button("help", "help", checkin.id, lang),
                checkin_button("pause", "pause", checkin.id, lang),
                *_snooze_and_stop(checkin.id, lang),
            ),
        )
    if kind == CheckinKind.INITIATOR_NO_ANSWER:
        return Reply(
            t(
                "checkin.initiator_no_answer",
                lang,
                reference=reference,
                title=initiative.title,
                date=_day(initiative.response_due, lang),
            ),
            choices=(Choice(t("button.open", lang, reference=reference), f"own:show:{reference}"),),
        )
    if kind == CheckinKind.STAFF_NEXT_STEP:
        key = "checkin.staff_follow_up" if follow_up else "checkin.staff_next_step"
        return Reply(
            t(key, lang, **params),
            choices=(
                Choice(t("button.staff_next_step", lang), f"staff:next:{reference}"),
                Choice(t("button.staff_progress", lang), f"staff:progress:{reference}"),
                Choice(t("button.staff_realised", lang), f"staff:realised:{reference}"),
                *_snooze_and_stop(checkin.id, lang),
            ),
        )
    if kind == CheckinKind.STAFF_REMINDER:
        return Reply(
            t(
                "checkin.staff_reminder",
                lang,
                reference=reference,
                title=initiative.title,
                date=_day(initiative.response_due, lang),
            ),
            choices=(
                Choice(t("button.staff_accept", lang), f"staff:accept:{reference}"),
                Choice(t("button.staff_ask", lang), f"staff:ask:{reference}"),
                Choice(t("button.staff_decline", lang), f"staff:decline:{reference}"),
                checkin_button("snooze_day", "snooze_day", checkin.id, lang),
            ),
        )
    submitted = initiative.submitted_at.date() if initiative.submitted_at else None
    return Reply(
        t(
            "checkin.staff_escalation",
            lang,
            reference=reference,
            title=initiative.title,
            staff=responsible or "-",
            submitted=_day(submitted, lang),
            date=_day(initiative.response_due, lang),
        ),
        choices=(
            Choice(t("button.staff_accept", lang), f"staff:accept:{reference}"),
            Choice(t("button.staff_reassign", lang), f"staff:reassign:{reference}"),
            checkin_button("snooze_day", "snooze_day", checkin.id, lang),
        ),
    )


def _due_of(initiative: Initiative) -> date | None:
    if initiative.status == Status.SUBMITTED and initiative.next_step_due is None:
        return initiative.response_due
    return initiative.next_step_due


def digest_order(initiatives: Sequence[Initiative], today: date) -> list[Initiative]:
    """Overdue first (most overdue on top), then by due date, undated last."""
    open_values = {s.value for s in OPEN_STATUSES}

    def key(initiative: Initiative) -> tuple[int, date, int]:
        due = _due_of(initiative)
        return (0 if is_overdue(initiative, today) else 1, due or date.max, initiative.id)

    return sorted((i for i in initiatives if i.status in open_values), key=key)


def digest_reply(initiatives: Sequence[Initiative], today: date, lang: str) -> Reply:
    """The weekly digest for one staff member: their open initiatives, overdue first."""
    ordered = digest_order(initiatives, today)
    overdue = sum(1 for i in ordered if is_overdue(i, today))
    rows: list[tuple[str, str]] = []
    for initiative in ordered:
        due = _due_of(initiative)
        if is_overdue(initiative, today):
            when = t("digest.overdue", lang, date=_day(due, lang))
        elif due is not None:
            when = t("digest.due", lang, date=_day(due, lang))
        else:
            when = t("digest.no_date", lang)
        status = t(f"status.{initiative.status}", lang)
        step = f" · {initiative.next_step}" if initiative.next_step else ""
        rows.append((f"{initiative.reference} · {initiative.title}", f"{status}{step} · {when}"))
    key = "digest.intro" if overdue else "digest.intro_on_track"
    return Reply(
        t(key, lang, count=len(ordered), overdue=overdue),
        card=SummaryCard(t("digest.title", lang), tuple(rows)),
    )
