"""The web chat in a real headless Chromium (Debian's), driven by Playwright, against a real server.

Skipped only when chromium (or Playwright, or axe-core) is missing on a developer's machine;
with CI set, a missing browser fails. scripts/install-browser installs what is missing.
Screenshots of the key screens land in test-output/web/ for a reviewer to look at.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adapters.web import store
from adapters.web.security import SESSION_COOKIE, person_key
from bot.messages import Reply
from storage.db import Database
from tests.adapters.web.conftest import free_port

ROOT = Path(__file__).resolve().parents[3]
CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / ".node" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-output" / "web"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
WAIT_MS = 15_000

IDEA = "Jeg vil gerne lave en fælles grøntsagshave i Bernstorffsparken, så naboer kan mødes"
XSS = '<script>alert(1)</script><img src=x onerror="alert(2)">'
REFERENCE = re.compile(r"GK-\d{4}-\d{4}")


def _missing(what: str) -> None:
    message = f"{what} is missing: run scripts/install-browser"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


try:
    from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None  # type: ignore[assignment]


class ServerProcess:
    """`samskab serve`'s wiring with the web chat in a child process, restartable on one port."""

    def __init__(self, database_url: str, workdir: Path, env: dict[str, str]) -> None:
        self.database_url = database_url
        self.workdir = workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        """Start and wait (bounded) until /healthz answers."""
        self.starts += 1
        log = (self.workdir / f"server-{self.starts}.log").open("wb")
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "SAMSKAB_WEB_RATE_LIMIT_PER_MINUTE": "300",
            "SAMSKAB_WEB_LIVE_POLL_SECONDS": "1",
            **self.env,
        }
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.adapters.web.serve_web",
                str(self.port),
                self.database_url,
            ],
            cwd=self.workdir,  # no stray .env from the checkout
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited: {self.log()}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if json.loads(response.read())["status"] == "ok":
                        return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"server did not come up: {self.log()}")

    def stop(self) -> None:
        """Stop it the way Ctrl-C or a service manager does, and wait for it."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
            raise AssertionError("server did not stop within 20 s") from None
        finally:
            self.process = None

    def log(self) -> str:
        """What the server printed."""
        return (self.workdir / f"server-{self.starts}.log").read_text(errors="replace")


def _server(database_url: str, tmp_path: Path, env: dict[str, str]) -> Iterator[ServerProcess]:
    server = ServerProcess(database_url, tmp_path, env)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    """The server on a random port with the test's database."""
    yield from _server(database_url, tmp_path, {})


