import Foundation

/// Runs the poppler and qpdf command-line checkers on PDF bytes, the way a user's viewer would read them.
enum PDFTools {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Writes the bytes to a temporary file for the duration of `body`.
    static func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let path = NSTemporaryDirectory() + "backstride-test-\(UUID().uuidString).pdf"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    static func text(_ bytes: [UInt8], layout: Bool = false) throws -> String {
        try withFile(bytes) { try run("pdftotext", (layout ? ["-layout"] : []) + [$0, "-"]).stdout }
    }

    /// Text of each page, in order.
    static func pages(_ bytes: [UInt8]) throws -> [String] {
        var pages = try text(bytes).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    static func info(_ bytes: [UInt8]) throws -> [String: String] {
        let output = try withFile(bytes) { try run("pdfinfo", [$0]).stdout }
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// One row per font: (name, embedded, subset).
    static func fonts(_ bytes: [UInt8]) throws -> [(name: String, embedded: Bool, subset: Bool)] {
        let output = try withFile(bytes) { try run("pdffonts", [$0]).stdout }
        return output.split(separator: "\n").dropFirst(2).map { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            // name type [type2] encoding emb sub uni object ID
            let n = columns.count
            return (columns[0], columns[n - 5] == "yes", columns[n - 4] == "yes")
        }
    }

    static func qpdfCheck(_ bytes: [UInt8]) throws -> Output {
        try withFile(bytes) { try run("qpdf", ["--check", $0]) }
    }
}
