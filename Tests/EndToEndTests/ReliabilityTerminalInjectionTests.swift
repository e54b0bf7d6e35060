import Foundation
import TestSupport
import Testing

/// A hostile API answers with names and texts full of terminal escapes (ESC, CSI, OSC, C1): whatever
/// paylink prints on stdout and stderr must carry none of them.
@Suite("Reliability: terminal injection through the command line", .ownThread)
struct ReliabilityTerminalInjectionTests {
    /// Clears the screen, sets a window title by OSC, rings the bell, hides the cursor, and the same with C1 bytes.
    static let hostile =
        "Pay\u{1B}[2J\u{1B}[H\u{1B}]0;owned\u{07}\u{1B}]8;;https://evil.example\u{1B}\\me\u{1B}[8m\u{9B}31m\u{9D}2;x\u{9C}\u{85}\u{7F}\u{08}\u{0D}done"

    /// The hostile API: every link it makes or lists has the hostile name, its errors carry hostile words.
    final class HostileAPI: Sendable {
        let api: MisbehavingAPI
        let linkID = "hostile-\(UUID().uuidString.prefix(8).lowercased())"
        let orderID = UUID().uuidString.lowercased()

        /// With `rawC1`, C1 characters travel as raw UTF-8 inside JSON strings (valid JSON), not as `\u0080` escapes.
        /// `token` is the access token it hands out.
        init(rawC1: Bool = false, token: String = "tok-scripted") throws {
            let linkID = self.linkID, orderID = self.orderID
            var body = FakeCheckout.link(id: linkID, orderID: orderID, name: hostile)
            if rawC1 {
                for code in 0x80...0x9F {
                    let scalar = Character(Unicode.Scalar(UInt8(code)))
                    body = body.replacingOccurrences(of: String(format: "\\u%04x", code), with: String(scalar))
                }
            }
            let link = body
            api = try MisbehavingAPI { request in
                switch (request.method, request.path) {
                case ("POST", FakeCheckout.tokenPath):
                    return .json(200, #"{"access_token":\#(FakeCheckout.quoted(token)),"expires_in":3600,"token_type":"Bearer"}"#)
                case ("GET", FakeCheckout.methodsPath):
                    return .json(200, #"{"items":[{"key":\#(FakeCheckout.quoted("card" + hostile)),"title":\#(FakeCheckout.quoted(hostile)),"type":"card"}]}"#)
                case ("POST", FakeCheckout.linksPath):
                    // A second link on a refused order tells of its refusal in hostile words.
                    if String(decoding: request.body, as: UTF8.self).contains("Refuse me") {
                        return .json(
                            400,
                            #"{"error":"invalid_request\#(FakeCheckout.quoted(hostile).dropFirst().dropLast())","error_description":\#(FakeCheckout.quoted(hostile)),"error_properties":{\#(FakeCheckout.quoted("name" + hostile)):[\#(FakeCheckout.quoted(hostile))]}}"#)
                    }
                    return .json(201, link)
                case ("GET", FakeCheckout.linksPath):
                    return .json(200, #"{"items":[\#(link)],"_metadata":{"total":1,"limit":200,"offset":0}}"#)
                case ("GET", FakeCheckout.linksPath + "/" + linkID):
                    return .json(200, link)
                case ("PUT", FakeCheckout.linksPath + "/" + linkID + "/cancel"):
                    return .json(409, #"{"error":"conflict","error_description":\#(FakeCheckout.quoted(hostile))}"#)
                default:
                    return .json(404, #"{"error":"not_found","error_description":\#(FakeCheckout.quoted(hostile))}"#)
                }
            }
        }
    }

    static func expectClean(_ run: ChildRun, _ label: String) {
        #expect(!run.signaled && !run.timedOut, "\(label): \(run.summary)")
        let out = terminalControls(in: run.stdoutBytes), err = terminalControls(in: run.stderrBytes)
        #expect(out.isEmpty, "\(label) stdout: \(out)")
        #expect(err.isEmpty, "\(label) stderr: \(err)")
    }

    @Test("create, list, show, cancel and reconcile print no control bytes from a hostile API")
    func plainOutputIsClean() async throws {
        let hostile = try HostileAPI()
        defer { hostile.api.stop() }
        let home = try ReliabilityHome(baseURL: hostile.api.baseURL)
        defer { home.remove() }
        let env = home.environment
        let base = ["--order-id", hostile.orderID, "--currency", "EUR", "--amount", "25.00", "--language", "en"]

        let created = await Child.runAsync(["create", "--name", "Hostile"] + base, environment: env)
        #expect(created.status == 0, "\(created.summary)")
        Self.expectClean(created, "create")

        let refused = await Child.runAsync(["create", "--name", "Refuse me"] + base, environment: env)
        #expect(refused.status == 2 || refused.status == 3, "\(refused.summary)")
        Self.expectClean(refused, "refused create")

        for (label, arguments) in [
            ("list", ["list"]), ("list --search", ["list", "--search", "Pay"]), ("show", ["show", hostile.linkID]),
            ("show --refresh", ["show", hostile.linkID, "--refresh"]), ("cancel", ["cancel", hostile.linkID]),
            ("reconcile", ["reconcile"]),
        ] {
            let run = await Child.runAsync(arguments, environment: env)
            Self.expectClean(run, label)
        }
        // An id typed with an escape in it is echoed back as typed.
        let unknown = await Child.runAsync(["show", "nope\u{1B}[2J"], environment: env)
        #expect(unknown.status == 2, "\(unknown.summary)")
        Self.expectClean(unknown, "show of an unknown id with an escape in it")
        let listed = await Child.runAsync(["list"], environment: env)
        #expect(listed.stdout.contains(hostile.linkID), "the hostile link is listed: \(listed.stdout)")
    }

    @Test("JSON output of create, list and show carries no raw control bytes")
    func jsonOutputIsClean() async throws {
        let hostile = try HostileAPI()
        defer { hostile.api.stop() }
        let home = try ReliabilityHome(baseURL: hostile.api.baseURL)
        defer { home.remove() }
        let env = home.environment
        let created = await Child.runAsync(
            ["create", "--order-id", hostile.orderID, "--currency", "EUR", "--amount", "25.00", "--name", "Hostile",
             "--language", "en", "--json"], environment: env)
        #expect(created.status == 0, "\(created.summary)")
        Self.expectClean(created, "create --json")
        let list = await Child.runAsync(["list", "--json"], environment: env)
        let show = await Child.runAsync(["show", hostile.linkID, "--json"], environment: env)
        let refreshed = await Child.runAsync(["show", hostile.linkID, "--refresh", "--json"], environment: env)
        for (label, run) in [("list --json", list), ("show --json", show), ("show --refresh --json", refreshed)] {
            #expect(run.status == 0, "\(label): \(run.summary)")
            Self.expectClean(run, label)
        }
    }

    @Test("create --json passes on C1 controls the API sent raw inside its JSON strings")
    func createJSONWithRawC1() async throws {
        let hostile = try HostileAPI(rawC1: true)
        defer { hostile.api.stop() }
        let home = try ReliabilityHome(baseURL: hostile.api.baseURL)
        defer { home.remove() }
        let created = await Child.runAsync(
            ["create", "--order-id", hostile.orderID, "--currency", "EUR", "--amount", "25.00", "--name", "Hostile",
             "--language", "en", "--json"], environment: home.environment)
        #expect(created.status == 0, "\(created.summary)")
        let plain = await Child.runAsync(["list"], environment: home.environment)
        Self.expectClean(plain, "list after a raw-C1 answer")
        Self.expectClean(created, "create --json")
    }

    @Test("a payment_URL carrying escapes is refused, and the refusal prints none of them")
    func hostileURLIsRefused() async throws {
        let orderID = UUID().uuidString.lowercased()
        let api = try MisbehavingAPI { request in
            switch (request.method, request.path) {
            case ("POST", FakeCheckout.tokenPath): FakeCheckout.token
            case ("POST", FakeCheckout.linksPath):
                .json(201, FakeCheckout.link(id: "u1", orderID: orderID, url: "https://pay.example/\u{1B}]8;;https://evil/\u{07}x\u{9B}2J"))
            default: .json(404, "{}")
            }
        }
        defer { api.stop() }
        let home = try ReliabilityHome(baseURL: api.baseURL)
        defer { home.remove() }
        for json in [false, true] {
            let run = await Child.runAsync(
                ["create", "--order-id", orderID, "--currency", "EUR", "--amount", "1.00", "--name", "U", "--language", "en"]
                    + (json ? ["--json"] : []), environment: home.environment)
            #expect(run.status == 4, "\(run.summary)")
            Self.expectClean(run, "create with a hostile URL\(json ? " --json" : "")")
        }
    }
}