@pytest.fixture
def server_with_smtp(database_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    """The server with SMTP configured, so the e-mail part of the page is shown."""
    env = {
        "SAMSKAB_WEB_SMTP_HOST": "127.0.0.1",
        "SAMSKAB_WEB_SMTP_PORT": str(free_port()),
        "SAMSKAB_WEB_SMTP_FROM": "samskab@gentofte.example",
        "SAMSKAB_WEB_SMTP_STARTTLS": "false",
    }
    yield from _server(database_url, tmp_path, env)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's chromium, headless."""
    if sync_playwright is None:
        _missing("Playwright for Python")
    if not CHROMIUM.exists():
        _missing(str(CHROMIUM))
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser profile (no cookies), Danish, with the page's CSP in force."""
    created = browser.new_context(locale="da-DK", timezone_id="Europe/Copenhagen")
    created.set_default_timeout(WAIT_MS)
    try:
        yield created
    finally:
        created.close()


class Chat:
    """The chat page, as a person uses it."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str) -> None:
        """Load the page and wait for the bot's opening words."""
        self.page.goto(url)
        self.wait_idle()
        expect(self.bot_messages.first).to_be_visible()

    @property
    def bot_messages(self) -> Any:
        """The bot's messages since the page loaded (not the history above them)."""
        return self.page.locator("#log > .msg.bot")

    def wait_idle(self) -> None:
        """Until no answer is pending and the message box is usable."""
        expect(self.page.locator("#message")).to_be_enabled()
        expect(self.page.locator("#typing")).to_be_empty()

    def answered(self, action: Any) -> None:
        """Do `action`, then wait for the bot's answer to it."""
        before = self.bot_messages.count()
        action()
        self.page.wait_for_function(
            "n => document.querySelectorAll('#log > .msg.bot').length > n"
            " && !document.getElementById('typing').textContent",
            arg=before,
            timeout=WAIT_MS,
        )

    def enter(self, text: str) -> None:
        """Type with the keyboard where the focus is, then press Enter."""
        self.page.keyboard.type(text)
        self.page.keyboard.press("Enter")

    def type_and_enter(self, text: str) -> None:
        """Type into the message box with the keyboard, press Enter, wait for the answer."""
        self.page.locator("#message").focus()
        self.answered(lambda: self.enter(text))

    def click_choice(self, label: str) -> None:
        """Click the (live) button with this label."""
        button = self.page.locator("#log > .msg.bot .choice:enabled", has_text=label).last
        self.answered(button.click)

    def skip_until_read_back(self) -> None:
        """Press "Spring over" until the read-back card is shown (bounded)."""
        for _ in range(10):
            if self.page.locator("#log > .msg.bot .card").count():
                return
            self.click_choice("Spring over")
        raise AssertionError("no read-back after 10 skipped questions")

    def active(self) -> dict[str, str]:
        """The focused element's id and text."""
        result: dict[str, str] = self.page.evaluate(
            "() => ({id: document.activeElement.id, text: document.activeElement.textContent})"
        )
        return result

    def screenshot(self, name: str) -> None:
        """Save a screenshot for the reviewer."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_intake_with_keyboard_and_buttons_then_reload(
    context: BrowserContext, server: ServerProcess
) -> None:
    chat = Chat(context.new_page())
    chat.open(server.url)
    expect(chat.bot_messages.first).to_contain_text("Samskab")
    expect(chat.page.locator("html")).to_have_attribute("lang", "da")
    chat.screenshot("01-welcome")

    # Keyboard only: the skip link leads to the message box; Enter sends.
    chat.page.keyboard.press("Tab")
    assert chat.active()["text"] == "Gå til beskedfeltet"
    chat.page.keyboard.press("Enter")
    assert chat.active()["id"] == "message"
    chat.answered(lambda: chat.enter(IDEA))
    expect(chat.page.locator("#log > .msg.me").last).to_contain_text(IDEA)
    assert chat.active()["id"] == "message"  # focus stays in the box for the next answer
    chat.answered(lambda: chat.enter("Så naboerne lærer hinanden at kende"))
    # A button by keyboard: Shift+Tab from the box reaches the newest answer option.
    chat.page.keyboard.press("Shift+Tab")
    assert chat.active()["text"] == "Spring over"
    chat.answered(lambda: chat.page.keyboard.press("Enter"))

    # The rest with the mouse, up to the read-back card.
    chat.skip_until_read_back()
    card = chat.bot_messages.last.locator(".card")
    expect(card).to_contain_text("fælles grøntsagshave")
    expect(card).to_contain_text("i Bernstorffsparken")
    expect(card.locator("dt").first).to_be_visible()
    chat.screenshot("02-read-back")

    chat.click_choice("Ja, send den")
    expect(chat.bot_messages.last).to_contain_text(REFERENCE)
    text = chat.bot_messages.last.text_content() or ""
    match = REFERENCE.search(text)
    assert match is not None
    reference = match.group(0)
    chat.screenshot("03-sent-with-reference")

    # Reload: the transcript is there, and the bot welcomes them back.
    chat.page.reload()
    chat.wait_idle()
    history = chat.page.locator("#log .history")
    expect(history).to_contain_text(IDEA)
    expect(history).to_contain_text(reference)
    expect(chat.bot_messages.last).to_contain_text("Velkommen tilbage")
    chat.screenshot("04-after-reload")

    # "My ideas" lists the initiative with its status.
    chat.answered(lambda: chat.page.locator("#mine").click())
    expect(chat.bot_messages.last.locator("li")).to_contain_text(reference)
    chat.screenshot("05-my-ideas")
    assert chat.dialogs == []


def test_the_conversation_continues_after_a_server_restart(
    context: BrowserContext, server: ServerProcess
) -> None:
    chat = Chat(context.new_page())
    chat.open(server.url)
    chat.type_and_enter(IDEA)
    expect(chat.bot_messages.last.locator(".choice:enabled")).to_have_text("Spring over")
    question = chat.bot_messages.last.text_content()

    server.stop()
    server.start()

    # The open page goes on where it was: the answer moves the intake to the next question.
    # (The idea tells why, "så naboer kan mødes": the open question is when.)
    chat.type_and_enter("Til foråret, på en lørdag")
    assert chat.bot_messages.last.text_content() != question
    expect(chat.bot_messages.last.locator(".choice:enabled").first).to_be_visible()
    expect(chat.page.locator("#notice")).to_be_empty()  # the live connection is back
    chat.screenshot("06-after-server-restart")

    # And a reload after the restart still finds the whole conversation.
    chat.page.reload()
    chat.wait_idle()
    expect(chat.page.locator("#log .history")).to_contain_text("Til foråret, på en lørdag")
    expect(chat.bot_messages.last.locator(".choice:enabled").first).to_be_visible()


def test_typed_markup_is_shown_as_text_and_never_runs(
    context: BrowserContext, server: ServerProcess
) -> None:
    chat = Chat(context.new_page())
    chat.open(server.url)
    idea = f"Vi vil holde gadefest på Hyldegårdsvej {XSS} for alle naboerne"
    chat.type_and_enter(idea)
    expect(chat.page.locator("#log > .msg.me").last).to_contain_text(XSS)
    chat.skip_until_read_back()
    expect(chat.bot_messages.last.locator(".card")).to_contain_text("Hyldegårdsvej")
    assert chat.page.locator("#log script, #log img").count() == 0
    chat.screenshot("07-markup-as-text")
    # Again from the stored transcript after a reload.
    chat.page.reload()
    chat.wait_idle()
    expect(chat.page.locator("#log .history .msg.me").first).to_contain_text(XSS)
    assert chat.page.locator("#log script, #log img").count() == 0
    assert chat.page.evaluate("() => document.scripts.length") == 1
    assert chat.dialogs == []


def test_a_staff_answer_appears_without_reload(
    context: BrowserContext, server: ServerProcess, database_url: str
) -> None:
    chat = Chat(context.new_page())
    chat.open(server.url)
    token = next(c["value"] for c in context.cookies() if c["name"] == SESSION_COOKIE)
    database = Database(database_url)
    try:
        # Kept by the outbox as the server would for a person with no page open elsewhere.
        answer = "Svar fra kommunen: I er velkomne til at låne haven. <b>Ring</b> gerne."
        assert store.hold(database, person_key(token), [Reply(answer)])
    finally:
        database.dispose()
    expect(chat.bot_messages.last).to_contain_text(answer)
    assert chat.page.locator("#log b").count() == 0  # staff text is text, too
    chat.screenshot("08-staff-answer-live")


def _axe(page: Page) -> list[dict[str, Any]]:
    if not AXE.exists():
        _missing(f"axe-core ({AXE})")
    page.add_script_tag(path=str(AXE))
    result: dict[str, Any] = page.evaluate("async () => await axe.run(document)")
    return list(result["violations"])


def _serious(violations: list[dict[str, Any]]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def test_accessibility_checker_finds_nothing_serious(
    browser: Browser, server_with_smtp: ServerProcess
) -> None:
    # axe-core is injected as a script, which our CSP rightly forbids: lift it for the checker.
    context = browser.new_context(locale="da-DK", bypass_csp=True)
    context.set_default_timeout(WAIT_MS)
    try:
        chat = Chat(context.new_page())
        chat.open(server_with_smtp.url)
        found = _serious(_axe(chat.page))

        chat.type_and_enter(IDEA)
        chat.skip_until_read_back()
        found += _serious(_axe(chat.page))

        chat.page.locator("#email-box summary").click()
        chat.page.locator("#email").fill("borger@example.dk")
        chat.page.locator("#email-form button[type=submit]").click()
        expect(chat.page.locator("#email-status")).to_contain_text("borger@example.dk")
        expect(chat.page.locator("#email-remove")).to_be_visible()
        found += _serious(_axe(chat.page))
        chat.screenshot("09-email")

        chat.page.set_viewport_size({"width": 360, "height": 740})
        chat.page.reload()
        chat.wait_idle()
        found += _serious(_axe(chat.page))
        width = chat.page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 360, "the page scrolls sideways on a phone"
        chat.screenshot("10-phone")

        # The typing dots stand still for people who asked for less motion.
        chat.page.emulate_media(reduced_motion="reduce")
        animation = chat.page.evaluate(
            """() => {
                const typing = document.getElementById('typing');
                typing.textContent = 'x';
                return getComputedStyle(typing, '::after').animationName;
            }"""
        )
        assert animation == "none"
        assert found == []
    finally:
        context.close()


def test_english_page_texts(context: BrowserContext, server: ServerProcess) -> None:
    chat = Chat(context.new_page())
    chat.open(server.url + "/?lang=en")
    expect(chat.page.locator("html")).to_have_attribute("lang", "en")
    expect(chat.page.locator("label[for=message]")).to_have_text("Your message")
    expect(chat.page.locator("#send")).to_have_text("Send")
    expect(chat.bot_messages.first).to_contain_text("Samskab")
