import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// The history from the command line: list, show --refresh, cancel, and reconciling a killed create.
@Suite(.serialized, .ownThread)
struct CLIHistoryTests {
    private func environment(_ home: ScratchHome, _ sandbox: SandboxProcess) -> [String: String] {
        home.environment.merging([
            "PAYLINK_BASE_URL": sandbox.baseURL, "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }
    }

    private func sandboxEnvironment(_ home: ScratchHome) -> [String: String] { home.sandboxEnvironment }

    private func jsonArray(_ text: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    private func jsonObject(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// How many links the sandbox holds for an order, asked over HTTP.
    private func sandboxLinkCount(_ sandbox: SandboxProcess, orderID: String) async throws -> Int {
        let token = try await httpRequest(
            "POST", sandbox.baseURL + "/auth/realms/Paysera/protocol/openid-connect/token",
            headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Data("grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret".utf8))
        let access = try jsonObject(String(decoding: token.body, as: UTF8.self))["access_token"] as? String ?? ""
        let list = try await httpRequest(
            "GET", sandbox.baseURL + "/checkout-payment-link/integration/v1/payment-links?order_id=\(orderID)&limit=200",
            headers: ["Authorization": "Bearer \(access)"])
        let items = try jsonObject(String(decoding: list.body, as: UTF8.self))["items"] as? [Any]
        return items?.count ?? -1
    }

    @Test func listShowAndTheBatchSummarySpeakLithuanianWhenAsked() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: sandboxEnvironment(home))
        defer { sandbox.stop(); home.remove() }
        let env = environment(home, sandbox)
        let made = try await runPaylink(
            ["create", "--reference", "LT1", "--currency", "EUR", "--amount", "12.50", "--name", "Obuolių pyragas",
             "--language", "lt", "--json"], environment: env)
        #expect(made.status == 0, "stderr: \(made.stderr)")
        let id = try jsonObject(made.stdout)["link_id"] as? String ?? ""
        let listed = try await runPaylink(["list", "--ui-language", "lt"], environment: env)
        #expect(listed.status == 0, "stderr: \(listed.stderr)")
        #expect(listed.stdout.contains("12,50"), "\(listed.stdout)")
        #expect(listed.stdout.contains("galioja"), "\(listed.stdout)")
        #expect(!listed.stdout.contains("active"), "\(listed.stdout)")
        let shown = try await runPaylink(["show", id, "--ui-language", "lt"], environment: env)
        #expect(shown.stdout.contains("Būsena"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Pavadinimas"), "\(shown.stdout)")
        let refreshed = try await runPaylink(["show", id, "--refresh", "--ui-language", "lt"], environment: env)
        #expect(refreshed.stdout.contains("laukia apmokėjimo"), "\(refreshed.stdout)")
        #expect(!refreshed.stdout.contains("pending_payment"), "\(refreshed.stdout)")
        let englishShown = try await runPaylink(["show", id, "--refresh"], environment: env)
        #expect(englishShown.stdout.contains("pending_payment"), "\(englishShown.stdout)")
        let english = try await runPaylink(["list"], environment: env)
        #expect(english.stdout.contains("€12.50") && english.stdout.contains("active"), "\(english.stdout)")

        let file = home.root.appendingPathComponent("rows.csv")
        try Data("purchase.reference;purchase.currency;amount-minor;name\nB-1;EUR;1050;Stalai\nB-2;EUR;99;Kėdės\n".utf8)
            .write(to: file)
        let dry = try await runPaylink(["batch", file.path, "--dry-run", "--ui-language", "lt"], environment: env)
        #expect(dry.status == 0, "stderr: \(dry.stderr)")
        #expect(dry.stdout.contains("2 eilutės: tinkamų 2, netinkamų 0; iš viso 11,49"), "\(dry.stdout)")
        let out = home.root.appendingPathComponent("rows-out.csv").path
        let sent = try await runPaylink(["batch", file.path, "--yes", "--output", out, "--ui-language", "lt"], environment: env)
        #expect(sent.status == 0, "stderr: \(sent.stderr)")
        #expect(sent.stdout.contains("sukurta 2 (dabar 2, anksčiau 0)"), "\(sent.stdout)")
    }

    @Test func aBrokenConfigFileAndAnUnknownSettingAreToldInLithuanian() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: sandboxEnvironment(home))
        defer { sandbox.stop(); home.remove() }
        let env = environment(home, sandbox)
        let directory = home.root.appendingPathComponent("config/paylink")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config = directory.appendingPathComponent("config.yaml")
        try "profiles:\n  shop:\n    client_id: [1, 2]\n".write(to: config, atomically: true, encoding: .utf8)
        let broken = try await runPaylink(["list", "--ui-language", "lt"], environment: env)
        #expect(broken.status != 0)
        #expect(broken.stderr.contains(": profiles.shop.client_id turėtų būti tekstas"), "\(broken.stderr)")
        #expect(!broken.stderr.contains("should be"), "\(broken.stderr)")
        let english = try await runPaylink(["list"], environment: env)
        #expect(english.stderr.contains(" line 3: profiles.shop.client_id should be text"), "\(english.stderr)")

        try "colour: blue\n".write(to: config, atomically: true, encoding: .utf8)
        let warned = try await runPaylink(["whoami", "--ui-language", "lt"], environment: env)
        #expect(warned.status == 0, "stderr: \(warned.stderr)")
        #expect(warned.stderr.contains("1 eilutė: nežinomas nustatymas colour nepaisomas"), "\(warned.stderr)")

        let profiles = try await runPaylink(["profiles", "--ui-language", "lt"], environment: home.environment)
        #expect(profiles.status == 0, "stderr: \(profiles.stderr)")
        let header = profiles.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("PAVADINIMAS") && header.contains("RŪŠIS") && header.contains("KLIENTAS"), "\(profiles.stdout)")
        #expect(profiles.stdout.contains("smėliadėžė") && profiles.stdout.contains("įtaisytoji"), "\(profiles.stdout)")
        let englishProfiles = try await runPaylink(["profiles"], environment: home.environment)
        #expect(englishProfiles.stdout.hasPrefix("   NAME     KIND     CLIENT   API"), "\(englishProfiles.stdout)")
        #expect(englishProfiles.stdout.contains("sandbox") && englishProfiles.stdout.contains("built-in"), "\(englishProfiles.stdout)")
    }

    @Test func aBatchFileThatIsNotUTF8IsToldInLithuanian() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let file = home.root.appendingPathComponent("latin1.csv")
        try Data("purchase.reference;purchase.currency;amount-minor;name\nB-1;EUR;1050;K".utf8 + [0xE9] + Data("d\n".utf8))
            .write(to: file)
        let lithuanian = try await runPaylink(["batch", file.path, "--dry-run", "--ui-language", "lt"], environment: home.environment)
        #expect(lithuanian.status != 0)
        #expect(lithuanian.stderr.contains("failas nėra UTF-8 tekstas"), "\(lithuanian.stderr)")
        #expect(!lithuanian.stderr.contains("not UTF-8"), "\(lithuanian.stderr)")
        let missing = try await runPaylink(["batch", file.path + ".nope", "--dry-run", "--ui-language", "lt"], environment: home.environment)
        #expect(missing.stderr.contains(".nope: tokio failo nėra"), "\(missing.stderr)")
        let nameless = home.root.appendingPathComponent("nameless.csv")
        try Data("purchase.reference;purchase.currency;amount-minor;spalva\nB-1;EUR;1050;mėlyna\n".utf8).write(to: nameless)
        let header = try await runPaylink(["batch", nameless.path, "--dry-run", "--ui-language", "lt"], environment: home.environment)
        let said = header.stdout + header.stderr
        #expect(said.contains("Faile reikia name stulpelio"), "\(said)")
        #expect(said.contains("Stulpelis “spalva” nėra paylink žinomas laukas"), "\(said)")
        #expect(!said.contains("The file needs"), "\(said)")
    }

    @Test func listShowsNewestFirstThenPaidAndCanceledLinksFollow() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: sandboxEnvironment(home))
        defer { sandbox.stop(); home.remove() }
        let env = environment(home, sandbox)
        var ids: [String] = []
        let names = ["Apple pie", "Banana bread", "Cherry tart"]
        for n in 1...3 {
            let made = try await runPaylink(
                ["create", "--reference", "H\(n)", "--currency", "EUR", "--amount", "\(n).00", "--name", names[n - 1],
                 "--language", "en", "--json"], environment: env)
            #expect(made.status == 0, "stderr: \(made.stderr)")
            ids.append(try jsonObject(made.stdout)["link_id"] as? String ?? "")
        }
        let listed = try jsonArray(try await runPaylink(["list", "--json"], environment: env).stdout)
        #expect(listed.compactMap { $0["link_id"] as? String } == ids.reversed())
        #expect(listed.allSatisfy { $0["status"] as? String == "active" })

        let paid = try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(ids[0])/pay")
        #expect(paid.status == 200)
        let shown = try await runPaylink(["show", ids[0], "--refresh", "--json"], environment: env)
        #expect(shown.status == 0, "stderr: \(shown.stderr)")
        #expect(try jsonObject(shown.stdout)["status"] as? String == "completed")

        let canceled = try await runPaylink(["cancel", ids[1]], environment: env)
        #expect(canceled.status == 0, "stderr: \(canceled.stderr)")
        let after = try jsonArray(try await runPaylink(["list", "--json", "--status", "canceled"], environment: env).stdout)
        #expect(after.compactMap { $0["link_id"] as? String } == [ids[1]])

        let again = try await runPaylink(["cancel", ids[1]], environment: env)
        #expect(again.status == 3)

        let searched = try jsonArray(try await runPaylink(["list", "--json", "--search", "cher"], environment: env).stdout)
        #expect(searched.compactMap { $0["link_id"] as? String } == [ids[2]])
    }

    @Test func killedCreateIsReconciledWithoutASecondLink() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: sandboxEnvironment(home), extraArguments: ["--fault", "delay=3s"])
        defer { sandbox.stop(); home.remove() }
        let env = environment(home, sandbox)

        let process = Process()
        process.executableURL = PaylinkBinary.url
        process.arguments = ["create", "--reference", "KILL-1", "--currency", "EUR", "--amount", "5.00", "--name", "Killed",
                             "--language", "en"]
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Wait until the attempt is written down with its order (state sending), then kill the process
        // while the link request is held back by the sandbox.
        var attempt: [String: Any]?
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, attempt == nil {
            let rows = try jsonArray(try await runPaylink(["list", "--json", "--status", "unknown"], environment: env).stdout)
            attempt = rows.first { $0["order_id"] is String }
            if attempt == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        let row = try #require(attempt)
        #expect(row["state"] as? String == "sending")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let orderID = try #require(row["order_id"] as? String)

        // The sandbox finishes the create after its delay although nobody waits for the answer.
        let created = Date().addingTimeInterval(15)
        while Date() < created, try await sandboxLinkCount(sandbox, orderID: orderID) < 1 {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(try await sandboxLinkCount(sandbox, orderID: orderID) == 1)

        let reconciled = try await runPaylink(["reconcile"], environment: env)
        #expect(reconciled.status == 0, "stderr: \(reconciled.stderr)")
        #expect(reconciled.stdout.contains("found:"), "stdout: \(reconciled.stdout)")
        let rows = try jsonArray(try await runPaylink(["list", "--json"], environment: env).stdout)
        #expect(rows.count == 1)
        #expect(rows.first?["state"] as? String == "created")
        #expect(rows.first?["status"] as? String == "active")
        #expect(try await sandboxLinkCount(sandbox, orderID: orderID) == 1)
    }
}
