import ArgumentParser
import BackstrideBatch
import BackstrideCore
import BackstrideServer
import Foundation
import Hummingbird

/// `backstride serve`: the clinic's and the runner's web app, on this computer unless told otherwise.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the web app: clients, the client form with a live preview, the weekly print pack, a self-guided plan.",
        discussion: """
        Serves on 127.0.0.1 (this computer only) at a free port from 8080 and prints the address to open. Profiles \
        are read from and saved to the --clients folder as plain YAML; saving keeps the earlier version in \
        <clients>/.history/. Any --host other than this computer reaches other machines, so it needs \
        --password-file (a file whose first line is the password, at least 10 characters). Ctrl-C stops it.
        """
    )

    @Option(help: ArgumentHelp("The folder of client profiles (created if missing).", valueName: "dir"))
    var clients = "clients"

    @Option(help: ArgumentHelp("Port to listen on; default: the first free one from 8080 (0: any free port).", valueName: "n"))
    var port: Int?

    @Option(help: ArgumentHelp("Address to listen on; anything but this computer needs --password-file.", valueName: "addr"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("A file whose first line is the password browsers must give.", valueName: "file"))
    var passwordFile: String?

    @OptionGroup var handout: HandoutOptionsGroup

    @OptionGroup var today: TodayOption

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if !ServerSettings.isLoopback(host), passwordFile == nil {
            throw ValidationError("""
            --host \(host) lets other computers on the network reach the app and its health data: give \
            --password-file FILE too (a file whose first line is the password), or leave --host out to serve \
            this computer only
            """)
        }
        if handout.output == "-" { throw ValidationError("-o names the folder weekly print packs are written to") }
    }

    func run() async throws {
        do {
            try await serve()
        } catch {
            if let status = Failure.report(error) { throw status.exitCode }
            if let unusable = error as? Password.Unusable {
                Console.error(unusable.description)
                throw ExitStatus.invalidProfile.exitCode
            }
            throw error
        }
    }

    func serve() async throws {
        let fixedToday = today.today
        let resources = try handout.resources(today: today.resolved)
        if mkdir(clients, 0o777) != 0, errno != EEXIST {
            throw OutputFiles.CannotWrite(path: clients, reason: InputFiles.reason(errno), hint: "create the folder, or name another with --clients")
        }
        let password = try passwordFile.map { try Password(file: $0) }
        var settings = ServerSettings(
            clientsFolder: clients, outputFolder: handout.output, host: host, port: port ?? Self.freePort(host: host) ?? 0,
            password: password, today: { fixedToday ?? TodayOption().resolved }, library: resources.library,
            wording: resources.wording, clinic: resources.clinic, sharedDigest: resources.digest, dataFolder: try DataFolder.locate())
        settings.paper = handout.paper
        settings.largePrint = handout.largePrint
        let app = try BackstrideApp(settings: settings)
        let shown = host.contains(":") ? "[\(host)]" : host
        let remote = !ServerSettings.isLoopback(host)
        try await app.application(running: { port in
            Console.out("Backstride is running: open http://\(shown == "0.0.0.0" ? "127.0.0.1" : shown):\(port)/ in your browser.")
            Console.out("Clients folder: \(clients). Press Ctrl-C to stop.")
            if remote {
                Console.out("Other computers on the network can reach it at this address; every browser must log in with the password "
                    + "from \(passwordFile ?? ""). The connection is not encrypted: use it only on a network you trust.")
            }
        }).runService()
    }

    /// The first port from 8080 nobody listens on (8080-8099), so a second app or another program is not in the way.
    static func freePort(host: String) -> Int? {
        (8080..<8100).first { port in
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr(ServerSettings.isLoopback(host) || host.contains(":") ? "127.0.0.1" : host)
            return withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
        }
    }
}
