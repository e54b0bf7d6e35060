import Foundation
import TestSupport
import Testing

/// One data directory, two profiles on two sandboxes (two projects): each profile's history shows its own links.
@Suite(.serialized, .ownThread)
struct ProjectHistoryTests {
    private func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]], "stdout: \(text)")
    }

    private func names(_ result: ProcessResult) throws -> Set<String> {
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return Set(try json(result.stdout).compactMap { $0["name"] as? String })
    }

    @Test func linksOfEachProfilesProjectShowOnlyUnderThatProfileInListAndOnTheHistoryScreen() async throws {
        let home = try ScratchHome()
        var sandboxes: [SandboxProcess] = []
        defer { sandboxes.forEach { $0.stop() }; home.remove() }
        for client in ["north-client", "south-client"] {
            var environment = home.environment
            environment["PAYSERA_CLIENT_ID"] = client
            sandboxes.append(try SandboxProcess(environment: environment, extraArguments: ["--in-memory"]))
        }
        let configDirectory = home.root.appendingPathComponent("config/paylink")
        try FileManager.default.createDirectory(at: configDirectory, withIntermediateDirectories: true)
        try """
            default_profile: north
            profiles:
              north:
                base_url: \(sandboxes[0].baseURL)
                client_id: north-client
              south:
                base_url: \(sandboxes[1].baseURL)
                client_id: south-client
            """.write(to: configDirectory.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        var environment = home.environment
        environment["PAYSERA_CLIENT_SECRET"] = "sandbox-secret"

        for (profile, name) in [("north", "Northern teapot"), ("south", "Southern kettle")] {
            let made = try await runPaylink(
                ["create", "--profile", profile, "--reference", "P-\(profile)", "--currency", "EUR", "--amount", "4.00",
                 "--name", name, "--language", "en", "--json"], environment: environment)
            #expect(made.status == 0, "stderr: \(made.stderr)")
        }
        #expect(try names(try await runPaylink(["list", "--json"], environment: environment)) == ["Northern teapot"])
        #expect(try names(try await runPaylink(["list", "--profile", "south", "--json"], environment: environment))
            == ["Southern kettle"])
        #expect(try names(try await runPaylink(["list", "--all-projects", "--json"], environment: environment))
            == ["Northern teapot", "Southern kettle"])
        #expect(try names(try await runPaylink(["list", "--search", "kettle", "--json"], environment: environment)).isEmpty)
        // A sync of one project brings nothing of the other's.
        let synced = try await runPaylink(["sync", "--profile", "south", "--json"], environment: environment)
        #expect(synced.status == 0, "stderr: \(synced.stderr)")
        #expect(try names(try await runPaylink(["list", "--profile", "south", "--json"], environment: environment))
            == ["Southern kettle"])

        let tui = try TUITmux(environment: environment, width: 80, height: 24, scratch: home.root, record: false)
        tui.waitFor(text: "new payment link", timeout: 20)
        try tui.press("F2")
        let north = tui.waitFor(text: "Northern teapot", timeout: 20)
        #expect(!north.contains("Southern kettle"), "\(north)")
        try tui.press("n")
        tui.waitFor(text: "new payment link")
        // Back from Reference to the order choice, where no text field takes the P.
        try tui.press("BTab")
        try tui.press("P")
        tui.waitFor(text: "switch profile")
        try tui.press("Down", "Enter")
        let switched = tui.waitFor(text: "Now using profile south", timeout: 15)
        #expect(switched.components(separatedBy: "\n").first?.contains("south") == true, "\(switched)")
        try tui.press("F2")
        let south = tui.waitFor(text: "Southern kettle", timeout: 20)
        #expect(!south.contains("Northern teapot"), "\(south)")
        try tui.press("C-c")
        #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
    }
}
