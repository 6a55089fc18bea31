"""The use case every channel calls: take one incoming message, answer it, save everything."""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from bot.config import ConfigurationError, Settings
from bot.dialogue.engine import (
    DialogueSettings,
    InitiativeView,
    IntakeDialogue,
    IntakePort,
    Phase,
    Receipt,
    SubmitRefused,
    new_state,
)
from bot.dialogue.intents import (
    Intent,
    IntentMatch,
    asked_back,
    asks_to_withdraw,
    classify,
    elsewhere,
    follows_errand,
    named_reference,
    says_thanks,
    service_question,
    yes_or_no,
)
from bot.dialogue.language import detect_language, language_from_locale
from bot.domain.routing import (
    DEFAULT_CATEGORISER,
    CategoriesFileError,
    Categoriser,
    load_categories,
)
from bot.i18n.catalog import supported, t
from bot.messages import Choice, Incoming, Reply
from bot.scheduling.compose import CHECKIN_PREFIX
from bot.services.bridges import (
    CHOICE_PREFIX as BRIDGE_PREFIX,
)
from bot.services.bridges import (
    MAX_SUGGESTIONS,
    IntroductionState,
    Suggestion,
    handle_choice,
    offer_introductions,
    offer_reply,
    suggest,
)
from bot.services.checkins import CheckinDesk, current_rules, idle, next_checkin
from bot.services.initiatives import InitiativeService
from bot.services.initiator_desk import ANSWER_PREFIX, OWN_PREFIX, InitiatorDesk
from bot.services.outbox import QUEUED, held_for
from bot.services.privacy import (
    describe_person,
    erase_person,
    privacy_request,
    privacy_request_language,
)
from bot.services.routing import announce, choose
from bot.services.staff_desk import (
    STAFF_PREFIX,
    StaffDesk,
    edit_template,
    staff_column,
    staff_command,
    staff_for,
)
from storage.db import Database
from storage.models import Conversation, Initiative, Person, StaffMember, utcnow
from storage.quick_turn import QuickRows, QuickTurn, quick_turn
from storage.repositories import (
    ConversationRepository,
    InitiativeFilter,
    InitiativeRepository,
    PersonRepository,
    ProcessedEventRepository,
    cached_account_ids,
)

log = logging.getLogger(__name__)

PRIVACY_PREFIX = "privacy:"


@dataclass(frozen=True)
class TurnResult:
    """A turn's replies and the language the conversation is in after it.

    Channels render buttons and later messages in that language; returning it here saves
    them a second transaction just to read it back.
    """

    replies: list[Reply]
    language: str
    # True when the turn queued messages for others (outbox): the channel should deliver.
    queued: bool = False


def initiative_view(initiative: Initiative, *, next_checkin: date | None = None) -> InitiativeView:
    """How an initiative is shown in "my initiatives", on every channel."""
    return InitiativeView(
        reference=initiative.reference,
        title=initiative.title,
        status=initiative.status,
        next_step=initiative.next_step,
        next_step_due=initiative.next_step_due,
        next_step_owner=initiative.next_step_owner,
        response_due=initiative.response_due,
        decline_reason=initiative.decline_reason,
        staff_name=initiative.staff.name if initiative.staff else None,
        next_checkin=next_checkin,
    )


_SUBMITTED_SINCE = (
    select(func.count())
    .select_from(Initiative)
    .where(
        Initiative.initiator_id == bindparam("person_id"),
        Initiative.created_at >= bindparam("since"),
    )
)


_CONVERSATION_TABLE: Any = Conversation.__table__
_SAVE_STATE = (
    update(_CONVERSATION_TABLE)
    .where(_CONVERSATION_TABLE.c.id == bindparam("conversation_id"))
    .values(state=bindparam("state"), language=bindparam("language"))
)


def _save(session: Session, conversation: Conversation, state: dict[str, Any]) -> None:
    """Store the conversation's state: one prepared UPDATE (the ORM's change tracking of a
    JSON document costs more than the write), or the INSERT of a new conversation."""
    if conversation.id is None:
        conversation.state = state
        conversation.language = state["lang"]
        return
    session.execute(
        _SAVE_STATE,
        {"conversation_id": conversation.id, "state": state, "language": state["lang"]},
    )


