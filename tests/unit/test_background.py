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


def test_an_outcome_waits_for_the_job_and_stays_until_the_job_is_started_again():
    background.start("kept", lambda: time.sleep(0.2) or "first")
    assert background.outcome("kept") == "first"  # waited for
    assert background.outcome("kept") == "first"  # and kept for every later caller
    background.start("kept", lambda: "second")
    assert background.outcome("kept") == "second"


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


def test_recording_reads_counts_only_the_recording_threads_reads_and_does_not_wait_for_the_jobs(tmp_path):
    read_by_job, read_here = tmp_path / "read-by-the-job.txt", tmp_path / "read-here.txt"
    read_by_job.write_text("x", encoding="utf-8")
    read_here.write_text("y", encoding="utf-8")
    block_ended = threading.Event()
    job_read = threading.Event()

    def job():
        text = read_by_job.read_text(encoding="utf-8")  # while the block below is open
        job_read.set()
        assert block_ended.wait(5), "the recording block waited for the job"
        return text

    background.start("reader", job)
    with cache.recording_reads() as opened:
        assert job_read.wait(5)
        read_here.read_text(encoding="utf-8")
    block_ended.set()
    assert read_here in opened
    assert read_by_job not in opened
    assert background.result("reader", job) == "x"
