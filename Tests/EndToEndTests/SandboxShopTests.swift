import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PayseraCheckout
import TestSupport
import Testing

/// The sandbox as a shop developer uses it: a real browser on the checkout, and `paylink listen` taking callbacks.
@Suite(.serialized, .ownThread)
struct SandboxShopTests {
    /// Runs Tests/Browser/checkout_test.py in one mode; it prints one PASS or FAIL line.
    static func browser(_ mode: String) throws -> (status: Int32, output: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = [
            "--kill-after=10", "240", "/usr/bin/python3", root.appendingPathComponent("Tests/Browser/checkout_test.py").path,
            PaylinkBinary.url.path, root.appendingPathComponent(".build/test-artifacts/browser").path, mode,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("In headless chromium: Pay, Fail and Back land on the shop's URLs; direct_payment, lt and expired pages")
    func checkoutInBrowser() throws {
        let (status, output) = try Self.browser("suite")
        #expect(status == 0, "\(output)")
        #expect(output.contains("PASS browser suite"), "\(output)")
    }

    @Test("A link made with --success-url and --callback-url is paid in the browser; listen applies it; a resend is a duplicate")
    func doneWhen() throws {
        let (status, output) = try Self.browser("done-when")
        #expect(status == 0, "\(output)")
        #expect(output.contains("PASS browser done-when"), "\(output)")
    }

    @Test("listen: tampered, wrongly signed, garbage, oversized and unknown callbacks change nothing; a replay is a duplicate")
    func listenRefusals() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        var sandboxEnv = home.environment
        sandboxEnv["PAYLINK_DATA_DIR"] = home.root.appendingPathComponent("sandbox-data").path
        let sandbox = try SandboxProcess(environment: sandboxEnv, extraArguments: ["--in-memory"])
        defer { sandbox.stop() }
        let env = home.environment.merging([
            "PAYLINK_BASE_URL": sandbox.baseURL, "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }
        let created = try await runPaylink(
            ["create", "--reference", "L-1", "--currency", "EUR", "--amount", "25.00", "--name", "Listen", "--language", "en", "--json"],
            environment: env)
        try #require(created.status == 0, "\(created.stderr)")
        let link = try #require(try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any])
        let linkID = try #require(link["link_id"] as? String)
        let listen = try ListenProcess(environment: env)
        defer { listen.stop() }

        func status() async throws -> String? {
            let shown = try await runPaylink(["show", linkID, "--json"], environment: env)
            return (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])?["status"] as? String
        }
        func body(_ event: String, status: String) -> Data {
            let (type, name) = (event.split(separator: "/").first ?? "", event.split(separator: "/").last ?? "")
            return Data(#"{"event":{"type":"\#(type)","name":"\#(name)"},"order":{"paysera_order_id":"o","status":"paid","payment_links":[{"id":"\#(linkID)","status":"\#(status)"}]}}"#.utf8)
        }
        func post(_ body: Data, secret: String = "sandbox-secret", requestID: String = UUID().uuidString.lowercased(), signature: String? = nil) async throws -> Int {
            let headers = [
                "Content-Type": "application/json", WebhookSignature.signatureHeader: signature ?? WebhookSignature.sign(body: body, secret: secret),
                WebhookSignature.algorithmHeader: "HMAC-SHA256", WebhookSignature.createdAtHeader: "1736433270",
                WebhookSignature.requestIDHeader: requestID, WebhookSignature.callbackIDHeader: UUID().uuidString.lowercased(),
            ]
            return try await httpRequest("POST", listen.url, headers: headers, body: body).status
        }

        let paid = body("order/amount_paid_updated", status: "completed")
        var tampered = paid
        tampered[tampered.count - 5] = UInt8(ascii: "X")
        #expect(try await post(tampered, signature: WebhookSignature.sign(body: paid, secret: "sandbox-secret")) == 401)
        #expect(try await post(paid, secret: "someone-else") == 401)
        #expect(try await post(Data("not json at all".utf8)) == 400)
        #expect(try await post(Data(#"{"order":{}}"#.utf8)) == 400)
        #expect(try await post(body("subscription/renewed", status: "completed")) == 200)
        let huge = Data(repeating: UInt8(ascii: " "), count: 5 << 20)
        #expect(try await post(huge) == 413)
        #expect(try await status() == "active")

        let requestID = UUID().uuidString.lowercased()
        #expect(try await post(paid, requestID: requestID) == 200)
        #expect(try await status() == "completed")
        // The same request id again, even with another snapshot, changes nothing.
        #expect(try await post(body("order/amount_paid_updated", status: "canceled"), requestID: requestID) == 200)
        #expect(try await status() == "completed")

        listen.stop()
        let outcomes = listen.lines().compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["outcome"] as? String
        }
        #expect(outcomes == ["bad_signature", "bad_signature", "unreadable", "unreadable", "ignored", "too_large", "applied", "duplicate"])
    }
}

extension SandboxShopTests {
    @Test("listen --json: a sender's C1 controls and DEL are printed as \\u escapes, never raw")
    func listenJSONEscapesTheSendersControls() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let env = home.environment.merging([
            "PAYLINK_BASE_URL": "http://127.0.0.1:9", "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }
        let listen = try ListenProcess(environment: env)
        defer { listen.stop() }
        // Valid JSON may carry C1 controls raw inside a string; a terminal acts on U+009B as on ESC [.
        let hostile = "o\u{9B}2J\u{9D}0;owned\u{9C}\u{7F}"
        let body = Data(#"{"event":{"type":"order","name":"amount_paid_updated"},"order":{"paysera_order_id":"\#(hostile)","status":"paid","payment_links":[{"id":"l\#(hostile)","status":"completed"}]}}"#.utf8)
        let headers = [
            "Content-Type": "application/json", WebhookSignature.signatureHeader: WebhookSignature.sign(body: body, secret: "sandbox-secret"),
            WebhookSignature.algorithmHeader: "HMAC-SHA256", WebhookSignature.createdAtHeader: "1736433270",
            WebhookSignature.requestIDHeader: UUID().uuidString.lowercased(), WebhookSignature.callbackIDHeader: UUID().uuidString.lowercased(),
        ]
        let status = try await httpRequest("POST", listen.url, headers: headers, body: body).status
        listen.stop()
        let printed = listen.lines().joined(separator: "\n")
        #expect(status == 200, "\(printed)")
        #expect(printed.contains("\\u009b"), "the order id is not in the line:\n\(printed)")
        #expect(!printed.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value == 0x1B }, "raw controls in:\n\(printed)")
    }
}

/// A `paylink listen --json` child process on an ephemeral port; its lines are read after it stops.
final class ListenProcess {
    let process = Process()
    let url: String
    private let out = Pipe()

    init(environment: [String: String]) throws {
        process.executableURL = PaylinkBinary.url
        process.arguments = ["listen", "--port", "0", "--json"]
        process.environment = environment
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var buffer = Data()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !String(decoding: buffer, as: UTF8.self).contains("\n") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
        }
        let line = String(decoding: buffer, as: UTF8.self)
        guard let start = line.range(of: "http://") else {
            process.terminate()
            throw SandboxStartFailure(output: line)
        }
        url = String(line[start.lowerBound...].prefix { !$0.isNewline })
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Every line printed, once stopped.
    func lines() -> [String] {
        String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
