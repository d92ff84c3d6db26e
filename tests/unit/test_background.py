"""The build's background jobs: results and errors reach the caller, and no job reads while reads are recorded."""

from __future__ import annotations

import threading
import time

import pytest

from sitebuild import background, cache


def test_a_started_job_gives_its_result_once_and_a_job_not_started_runs_on_request():
    background.start("sum", sum, [1, 2, 3])
    assert background.result("sum", sum, [10]) == 6  # the started job's result, not the fallback's
    assert background.result("sum", sum, [10]) == 10  # collected: asked again, the work runs now


def test_a_jobs_error_is_raised_where_its_result_is_collected():
    def fail():
        raise ValueError("the worked example failed")

    background.start("failing", fail)
    with pytest.raises(ValueError, match="worked example failed"):
        background.result("failing", fail)


def test_a_job_started_again_replaces_the_uncollected_one_after_it_ends():
    ended = threading.Event()

    def slow():
        time.sleep(0.2)
        ended.set()
        return "earlier"

    background.start("job", slow)
    background.start("job", lambda: "later")
    assert ended.is_set(), "the earlier job was still running when its replacement started"
    assert background.result("job", str) == "later"


def test_recording_reads_waits_for_the_jobs_so_their_reads_are_not_recorded(tmp_path):
    read_by_job = tmp_path / "read-by-the-job.txt"
    read_by_job.write_text("x", encoding="utf-8")

    def job():
        time.sleep(0.3)
        return read_by_job.read_text(encoding="utf-8")

    background.start("reader", job)
    with cache.recording_reads() as opened:
        time.sleep(0.5)  # long enough for a job still running to read its file meanwhile
    assert read_by_job not in opened
    assert background.result("reader", job) == "x"
