#!/usr/bin/python3
"""Installs Backstride into a temporary prefix (`make install PREFIX=... CONFIG=debug`, the binary `make test` has
just built) and runs it from another folder without BACKSTRIDE_HOME, as a new user would; then `make uninstall`
must leave nothing behind. Also checks that the man page names every option `--help` shows."""
import os
import re
import subprocess
import tempfile

from checks import BIN, ROOT, Tally
tally = Tally("install")
check = tally.check


def make(*arguments):
    return subprocess.run(["make", "-C", ROOT, "--no-print-directory", *arguments], capture_output=True, text=True)


with tempfile.TemporaryDirectory() as prefix, tempfile.TemporaryDirectory() as elsewhere:
    installed = make("install", f"PREFIX={prefix}", "CONFIG=debug")
    check(installed.returncode == 0, "make install succeeds: " + installed.stderr[-2000:])
    binary = os.path.join(prefix, "bin", "backstride")
    for path in ["bin/backstride", "share/backstride/Assets/exercises", "share/backstride/Templates/en/phrases.yaml",
                 "share/man/man1/backstride.1", "share/bash-completion/completions/backstride",
                 "share/zsh/site-functions/_backstride", "share/fish/vendor_completions.d/backstride.fish"]:
        check(os.path.exists(os.path.join(prefix, path)), f"{path} is installed")
    environment = {k: v for k, v in os.environ.items() if k != "BACKSTRIDE_HOME"}
    profile = os.path.join(elsewhere, "sam.yaml")
    with open(os.path.join(ROOT, "Examples", "sam-rivera.yaml"), encoding="utf-8") as f, open(profile, "w", encoding="utf-8") as g:
        g.write(f.read())
    run = subprocess.run([binary, "render", "sam.yaml", "-o", "handouts", "--today", "2026-11-21"], cwd=elsewhere,
                         env=environment, capture_output=True, text=True)
    check(run.returncode == 0, "the installed binary renders from another folder: " + run.stderr)
    check(os.path.exists(os.path.join(elsewhere, "handouts", "C-1042.pdf")), "the handout is written there")
    # Through a link on PATH, as `ln -s` into ~/bin would make it.
    link = os.path.join(elsewhere, "bs")
    os.symlink(binary, link)
    listed = subprocess.run([link, "exercises"], cwd="/", env=environment, capture_output=True, text=True)
    check(listed.returncode == 0 and "bird_dog" in listed.stdout, "a linked binary finds its data: " + listed.stderr)

    manual = open(os.path.join(prefix, "share/man/man1/backstride.1"), encoding="utf-8").read().replace("\\-", "-")
    overview = subprocess.run([BIN, "--help"], capture_output=True, text=True).stdout
    commands = re.findall(r"^  ([a-z][a-z-]+)  ", overview.split("SUBCOMMANDS:")[1], re.M)
    check(len(commands) >= 7, f"the commands are listed in --help: {commands}")
    for command in commands:
        check(f".B {command}" in manual or f".B backstride {command}" in manual, f"the man page describes the {command} command")
    for command in commands:
        shown = subprocess.run([BIN, "help", command], capture_output=True, text=True).stdout
        for option in sorted(set(re.findall(r"(--[a-z-]+)", shown)) - {"--help", "--version"}):
            check(option in manual, f"the man page describes {command} {option}")

    removed = make("uninstall", f"PREFIX={prefix}")
    check(removed.returncode == 0, "make uninstall succeeds: " + removed.stderr)
    left = [os.path.join(d, f) for d, _, files in os.walk(prefix) for f in files]
    check(not left, f"uninstall leaves nothing: {left[:5]}")

tally.finish()
