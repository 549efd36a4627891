/// The questionnaire's questions, red flags first. Wording for a runner at home: short and plain.
public enum IntakeQuestions {
    /// One question per red-flag sign: emergency signs first, then urgent, then routine, then past health. Each
    /// asks for the sign itself as the guidance words it (both legs numb or weak, not sore legs after a run).
    public static let redFlags: [(sign: RedFlagSign, question: IntakeQuestion)] = ([
        (.bladderBowelChange, "Have you had any new trouble controlling your bladder or bowels, or been unable to pass urine?"),
        (.saddleNumbness, "Do you have numbness or tingling between your legs, around your bottom or genitals?"),
        (.bothLegs, "Are both of your legs numb or weak, or does pain shoot down both legs?"),
        (.worseningWeakness, "Are your legs getting weak fast, or has walking suddenly become hard?"),
        (.sexualFunctionChange, "Have you noticed a new change in feeling or function during sex?"),
        (.fever, "Have you had a fever along with the back pain?"),
        (.recentInfection, "Have you had an infection in the last few weeks, such as a urine, chest or skin infection?"),
        (.trauma, "Did the pain start after a hard fall, a crash or a heavy blow to your back?"),
        (.suddenSeverePain, "Did severe pain come on suddenly, and does it ease when you lie down?"),
        (.weightLoss, "Have you lost weight without trying?"),
        (.nightPain, "Do you have pain at night that does not ease whatever position you lie in?"),
        (.thoracicPain, "Do you have pain in your upper or middle back, at the level of your ribs?"),
        (.feelingUnwell, "Do you feel ill in yourself, not just sore?"),
        (.structuralDeformity, "Has a new bend or lump appeared in your spine?"),
        (.weakeningLeg, "Is one leg or foot getting weaker, for example your foot catches or slaps on the ground?"),
        (.radiatingLegPain, "Does pain shoot down one of your legs, below the knee (sciatica)?"),
        (.legNumbness, "Do you have numbness or tingling in a leg or foot?"),
        (.legWeakness, "Does a leg or foot feel weak?"),
        (.constantPain, "Is the pain there all the time, even when you rest or change position?"),
        (.notImproving, "Has the pain stayed the same or got worse over about a month of looking after it?"),
        (.cancerHistory, "Have you ever had cancer?"),
        (.osteoporosis, "Have you been told you have weak bones (osteoporosis)?"),
        (.steroids, "Have you taken steroid tablets for more than 3 months?"),
        (.immunosuppression, "Is your immune system weak, from an illness or from medicine?"),
        (.ivDrugUse, "Have you ever injected drugs?"),
        (.minorTrauma, "Did the pain start after a small fall or knock, such as a slip or a missed step?"),
    ] as [(RedFlagSign, String)]).map { ($0.0, IntakeQuestion("sign_" + $0.0.rawValue, $0.1, kind: .yesNo, default: "no")) }

    /// What a referral handout needs after a red flag: the birth year too, since every self-guided profile has one.
    public static let referralDetails = ["name", "birth_year", "pain"]

    public static let aboutYou: [IntakeQuestion] = [
        IntakeQuestion("name", "What is your name?", help: "It is printed on every page of your plan.", kind: .text),
        IntakeQuestion("birth_year", "What year were you born?",
                       help: "New back pain under 20 or over 50 should be checked by a doctor first, so the plan needs your age.",
                       kind: .integer(1900...2026)),
        IntakeQuestion("pain", "How bad is the pain at its worst while you run, from 0 (none) to 10 (the worst you can imagine)?", kind: .integer(0...10)),
        IntakeQuestion("pain_at_rest", "And when you rest, from 0 to 10?", kind: .integer(0...10), default: "0"),
        IntakeQuestion("weeks_since_onset", "How many weeks ago did the pain start?", kind: .integer(0...520), optional: true),
        IntakeQuestion("morning_stiffness_minutes", "When you get up in the morning, for how many minutes is your back stiff?",
                       kind: .integer(0...720), default: "0"),
        IntakeQuestion("better_with_exercise", "Does your back feel better when you move about, but not when you rest?", kind: .yesNo, default: "no"),
        IntakeQuestion("wakes_second_half_of_night", "Does back pain wake you in the second half of the night?", kind: .yesNo, default: "no"),
        IntakeQuestion("alternating_buttock_pain", "Do you get pain deep in your buttocks that swaps from one side to the other?",
                       kind: .yesNo, default: "no"),
    ]

