#!/usr/bin/env python3
"""Writes N synthetic valid client profiles for the benchmark: mixed plan lengths (4-8 weeks), mixed findings,
units and paper, and about one in twenty with a red-flag sign (withheld). Deterministic for a given seed."""
import os
import random
import sys

WEAKNESSES = ["core_endurance", "glute_medius", "glute_max", "firing_pattern", "hip_flexors_tight", "hamstrings_tight",
              "calves_tight", "hip_mobility", "lumbar_stiffness", "muscular_endurance", "overstriding", "heel_striking",
              "training_load", "worn_shoes", "hard_surfaces"]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
FIRST = ["Sam", "Priya", "Jordan", "Alex", "Mia", "Noah", "Zoë", "Luca", "Aiko", "Omar", "Ines", "Finn"]
LAST = ["Rivera", "Nair", "Okafor", "Moreau", "Schmidt", "Tanaka", "Papadopoulos", "Kowalski", "O'Brien", "Lee"]


def profile(i, rng):
    days = sorted(rng.sample(range(7), rng.randint(3, 6)))
    runs = rng.randint(1, min(5, len(days)))
    weeks = rng.randint(4, 8)
    lines = [f"client:\n  name: {rng.choice(FIRST)} {rng.choice(LAST)}\n  id: B-{i:05d}\n  birth_year: {rng.randint(1965, 2000)}"]
    lines.append(f"clinician: {rng.choice(['Alex Lee', 'Dana Whitfield', 'Sam Ortiz'])}\nclinic: Harbour Physio")
    signs = "[night_pain]" if i % 20 == 7 else "[]"
    lines.append(f"symptoms:\n  pain: {rng.randint(0, 8)}\n  pain_at_rest: {rng.randint(0, 4)}\n  signs: {signs}\n  weeks_since_onset: {rng.randint(1, 30)}")
    found = rng.sample(WEAKNESSES, rng.randint(2, 6))
    lines.append("weaknesses: [" + ", ".join(found) + "]")
    unit = "mi" if i % 4 == 0 else "km"
    lines.append(f"running:\n  weekly_{unit}: {rng.randint(0, 50)}\n  runs_per_week: {runs}\n  cadence: {rng.randint(150, 180)}")
    lines.append(f"schedule:\n  start: 2026-11-23\n  weeks: {weeks}\n  days: [{', '.join(DAYS[d] for d in days)}]\n"
                 f"  long_run_day: {DAYS[days[-1]]}\n  minutes: {rng.choice([20, 30, 40, 45, 60])}")
    lines.append(f"equipment: [mat, band{', kettlebell' if i % 3 == 0 else ''}]")
    lines.append(f"paper: {'letter' if i % 5 == 0 else 'a4'}")
    return "\n".join(lines) + "\n"


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    folder = sys.argv[2] if len(sys.argv) > 2 else "bench-profiles"
    rng = random.Random(20261121)
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        with open(os.path.join(folder, f"client-{i:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(profile(i, rng))


if __name__ == "__main__":
    main()
