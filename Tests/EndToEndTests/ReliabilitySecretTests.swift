import Foundation
import TestSupport
import Testing

/// Runs every command with a recognisable client secret against a real sandbox that knows it, through a relay
/// that records the access tokens the sandbox hands out; then looks for the secret and the tokens everywhere
/// paylink writes: stdout, stderr, the history database and every file of its data and config directories (a
/// token only in its owner-only token cache), and the command lines of all processes while a create is in flight.
@Suite("Reliability: secrets and tokens never leave the process", .ownThread)
struct ReliabilitySecretTests {
    @Test("secret and tokens appear in no output, no file and no command line")
    func secretsStayInside() async throws {
        let secret = "s3cr3t-XYZ-\(UUID().uuidString)"
        let wrongSecret = "wr0ng-s3cr3t-\(UUID().uuidString)"
        let clientID = "shop-\(UUID().uuidString.prefix(8).lowercased())"
        let home = try ScratchHome()
        defer { home.remove() }
        let sandboxData = home.root.appendingPathComponent("sandbox-data")
        var sandboxEnv = home.environment
        sandboxEnv["PAYLINK_DATA_DIR"] = sandboxData.path
        sandboxEnv["PAYSERA_CLIENT_ID"] = clientID
        sandboxEnv["PAYSERA_CLIENT_SECRET"] = secret
        let sandbox = try SandboxProcess(environment: sandboxEnv)
        defer { sandbox.stop() }
        let port = sandbox.port
        // Creates named "Slow" wait in the relay, so their process can be looked at while the request is out.
        let relay = try MisbehavingAPI { request in
            let slow = request.path == FakeCheckout.linksPath && String(decoding: request.body, as: UTF8.self).contains("Slow")
            return .forward(port: port, pause: slow ? .milliseconds(1500) : nil)
        }
        defer { relay.stop() }
        var env = home.environment
        env["PAYLINK_BASE_URL"] = relay.baseURL
        env["PAYSERA_CLIENT_ID"] = clientID
        env["PAYSERA_CLIENT_SECRET"] = secret

        var runs: [(String, ChildRun)] = []
        func run(_ label: String, _ arguments: [String], extra: [String: String] = [:]) async -> ChildRun {
            let result = await Child.runAsync(arguments, environment: env.merging(extra) { _, new in new })
            runs.append((label, result))
            return result
        }
        let order = ["--currency", "EUR", "--amount", "12.50", "--language", "en"]
        let first = await run("create --json", ["create", "--reference", "SEC-1", "--name", "Secret one", "--json"] + order)
        #expect(first.status == 0, "\(first.summary)")
        let linkA = try #require((try? JSONSerialization.jsonObject(with: first.stdoutBytes) as? [String: Any])?["link_id"] as? String)
        let second = await run(
            "create with trace logs", ["create", "--reference", "SEC-2", "--name", "Secret two", "--json"] + order,
            extra: ["PAYLINK_LOG": "trace"])
        #expect(second.status == 0, "\(second.summary)")
        let linkB = (try? JSONSerialization.jsonObject(with: second.stdoutBytes) as? [String: Any])?["link_id"] as? String ?? ""

        // A create in flight: every process's command line is read while its request waits in the relay.
        let slowPID = Locked<Int32>(0)
        async let slow = Child.runAsync(
            ["create", "--reference", "SEC-3", "--name", "Slow secret"] + order, environment: env,
            started: { pid in slowPID.withLock { $0 = pid } })
        let inFlight = await eventually(within: 20) {
            relay.requests.contains { $0.path == FakeCheckout.linksPath && String(decoding: $0.body, as: UTF8.self).contains("Slow") }
        }
        #expect(inFlight, "the slow create reached the relay")
        let commandLines = allProcessCommandLines()
        #expect(commandLines.contains { $0.pid == String(slowPID.snapshot) }, "the running create was among the processes")
        let slowRun = await slow
        runs.append(("slow create", slowRun))
        #expect(slowRun.status == 0, "\(slowRun.summary)")

        for (label, arguments) in [
            ("list", ["list"]), ("list --json", ["list", "--json"]), ("show", ["show", linkA]),
            ("show --refresh", ["show", linkA, "--refresh", "--json"]), ("cancel", ["cancel", linkB]),
            ("export csv", ["export", "--format", "csv"]),
            ("export json to a file", ["export", "--format", "json", "--output", home.root.appendingPathComponent("export.json").path]),
            ("reconcile", ["reconcile"]), ("methods", ["methods", "--amount", "12.50", "--currency", "EUR", "--json"]),
        ] {
            let result = await run(label, arguments)
            #expect(result.status == 0, "\(label): \(result.summary)")
        }
        let refused = await run(
            "create with a wrong secret", ["create", "--reference", "SEC-4", "--name", "Wrong"] + order,
            extra: ["PAYSERA_CLIENT_SECRET": wrongSecret])
        #expect(refused.status == 3, "\(refused.summary)")

        // The tokens the sandbox handed out, read off the relay, and the shape every token of this sandbox starts with.
        var needles = [("client secret", secret), ("wrong secret", wrongSecret)]
        let tokens = relay.relayedAnswers.compactMap { answer -> String? in
            let text = String(decoding: answer, as: UTF8.self)
            guard let body = text.range(of: "\r\n\r\n").map({ text[$0.upperBound...] }),
                let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
            else { return nil }
            return object["access_token"] as? String
        }
        #expect(tokens.count >= 1, "tokens seen: \(tokens.count)")
        for (n, token) in tokens.enumerated() {
            needles.append(("token \(n)", token))
            if let signature = token.split(separator: ".").last { needles.append(("token \(n) signature", String(signature))) }
        }
        let mine = try await SandboxLedger(baseURL: sandbox.baseURL, clientID: clientID, secret: secret).token()
        if let header = mine.split(separator: ".").first { needles.append(("any token of this sandbox", String(header) + ".")) }

        // The search itself works: the secret does travel in the token requests the relay saw.
        #expect(relay.requests.contains { $0.body.contains(text: secret) }, "the secret was sent to the token endpoint")

        var places: [(String, Data)] = []
        for (label, result) in runs {
            places.append(("\(label) stdout", result.stdoutBytes))
            places.append(("\(label) stderr", result.stderrBytes))
        }
        let tokenCache = home.root.appendingPathComponent("data/paylink/tokens").path + "/"
        let files = filesUnder(home.root).filter { !$0.path.hasPrefix(sandboxData.path) && !$0.path.hasPrefix(tokenCache) }
        // The token cache holds a token by design: readable by its owner alone, and never a secret.
        let cached = filesUnder(URL(fileURLWithPath: tokenCache))
        #expect(!cached.isEmpty, "a token was kept in \(tokenCache)")
        for file in cached {
            let mode = (try? FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) ?? -1
            #expect(mode == 0o600, "\(file.path) has mode \(String(mode, radix: 8))")
            for (what, needle) in needles.prefix(2) where file.bytes.contains(text: needle) { Issue.record("\(what) found in \(file.path)") }
        }
        #expect(files.contains { $0.path.hasSuffix("history.sqlite") }, "the history database was searched: \(files.map(\.path))")
        places += files.map { ("file \($0.path)", $0.bytes) }
        places += commandLines.map { ("/proc/\($0.pid)/cmdline", $0.line) }

        for (what, needle) in needles {
            for (place, bytes) in places where bytes.contains(text: needle) {
                Issue.record("\(what) found in \(place)")
            }
        }
    }
}
