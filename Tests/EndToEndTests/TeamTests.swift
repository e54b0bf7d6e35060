import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// Two tills, each with its own data and config, on one `paylink sandbox`: one history shared through the API,
/// and the profile commands that say which API and project a till talks to.
@Suite(.serialized, .ownThread)
struct TeamTests {
    /// A till: its own home (data and config) with a profile `till` pointing at the sandbox, made by `operatorName`.
    private func till(_ sandbox: SandboxProcess, operatorName: String, secret: String = "sandbox-secret") throws -> (ScratchHome, [String: String]) {
        let home = try ScratchHome()
        let configDirectory = home.root.appendingPathComponent("config/paylink")
        try FileManager.default.createDirectory(at: configDirectory, withIntermediateDirectories: true)
        try """
            default_profile: till
            profiles:
              till:
                base_url: \(sandbox.baseURL)
                client_id: sandbox
                operator: \(operatorName)
            """.write(to: configDirectory.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        var environment = home.environment
        environment["PAYSERA_CLIENT_SECRET"] = secret
        return (home, environment)
    }

    private func sandbox(_ home: ScratchHome) throws -> SandboxProcess {
        var environment = home.environment
        environment["PAYLINK_DATA_DIR"] = home.root.appendingPathComponent("sandbox-data").path
        return try SandboxProcess(environment: environment)
    }

    private func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    private func row(_ listing: ProcessResult, linkID: String) throws -> [String: Any]? {
        let rows = try #require(try json(listing.stdout) as? [[String: Any]], "stdout: \(listing.stdout)")
        return rows.first { $0["link_id"] as? String == linkID }
    }

    @Test func aLinkMadeOnOneTillAppearsOnTheOtherWithItsMakerAndTurnsPaidOnBoth() async throws {
        let sandboxHome = try ScratchHome()
        let sandbox = try sandbox(sandboxHome)
        let (homeA, tillA) = try till(sandbox, operatorName: "anna")
        let (homeB, tillB) = try till(sandbox, operatorName: "ben")
        defer { sandbox.stop(); sandboxHome.remove(); homeA.remove(); homeB.remove() }

        let made = try await runPaylink(
            ["create", "--reference", "TEAM-1", "--currency", "EUR", "--amount", "12.50", "--name", "Blue teapot",
             "--language", "en", "--json"], environment: tillA)
        #expect(made.status == 0, "stderr: \(made.stderr)")
        let linkID = try #require((try json(made.stdout) as? [String: Any])?["link_id"] as? String)
        let onA = try await runPaylink(["list", "--json"], environment: tillA)
        #expect(try row(onA, linkID: linkID)?["created_by"] as? String == "anna")
        #expect(try row(onA, linkID: linkID)?["source"] as? String == "local")
        #expect(try row(try await runPaylink(["list", "--json"], environment: tillB), linkID: linkID) == nil)

        let synced = try await runPaylink(["sync", "--json"], environment: tillB)
        #expect(synced.status == 0, "stderr: \(synced.stderr)")
        #expect((try json(synced.stdout) as? [String: Any])?["added"] as? Int == 1, "\(synced.stdout)")
        let onB = try #require(try row(try await runPaylink(["list", "--json"], environment: tillB), linkID: linkID))
        #expect(onB["created_by"] as? String == "anna")
        #expect(onB["source"] as? String == "synced")
        #expect(onB["name"] as? String == "Blue teapot")
        #expect(onB["status"] as? String == "active")
        #expect(try row(try await runPaylink(["list", "--by", "anna", "--json"], environment: tillB), linkID: linkID) != nil)
        #expect(try row(try await runPaylink(["list", "--by", "ben", "--json"], environment: tillB), linkID: linkID) == nil)
        #expect(try row(try await runPaylink(["list", "--search", "ann", "--json"], environment: tillB), linkID: linkID) != nil)

        let again = try await runPaylink(["sync", "--json"], environment: tillB)
        #expect((try json(again.stdout) as? [String: Any])?["added"] as? Int == 0, "\(again.stdout)")

        let paid = try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(linkID)/pay")
        #expect(paid.status == 200)
        for environment in [tillA, tillB] {
            let listed = try await runPaylink(["list", "--sync", "--json"], environment: environment)
            #expect(listed.status == 0, "stderr: \(listed.stderr)")
            #expect(try row(listed, linkID: linkID)?["status"] as? String == "completed", "\(listed.stdout)")
        }
    }

    @Test func syncWithRefusedCredentialsSaysSoAndLeavesTheHistoryAlone() async throws {
        let sandboxHome = try ScratchHome()
        let sandbox = try sandbox(sandboxHome)
        let (homeA, tillA) = try till(sandbox, operatorName: "anna")
        var wrong = tillA
        wrong["PAYSERA_CLIENT_SECRET"] = "not-the-secret"
        defer { sandbox.stop(); sandboxHome.remove(); homeA.remove() }
        let made = try await runPaylink(
            ["create", "--reference", "TEAM-2", "--currency", "EUR", "--amount", "3.00", "--name", "Cup", "--language", "en", "--json"],
            environment: tillA)
        #expect(made.status == 0, "stderr: \(made.stderr)")
        let before = try await runPaylink(["list", "--json"], environment: tillA).stdout
        let refused = try await runPaylink(["sync"], environment: wrong)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("list of links could not be read"), "\(refused.stderr)")
        #expect(refused.stderr.contains("history was not changed"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("not-the-secret"))
        #expect(try await runPaylink(["list", "--json"], environment: tillA).stdout == before)
    }