class _SessionPort:
    """The dialogue's view of storage, inside the turn's transaction."""

    def __init__(
        self, session: Session, person: Person, settings: Settings, categoriser: Categoriser
    ) -> None:
        self.session = session
        self.person = person
        self.settings = settings
        self.categoriser = categoriser
        self.submitted: Initiative | None = None

    def submit(self, fields: dict[str, str], original_text: str, language: str) -> Receipt:
        since = utcnow() - timedelta(days=1)
        today = self.session.scalar(_SUBMITTED_SINCE, {"person_id": self.person.id, "since": since})
        if (today or 0) >= self.settings.initiatives_per_day:
            raise SubmitRefused("limit.initiatives", limit=self.settings.initiatives_per_day)
        chosen: list[StaffMember | None] = []
        initiative = InitiativeService(
            self.session, reference_prefix=self.settings.reference_prefix
        ).submit(
            self.person,
            fields,
            language=language,
            original_text=original_text,
            response_working_days=self.settings.response_working_days,
            # Routed before the insert, so it is stored whole in one go.
            before_insert=lambda new: chosen.append(choose(self.session, new, self.categoriser)),
        )
        member = chosen[0]
        if member is not None:
            announce(self.session, initiative, member)
        self.submitted = initiative
        log.info("initiative submitted id=%s person=%s", initiative.id, self.person.id)
        assert initiative.response_due is not None
        return Receipt(
            initiative.reference, initiative.response_due, member.name if member else None
        )

    def _next_checkin_day(self, initiative_id: int) -> date | None:
        due = next_checkin(self.session, initiative_id, self.person.id)
        if due is None:
            return None
        return due.astimezone(current_rules().zone(self.person.timezone)).date()

    def my_initiatives(self) -> Sequence[InitiativeView]:
        rows = InitiativeRepository(self.session).list(
            InitiativeFilter(initiator_id=self.person.id, limit=20)
        )
        return [initiative_view(i, next_checkin=self._next_checkin_day(i.id)) for i in rows]


class _NotQuick(Exception):
    """This turn needs more than the quick way offers."""


class _NoStoragePort:
    """The dialogue's port on the quick way: anything stored beyond the state goes the ORM
    way (submitting, listing the person's initiatives)."""

    def submit(self, fields: dict[str, str], original_text: str, language: str) -> Receipt:
        raise _NotQuick

    def my_initiatives(self) -> Sequence[InitiativeView]:
        raise _NotQuick


# Conversation state that a desk (staff, initiator, relay, check-in) is waiting on.
_DESK_KEYS = ("staff_pending", "own_pending", "relay", "checkin_pending", "confirming")


def _typed_confirmation(state: dict[str, Any], text: str | None) -> str | None:
    """The button a typed "ja"/"nej" stands for, when a confirmation waits for one.

    Anything else ends the question unanswered (its buttons are stale from then on) and is
    read as usual."""
    confirming = state.pop("confirming", None)
    if not confirming or not text:
        return None
    answer = yes_or_no(text)
    return str(confirming[answer]) if answer else None


def _await_typed_answer_to_offer(state: dict[str, Any], replies: Sequence[Reply]) -> None:
    """Let a typed "ja"/"nej" answer the introduction offer among `replies` like its buttons
    (see `_typed_confirmation`); with two offers open, a bare yes is no answer to either."""
    offers = [
        reply for reply in replies if any(c.value.startswith(BRIDGE_PREFIX) for c in reply.choices)
    ]
    if len(offers) != 1 or state.get("confirming"):
        return
    if replies and replies[-1].card is not None:
        # The next idea's read-back follows the offer: a typed "ja" sends that (the offer
        # keeps its buttons); an open question is no yes-or-no, so "ja" answers the offer.
        return
    buttons = {c.value.split(":")[1]: c.value for c in offers[0].choices}
    if {"yes", "no"} <= set(buttons):
        state["confirming"] = {"yes": buttons["yes"], "no": buttons["no"]}


def _drafting(state: dict[str, Any]) -> bool:
    """True while an idea is being told: its questions or its read-back are open."""
    return state["phase"] not in (Phase.NEW, Phase.LISTENING) or bool(state["fields"])


def _about_the_service(state: dict[str, Any], text: str) -> bool:
    """True when `text` is for the service, not the intake: a question about the service,
    a withdrawal, or "fortryd" right after sending (see `ConversationService._service`)."""
    if service_question(text) is not None:
        return True
    if _drafting(state):
        return False
    command = classify(text.strip(), state["lang"])
    undo = command is not None and command.intent == Intent.UNDO and bool(state.get("just_sent"))
    return undo or asks_to_withdraw(text)


