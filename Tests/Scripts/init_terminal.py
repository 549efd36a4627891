#!/usr/bin/python3
"""Drives `backstride init` through a pseudo-terminal, as a runner types: a clear runner (with one wrong answer
that must be asked again, a `back`, and a distance typed with its unit) on a narrow terminal, an emergency answer,
and a see-a-doctor answer."""
import fcntl
import os
import pty
import re
import select
import struct
import tempfile
import termios
import time

from checks import BIN, ROOT, Tally
tally = Tally("init-terminal")
check = tally.check


COLUMNS = 60


def session(folder, replies, limit=60):
    """Runs init on a COLUMNS-wide terminal; answers each prompt with the first reply whose pattern matches it, or
    Enter. Returns the screen."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, COLUMNS, 0, 0))
        os.chdir(ROOT)
        os.execv(BIN, [BIN, "init", "-o", os.path.join(folder, "me.yaml"), "--pdf-dir", os.path.join(folder, "out"), "--today", "2026-11-21"])
    screen, pending, deadline = "", "", time.time() + limit
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096).decode("utf-8", "replace")
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
        pending += chunk
        # A prompt ends with "] " or "? " and waits for a line.
        if re.search(r"(\]|\?) $", pending):
            # The question since the last "Question k of n" line; a long one is wrapped over several lines.
            prompt = " ".join(pending.split("Question ")[-1].split())
            answer = ""
            for pattern, reply in list(replies):
                if re.search(pattern, prompt):
                    answer = reply
                    replies.remove((pattern, reply))
                    break
            os.write(fd, (answer + "\n").encode())
            pending = ""
    os.waitpid(pid, 0)
    return screen


def flat(screen):
    """The screen's words with wrapping undone, for finding sentences."""
    return " ".join(screen.split())


with tempfile.TemporaryDirectory() as folder:
    screen = session(folder, [(r"What is your name", "Terry Tester"), (r"What year were you born", "1988"),
                              (r"at its worst while you run", "eleven"),
                              (r"at its worst while you run", "3"), (r"And when you rest", "back"),
                              (r"at its worst while you run", "4"), (r"How far do you run", "15km"),
                              (r"touch your toes", "no"), (r"legs crossed", "yes"), (r"lower back arching", "no"),
                              (r"knee fall inward", "yes"), (r"seconds can you hold", "40")])
    raw, screen = screen, flat(screen)
    check("warning signs" in screen, "the questionnaire starts with the warning signs")
    check(screen.index("bladder or bowels") < screen.index("What is your name"), "red flags come before anything else")
    check("Please give a whole number from 0 to 10." in screen, "a wrong answer is explained and asked again")
    check(re.search(r"Question 1 of (\d+)", screen) is not None, "each question says where the runner is")
    total = int(re.search(r"Question 1 of (\d+)", screen).group(1))
    check(f"Question {total} of {total}" in screen, f"the last question is number {total}")
    lines = raw.replace("\r", "").split("\n")
    check(all(len(line) <= COLUMNS for line in lines), "text is wrapped to the terminal's width: "
          + repr(max(lines, key=len)))
    check("Your 6-week plan" in screen, "a clear runner gets a plan")
    check(os.path.exists(os.path.join(folder, "out", "Terry-Tester.pdf")), "the plan's PDF is written")
    profile = open(os.path.join(folder, "me.yaml"), encoding="utf-8").read()
    check("  - glute_medius" in profile and "  - core_endurance" in profile and "  - hip_flexors_tight" in profile,
          "self-test answers become findings")
    check("pain: 4" in profile, "`back` let the runner change the pain answer")
    check("weekly_km: 15" in profile, "a distance typed as 15km is understood")

with tempfile.TemporaryDirectory() as folder:
    screen = flat(session(folder, [(r"bladder or bowels", "yes"), (r"referral handout", "n")]))
    check("STOP." in screen and "emergency department now" in screen, "an emergency answer stops with emergency advice")
    check("numbness or tingling between your legs" not in screen.lower(), "no further question after an emergency sign")
    check(not os.path.exists(os.path.join(folder, "me.yaml")), "nothing is written when the handout is declined")

with tempfile.TemporaryDirectory() as folder:
    screen = flat(session(folder, [(r"pain at night", "yes"), (r"What is your name", "Pat"), (r"What year were you born", "1985"),
                                   (r"at its worst", "5")]))
    check("a doctor should look at your back" in screen, "a see-a-doctor answer explains why")
    check("referral handout" in screen and os.path.exists(os.path.join(folder, "out", "Pat.pdf")), "a referral handout is written")
    check("How far do you run" not in screen, "no running questions after a see-a-doctor sign")

tally.finish()
