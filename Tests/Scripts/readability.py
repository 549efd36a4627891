#!/usr/bin/python3
"""Flesch-Kincaid grade of every section of the handout, measured on the text a reader gets: each example and
handout fixture is rendered, its PDF read back with pdftotext, and the text cut into sections at the headings the
templates print. Every section must stay at grade 6 or below, except the week pages: a table of days and doses,
measured and reported but not held to the limit.

    Tests/Scripts/readability.py           check, and check that docs/readability.md states the current figures
    Tests/Scripts/readability.py --write   rewrite docs/readability.md
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

from checks import BIN, ROOT, Tally

LIMIT = 6.0
TODAY = "2026-11-21"
REPORT = os.path.join(ROOT, "docs", "readability.md")
PROFILES = sorted(glob.glob(os.path.join(ROOT, "Examples", "*.yaml"))) + \
    sorted(glob.glob(os.path.join(ROOT, "Tests", "BackstrideRenderTests", "Fixtures", "handouts", "*.yaml")))
# Sections that are not prose: the week pages are a table of days, the cards carry the library's cues.
WEEK = re.compile(r"^Week \d+ (of \d+|\(continued\))$")
CARDS = "Your exercises"
# The last page, after the cards: its headings start sections again.
AFTER = "After this plan"


def syllables(word):
    """Vowel groups, less a silent final e: the usual estimate (about 90% right on English words)."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 1  # a number is read as one word
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", w)))


def grade(text):
    """(words, sentences, Flesch-Kincaid grade). A bullet is a sentence even without a full stop."""
    units = [u for u in re.split(r"•", text) if u.strip()]
    sentences = sum(max(1, len(re.findall(r"[.!?](?:\s|$)", u))) for u in units)
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", text)
    if not words:
        return 0, 0, 0.0
    syl = sum(syllables(w) for w in words)
    return len(words), sentences, 0.39 * len(words) / sentences + 11.8 * syl / len(words) - 15.59


def headings():
    """Every heading the templates can print, as patterns that allow a line break between words."""
    texts = []
    for path in glob.glob(os.path.join(ROOT, "Templates", "en", "*.mustache")):
        for line in open(path, encoding="utf-8"):
            m = re.match(r"^#{1,3} (.+)$", line.strip())
            if m:
                texts.append(m.group(1))
    section, phrases = None, {}
    for line in open(os.path.join(ROOT, "Templates", "en", "phrases.yaml"), encoding="utf-8"):
        top = re.match(r"^([a-z_]+):\s*$", line)
        entry = re.match(r"^  ([a-z_]+): \"?(.*?)\"?\s*$", line)
        if top:
            section = top.group(1)
        elif entry and section:
            phrases[(section, entry.group(1))] = entry.group(2)
    texts += [phrases[("overview", "title")], phrases[("cards", "title")], phrases[("week", "title")], phrases[("week", "continued")],
              phrases[("progress", "title")], phrases[("progress", "weeks")]]
    texts += [v for (s, _), v in phrases.items() if s == "phases"]
    patterns = []
    for text in texts:
        parts = re.split(r"(\{\{[^}]*\}\})", text)
        body = "".join(r".+?" if p.startswith("{{") else r"\s+".join(re.escape(w) for w in p.split()) + (r"\s*" if p.endswith(" ") else "")
                       for p in parts if p)
        # A heading that is only a value (the client's name) is not a section heading.
        if re.search(r"[A-Za-z]", re.sub(r"\{\{[^}]*\}\}", "", text)):
            patterns.append(body)
    return patterns


