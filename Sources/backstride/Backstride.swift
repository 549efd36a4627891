import ArgumentParser

@main
struct Backstride: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backstride",
        abstract: "Turn a runner's low back pain profile into a printed 4-8 week home plan.",
        discussion: """
        A profile is a short YAML file (see docs/profile.md). Start with `backstride check` to validate it.

        Exit status: 0 ok, 64 usage error, 65 invalid profile, 66 unreadable input, \
        70 internal error, 73 cannot write output.
        """,
        version: BackstrideVersion.string,
        subcommands: [Check.self, PlanCommand.self, Render.self, Batch.self, Init.self, Exercises.self]
    )
}
