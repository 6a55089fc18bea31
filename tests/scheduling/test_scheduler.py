"""The APScheduler wrapper, for real: it starts, schedules its jobs with explicit ids and
misfire settings, and the dispatch job really runs the dispatcher (bounded waits only)."""

from __future__ import annotations

import asyncio
import time

from sqlalchemy import select

from bot.config import Settings
from bot.scheduling.config import CheckinSettings
from bot.scheduling.scheduler import DIGEST_JOB, DISPATCH_JOB, OUTBOX_JOB, CheckinScheduler
from bot.services.outbox import OutboxDispatcher
from storage.db import Database
from storage.models import CheckIn
from tests.scheduling.conftest import local, make_person
from tests.scheduling.test_dispatcher import add_checkin, make_initiative
from tests.services.test_outbox import RecordingSender


async def _until(condition: object, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the scheduler did not get there in time"
        await asyncio.sleep(0.05)


async def test_scheduler_runs_the_dispatcher_and_delivers(
    database: Database, settings: Settings
) -> None:
    anna = make_person(database, "anna")
    checkin = add_checkin(
        database, make_initiative(database, anna), local("2027-01-04T09:00"), person_id=anna
    )
    sender = RecordingSender("slack")
    checkins = CheckinSettings(misfire_grace_seconds=900, _env_file=None)  # type: ignore[call-arg]
    scheduler = CheckinScheduler(
        database, settings, checkins, OutboxDispatcher(database, {"slack": sender})
    )
    # The dispatcher's clock says Monday 4 January 2027, 10:00 (a working morning).
    scheduler.dispatcher.clock = lambda: local("2027-01-04T10:00")
    scheduler.start()
    try:
        assert scheduler.running
        assert scheduler.job_ids() == sorted([DISPATCH_JOB, DIGEST_JOB, OUTBOX_JOB])
        job = scheduler.scheduler.get_job(DISPATCH_JOB)
        assert job is not None
        assert (job.misfire_grace_time, job.coalesce, job.max_instances) == (900, True, 1)
        assert job.kwargs == {"runtime_name": scheduler.name}  # plain arguments only
        digest = scheduler.scheduler.get_job(DIGEST_JOB)
        assert digest is not None and (digest.misfire_grace_time, digest.coalesce) == (900, True)
        # Starting again replaces the jobs instead of adding duplicates.
        scheduler.scheduler.add_job(
            lambda: None, "interval", seconds=60, id=DISPATCH_JOB, replace_existing=True
        )
        assert scheduler.job_ids().count(DISPATCH_JOB) == 1
    except BaseException:
        await scheduler.shutdown()
        raise
    await scheduler.shutdown()

    scheduler = CheckinScheduler(
        database, settings, checkins, OutboxDispatcher(database, {"slack": sender})
    )
    scheduler.dispatcher.clock = lambda: local("2027-01-04T10:00")
    scheduler.start()
    try:
        await _until(lambda: scheduler.runtime.runs.get(DISPATCH_JOB, 0) >= 1 and sender.sent)
    finally:
        await scheduler.shutdown()
    assert not scheduler.running
    with database.session() as session:
        row = session.scalar(select(CheckIn).where(CheckIn.id == checkin))
        assert row is not None and row.state == "sent"
    assert len(sender.sent) == 1
    reference, replies = sender.sent[0]
    assert reference == {"channel": "Danna"}
    assert replies[0].choices[0].value == f"checkin:done:{checkin}"
