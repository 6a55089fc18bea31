"""APScheduler 3, wrapped in one small class: it triggers the check-in dispatcher, the weekly
digest and outbox delivery.

The jobs are module-level functions with plain arguments (a runtime name), so nothing
unpicklable is frozen into a job. Each job sets its own misfire_grace_time and coalesce:
APScheduler's default grace of one second silently drops a run that starts a little late,
and after a pause we want one catch-up run, not a burst. The job store is the in-memory one:
a job store must never be shared between processes, and it need not be, because
exactly-once comes from the claimed rows in the database, not from the scheduler.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Settings
from bot.scheduling.config import CheckinSettings
from bot.scheduling.dispatcher import CheckinDispatcher
from bot.scheduling.rules import Rules
from bot.services.outbox import OutboxDispatcher
from storage.db import Database

log = logging.getLogger(__name__)

DISPATCH_JOB = "checkins.dispatch"
DIGEST_JOB = "checkins.digest"
OUTBOX_JOB = "outbox.deliver"


@dataclass
class SchedulerRuntime:
    """What the jobs of one scheduler work with, found by name."""

    dispatcher: CheckinDispatcher
    outbox: OutboxDispatcher | None = None
    runs: dict[str, int] = field(default_factory=dict)
    active: int = 0

    def count(self, job: str) -> None:
        """Note that a job ran (for /healthz-style checks and tests)."""
        self.runs[job] = self.runs.get(job, 0) + 1


_RUNTIMES: dict[str, SchedulerRuntime] = {}
_NAMES = itertools.count(1)


async def dispatch_checkins(runtime_name: str) -> int:
    """Job: send the check-ins that are due, note failed deliveries, deliver what was queued."""
    runtime = _RUNTIMES.get(runtime_name)
    if runtime is None:
        return 0
    runtime.active += 1
    try:
        result = await asyncio.to_thread(runtime.dispatcher.run_due)
        await asyncio.to_thread(runtime.dispatcher.report_failures)
        if runtime.outbox is not None and result.messages:
            await runtime.outbox.dispatch_pending()
    except Exception:
        # Logged with context and tried again on the next run; the rows are unchanged.
        log.exception("check-in dispatch failed")
        return 0
    finally:
        runtime.active -= 1
        runtime.count(DISPATCH_JOB)
    return result.sent


async def send_digests(runtime_name: str) -> int:
    """Job: queue this week's digests if they are due and not yet sent."""
    runtime = _RUNTIMES.get(runtime_name)
    if runtime is None:
        return 0
    runtime.active += 1
    try:
        queued = await asyncio.to_thread(runtime.dispatcher.send_digests)
        if runtime.outbox is not None and queued:
            await runtime.outbox.dispatch_pending()
    except Exception:
        log.exception("weekly digest failed")
        return 0
    finally:
        runtime.active -= 1
        runtime.count(DIGEST_JOB)
    return queued


async def deliver_outbox(runtime_name: str) -> int:
    """Job: deliver queued proactive messages, including retries whose backoff has passed."""
    runtime = _RUNTIMES.get(runtime_name)
    if runtime is None or runtime.outbox is None:
        return 0
    runtime.active += 1
    try:
        return await runtime.outbox.dispatch_pending()
    except Exception:
        log.exception("outbox delivery failed")
        return 0
    finally:
        runtime.active -= 1
        runtime.count(OUTBOX_JOB)


class CheckinScheduler:
    """Starts and stops the AsyncIOScheduler that drives check-ins, digests and the outbox."""

    def __init__(
        self,
        database: Database,
        settings: Settings,
        checkins: CheckinSettings | None = None,
        outbox: OutboxDispatcher | None = None,
    ) -> None:
        self.checkins = checkins or CheckinSettings()
        self.rules = Rules.from_settings(self.checkins, settings)
        self.dispatcher = CheckinDispatcher(
            database, self.rules, batch_size=self.checkins.batch_size
        )
        self.runtime = SchedulerRuntime(self.dispatcher, outbox)
        # A name per instance, so two schedulers in one process (tests) keep apart.
        self.name = f"checkins-{next(_NAMES)}"
        self.scheduler = AsyncIOScheduler(timezone=self.rules.zone())

    @property
    def running(self) -> bool:
        """True between start() and shutdown()."""
        return bool(self.scheduler.running)

    def job_ids(self) -> list[str]:
        """The ids of the scheduled jobs."""
        return sorted(job.id for job in self.scheduler.get_jobs())

    def start(self) -> None:
        """Schedule the jobs and start; call from inside the running event loop."""
        _RUNTIMES[self.name] = self.runtime
        grace = self.checkins.misfire_grace_seconds
        now = datetime.now(UTC)
        # Run the dispatcher and the digest once at start too: that is the catch-up after
        # a downtime (each overdue row is claimed once; the digest once per week).
        self.scheduler.add_job(
            dispatch_checkins,
            IntervalTrigger(seconds=self.checkins.dispatch_interval_seconds),
            kwargs={"runtime_name": self.name},
            id=DISPATCH_JOB,
            name="Send due check-ins",
            replace_existing=True,
            misfire_grace_time=grace,
            coalesce=True,
            max_instances=1,
            next_run_time=now,
        )
        self.scheduler.add_job(
            send_digests,
            CronTrigger(
                hour=self.rules.digest_time.hour,
                minute=self.rules.digest_time.minute,
                timezone=self.rules.zone(),
            ),
            kwargs={"runtime_name": self.name},
            id=DIGEST_JOB,
            name="Weekly digest (sent once per week; checked daily)",
            replace_existing=True,
            misfire_grace_time=grace,
            coalesce=True,
            max_instances=1,
            next_run_time=now,
        )
        if self.runtime.outbox is not None:
            self.scheduler.add_job(
                deliver_outbox,
                IntervalTrigger(seconds=self.checkins.outbox_interval_seconds),
                kwargs={"runtime_name": self.name},
                id=OUTBOX_JOB,
                name="Deliver the outbox",
                replace_existing=True,
                # A missed delivery run is simply done by the next one.
                misfire_grace_time=max(1, self.checkins.outbox_interval_seconds),
                coalesce=True,
                max_instances=1,
            )
        self.scheduler.start()
        log.info("check-in scheduler started: %s", ", ".join(self.job_ids()))

    async def shutdown(self, timeout: float = 10.0) -> None:
        """Stop: no new runs, let a running job finish (bounded), then shut down."""
        if self.scheduler.running:
            self.scheduler.pause()
            # Cancelling a job mid-pass would only be logged as an error; its database work
            # runs in a thread and is one transaction either way, so waiting is just tidier.
            loop = asyncio.get_running_loop()
            deadline = loop.time() + timeout
            while self.runtime.active and loop.time() < deadline:
                await asyncio.sleep(0.05)
            self.scheduler.shutdown(wait=False)
            # AsyncIOScheduler.shutdown is queued onto the loop: let it run before returning.
            while self.scheduler.running and loop.time() < deadline + 1:
                await asyncio.sleep(0.01)
        _RUNTIMES.pop(self.name, None)
        log.info("check-in scheduler stopped")
