import BackstrideBatch
import BackstrideCore
import Foundation
import Hummingbird

/// The self-guided runner's way in: `backstride init`'s questions as web pages, in `IntakeFlow`'s order and with
/// its checks. Warning signs come first, the emergency ones on a page of their own, so an emergency answer stops
/// everything at once. Answers so far travel with the form; the server keeps nothing until the profile is saved.
extension BackstrideApp {
    /// The flow asked a question that has no answer yet: the next page starts there.
    struct NextPage: Error { let question: IntakeQuestion }

    /// The flow run over the answers given so far, with each answer checked as `init` checks a typed one.
    struct RunnerAnswers {
        var flow: IntakeFlow
        var outcome: IntakeFlow.Outcome?
        var next: IntakeQuestion?
        var errors: [String: String] = [:]
    }

    func runAnswers(_ body: FormBody) -> RunnerAnswers {
        var flow = IntakeFlow(today: today)
        var errors: [String: String] = [:]
        func ask(_ q: IntakeQuestion) throws -> String? {
            // A group of checkboxes comes as `id[]`, with an empty hidden one so that ticking none still answers.
            let list = q.id + "[]"
            let raw: String
            if body.pairs.contains(where: { $0.name == list }) {
                raw = body.all(list).joined(separator: ", ")
            } else if let value = body[q.id] {
                raw = value
            } else {
                throw NextPage(question: q)
            }
            switch q.check(raw) {
            case .success(let answer): return answer
            case .failure(let error):
                errors[q.id] = error.message
                return nil
            }
        }
        do {
            let outcome = try flow.run(ask)
            return RunnerAnswers(flow: flow, outcome: outcome, errors: errors)
        } catch let next as NextPage {
            return RunnerAnswers(flow: flow, next: next.question, errors: errors)
        } catch {
            return RunnerAnswers(flow: flow, errors: errors)
        }
    }

    func addRunner(_ router: Router<ServerContext>) {
        router.get("/runner") { _, context -> Response in
            signsPage(emergency: true, body: FormBody(), context: context)
        }
        router.post("/runner/next") { request, context -> Response in
            let body = try await self.form(request, context)
            let run = runAnswers(body)
            if let outcome = run.outcome {
                if outcome == .answered { return try await finish(body, run: run, context: context) }
                return referralPage(outcome.isEmergency ? "runner-emergency" : "runner-doctor", reasons: outcome.reasons, body: body, context: context)
            }
            guard let next = run.next else { throw HTTPError(.badRequest, message: "The answers could not be read.") }
            if next.id.hasPrefix("sign_") { return signsPage(emergency: false, body: body, context: context) }
            return aboutPage(body, errors: run.errors, context: context)
        }
        router.post("/runner/referral") { request, context -> Response in
            let body = try await self.form(request, context)
            var run = runAnswers(body)
            guard let outcome = run.outcome, outcome != .answered else {
                throw HTTPError(.badRequest, message: "No warning sign was given, so there is no referral to print.")
            }
            var errors: [String: String] = [:]
            run.flow.referralDetails { q in
                switch q.check(body[q.id] ?? "") {
                case .success(let answer): return answer
                case .failure(let error): errors[q.id] = error.message; return nil
                }
            }
            if !errors.isEmpty {
                return referralPage(outcome.isEmergency ? "runner-emergency" : "runner-doctor", reasons: outcome.reasons, body: body,
                                    errors: errors, context: context, status: .unprocessableContent)
            }
            return try saveRunner(run.flow, body: body, context: context)
        }
        router.get("/runner/done/:file") { _, context -> Response in
            let file = try listed(context)
            let (plan, _) = try savedPlan(file)
            let href = "/clients/" + FormBody.encode(file)
            return pages.page("runner-done", title: plan.withheld ? "Your referral handout" : "Your plan", [
                "withheld": plan.withheld, "decision": plan.screening.decision, "weeks": plan.weeks.count,
                "pdfHref": href + "/handout.pdf", "printHref": href + "/handout.pdf?print=1", "icsHref": href + "/calendar.ics", "file": file,
            ], context: context)
        }
    }

    func finish(_ body: FormBody, run: RunnerAnswers, context: ServerContext) async throws -> Response {
        if !run.errors.isEmpty { return aboutPage(body, errors: run.errors, context: context, status: .unprocessableContent) }
        return try saveRunner(run.flow, body: body, context: context)
    }