    @Test func pSwitchesToALiveProfileAndTheLiveBadgeAppears() throws {
        let sandboxHome = try ScratchHome()
        let sandbox = try sandbox(sandboxHome)
        let (home, tillEnvironment) = try till(sandbox, operatorName: "anna")
        defer { sandbox.stop(); sandboxHome.remove(); home.remove() }
        let config = home.root.appendingPathComponent("config/paylink/config.yaml")
        // A second profile off this machine: live, listed before `till`. Nothing is sent to it until a link is made.
        try (try String(contentsOf: config, encoding: .utf8)
            + "\n  shop:\n    base_url: https://api.paysera.invalid\n    client_id: shop-client\n")
            .write(to: config, atomically: true, encoding: .utf8)
        let tui = try TUITmux(
            arguments: ["--reference", "E2E-P", "--amount", "1.00", "--name", "Cup", "--language", "en"],
            environment: tillEnvironment, width: 80, height: 24, scratch: home.root, record: false)
        let first = tui.waitFor(text: "new payment link", timeout: 20)
        #expect(first.components(separatedBy: "\n").first?.contains("till") == true)
        #expect(!first.contains("LIVE"))
        try tui.press("P")
        tui.waitFor(text: "switch profile")
        try tui.press("Up", "Enter")
        let live = tui.waitFor(text: "Now using profile shop", timeout: 15)
        let header = live.components(separatedBy: "\n").first ?? ""
        #expect(header.contains("LIVE") && header.contains("shop") && !header.contains("SANDBOX"), "\(live)")
        try tui.press("C-c")
        #expect(tui.waitFor(text: "EXIT=").contains("EXIT=0"))
    }

    @Test func whoamiNamesProfileAndProjectAndExitsThreeWithAWrongSecret() async throws {
        let sandboxHome = try ScratchHome()
        let sandbox = try sandbox(sandboxHome)
        let (home, environment) = try till(sandbox, operatorName: "anna")
        defer { sandbox.stop(); sandboxHome.remove(); home.remove() }

        let me = try await runPaylink(["whoami", "--json"], environment: environment)
        #expect(me.status == 0, "stderr: \(me.stderr)")
        let identity = try #require(try json(me.stdout) as? [String: Any])
        #expect(identity["profile"] as? String == "till")
        #expect(identity["client_id"] as? String == "sandbox")
        #expect(identity["kind"] as? String == "sandbox")
        #expect(identity["operator"] as? String == "anna")
        let project = try #require(identity["project_id"] as? String)
        #expect(UUID(uuidString: project) != nil, "project_id: \(project)")
        #expect(!me.stdout.contains("sandbox-secret"))
        let plain = try await runPaylink(["whoami"], environment: environment)
        #expect(plain.stdout.contains("till") && plain.stdout.contains(project), "\(plain.stdout)")

        var wrong = environment
        wrong["PAYSERA_CLIENT_SECRET"] = "not-the-secret"
        let refused = try await runPaylink(["whoami"], environment: wrong)
        #expect(refused.status == 3, "stdout: \(refused.stdout) stderr: \(refused.stderr)")
        #expect(refused.stderr.contains("till"))
        #expect(!refused.stderr.contains("not-the-secret") && !refused.stdout.contains("not-the-secret"))

        let profiles = try await runPaylink(["profiles", "--json"], environment: environment)
        #expect(profiles.status == 0, "stderr: \(profiles.stderr)")
        let rows = try #require(try json(profiles.stdout) as? [[String: Any]])
        let current = rows.filter { $0["current"] as? Bool == true }.compactMap { $0["name"] as? String }
        #expect(current == ["till"])
        #expect(rows.contains { $0["name"] as? String == "sandbox" && $0["kind"] as? String == "sandbox" })
        #expect(!profiles.stdout.contains("secret"))
    }
}
