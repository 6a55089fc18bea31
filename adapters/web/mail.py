"""E-mail notices for web chat people: plain text, one per proactive message, sent by SMTP."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from adapters.web.config import WebSettings
from adapters.web.texts import text
from bot.messages import Reply
from bot.outbound import DeliveryError


def compose(
    replies: Sequence[Reply],
    *,
    to: str,
    language: str,
    settings: WebSettings,
    municipality: str,
) -> EmailMessage:
    """The notice: the replies as plain text, then a link back to the conversation."""
    lines = [text("web.email.intro", language), ""]
    for reply in replies:
        if reply.card is not None:
            lines.append(reply.card.title)
            lines.extend(f"  {label}: {value}" for label, value in reply.card.rows)
            if reply.card.footer:
                lines.append(f"  {reply.card.footer}")
        lines.append(reply.text)
        lines.append("")
    # Plain text on purpose: nothing anyone typed can become markup in a mail client.
    lines.append(text("web.email.link", language, url=settings.public_base_url + "/"))
    lines.extend(["", "-- ", text("web.email.footer", language)])
    message = EmailMessage()
    message["Subject"] = text("web.email.subject", language, municipality=municipality)
    message["From"] = settings.smtp_from
    message["To"] = to
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=settings.smtp_from.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content("\n".join(lines))
    return message


def _send_blocking(message: EmailMessage, settings: WebSettings) -> None:
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if settings.smtp_ssl:
        smtp = smtplib.SMTP_SSL(
            settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout, context=context
        )
    else:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout)
    with smtp:
        if settings.smtp_starttls and not settings.smtp_ssl:
            smtp.starttls(context=context)
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
        smtp.send_message(message)


async def send(message: EmailMessage, settings: WebSettings) -> None:
    """Hand the message to the SMTP server; DeliveryError says whether trying again may help."""
    try:
        await asyncio.to_thread(_send_blocking, message, settings)
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _ in error.recipients.values()]
        raise DeliveryError(
            "smtp: recipient refused", permanent=all(c >= 500 for c in codes)
        ) from error
    except smtplib.SMTPResponseException as error:
        raise DeliveryError(f"smtp: {error.smtp_code}", permanent=error.smtp_code >= 500) from error
    except (smtplib.SMTPException, OSError) as error:
        raise DeliveryError(f"smtp: {type(error).__name__}") from error