    public static let running: [IntakeQuestion] = [
        IntakeQuestion("units", "Do you count distance in km or miles?", kind: .choice(["km", "mi"]), default: "km"),
        IntakeQuestion("weekly", "How far do you run in a normal week now? (0 if you have stopped)", kind: .number(0...300), default: "0"),
        IntakeQuestion("runs_per_week", "How many runs a week would you like to do?", kind: .integer(1...7), default: "3"),
        IntakeQuestion("long_run", "How far is your longest run in a normal week?", kind: .number(0...100), optional: true),
        IntakeQuestion("goal", "What are you training for, if anything? (for example: 10k in spring)", kind: .text, optional: true),
        IntakeQuestion("goal_date", "When is it? (YYYY-MM-DD)", kind: .date, optional: true),
        IntakeQuestion("start", "When do you want to start? (YYYY-MM-DD; a Monday is best)", kind: .date),
        IntakeQuestion("weeks", "How many weeks should the plan last, 4 to 8?", kind: .integer(4...8), default: "6"),
        IntakeQuestion("days", "Which days are you free to train?", kind: .days, default: "mon, wed, fri, sat"),
        IntakeQuestion("long_run_day", "Which of those days suits your longest run?", kind: .days, optional: true),
        IntakeQuestion("minutes", "How many minutes do you have for each session?", kind: .integer(10...180), default: "45"),
        IntakeQuestion("time", "At what time do you usually train? (HH:MM, or leave empty)", kind: .time, optional: true),
        IntakeQuestion("equipment", "What do you have at home? (\(Equipment.words.joined(separator: ", ")))", kind: .equipment, default: "mat"),
        IntakeQuestion("shoes", "Roughly how far have your running shoes gone? (leave empty if you do not know)", kind: .number(0...5000), optional: true),
        IntakeQuestion("hard_surfaces", "Do you mostly run on roads or pavements?", kind: .yesNo, default: "no"),
        IntakeQuestion("mileage_jump", "Did you add a lot of running in the weeks before the pain began?", kind: .yesNo, default: "no"),
        IntakeQuestion("paper", "Which paper do you print on, A4 or Letter?", kind: .choice(["a4", "letter"]), default: "a4"),
    ]

    /// The self-tests of the clinical brief, each answer mapped to findings by `SelfTests`.
    public static let selfTests: [IntakeQuestion] = [
        IntakeQuestion("test_toe_touch", "Can you touch your toes?",
                       help: "Stand with your legs straight and reach slowly down toward your toes. Stop if it hurts.", kind: .yesNo),
        IntakeQuestion("test_cross_legged", "Can you sit tall on the floor with your legs crossed for a minute?",
                       help: "Sit on the floor, cross your legs and try to keep your back upright without leaning on your hands.", kind: .yesNo),
        IntakeQuestion("test_hip_extension", "Can your leg go back without your lower back arching?",
                       help: "Stand tall and let one leg swing gently back behind you. Watch in a mirror or feel with a hand on your lower back.", kind: .yesNo),
        IntakeQuestion("test_single_leg_squat", "Did your hip drop or your knee fall inward?",
                       help: "Face a mirror, stand on one leg and bend that knee a little, as if to sit. Try both legs.", kind: .yesNo),
        IntakeQuestion("test_plank", "How many seconds can you hold a plank?",
                       help: "Lie face down, then lift onto your forearms and toes with your body in a straight line. Stop when your hips sag or it hurts.",
                       kind: .integer(0...600)),
        IntakeQuestion("test_overstride", "When you run, does your heel land hard, well ahead of your body?",
                       help: "Ask someone to film you from the side, or notice how your feet land on an easy run.", kind: .yesNo, default: "no"),
    ]

    public static var all: [IntakeQuestion] { redFlags.map(\.question) + aboutYou + running + selfTests }
}

/// What the self-tests suggest, and why, in the runner's words for the profile's comments.
public enum SelfTests {
    public static func findings(_ answers: [String: String]) -> [(Finding, String)] {
        var found: [(Finding, String)] = []
        if answers["test_toe_touch"] == "no" {
            found.append((Finding(.hamstringsTight), "could not touch the toes with straight legs"))
            found.append((Finding(.lumbarStiffness, .mild), "could not touch the toes with straight legs"))
        }
        if answers["test_cross_legged"] == "no" { found.append((Finding(.hipMobility), "could not sit cross-legged for a minute")) }
        if answers["test_hip_extension"] == "no" { found.append((Finding(.hipFlexorsTight), "the back arched when the leg went back")) }
        if answers["test_single_leg_squat"] == "yes" { found.append((Finding(.gluteMedius), "the hip dropped or the knee fell in on one leg")) }
        if let seconds = answers["test_plank"].flatMap(Int.init), seconds < 60 {
            found.append((Finding(.coreEndurance, seconds < 30 ? .marked : .moderate), "held a plank for \(seconds) seconds"))
        }
        if answers["test_overstride"] == "yes" { found.append((Finding(.overstriding), "the heel lands hard, ahead of the body")) }
        if answers["hard_surfaces"] == "yes" { found.append((Finding(.hardSurfaces), "runs mostly on roads or pavements")) }
        if answers["mileage_jump"] == "yes" { found.append((Finding(.trainingLoad), "added a lot of running before the pain began")) }
        return found
    }
}
