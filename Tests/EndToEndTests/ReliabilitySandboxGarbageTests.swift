import Foundation
import TestSupport
import Testing

/// A raw HTTP exchange with the sandbox: bytes out, status (if any) back.
enum RawHTTP {
    static func request(_ method: String, _ target: String, headers: [(String, String)], body: Data) -> Data {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        return Data(head.utf8) + body
    }

    /// Sends the bytes and reads the answer until the server closes; nil status when no HTTP answer came.
    static func exchange(port: Int, _ bytes: Data) throws -> (status: Int?, text: String) {
        let fd = try Loopback.connect(port: port, receiveTimeout: 15)
        defer { close(fd) }
        Loopback.send(fd, bytes)
        shutdown(fd, Int32(SHUT_WR))
        let answer = Loopback.receiveAll(fd, limit: 4 << 20)
        let text = String(decoding: answer.prefix(600), as: UTF8.self)
        let parts = text.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else { return (nil, text) }
        return (status, text)
    }
}

/// Random bytes, huge and deeply nested bodies and broken HTTP sent to every route of a running
/// `paylink sandbox` process: never a 5xx, and the process is still serving afterwards.
@Suite("Reliability: garbage against the sandbox process", .ownThread)
struct ReliabilitySandboxGarbageTests {
    static func bodies() -> [(String, Data)] {
        var random = SplitMix64(seed: 20_251_125)
        return [
            ("empty", Data()),
            ("random 16 B", random.bytes(16)),
            ("random 4 KiB", random.bytes(4096)),
            ("random 200 KiB", random.bytes(200 << 10)),
            ("2 MiB of JSON-looking text", Data(("{\"name\":\"" + String(repeating: "a", count: 2 << 20) + "\"}").utf8)),
            ("100,000 nested arrays", Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
            ("20,000 nested objects", Data((String(repeating: #"{"a":"#, count: 20_000) + "1" + String(repeating: "}", count: 20_000)).utf8)),
            ("invalid UTF-8 in a string", Data([0x7B, 0x22, 0x6E, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D])),
            ("form with a huge value", Data(("grant_type=client_credentials&client_id=" + String(repeating: "%FF", count: 50_000)).utf8)),
            ("numbers past every limit", Data(#"{"order_id":1e999999,"purchase":{"amount":-99999999999999999999999},"lifetime":1.5e308}"#.utf8)),
        ]
    }

    @Test("every route answers garbage with a 4xx or 2xx, never a 5xx, and the sandbox keeps serving")
    func garbageNeverGivesA500() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let sandbox = try SandboxProcess(environment: home.environment, extraArguments: ["--in-memory"])
        defer { sandbox.stop() }
        let ledger = SandboxLedger(baseURL: sandbox.baseURL, clientID: "sandbox", secret: "sandbox-secret")
        let token = try await ledger.token()
        let auth = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
        let order = try await httpRequest(
            "POST", sandbox.baseURL + FakeCheckout.ordersPath, headers: auth,
            body: Data(#"{"purchase":{"reference":"GARBAGE-1","amount":"100","currency":"EUR"}}"#.utf8))
        let orderID = try #require((try JSONSerialization.jsonObject(with: order.body) as? [String: Any])?["order_id"] as? String)
        let made = try await httpRequest(
            "POST", sandbox.baseURL + FakeCheckout.linksPath, headers: auth,
            body: Data(#"{"order_id":"\#(orderID)","name":"G","experience":{"language":"en"},"purchase":{"amount":100}}"#.utf8))
        let link = try #require(try JSONSerialization.jsonObject(with: made.body) as? [String: Any])
        let linkID = try #require(link["link_id"] as? String)
        let pageToken = (link["payment_URL"] as? String)?.split(separator: "/").last.map(String.init) ?? "x"

        let document = try await httpRequest("GET", sandbox.baseURL + "/openapi.json")
        let paths = try #require((try JSONSerialization.jsonObject(with: document.body) as? [String: Any])?["paths"] as? [String: Any])
        var operations: [(String, String)] = []
        for (path, item) in paths {
            for method in ((item as? [String: Any]) ?? [:]).keys where ["get", "post", "put", "delete", "patch"].contains(method) {
                operations.append((method.uppercased(), path))
            }
        }
        #expect(operations.count >= 10, "routes found in /openapi.json: \(operations)")

        let identities = [
            ("real", ["{link_id}": linkID, "{order_id}": orderID, "{token}": pageToken]),
            ("hostile", ["{link_id}": "..%2F..%2F%00%FF", "{order_id}": String(repeating: "9", count: 5000), "{token}": "%1B%5B2J"]),
        ]
        let contentTypes: [String?] = ["application/json", "application/x-www-form-urlencoded", nil]
        var failures: [String] = []
        var sent = 0
        for (method, template) in operations.sorted(by: { $0.1 + $0.0 < $1.1 + $1.0 }) {
            for (identity, values) in identities {
                var target = template
                for (placeholder, value) in values { target = target.replacingOccurrences(of: placeholder, with: value) }
                for (label, body) in Self.bodies() {
                    for type in contentTypes {
                        var headers = [("Authorization", "Bearer \(token)")]
                        if let type { headers.append(("Content-Type", type)) }
                        let answer = try RawHTTP.exchange(port: sandbox.port, RawHTTP.request(method, target, headers: headers, body: body))
                        sent += 1
                        // A server may cut off a body over its 1 MiB limit before answering; anything smaller gets an answer.
                        let answered = answer.status != nil || body.count > 1 << 20
                        if !answered || answer.status.map({ $0 >= 500 }) == true {
                            failures.append("\(method) \(template) [\(identity) ids, \(label), \(type ?? "no type")]: \(answer.status.map(String.init) ?? "no answer") \(answer.text.prefix(200))")
                        }
                    }
                }
            }
            #expect(sandbox.process.isRunning, "the sandbox died after \(method) \(template)")
            if !sandbox.process.isRunning { break }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(sent) answers were 5xx or missing; first: \(failures.prefix(5))")

        // Query strings past every limit on the listing routes.
        for query in [
            "?limit=-1&offset=99999999999999999999999", "?limit=abc&status=%FF%FE", "?order_id=%00%1B&status=active&status=x",
            "?" + String(repeating: "a=b&", count: 5000), "?amount=1e999&currency=%1B%5B2J", "?amount=-5&currency=EUR",
        ] {
            for path in [FakeCheckout.linksPath, "/checkout-project/integration/v1/methods"] {
                let answer = try RawHTTP.exchange(
                    port: sandbox.port, RawHTTP.request("GET", path + query, headers: [("Authorization", "Bearer \(token)")], body: Data()))
                #expect(answer.status.map { $0 < 500 } ?? false, "GET \(path)\(query.prefix(60)): \(answer.text.prefix(200))")
            }
        }

        // Broken HTTP: the server may close or answer 4xx, never 5xx, and must keep running.
        var random = SplitMix64(seed: 7)
        let broken: [(String, Data)] = [
            ("random bytes instead of a request", random.bytes(4096)),
            ("a 100 KiB request line", Data(("GET /" + String(repeating: "a", count: 100 << 10) + " HTTP/1.1\r\nHost: x\r\n\r\n").utf8)),
            ("3,000 headers", Data(("GET /openapi.json HTTP/1.1\r\n" + String(repeating: "X-A: b\r\n", count: 3000) + "\r\n").utf8)),
            ("negative Content-Length", Data("POST \(FakeCheckout.linksPath) HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}".utf8)),
            ("Content-Length past Int", Data("POST \(FakeCheckout.ordersPath) HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n{}".utf8)),
            ("bad chunk size", Data("POST \(FakeCheckout.linksPath) HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\nAuthorization: Bearer \(token)\r\n\r\nzz\r\n{}\r\n0\r\n\r\n".utf8)),
            ("body shorter than announced", Data("POST \(FakeCheckout.linksPath) HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\nContent-Type: application/json\r\nAuthorization: Bearer \(token)\r\n\r\n{\"a\":".utf8)),
            ("NUL bytes in the path", Data("GET /checkout\u{0}/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n".utf8)),
            ("HTTP/0.9 request", Data("GET /\r\n".utf8)),
            ("unknown method", Data("BREW /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n".utf8)),
            ("an Authorization header of 64 KiB", Data("GET \(FakeCheckout.linksPath) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(String(repeating: "A", count: 64 << 10))\r\n\r\n".utf8)),
        ]
        for (label, bytes) in broken {
            let answer = try RawHTTP.exchange(port: sandbox.port, bytes)
            #expect(answer.status.map { $0 < 500 } ?? true, "\(label): \(answer.text.prefix(200))")
            #expect(sandbox.process.isRunning, "the sandbox died after: \(label)")
        }

        // Still serving, and still making links.
        let still = try await httpRequest("GET", sandbox.baseURL + "/openapi.json")
        #expect(still.status == 200)
        let again = try await httpRequest(
            "POST", sandbox.baseURL + FakeCheckout.linksPath, headers: ["Authorization": "Bearer \(try await ledger.token())", "Content-Type": "application/json"],
            body: Data(#"{"order_id":"\#(orderID)","name":"After","experience":{"language":"en"},"purchase":{"amount":100}}"#.utf8))
        #expect(again.status == 201, "\(String(decoding: again.body, as: UTF8.self))")
    }
}
