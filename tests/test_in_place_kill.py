"""`convert --in-place` under SIGKILL: the article is always its old text or its new one (issue 11).

A forked child rewrites the article again and again, as `convert --in-place` does, and is killed
at a random moment; the file is then read. Forking keeps each round to milliseconds, so many
kills land inside a write rather than in start-up.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time

import pytest

OLD = "On 19 August 2025 the unit lost 300m yuan and earned 21.3bn yuan.\n" * 40
KILLS = 40


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_in_place_is_old_or_new_under_random_sigkills(tmp_path):
    from evcheck.convert import convert_document, inline
    from evcheck.output import write_atomic
    from evcheck.read.files import read_document

    article = tmp_path / "a.txt"
    article.write_text(OLD)
    started = time.monotonic()
    new = inline(read_document(str(article)), convert_document(read_document(str(article)), "usd", "2025-08-19"))[0]
    write_atomic(str(tmp_path / "timing.txt"), new)
    round_trip = 2 * (time.monotonic() - started)  # one rewrite and one write back, on this machine now
    assert new != OLD
    rng = random.Random(12)
    seen = set()
    for _ in range(KILLS):
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            try:
                while True:
                    doc = read_document(str(article))
                    text, added = inline(doc, convert_document(doc, "usd", "2025-08-19"))
                    write_atomic(str(article), text if added else OLD)  # in place, then back
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 4 * round_trip))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        content = article.read_text()
        assert content in (OLD, new)
        seen.add(content == new)
        for leftover in tmp_path.glob(".a.txt.*.tmp"):  # a killed write cannot clean up; the next run is unaffected
            leftover.unlink()
    (tmp_path / "timing.txt").unlink()
    assert seen == {True, False}, "the kills should land on both sides of a rewrite"
    print(f"{KILLS} SIGKILLs, every time the old or the new text", file=sys.stderr)
