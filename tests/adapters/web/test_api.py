"""The web chat's HTTP API on the real server: session, turns, safety checks, limits, e-mail."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

from aiohttp import ClientResponse

from adapters.web import store
from adapters.web.chat import STATIC_DIR
from adapters.web.security import SESSION_COOKIE, person_key
from adapters.web.texts import KEYS
from bot.config import Settings
from bot.messages import Reply
from bot.services.outbox import enqueue
from storage.db import Database
from storage.models import Address, OutboxMessage, Person
from storage.repositories import PersonRepository
from tests.adapters.web.conftest import SmtpServer, StartWeb, WebApp, free_port


def _set_cookie(response: ClientResponse) -> str:
    headers = response.headers.getall("Set-Cookie", [])
    return next(h for h in headers if h.startswith(SESSION_COOKIE + "="))


def _key(web: WebApp) -> str:
    cookie = web.client.session.cookie_jar.filter_cookies(web.client.make_url("/"))
    return person_key(cookie[SESSION_COOKIE].value)


async def test_page_is_served_with_a_strict_content_security_policy(start_web: StartWeb) -> None:
    web = await start_web(embed_origins="https://www.gentofte.dk")
    for path in ("/", "/chat", "/chat/"):
        response = await web.client.get(path)
        assert response.status == 200
        assert response.content_type == "text/html"
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
        assert "frame-ancestors 'self' https://www.gentofte.dk" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    page = await (await web.client.get("/")).text()
    # Every script is a file of ours: the CSP would block an inline one anyway.
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/chat/static/chat.js" defer>']
    script = await web.client.get("/chat/static/chat.js")
    assert script.status == 200 and script.content_type == "text/javascript"
    etag = script.headers["ETag"]
    again = await web.client.get("/chat/static/chat.js", headers={"If-None-Match": etag})
    assert again.status == 304
    assert (await web.client.get("/chat/static/chat.css")).content_type == "text/css"
    assert (await web.client.get("/chat/static/index.html")).status == 404
    assert (await web.client.get("/chat/static/..%2Fconfig.py")).status == 404


def test_page_script_never_writes_html() -> None:
    script = (STATIC_DIR / "chat.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


async def test_session_cookie_is_http_only_and_same_site(start_web: StartWeb) -> None:
    web = await start_web()
    response = await web.client.get("/chat/session")
    body = await response.json()
    cookie = _set_cookie(response)
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert re.fullmatch(r"[0-9a-f]{64}", body["csrf"])
    assert body["lang"] == "da" and body["emailEnabled"] is False
    assert set(body["texts"]["da"]) == set(body["texts"]["en"]) == set(KEYS)


async def test_secure_cross_site_cookie_for_embedding(start_web: StartWeb) -> None:
    web = await start_web(cookie_secure=True, cookie_samesite="none")
    cookie = _set_cookie(await web.client.get("/chat/session"))
    assert "Secure" in cookie and "SameSite=None" in cookie and "Partitioned" in cookie


async def test_language_from_query_or_browser(start_web: StartWeb) -> None:
    web = await start_web()
    assert (await web.open(lang="en"))["lang"] == "en"
    response = await web.client.get("/chat/session", headers={"Accept-Language": "en-GB,en"})
    assert (await response.json())["lang"] == "en"


async def test_a_whole_intake_over_the_api(start_web: StartWeb) -> None:
    web = await start_web()
    await web.open()
    status, opening = await web.post("/chat/resume", {})
    assert status == 200 and opening["lang"] == "da"
    assert [c["value"] for c in opening["replies"][0]["choices"]] == ["mine", "help", "lang:en"]
    replies = await web.say(
        "Jeg vil gerne lave en fælles grøntsagshave i Bernstorffsparken for naboerne", "msg-000001"
    )
    assert replies[-1].get("asking")
    for number in range(2, 12):
        status, body = await web.post("/chat/send", {"id": f"msg-{number:06}", "choice": "skip"})
        assert status == 200
        if body["replies"][-1].get("card"):
            break
    card = body["replies"][-1]["card"]
    assert "grøntsagshave" in card["rows"][0]["value"]
    status, body = await web.post("/chat/send", {"id": "msg-000100", "choice": "confirm"})
    assert re.search(r"GK-\d{4}-\d{4}", body["replies"][0]["text"])
    status, body = await web.post("/chat/send", {"id": "msg-000101", "choice": "mine"})
    assert "grøntsagshave" in body["replies"][0]["text"]


async def test_a_double_submitted_message_is_handled_once(start_web: StartWeb) -> None:
    web = await start_web()
    await web.open()
    first = await web.say("Jeg vil lave en loppemarked på skolen for hele kvarteret", "dup-00001")
    again = await web.say("Jeg vil lave en loppemarked på skolen for hele kvarteret", "dup-00001")
    assert first and again == []


async def test_the_conversation_survives_a_server_restart(
    start_web: StartWeb, database: Database
) -> None:
    first = await start_web()
    await first.open()
    await first.say("Jeg vil starte en læseklub på biblioteket for unge", "r-000001")
    cookies = first.client.session.cookie_jar
    await first.client.close()
    second = await start_web()
    second.client.session.cookie_jar.update_cookies(
        {c.key: c.value for c in cookies}, second.client.make_url("/")
    )
    await second.open()
    status, body = await second.post("/chat/resume", {})
    # Where we left off: the bot repeats its open question.
    assert status == 200 and body["replies"][-1].get("asking")


async def test_posts_need_the_session_and_its_csrf_token(start_web: StartWeb) -> None:
    web = await start_web()
    status, body = await web.post("/chat/send", {"id": "x-000001", "text": "hej"})
    assert status == 401 and body["error"] == "session" and body["message"]
    await web.open()
    good = web.csrf
    web.csrf = "0" * 64
    status, body = await web.post("/chat/send", {"id": "x-000002", "text": "hej"})
    assert status == 403 and body["error"] == "session"
    web.csrf = good
    status, body = await web.post(
        "/chat/send", {"id": "x-000003", "text": "hej"}, Origin="https://evil.example"
    )
    assert status == 403
    status, _ = await web.post(
        "/chat/send", {"id": "x-000004", "text": "hej"}, Origin=str(web.client.make_url(""))
    )
    assert status == 200


async def test_form_posts_and_malformed_bodies_are_refused(start_web: StartWeb) -> None:
    web = await start_web()
    await web.open()
    response = await web.client.post(
        "/chat/send", data={"text": "hej"}, headers={"X-CSRF-Token": web.csrf}
    )
    assert response.status == 415
    bodies: list[Any] = [[], {"text": "no id"}, {"id": "short", "text": "x"}, {"id": "ok-000001"}]
    for body in bodies:
        status, answer = await web.post("/chat/send", body)
        assert status == 400 and answer["error"] == "bad_request", body
    status, _ = await web.post("/chat/send", {"id": "ok-000002", "text": "a", "choice": "skip"})
    assert status == 400


async def test_far_too_big_bodies_get_413_and_long_texts_a_friendly_answer(
    start_web: StartWeb, settings: Settings
) -> None:
    web = await start_web(max_body_bytes=64 * 1024)
    await web.open()
    status, body = await web.post("/chat/send", {"id": "big-00001", "text": "x" * 100_000})
    assert status == 413 and body["error"] == "too_large" and body["message"]
    # Under the HTTP limit but over the core's: the bot explains the limit itself.
    limit = settings.max_message_chars
    replies = await web.say("ord " * (limit // 4 + 10), "big-00002")
    assert any("20.000" in reply["text"] for reply in replies)


async def test_rate_limit_gives_a_friendly_429(start_web: StartWeb) -> None:
    web = await start_web(rate_limit_per_minute=3)
    await web.open()
    statuses = []
    for number in range(4):
        response = await web.client.post(
            "/chat/send",
            json={"id": f"rl-{number:06}", "text": "hej"},
            headers={"X-CSRF-Token": web.csrf},
        )
        statuses.append(response.status)
    assert statuses == [200, 200, 200, 429]
    body = await response.json()
    assert body["error"] == "rate_limited" and "øjeblik" in body["message"]
    assert int(response.headers["Retry-After"]) >= 1


async def test_invalid_timezone_and_language_hints_are_ignored(
    start_web: StartWeb, database: Database
) -> None:
    web = await start_web()
    await web.open()
    status, _ = await web.post("/chat/resume", {"tz": "../../etc/passwd", "lang": "xx"})
    assert status == 200
    status, _ = await web.post("/chat/resume", {"tz": "Europe/Copenhagen"})
    with database.session() as session:
        person = PersonRepository(session).find_by_identity("web", _key(web))
        assert person is not None and person.timezone == "Europe/Copenhagen"


async def test_email_is_refused_without_smtp(start_web: StartWeb) -> None:
    web = await start_web()
    await web.open()
    status, _ = await web.post("/chat/email", {"email": "borger@example.dk"})
    assert status == 404


async def test_email_is_stored_validated_and_removable(
    start_web: StartWeb, database: Database
) -> None:
    web = await start_web(smtp_host="127.0.0.1", smtp_from="samskab@example.dk")
    assert (await web.open())["emailEnabled"] is True
    status, body = await web.post("/chat/email", {"email": "not an address"})
    assert status == 400 and body["error"] == "invalid_email"
    status, body = await web.post("/chat/email", {"email": " Borger@Example.dk "})
    assert status == 200 and body["email"] == "Borger@example.dk"
    assert "Borger@example.dk" in body["message"]
    assert (await web.open())["email"] == "Borger@example.dk"
    with database.session() as session:
        person = PersonRepository(session).find_by_identity("web", _key(web))
        assert person is not None and person.email == "Borger@example.dk"
    status, body = await web.post("/chat/email", {"email": ""})
    assert status == 200 and body["email"] is None
    with database.session() as session:
        assert session.get(Person, person.id).email is None  # type: ignore[union-attr]


async def test_forget_clears_the_cookie(start_web: StartWeb) -> None:
    web = await start_web()
    await web.open()
    response = await web.client.post("/chat/forget", json={}, headers={"X-CSRF-Token": web.csrf})
    assert response.status == 200
    assert 'samskab_session=""' in _set_cookie(response)


# -- proactive messages ------------------------------------------------------------------


async def _started(web: WebApp) -> int:
    await web.open()
    await web.post("/chat/resume", {})
    with web.dispatcher.database.session() as session:
        person = PersonRepository(session).find_by_identity("web", _key(web))
        assert person is not None
        return person.id


def _queue(database: Database, person_id: int, text: str) -> None:
    with database.session() as session:
        enqueue(session, [Reply(text)], kind="staff_answer", person_id=person_id)


async def _next_event(response: ClientResponse) -> dict[str, Any]:
    async def read() -> dict[str, Any]:
        while True:
            line = (await response.content.readline()).decode()
            if line.startswith("data: "):
                event: dict[str, Any] = json.loads(line[len("data: ") :])
                return event

    return await asyncio.wait_for(read(), timeout=10)


async def test_staff_answer_is_pushed_to_the_open_page(
    start_web: StartWeb, database: Database
) -> None:
    web = await start_web()
    person_id = await _started(web)
    events = await web.client.get("/chat/events")
    assert events.status == 200 and events.content_type == "text/event-stream"
    # Wait until the stream is registered, then deliver through the real dispatcher.
    hub = web.channel.sender.hub  # type: ignore[union-attr]
    for _ in range(100):
        if hub.is_open(_key(web)):
            break
        await asyncio.sleep(0.05)
    _queue(database, person_id, "Svar fra kommunen: I må gerne låne haven.")
    assert await web.dispatcher.dispatch_pending() == 1
    event = await _next_event(events)
    assert event["replies"][0]["text"] == "Svar fra kommunen: I må gerne låne haven."
    events.close()


async def test_without_a_page_or_email_the_message_waits_for_their_return(
    start_web: StartWeb, database: Database
) -> None:
    web = await start_web()
    person_id = await _started(web)
    _queue(database, person_id, "Din idé har fået en ny status.")
    assert await web.dispatcher.dispatch_pending() == 1
    status, body = await web.post("/chat/resume", {})
    assert status == 200
    # Shown first, before the welcome back.
    assert body["replies"][0]["text"] == "Din idé har fået en ny status."
    _, body = await web.post("/chat/resume", {})
    assert "ny status" not in str(body["replies"])


async def test_a_page_opened_later_gets_kept_messages_live(
    start_web: StartWeb, database: Database
) -> None:
    web = await start_web(live_poll_seconds=0.2)
    person_id = await _started(web)
    events = await web.client.get("/chat/events")
    # Kept by another replica (nothing pushed in this process): found by the page's polling.
    store.hold(database, _key(web), [Reply("Hej igen!")])
    event = await _next_event(events)
    assert event["replies"][0]["text"] == "Hej igen!"
    events.close()
    assert person_id


async def test_email_notice_with_a_link_back(
    start_web: StartWeb, database: Database, smtp_server: SmtpServer
) -> None:
    web = await start_web(
        smtp_host="127.0.0.1",
        smtp_port=smtp_server.port,
        smtp_from="samskab@gentofte.example",
        smtp_starttls=False,
        public_base_url="https://samskab.gentofte.example",
    )
    person_id = await _started(web)
    status, _ = await web.post("/chat/email", {"email": "borger@example.dk"})
    assert status == 200
    _queue(database, person_id, "Svar fra kommunen: <b>velkommen</b> til mødet.")
    assert await web.dispatcher.dispatch_pending() == 1
    assert await asyncio.to_thread(smtp_server.mailbox.arrived.wait, 10)
    mail = smtp_server.mailbox.messages[0]
    assert mail["To"] == "borger@example.dk"
    assert mail["From"] == "samskab@gentofte.example"
    assert "Gentofte Kommune" in mail["Subject"]
    assert mail.get_content_type() == "text/plain"
    payload = mail.get_payload(decode=True)
    assert isinstance(payload, bytes)
    body = payload.decode()
    assert "Svar fra kommunen: <b>velkommen</b> til mødet." in body
    assert "https://samskab.gentofte.example/" in body
    # And it is in the chat when they come back.
    status, answer = await web.post("/chat/resume", {})
    assert answer["replies"][0]["text"].startswith("Svar fra kommunen")


async def test_smtp_down_means_try_again_later(start_web: StartWeb, database: Database) -> None:
    web = await start_web(
        smtp_host="127.0.0.1",
        smtp_port=free_port(),
        smtp_from="samskab@gentofte.example",
        smtp_starttls=False,
        smtp_timeout=5,
    )
    person_id = await _started(web)
    await web.post("/chat/email", {"email": "borger@example.dk"})
    _queue(database, person_id, "Nyt om din idé")
    assert await web.dispatcher.dispatch_pending() == 0
    with database.session() as session:
        rows = session.query(OutboxMessage).all()
        assert [(r.state, r.kind) for r in rows] == [("pending", "staff_answer")]
        assert "smtp" in (rows[0].last_error or "")
        # The web address stays usable: a mail server outage says nothing about the person.
        assert session.query(Address).one().stale_at is None


def test_every_text_exists_in_both_languages() -> None:
    assert len(KEYS) >= 30
    assert all(key.startswith("web.") for key in KEYS)
