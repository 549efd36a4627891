#!/usr/bin/python3
"""Checks `backstride render --ics` with a real iCalendar parser (Debian's python3-icalendar): every session of
every example plan is one event on the right date, runs and strength sessions carry a reminder, sessions on one
day never start at the same moment, and the file keeps RFC 5545's line rules."""
import json
import os
import subprocess
import tempfile

import icalendar

from checks import BIN, ROOT, Tally
TODAY = "2026-11-21"
tally = Tally("ics")
check = tally.check


with tempfile.TemporaryDirectory() as out:
    timed = os.path.join(out, "timed.yaml")
    with open(os.path.join(ROOT, "Examples", "sam-rivera.yaml"), encoding="utf-8") as f:
        text = f.read().replace("  minutes: 40", '  minutes: 40\n  time: "18:15"').replace("id: C-1042", "id: T-1")
    with open(timed, "w", encoding="utf-8") as f:
        f.write(text)
    examples = sorted(os.path.join(ROOT, "Examples", n) for n in os.listdir(os.path.join(ROOT, "Examples")) if n.endswith(".yaml"))
    for profile in examples + [timed]:
        plan = json.loads(subprocess.run([BIN, "plan", profile, "--json", "--today", TODAY], check=True,
                                         capture_output=True, text=True).stdout)
        subprocess.run([BIN, "render", profile, "--ics", "-o", out, "--today", TODAY], check=True, capture_output=True)
        stem = "T-1" if profile == timed else plan["client_id"].replace(" ", "-")
        path = os.path.join(out, stem + ".ics")
        name = os.path.basename(profile)
        if plan["withheld"]:
            check(not os.path.exists(path), f"{name}: a withheld plan has no calendar")
            continue
        raw = open(path, "rb").read()
        check(raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), f"{name}: every line ends in CRLF")
        check(all(len(line) <= 75 for line in raw.split(b"\r\n")), f"{name}: no line is longer than 75 octets")
        calendar = icalendar.Calendar.from_ical(raw)
        events = [c for c in calendar.walk() if c.name == "VEVENT"]
        expected = [(day["date"], s) for week in plan["weeks"] for day in week["days"] for s in day["sessions"] if s["kind"] != "rest"]
        check(len(events) == len(expected), f"{name}: {len(events)} events for {len(expected)} sessions")
        uids = [str(e["UID"]) for e in events]
        check(len(set(uids)) == len(uids), f"{name}: event ids are unique")
        check(any(str(v).startswith("backstride-client:") for k, v in calendar.property_items() if k == "X-BACKSTRIDE"),
              f"{name}: the calendar carries its stamp")
        previous_end = {}
        for event, (date, session) in zip(events, expected):
            start = event.decoded("DTSTART")
            check(start.isoformat()[:10] == date, f"{name}: event on {start} for a session on {date}")
            check(str(event["SUMMARY"]).strip() != "", f"{name}: {date} event has a summary")
            alarms = [c for c in event.walk() if c.name == "VALARM"]
            wants_alarm = session["kind"] in ("run", "walk_run", "strength")
            check(len(alarms) == (1 if wants_alarm else 0), f"{name}: {date} {session['kind']} has {len(alarms)} reminders")
            for alarm in alarms:
                check(str(alarm["ACTION"]) == "DISPLAY" and "TRIGGER" in alarm, f"{name}: {date} reminder has an action and a trigger")
            if profile == timed:
                # The first session of a day at the usual time, each next one when the one before ends.
                expected_start = previous_end.get(date, start.replace(hour=18, minute=15))
                check(start == expected_start, f"{name}: {date} {session['kind']} starts at {start:%H:%M}, not {expected_start:%H:%M}")
                previous_end[date] = start + event.decoded("DURATION")
            else:
                check(not hasattr(start, "hour"), f"{name}: all-day event on {date}")
            if session["exercises"]:
                description = str(event.get("DESCRIPTION", ""))
                check(all(str(e["sets"]) in description for e in session["exercises"]), f"{name}: {date} description holds the doses")

tally.finish()