def _errand(state: dict[str, Any], text: str) -> str | None:
    """ "question" or "fault" when `text` is an errand for another desk, said where the intake
    can point elsewhere: before an idea, or while a question or the read-back is open."""
    if service_question(text) is not None or asked_back(text) is not None:
        return None
    phase = state["phase"]
    if not _drafting(state):
        kind = elsewhere(text)
    elif phase in (Phase.ASKING, Phase.READBACK):
        kind = elsewhere(text, drafting=True)
    else:
        # Asked for a part's new words, or where an addition goes: those are the answer.
        return None
    if kind is None or _proposes(text):
        return None
    return kind


def _proposes(text: str) -> bool:
    """Whether a question asks for something new at a place (an idea after all)."""
    # Imported on first use, as the dialogue does: compiling it takes most of a second.
    from bot.dialogue import understanding

    return bool(understanding.proposes(text))


# How much the bridges worker yields the CPU to the turns (a Unix nice increment): a person
# waiting for an answer comes before an introduction offered a little later. On two cores the
# worker's scoring otherwise took the turns' second core from them at the busiest moments.
BRIDGES_WORKER_NICE = 10


def _bridges_worker_start() -> None:
    leave_with_parent()
    if hasattr(os, "nice"):
        os.nice(BRIDGES_WORKER_NICE)