    /// Writes the answers as `init` does, checks the profile as `check` does, and saves it as a new client.
    func saveRunner(_ flow: IntakeFlow, body: FormBody, context: ServerContext) throws -> Response {
        let yaml = ProfileWriter.yaml(flow.answers, signs: flow.signs, today: today)
        let result = ProfileLoader.load(text: yaml, path: "profile.yaml", today: today)
        let problems = result.diagnostics.filter { $0.severity == .error }.map(\.message)
        guard problems.isEmpty else {
            return aboutPage(body, errors: [:], general: problems, context: context, status: .unprocessableContent)
        }
        do {
            let file = try folder.create(Array(yaml.utf8), stem: flow.answers["name"] ?? "runner")
            return .redirect("/runner/done/" + FormBody.encode(file))
        } catch is ClientFolder.Taken {
            let message = "There is already a plan under this name here. Add your initial or a number to your name."
            if flow.signs.contains(where: { !$0.isContext }) {
                return referralPage(flow.signs.contains { $0.ownLevel == .emergency } ? "runner-emergency" : "runner-doctor",
                                    reasons: flow.signs.filter { !$0.isContext }.map(RedFlagWording.reason), body: body,
                                    errors: ["name": message], context: context, status: .conflict)
            }
            return aboutPage(body, errors: ["name": message], context: context, status: .conflict)
        }
    }

    /// A page of warning-sign questions: the emergency signs, or all the others.
    func signsPage(emergency: Bool, body: FormBody, context: ServerContext) -> Response {
        let questions = IntakeQuestions.redFlags.filter { ($0.sign.ownLevel == .emergency) == emergency }
        let asked = Set(questions.map(\.question.id))
        return pages.page("runner-signs", title: "Warning signs", [
            "emergency": emergency, "carried": carried(body, except: asked),
            "questions": questions.map { item in
                let id = item.question.id
                let answer = body[id] ?? "no"
                return ["id": id, "prompt": item.question.prompt, "yes": answer == "yes", "no": answer != "yes",
                        "isEmergency": item.sign.ownLevel == .emergency] as [String: Any]
            },
        ], context: context)
    }

    /// The questions about the runner, their running and the self-tests, with any answer's problem beside it.
    func aboutPage(_ body: FormBody, errors: [String: String], general: [String] = [], context: ServerContext,
                   status: HTTPResponse.Status = .ok) -> Response {
        let sections: [(String, [IntakeQuestion])] = [("About you", IntakeQuestions.aboutYou), ("Your running", IntakeQuestions.running),
                                                      ("Self-tests", IntakeQuestions.selfTests)]
        let asked = Set(sections.flatMap { $0.1.map(\.id) })
        return pages.page("runner-about", title: "About you and your running", [
            "carried": carried(body, except: asked), "general": general, "hasGeneral": !general.isEmpty,
            "sections": sections.map { title, questions in
                ["title": title, "questions": questions.map { RunnerQuestionView.values($0, body: body, error: errors[$0.id]) }] as [String: Any]
            },
        ], context: context, status: status)
    }

    func referralPage(_ template: String, reasons: [String], body: FormBody, errors: [String: String] = [:],
                      context: ServerContext, status: HTTPResponse.Status = .ok) -> Response {
        let details = IntakeQuestions.referralDetails.compactMap { id in IntakeQuestions.aboutYou.first { $0.id == id } }
        return pages.page(template, title: template == "runner-emergency" ? "Get help now" : "See a doctor first", [
            "reasons": reasons, "carried": carried(body, except: Set(details.map(\.id))),
            "questions": details.map { RunnerQuestionView.values($0, body: body, error: errors[$0.id]) },
        ], context: context, status: status)
    }

    /// Answers from earlier pages, sent on as hidden fields.
    func carried(_ body: FormBody, except: Set<String>) -> [[String: String]] {
        body.pairs.filter { $0.name != "csrf" && !except.contains($0.name) && !except.contains(String($0.name.dropLast(2))) }
            .map { ["name": $0.name, "value": $0.value] }
    }
}

extension IntakeFlow.Outcome {
    var isEmergency: Bool {
        if case .emergency = self { return true }
        return false
    }

    /// Why a doctor should look first, in the runner's words.
    var reasons: [String] {
        switch self {
        case .emergency(let sign): return [RedFlagWording.reason(sign)]
        case .seeDoctor(let signs): return signs.map(RedFlagWording.reason)
        case .answered: return []
        }
    }
}
