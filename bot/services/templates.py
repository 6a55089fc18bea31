"""Answer templates: the common questions and reasons staff reuse, editable by staff."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.i18n.catalog import LANGUAGES, catalogue
from storage.models import AnswerTemplate, utcnow

KINDS = ("ask", "decline")


def seed_defaults(session: Session) -> None:
    """Put the catalogue's starting templates in storage once; staff edit them from there."""
    if session.scalar(select(AnswerTemplate.id).limit(1)) is not None:
        return
    for language in LANGUAGES:
        for message_id, text in catalogue(language).items():
            if not message_id.startswith("template."):
                continue
            _, kind, key = message_id.split(".", 2)
            if kind in KINDS:
                session.add(AnswerTemplate(key=key, kind=kind, language=language, text=text))
    session.flush()


def templates_for(session: Session, kind: str, language: str) -> list[AnswerTemplate]:
    """The templates of one kind in one language, by key."""
    seed_defaults(session)
    return list(
        session.scalars(
            select(AnswerTemplate)
            .where(AnswerTemplate.kind == kind, AnswerTemplate.language == language)
            .order_by(AnswerTemplate.key)
        )
    )


def all_templates(session: Session) -> list[AnswerTemplate]:
    """Every template, by kind, key and language."""
    seed_defaults(session)
    return list(
        session.scalars(
            select(AnswerTemplate).order_by(
                AnswerTemplate.kind, AnswerTemplate.key, AnswerTemplate.language
            )
        )
    )


def set_template(
    session: Session,
    key: str,
    language: str,
    text: str,
    *,
    kind: str | None = None,
    staff_id: int | None = None,
) -> AnswerTemplate:
    """Change (or add) a template; a new one needs its kind."""
    text = text.strip()
    if not text:
        raise ValueError("a template needs a text")
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    seed_defaults(session)
    template = session.scalar(
        select(AnswerTemplate).where(AnswerTemplate.key == key, AnswerTemplate.language == language)
    )
    if template is None:
        if kind not in KINDS:
            raise ValueError(f"a new template needs a kind: {', '.join(KINDS)}")
        template = AnswerTemplate(key=key, kind=kind, language=language, text=text)
        session.add(template)
    else:
        template.text = text
        if kind is not None and kind in KINDS:
            template.kind = kind
    template.updated_by = staff_id
    template.updated_at = utcnow()
    session.flush()
    return template
