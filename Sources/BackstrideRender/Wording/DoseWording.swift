import BackstrideCore

extension HandoutWording {
    /// A dose in words, as a runner reads it: "2 rounds of 5, hold each for 8 seconds, each side" rather than the
    /// clinician's "2 x 5 (hold 8 s) each side". The compact form stays only where space forbids (the week pages),
    /// with a key on the how-to page.
    /// `held` is false for an exercise done on the move for a time (A-skip, strides): "3 rounds of 15 seconds", not
    /// "3 holds", which would tell a runner to stand still.
    public func words(_ dose: Dosage, held: Bool = true) -> String {
        var parts: [String] = []
        let duration = dose.holdSeconds.map(self.duration)
        switch (dose.reps, duration) {
        case let (reps?, hold):
            parts.append(dose.sets == 1 ? phrase("dose", "times", ["reps": reps]) : phrase("dose", "rounds", ["sets": dose.sets, "reps": reps]))
            if let hold { parts.append(phrase("dose", "hold_each", ["duration": hold])) }
        case let (nil, time?):
            // One long hold ("5 minutes") is a timed drill, not a hold.
            let once = !held || (dose.holdSeconds ?? 0) >= 60
            parts.append(dose.sets == 1 ? (once ? time : phrase("dose", "hold_once", ["duration": time]))
                                        : phrase("dose", held ? "holds" : "timed_rounds", ["sets": dose.sets, "duration": time]))
        case (nil, nil):
            parts.append(phrase("dose", "sets", ["sets": dose.sets]))
        }
        if dose.perSide { parts.append(phrase("dose", "each_side")) }
        return parts.joined(separator: ", ")
    }

    /// Seconds as "30 seconds", "1 minute" or "2 minutes".
    func duration(_ seconds: Int) -> String {
        guard seconds >= 60, seconds % 60 == 0 else { return phrase("dose", "seconds", ["count": seconds]) }
        return seconds == 60 ? phrase("dose", "minute") : phrase("dose", "minutes", ["count": seconds / 60])
    }
}
