import BackstrideBatch
import BackstrideCore
import Foundation
import Hummingbird

/// One row of the clients page, read from a profile file, mistakes and all.
struct ClientRow {
    var file: String
    var name: String
    var id = ""
    var clinician = ""
    var start = ""
    var week = ""
    var level = ""
    var levelName = ""
    var problems: [String] = []
    var warnings: [String] = []

    init(file: String, bytes: [UInt8]?, readError: String?, today: CalendarDate) {
        self.file = file
        name = file
        guard let bytes else {
            problems = [readError ?? "cannot read the file"]
            return
        }
        let result = ProfileLoader.load(bytes: bytes, path: file, today: today)
        problems = result.diagnostics.filter { $0.severity == .error }.map { "line \($0.location.line): \($0.message)" }
        warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.message)
        let form = ProfileFormReader.form(bytes: bytes)
        name = form["client.name"].isEmpty ? file : form["client.name"]
        id = form["client.id"].isEmpty ? name : form["client.id"]
        clinician = form["clinician"].isEmpty ? "Self-guided" : form["clinician"]
        start = form["schedule.start"]
        guard let profile = result.profile else { return }
        let screening = Screener.screen(profile, today: today)
        level = screening.level.rawValue
        levelName = screening.withheld ? "\(WordLabels.levelName(screening.level)): plan withheld" : WordLabels.levelName(screening.level)
        week = Self.week(profile.schedule, today: today)
    }

    /// "Week 2 of 6", "Starts in 5 days", "Finished".
    static func week(_ schedule: ClientProfile.Schedule, today: CalendarDate) -> String {
        let first = schedule.firstMonday
        let days = first.days(until: today)
        if days < 0 { return -days == 1 ? "Starts tomorrow" : "Starts in \(-days) days" }
        let number = days / 7 + 1
        return number > schedule.weeks ? "Finished" : "Week \(number) of \(schedule.weeks)"
    }

    var values: [String: Any] {
        ["file": file, "href": "/clients/" + FormBody.encode(file), "name": name, "id": id, "clinician": clinician, "start": start,
         "week": week, "level": level, "levelName": levelName, "problems": problems, "hasProblems": !problems.isEmpty,
         "warnings": warnings, "hasWarnings": !warnings.isEmpty]
    }

    func matches(_ query: String) -> Bool {
        let q = query.lowercased()
        return q.isEmpty || [name, id, file].contains { $0.lowercased().contains(q) }
    }
}

extension BackstrideApp {
    func addClientList(_ router: Router<ServerContext>) {
        router.get("/") { request, context -> Response in
            let query = request.uri.queryParameters.get("q") ?? ""
            let today = self.today
            let names: [String]
            do { names = try folder.names() } catch {
                return pages.error(.internalServerError, "\(error)", context: context)
            }
            let rows = names.map { name -> ClientRow in
                do {
                    return ClientRow(file: name, bytes: try folder.read(name), readError: nil, today: today)
                } catch {
                    return ClientRow(file: name, bytes: nil, readError: (error as? InputFiles.Unreadable)?.reason, today: today)
                }
            }.sorted { $0.name.lowercased() < $1.name.lowercased() }
            let shown = rows.filter { $0.matches(query) }
            return pages.page("clients", title: "Clients", [
                "rows": shown.map(\.values), "query": query, "count": rows.count, "shown": shown.count,
                "filtered": !query.isEmpty, "empty": rows.isEmpty, "folder": settings.clientsFolder, "today": today.iso,
            ], context: context)
        }
    }
}