def sections(pdf, patterns):
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    lines = [l for l in text.replace("\f", "\n").split("\n")
             if not re.match(r"^(Running plan for|Referral notes for|Page \d+ of \d+)", l.strip())]
    text = "\n" + "\n".join(lines) + "\n"
    found = []
    for p in patterns:
        for m in re.finditer(r"(?<=\n)" + p + r"(?=\n)", text):
            found.append((m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)).strip()))
    # Longest match first where headings overlap, then in page order.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept, end = [], -1
    for f in found:
        if f[0] < end:
            continue
        # Past the first week page only week titles and the cards' title start sections, and past the cards'
        # title only the last page's title does (a phase name there is a dose label, not a heading); from the
        # last page's title on, its headings do.
        names = [k[2] for k in kept]
        if AFTER not in names and f[2] != AFTER and (CARDS in names or (any(WEEK.match(n) for n in names) and not (WEEK.match(f[2]) or f[2] == CARDS))):
            continue
        kept.append(f)
        end = f[1]
    result = [("(before the first heading)", text[:kept[0][0]] if kept else text)]
    for i, (start, stop, name) in enumerate(kept):
        result.append((name, text[stop:kept[i + 1][0] if i + 1 < len(kept) else len(text)]))
    return [(name, body) for name, body in result if re.search(r"[A-Za-z]{2}", body)]


def measure():
    patterns = headings()
    rows = []
    with tempfile.TemporaryDirectory() as out:
        for profile in PROFILES:
            before = set(os.listdir(out))
            subprocess.run([BIN, "render", profile, "-o", out, "--today", TODAY], capture_output=True, check=True)
            # The new PDF (the folder also holds render's lock file).
            pdf = os.path.join(out, [f for f in set(os.listdir(out)) - before if f.endswith(".pdf")][0])
            name = os.path.relpath(profile, ROOT)
            merged = {}
            for section, body in sections(pdf, patterns):
                key = "Week pages" if re.match(r"^Week \d+", section) else section
                merged.setdefault(key, []).append(body)
            for section, bodies in merged.items():
                words, sentences, g = grade(" ".join(bodies))
                prose = section != "Week pages"
                rows.append((name, section, words, sentences, g, prose))
    return rows


def report(rows):
    out = ["# Reading level of the handout", "",
           "Flesch-Kincaid grade of each section, measured on the text of the printed PDF (`pdftotext`), for every",
           "example and handout fixture. `Tests/Scripts/readability.py` (run by `make test`) computes it, fails when a",
           f"section is above grade {LIMIT:g}, and checks this page is current (`--write` rewrites it).", "",
           "How: the text is cut into sections at the headings the templates print; grade = 0.39 x words per sentence +",
           "11.8 x syllables per word - 15.59, with a bullet counted as a sentence and syllables estimated from vowel",
           "groups. The exercise cards count as one section. The week pages (a table of days and doses, not sentences)",
           "are listed but not held to the limit.", ""]
    prose = [r for r in rows if r[5]]
    worst = max(prose, key=lambda r: r[4])
    out += [f"Highest section: {worst[4]:.1f} ({worst[1]}, {worst[0]}). Sections measured: {len(prose)}.", ""]
    current = None
    for name, section, words, sentences, g, is_prose in rows:
        if name != current:
            out += ["", f"## {name}", "", "| section | words | sentences | grade |", "|---|---|---|---|"]
            current = name
        out.append(f"| {section}{'' if is_prose else ' (not held to the limit)'} | {words} | {sentences} | {g:.1f} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    tally = Tally("readability")
    rows = measure()
    text = report(rows)
    if "--write" in sys.argv:
        open(REPORT, "w", encoding="utf-8").write(text)
    for name, section, words, sentences, g, prose in rows:
        if prose:
            tally.check(g <= LIMIT, f"{name}: \"{section}\" reads at grade {g:.1f} (limit {LIMIT:g})")
    tally.check(sum(r[1].endswith("if you have any of these:") for r in rows) >= 3 * len(PROFILES), "the red-flag box's lists were found and measured")
    tally.check(os.path.exists(REPORT) and open(REPORT, encoding="utf-8").read() == text,
                "docs/readability.md is not current: run Tests/Scripts/readability.py --write")
    tally.finish()