def leave_with_parent() -> None:
    """In a worker process: exit when the process that started it is gone.

    A worker holds both ends of its task queue, so it never sees the server's end close:
    without this, a server that was killed (SIGKILL, out of memory) would leave it behind,
    waiting for work forever."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="leave-with-parent", daemon=True).start()


_worker_databases: dict[str, Database] = {}


def suggest_bridges_in_worker(database_url: str, initiative_id: int) -> list[Suggestion]:
    """In the bridges worker process: the introductions worth offering for a new initiative.

    Only reads (outside the write lock turns need); the server writes the offers, queued on
    its own writer lock like any turn, where this process could only poll SQLite's lock and
    give up after its busy timeout."""
    database = _worker_databases.get(database_url)
    if database is None:
        database = _worker_databases[database_url] = Database(database_url)
    with database.session(read_only=True) as session:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None or initiative.initiator_id is None:
            return []
        return suggest(session, initiative)


class ConversationService:
    """Loads the conversation, lets the dialogue decide, and saves it all in one transaction."""

    def __init__(
        self, database: Database, settings: Settings, *, background_bridges: bool = False
    ) -> None:
        self.database = database
        self.settings = settings
        self.categoriser = DEFAULT_CATEGORISER
        if settings.categories_file:
            try:
                self.categoriser = load_categories(Path(settings.categories_file))
            except CategoriesFileError as problem:
                raise ConfigurationError(str(problem)) from problem
        # Finding related ideas is pure Python over many initiatives; a server does it after
        # the turn in a worker process (a thread would hold the GIL the turns need), and the
        # offers arrive as proactive messages a moment later.
        self._bridges = self._new_bridges_pool() if background_bridges else None
        # One thread hands each submission to the worker and writes the offers it returns.
        self._bridge_offers = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="bridge-offers")
            if background_bridges
            else None
        )
        self._pending_bridges: list[Future[bool]] = []
        self._bridges_idle = threading.Condition()
        # Called (from any thread) when something was queued in the outbox outside a turn.
        self.on_queued: Callable[[], None] | None = None
        self.dialogue = IntakeDialogue(
            DialogueSettings(
                max_questions=settings.max_questions,
                max_message_chars=settings.max_message_chars,
                service_contact_url=settings.service_contact_url,
                privacy_policy_url=settings.privacy_policy_url,
                response_working_days=settings.response_working_days,
            )
        )

    def start(self, incoming: Incoming) -> list[Reply]:
        """The channel opened: greet a newcomer, or remind a returning person where we were."""
        return self.turn(incoming, opening=True).replies

    def handle(self, incoming: Incoming) -> list[Reply]:
        """Answer one message or button press; a duplicate delivery gets no second answer."""
        return self.turn(incoming).replies

    def turn(self, incoming: Incoming, *, opening: bool = False) -> TurnResult:
        """`start` (opening) or `handle`, with the conversation's language after the turn."""
        language = supported(
            language_from_locale(incoming.locale) or self.settings.default_language
        )
        if not opening:
            quick = self._quick_turn(incoming)
            if quick is not None:
                return quick
        submitted: list[tuple[int, str]] = []
        queued = False
        try:
            with self.database.session() as session:
                if incoming.event_id and not ProcessedEventRepository(session).first_time(
                    incoming.platform, incoming.event_id
                ):
                    log.info("duplicate event ignored platform=%s", incoming.platform)
                    known = PersonRepository(session).find_by_identity(
                        incoming.platform, incoming.user_id
                    )
                    return TurnResult([], supported(known.language) if known else language)
                person, conversation, new_person, held_waiting = self._load(
                    session, incoming, language
                )
                # Freshly read for this turn and saved with an explicit UPDATE (_save), so the
                # turn may change it in place; a failed turn's session is thrown away with it.
                state: dict[str, Any] = conversation.state or new_state(conversation.language)
                was_new = state["phase"] == Phase.NEW
                if not opening and self._too_fast(state):
                    _save(session, conversation, state)
                    return TurnResult([Reply(t("limit.messages", state["lang"]))], state["lang"])
                staff = staff_for(session, incoming.platform, incoming.user_id)
                # What could not be pushed to them while away is shown first when they return.
                # (A staff member's own held messages are looked up by their staff id.)
                held = (
                    held_for(session, person, staff.id if staff else None)
                    if held_waiting or staff is not None
                    else []
                )
                if opening:
                    replies = held + self.dialogue.start(state)
                else:
                    replies = held + self._decide(
                        session, incoming, person, staff, state, submitted, new_person
                    )
                # An offer that waited for them may be answered by typing, too.
                _await_typed_answer_to_offer(state, held)
                language = state["lang"]
                if sa_inspect(person).was_deleted:
                    # They asked us to forget them: nothing more to save.
                    return TurnResult(replies, language)
                if was_new and person.privacy_notice_at is None:
                    person.privacy_notice_at = utcnow()
                _save(session, conversation, state)
                if person.language != state["lang"]:
                    # (Assigning an unchanged value would still make the commit flush.)
                    person.language = state["lang"]
                queued = bool(session.info.get(QUEUED))
        except Exception:
            # Our fault, not the person's: log ids only (no message text), apologise.
            log.exception(
                "turn failed platform=%s conversation=%s",
                incoming.platform,
                incoming.conversation_id,
            )
            return TurnResult([Reply(t("error", language))], language)
        for initiative_id, lang in submitted:  # only once the submission is committed
            assert self._bridge_offers is not None
            future = self._bridge_offers.submit(self._offer_bridges, initiative_id, lang)
            # Listed before the callback is added: a future done already is then dropped.
            with self._bridges_idle:
                self._pending_bridges.append(future)
            future.add_done_callback(self._bridges_done)
        return TurnResult(replies, language, queued)

    def _quick_turn(self, incoming: Incoming) -> TurnResult | None:
        """An ordinary turn (a known person in the middle of telling an idea, or a newcomer's
        first message) on the cursor underneath the ORM (see `storage.quick_turn`); None when
        the turn is anything else: it then goes the ORM way, and nothing of this attempt is
        kept."""
        choice, text = incoming.choice, incoming.text
        # Buttons with a prefix belong to the desks, bridges and privacy.
        if (choice is not None and ":" in choice) or (
            text is not None and privacy_request(text) is not None
        ):
            return None
        staff_ids = cached_account_ids(self.database.engine, staff_column(incoming.platform))
        if staff_ids is None or incoming.user_id in staff_ids:
            return None
        try:
            with quick_turn(self.database) as storage:
                if incoming.event_id and not storage.first_time(
                    incoming.platform, incoming.event_id
                ):
                    known = storage.read(
                        incoming.platform, incoming.user_id, incoming.conversation_id
                    )
                    if known is None:
                        raise _NotQuick
                    log.info("duplicate event ignored platform=%s", incoming.platform)
                    return TurnResult([], supported(known.person_language))
                rows = storage.read(incoming.platform, incoming.user_id, incoming.conversation_id)
                if rows is None:
                    return self._quick_newcomer(storage, incoming)
                state = rows.state
                if (
                    rows.conversation_id is None
                    or not state
                    or not self._ordinary(incoming, rows, state)
                    or self._too_fast(state)
                ):
                    raise _NotQuick
                replies = self._intake(state, _NoStoragePort(), text=text, choice=choice)
                storage.save_state(rows.conversation_id, state, state["lang"])
                if rows.person_language != state["lang"]:
                    storage.set_language(rows.person_id, state["lang"])
                return TurnResult(replies, state["lang"])
        except _NotQuick:
            return None
        except Exception:
            # A fault here is ours; the ORM way tries again and, failing too, apologises.
            log.exception("quick turn failed platform=%s", incoming.platform)
            return None

    def _quick_newcomer(self, storage: QuickTurn, incoming: Incoming) -> TurnResult:
        """A newcomer's first message on the quick way: the intake's first answer (with the
        privacy notice), then the person, identity, address and conversation stored as the
        turn leaves them, as the ORM way would. Raises _NotQuick for anything more (a button,
        a question about the service, a submission) or when the account was taken in between."""
        text = incoming.text
        language = supported(
            language_from_locale(incoming.locale) or self.settings.default_language
        )
        state = new_state(language)
        if incoming.choice is not None or text is None or _about_the_service(state, text):
            raise _NotQuick
        if self._too_fast(state):
            raise _NotQuick
        replies = self._intake(state, _NoStoragePort(), text=text, choice=None)
        _await_typed_answer_to_offer(state, replies)
        person_id = storage.create_newcomer(
            incoming.platform,
            incoming.user_id,
            incoming.conversation_id,
            state=state,
            display_name=incoming.display_name,
            timezone=incoming.timezone,
            address=incoming.address,
        )
        if person_id is None:
            raise _NotQuick
        log.info("new person id=%s platform=%s", person_id, incoming.platform)
        return TurnResult(replies, state["lang"])

    @staticmethod
    def _ordinary(incoming: Incoming, rows: QuickRows, state: dict[str, Any]) -> bool:
        """True when nothing in this turn needs more than the dialogue and its state."""
        if rows.held or state.get("phase") == Phase.NEW or idle(state):
            # Held messages are shown first; a newcomer gets the privacy notice; an idle
            # conversation's text may answer a check-in.
            return False
        if any(state.get(key) for key in _DESK_KEYS):
            return False
        if incoming.text is not None and _about_the_service(state, incoming.text):
            return False
        if incoming.timezone and incoming.timezone != rows.timezone:
            return False
        return not incoming.address or (incoming.address == rows.address and not rows.address_stale)

    @staticmethod
    def _new_bridges_pool() -> ProcessPoolExecutor:
        # spawn, not fork: the server has threads and open connections a fork would copy.
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_bridges_worker_start,
        )

    def _offer_bridges(self, initiative_id: int, language: str) -> bool:
        """In the bridge-offers thread: the worker finds what to offer, this process writes
        it; True when something was queued."""
        try:
            suggestions = self._suggest_in_worker(initiative_id)[:MAX_SUGGESTIONS]
            if not suggestions:
                return False
            # A few statements on the cursor, as an ordinary turn's: this thread shares the
            # interpreter and the writer lock with the turns, and the ORM's work here cost
            # the turns waiting on either a millisecond at the median, four at the p99
            # (`python -m bench.turns`).
            with quick_turn(self.database) as quick:
                person_id = quick.initiator_of(initiative_id)
                if person_id is None:
                    return False  # erased or withdrawn meanwhile
                replies = [
                    offer_reply(
                        suggestion,
                        quick.add_introduction(
                            initiative_id,
                            IntroductionState.OFFERED.value,
                            **suggestion.introduction_targets,
                        ),
                        language,
                    )
                    for suggestion in suggestions
                ]
                payload = {"replies": [reply.to_dict() for reply in replies]}
                quick.enqueue(person_id, initiative_id, "bridge_offer", payload)
            log.info("introductions offered initiative=%s count=%s", initiative_id, len(replies))
            return True
        except Exception:
            log.exception("bridge offers failed initiative=%s", initiative_id)
            return False

    def _suggest_in_worker(self, initiative_id: int) -> list[Suggestion]:
        assert self._bridges is not None
        url = self.database.url.render_as_string(hide_password=False)
        try:
            return self._bridges.submit(suggest_bridges_in_worker, url, initiative_id).result()
        except BrokenProcessPool:
            # The worker died (killed, out of memory): start a new one for this and later.
            log.warning("bridges worker restarted")
            self._bridges = self._new_bridges_pool()
            return self._bridges.submit(suggest_bridges_in_worker, url, initiative_id).result()

    def _bridges_done(self, future: Future[bool]) -> None:
        try:
            error = None if future.cancelled() else future.exception()
            if error is not None:
                log.error("bridge offers failed", exc_info=error)
            elif not future.cancelled() and future.result() and self.on_queued is not None:
                self.on_queued()
        finally:
            # Done work leaves the list at once: a server running for months keeps no trail.
            with self._bridges_idle:
                self._pending_bridges.remove(future)
                self._bridges_idle.notify_all()

    def wait_for_background(self) -> None:
        """Block until offers being prepared after earlier turns are queued (tests, shutdown)."""
        with self._bridges_idle:
            self._bridges_idle.wait_for(lambda: not self._pending_bridges)

    def close(self) -> None:
        """Finish background work and stop the worker process."""
        self.wait_for_background()
        if self._bridge_offers is not None:
            self._bridge_offers.shutdown(wait=True)
            self._bridge_offers = None
        if self._bridges is not None:
            self._bridges.shutdown(wait=True)
            self._bridges = None

    def _decide(
        self,
        session: Session,
        incoming: Incoming,
        person: Person,
        staff: StaffMember | None,
        state: dict[str, Any],
        submitted: list[tuple[int, str]],
        new_person: bool = False,
    ) -> list[Reply]:
        """Staff actions and relayed answers first; everything else is the intake dialogue.

        (A new case here that an ordinary turn can meet must close the quick way too: see
        `_quick_turn` and `_ordinary`.)"""
        choice, text = incoming.choice, incoming.text
        confirming = state.get("confirming")
        typed = _typed_confirmation(state, text) if choice is None else None
        if typed is not None:
            choice, text = typed, None
        elif choice is not None:
            state.pop("confirming", None)
        if choice is not None and choice.startswith(PRIVACY_PREFIX):
            if not confirming or choice not in confirming.values():
                # An erase button from an earlier prompt: nothing this final runs from it.
                return [Reply(t("stale_button", state["lang"]))]
            return self._privacy_choice(session, person, state, choice)
        if text is not None and (request := privacy_request(text)) is not None:
            return self._privacy_request(session, person, state, request, text)
        if staff is not None and text is not None and (typed := staff_command(text)):
            choice, text = typed, None
        if staff is not None and text is not None:
            edited = edit_template(session, staff, text, state["lang"])
            if edited is not None:
                return [edited]
        if choice is not None and choice.startswith(STAFF_PREFIX):
            if staff is None:
                return [Reply(t("staff.not_staff", state["lang"]))]
            return StaffDesk(session).on_choice(staff, state, choice)
        if choice is not None and choice.startswith(ANSWER_PREFIX):
            return InitiatorDesk(session).start_answer(person, state, choice)
        if choice is not None and choice.startswith(OWN_PREFIX):
            if choice.startswith("own:withdraw_yes:") and (
                not confirming or choice not in confirming.values()
            ):
                return [Reply(t("stale_button", state["lang"]))]
            return InitiatorDesk(session).on_choice(person, state, choice)
        if choice is not None and choice.startswith(CHECKIN_PREFIX):
            return CheckinDesk(session).on_choice(person, staff, state, choice)
        if text is not None and text.strip():
            command = classify(text.strip(), state["lang"])
            cancelled = command is not None and command.intent == Intent.CANCEL
            if state.get("staff_pending"):
                if staff is not None and not cancelled:
                    return StaffDesk(session).on_text(staff, state, text.strip())
                state.pop("staff_pending", None)
                if cancelled:
                    return [Reply(t("staff.cancelled", state["lang"]))]
            if state.get("own_pending"):
                if cancelled:
                    state.pop("own_pending", None)
                    return [Reply(t("staff.cancelled", state["lang"]))]
                return InitiatorDesk(session).on_text(person, state, text.strip())
            if state.get("relay"):
                if cancelled:
                    state.pop("relay", None)
                    return [Reply(t("staff.cancelled", state["lang"]))]
                return InitiatorDesk(session).relay(person, state, text.strip())
            if _about_the_service(state, text):
                answered = self._service(session, person, state, text.strip(), command)
                if answered is not None:
                    return answered
            if state.get("checkin_pending") and cancelled:
                state.pop("checkin_pending", None)
                return [Reply(t("staff.cancelled", state["lang"]))]
            if not new_person or staff is not None:  # a newcomer has no check-ins yet
                answered = CheckinDesk(session).on_text(person, staff, state, text.strip())
                if answered is not None:
                    return answered
        if choice is not None:
            bridged = handle_choice(session, person, choice, state["lang"])
            if bridged is not None:
                # A bridge button never touches the intake; the question that was open
                # (another idea may be under way) comes again.
                return [*bridged, *self.dialogue.prompt_if_busy(state)]
        port = _SessionPort(session, person, self.settings, self.categoriser)
        replies = self._intake(state, port, text=text, choice=choice)
        if port.submitted is not None:
            # Builds bridges: related ideas and associations, offered with double opt-in.
            if self._bridges is None:
                offers = offer_introductions(session, port.submitted, state["lang"])
                # Right after the receipt: before the first question of a next idea.
                replies = [*replies[:1], *offers, *replies[1:]]
            else:
                submitted.append((port.submitted.id, state["lang"]))
        _await_typed_answer_to_offer(state, replies)
        return replies

    def _intake(
        self,
        state: dict[str, Any],
        port: IntakePort,
        *,
        text: str | None,
        choice: str | None,
    ) -> list[Reply]:
        """The intake dialogue, after the moves that are no part of an idea: an errand for
        another desk, a thank-you with nothing under way, "jeg har en idé" said again."""
        invited = state.pop("invited", False)
        after_errand = state.pop("errand_told", False)
        if choice is not None or text is None or not text.strip():
            return self.dialogue.handle(state, port, text=text, choice=choice)
        said = text.strip()
        lang = state["lang"]
        errand = _errand(state, said)
        if errand is not None:
            replies: list[Reply] = []
            if not _drafting(state):
                if not state["lang_locked"]:
                    # Said first thing, the words set the language, as an idea's would.
                    lang = state["lang"] = detect_language(said, lang)
                if state["phase"] == Phase.NEW:
                    replies += self.dialogue.start(state)
                state.pop("just_sent", None)
            key = "not_an_idea" if errand == "question" else "not_an_idea.fault"
            if _drafting(state):
                # The pointer, and the question that was open, again: nothing is stored.
                key += ".asking"
            else:
                state["errand_told"] = True
            url = self.settings.service_contact_url
            return [*replies, Reply(t(key, lang, url=url)), *self.dialogue.prompt_if_busy(state)]
        listening = state["phase"] == Phase.LISTENING and not _drafting(state)
        if listening and not state.get("afterthought") and says_thanks(said):
            # "ok tak" with nothing under way: you're welcome, not "tell me your idea".
            state.pop("just_sent", None)
            key = "thanks.after_submit" if state.get("last_reference") else "thanks.before"
            return [Reply(t(key, lang))]
        if after_errand and listening and follows_errand(said) and not _proposes(said):
            # "hvornår har genbrugsstationen åbent?", then "jeg skal aflevere en gammel sofa":
            # the same errand, told on, not an idea.
            state["errand_told"] = True
            url = self.settings.service_contact_url
            return [Reply(t("not_an_idea.follow_up", lang, url=url))]
        command = classify(said, lang) if listening else None
        greets = command is not None and command.intent == Intent.GREETING
        if greets and state["phase"] == Phase.LISTENING and not state["fields"]:
            # "hej", then "jeg har en idé": the second invitation is put otherwise.
            state["invited"] = "greeting"
        if command is not None and command.intent == Intent.WANTS_TO_SHARE:
            # "jeg har en idé": the dialogue invites the idea; said again, it is put otherwise.
            state["invited"] = True
            if invited:
                state.pop("just_sent", None)
                key = "invite.greeted" if invited == "greeting" else "invite.again"
                return [Reply(t(key, lang))]
        return self.dialogue.handle(state, port, text=text, choice=choice)

    def _too_fast(self, state: dict[str, Any]) -> bool:
        """Keep the last minute's message times in the state; True over the per-minute limit."""
        now = utcnow().timestamp()
        recent = [moment for moment in state.get("recent", []) if now - moment < 60]
        limited = len(recent) >= self.settings.messages_per_minute
        if not limited:
            recent.append(now)
        state["recent"] = recent
        return limited

    def _service(
        self,
        session: Session,
        person: Person,
        state: dict[str, Any],
        text: str,
        command: IntentMatch | None,
    ) -> list[Reply] | None:
        """Answer a question about the service, or take a sent idea back, and go on where
        the conversation was: nothing of it becomes part of an idea. None when the idea just
        sent is closed already: "fortryd" is then the dialogue's."""
        desk = InitiatorDesk(session)
        if command is not None and command.intent == Intent.UNDO:
            return desk.undo_sent(person, state)
        replies: list[Reply] = []
        if not _drafting(state) and not state["lang_locked"]:
            # Said first thing, the words set the language, as an idea's would.
            state["lang"] = detect_language(text, state["lang"])
        if state["phase"] == Phase.NEW:
            # The welcome, with the privacy notice, comes first.
            replies += self.dialogue.start(state)
        question = service_question(text)
        if question is None:
            state.pop("checkin_pending", None)
            return replies + desk.withdraw(person, state, named_reference(text))
        lang = state["lang"]
        replies.append(
            Reply(
                t(
                    f"service_question.{question}",
                    lang,
                    url=self.settings.privacy_policy_url,
                    contact_url=self.settings.service_contact_url,
                )
            )
        )
        if _drafting(state):
            # The question or the read-back that was open, again.
            return replies + self.dialogue.prompt_if_busy(state)
        if len(replies) == 1 and not state.get("last_reference"):
            replies.append(Reply(t("invite", lang)))
        return replies

    def _privacy_request(
        self,
        session: Session,
        person: Person,
        state: dict[str, Any],
        request: str,
        text: str,
    ) -> list[Reply]:
        asked_in = privacy_request_language(text)
        if asked_in is not None and not state["lang_locked"] and not state["fields"]:
            # "delete my data" as a first message: the dialogue has not read a language yet.
            state["lang"] = person.language = asked_in
        lang = asked_in or state["lang"]
        if request == "export":
            # Readable, in their language; the full copy is the operators' `privacy export`.
            url = self.settings.privacy_policy_url
            return [Reply(describe_person(session, person, lang, contact_url=url))]
        state["confirming"] = {"yes": f"{PRIVACY_PREFIX}erase", "no": f"{PRIVACY_PREFIX}keep"}
        return [
            Reply(
                t("privacy.erase_confirm", lang),
                choices=(
                    Choice(t("button.erase_yes", lang), f"{PRIVACY_PREFIX}erase"),
                    Choice(t("button.cancel_action", lang), f"{PRIVACY_PREFIX}keep"),
                ),
            )
        ]

    def _privacy_choice(
        self, session: Session, person: Person, state: dict[str, Any], choice: str
    ) -> list[Reply]:
        lang = state["lang"]
        if choice == f"{PRIVACY_PREFIX}erase":
            erase_person(session, person)
            return [Reply(t("privacy.erased", lang))]
        # Kept: and where the conversation was, it goes on ("Hvor skal det foregå?").
        return [Reply(t("privacy.kept", lang)), *self.dialogue.prompt_if_busy(state)]

    def _load(
        self, session: Session, incoming: Incoming, language: str
    ) -> tuple[Person, Conversation, bool, bool]:
        """The person and the conversation, created on first contact; True when the person is
        new, and True when messages are held for them (see `held_for`)."""
        people = PersonRepository(session)
        conversations = ConversationRepository(session)
        # A known person's turn reads everything it needs in one query: the person, their
        # stored address, the conversation and whether anything waits for them.
        rows = conversations.for_turn(incoming.platform, incoming.user_id, incoming.conversation_id)
        created = False
        if rows is not None:
            person, address, conversation = rows.person, rows.address, rows.conversation
            looked_up, held = True, rows.held
        else:
            person, created = people.get_or_create(
                incoming.platform,
                incoming.user_id,
                display_name=incoming.display_name,
                language=language,
                # A newcomer's first turn opens with the privacy notice.
                privacy_notice_at=utcnow(),
                known_new=True,
            )
            # A newcomer has no address and nothing held yet; when another process created
            # them in between, we know neither.
            address, conversation, looked_up, held = None, None, created, not created
        if incoming.timezone and person.timezone != incoming.timezone:
            person.timezone = incoming.timezone
        if incoming.address:
            people.set_address(
                person, incoming.platform, incoming.address, known=address, looked_up=looked_up
            )
        if conversation is None:
            conversation, _ = conversations.get_or_create(
                incoming.platform, incoming.conversation_id, person, language, new_person=created
            )
        if created:
            log.info("new person id=%s platform=%s", person.id, incoming.platform)
        return person, conversation, created, held
