"""The build's processes die with it, one build holds the checkout, and two prints give the same PDF bytes.

The builds themselves are killed and run in parallel in tests/site/test_build_ownership.py; these
tests check the pieces in a few tenths of a second each.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitebuild import pdf, processes

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")

# Two prints of one page as chromium writes them: other node ids (same order), other dates, other file ID.
PRINT = (
    b"%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261206221124+00'00')\n"
    b"/ModDate (D:20261206221124+00'00')>>\nendobj\n2 0 obj\n<</IDTree <</Limits [(node{a}) (node{b})]"
    b"\n/Names [(node{a}) 3 0 R (node{b}) 4 0 R]>>>>\nendobj\n3 0 obj\n<</S /TH\n/ID (node{a})>>\nendobj\n"
    b"4 0 obj\n<</S /TD\n/A [<</O /Table\n/Headers [(node{a})]>>]\n/ID (node{b})>>\nendobj\n"
    b"trailer\n<</ID [<{f}> <{f}>]>>\n"
)


def chromium_print(a: int, b: int, when: str, file_id: str) -> bytes:
    text = PRINT.replace(b"{a}", b"%08d" % a).replace(b"{b}", b"%08d" % b).replace(b"{f}", file_id.encode() * 32)
    return text.replace(b"20261206221124", when.encode())


def test_two_prints_of_the_same_page_give_the_same_bytes():
    first = chromium_print(701, 1203, "20261206221124", "A")
    second = chromium_print(679, 1180, "20261206221257", "B")
    epoch = 1_700_000_000
    made = pdf.reproducible(first, epoch)
    assert made == pdf.reproducible(second, epoch)
    assert len(made) == len(first)  # the cross-reference offsets stay right
    assert b"/ID (node00000001)" in made and b"/Limits [(node00000001) (node00000002)]" in made
    assert b"(D:20231114221320+00'00')" in made and b"20261206" not in made


def test_renumbering_keeps_the_order_of_the_ids():
    """The ID tree is a name tree: its keys stay sorted only if the new numbers keep the old order."""
    made = pdf.fix_node_ids(chromium_print(1203, 701, "20261206221124", "A"))
    assert b"/Limits [(node00000002) (node00000001)]" in made


def test_without_source_date_epoch_the_date_is_the_build_date():
    environment = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    code = "from sitebuild import pdf; import datetime; print(pdf.build_epoch() % 86400, pdf.build_epoch())"
    done = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seconds, epoch = map(int, done.stdout.split())
    assert seconds == 0 and abs(epoch - time.time()) < 2 * 86400


@linux
def test_a_process_dies_with_its_parent(tmp_path):
    """A parent starts a child that asks for the signal, then is killed: the child ends too."""
    pid_file = tmp_path / "child.pid"
    child = (
        "import os, sys, time; from sitebuild import processes; processes.die_with_parent(int(sys.argv[1])); "
        "open(sys.argv[2], 'w').write(str(os.getpid())); time.sleep(60)"
    )
    parent = (
        "import os, subprocess, sys, time; "
        f"subprocess.Popen([sys.executable, '-c', {child!r}, str(os.getpid()), sys.argv[1]]); time.sleep(60)"
    )
    started = subprocess.Popen([sys.executable, "-c", parent, str(pid_file)])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (pid_file.is_file() and pid_file.read_text()):
        time.sleep(0.05)
    grandchild = Path("/proc") / pid_file.read_text()
    started.kill()
    started.wait(timeout=10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and grandchild.exists() and "Z" not in (grandchild / "stat").read_text():
        time.sleep(0.05)
    assert not grandchild.exists() or " Z " in (grandchild / "stat").read_text()


@linux
def test_an_owned_command_runs_as_itself():
    done = subprocess.run(
        processes.owned_command([sys.executable, "-c", "import sys; print(sys.argv[1:])", "a b"]),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.strip() == "['a b']"


def test_a_second_holder_is_told_who_holds_the_lock(tmp_path):
    with processes.checkout_lock(tmp_path):
        code = (
            "import sys; from sitebuild import processes; processes.checkout_lock(sys.argv[1], wait=False).__enter__()"
        )
        done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=60)
        assert done.returncode != 0
        assert f"BuildLocked: another build is running in this checkout (pid {os.getpid()})" in done.stderr
    with processes.checkout_lock(tmp_path, wait=False):  # released: taken again at once
        assert (tmp_path / processes.LOCK_NAME).read_text().strip() == str(os.getpid())
