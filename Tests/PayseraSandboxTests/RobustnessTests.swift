import Foundation
import NIOHTTP1
import PayseraCheckout
import TestSupport
import Testing

@testable import PayseraSandbox

@Suite("Garbage in never gives a 500", .ownThread)
struct RobustnessTests {
    static let garbageBodies: [(String, [UInt8])] = {
        var random = SplitMix64(seed: 7)
        var bodies: [(String, [UInt8])] = [
            ("huge exponent", Array(#"{"purchase":{"amount":1e400}}"#.utf8)),
            ("array", Array("[1,2,3]".utf8)),
            ("null", Array("null".utf8)),
            ("string", Array(#""hello""#.utf8)),
            ("number", Array("42".utf8)),
            ("empty", []),
            ("nulls everywhere", Array(#"{"order_id":null,"name":null,"experience":{"language":null},"purchase":{"amount":null},"lifetime":null,"payment_details":null,"payer_information":{"name":null},"metadata":null}"#.utf8)),
            ("wrong types", Array(#"{"order_id":[],"name":{},"experience":"en","purchase":[2500],"lifetime":"3600","payment_details":1,"payer_information":true,"metadata":"a=b"}"#.utf8)),
            ("deep nesting", Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
            ("deep objects", Array((String(repeating: #"{"a":"#, count: 5000) + "1" + String(repeating: "}", count: 5000)).utf8)),
            ("invalid UTF-8", [0x7B, 0x22, 0x6E, 0x61, 0x6D, 0x65, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D]),
            ("lone surrogate", Array(#"{"name":"\ud800"}"#.utf8)),
            ("truncated", Array(#"{"order_id":"a"#.utf8)),
            ("trailing comma", Array(#"{"name":"a",}"#.utf8)),
            ("control character", Array("{\"name\":\"a\u{01}b\"}".utf8)),
            ("huge integer", Array(#"{"purchase":{"amount":123456789012345678901234567890123456789}}"#.utf8)),
            ("negative zero", Array(#"{"purchase":{"amount":-0}}"#.utf8)),
            ("NaN word", Array(#"{"purchase":{"amount":NaN}}"#.utf8)),
            ("BOM", [0xEF, 0xBB, 0xBF] + Array("{}".utf8)),
            ("duplicate keys", Array(#"{"name":"a","name":5}"#.utf8)),
        ]
        for i in 0..<8 { bodies.append(("random bytes \(i)", Array(random.bytes(64 << i)))) }
        return bodies
    }()

    @Test("Garbage bodies on every JSON route answer 4xx in Paysera's form, never 5xx")
    func garbage() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let routes: [(HTTPMethod, String)] = [
                (.POST, APIPath.paymentLinks), (.POST, APIPath.orders), (.PUT, APIPath.paymentLinks + "/\(link.linkID)"),
            ]
            for (method, path) in routes {
                for (label, body) in Self.garbageBodies {
                    let answer = try await h.send(
                        method, path, headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json")], body: body)
                    #expect((400..<500).contains(answer.status), "\(label) on \(path): \(answer.status) \(answer.text)")
                    #expect(answer.errorCode != nil, "\(label) on \(path): \(answer.text)")
                }
            }
            // The token endpoint takes random bytes calmly too.
            for (label, body) in Self.garbageBodies {
                let answer = try await h.send(.POST, APIPath.token, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: body)
                #expect((400..<500).contains(answer.status), "\(label) on token: \(answer.status)")
            }
        }
    }

    @Test("Malformed JSON is answered 400 with a message that says what is wrong")
    func malformedMessage() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let truncated = try await h.api(.POST, APIPath.paymentLinks, token: token, json: #"{"name":"#)
            #expect(truncated.status == 400)
            #expect(try truncated.decode(ErrorBody.self).errorDescription?.contains("Malformed JSON at byte") == true)
            let array = try await h.api(.POST, APIPath.paymentLinks, token: token, json: "[]")
            #expect(try array.decode(ErrorBody.self).errorDescription == "The request body must be a JSON object, not an array.")
            let deep = try await h.api(.POST, APIPath.paymentLinks, token: token, json: String(repeating: "[", count: 1000))
            #expect(try deep.decode(ErrorBody.self).errorDescription?.contains("nested deeper") == true)
            let huge = try await h.api(
                .POST, APIPath.paymentLinks, token: token,
                json: #"{"order_id":"x","name":"n","experience":{"language":"en"},"purchase":{"amount":1e400}}"#)
            #expect(huge.status == 400)
            #expect(huge.errorProperties["purchase.amount"]?.first?.contains("whole number") == true)
        }
    }

    @Test("A body over 1 MiB answers 413, with or without Content-Length")
    func tooLarge() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let big = [UInt8](repeating: UInt8(ascii: " "), count: 2 << 20)
            for path in [APIPath.paymentLinks, APIPath.orders, APIPath.token] {
                let answer = try await h.send(
                    .POST, path, headers: [("Authorization", "Bearer \(token)"), ("Content-Type", path == APIPath.token ? "application/x-www-form-urlencoded" : "application/json")],
                    body: big)
                #expect(answer.status == 413, "\(path)")
                #expect(answer.errorCode == "request_too_large")
            }
        }
    }

    @Test("A body that is not declared JSON answers 415", arguments: [nil, "text/plain", "application/x-www-form-urlencoded", "application/jsonx"])
    func notJSON(contentType: String?) async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            var headers = [("Authorization", "Bearer \(token)")]
            if let contentType { headers.append(("Content-Type", contentType)) }
            for path in [APIPath.paymentLinks, APIPath.orders] {
                let answer = try await h.send(.POST, path, headers: headers, body: Array("{}".utf8))
                #expect(answer.status == 415)
                #expect(answer.errorCode == "unsupported_media_type")
            }
            let withCharset = try await h.send(
                .POST, APIPath.orders, headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json; charset=utf-8")],
                body: Array("{}".utf8))
            #expect(withCharset.status == 400)
        }
    }

    @Test("Unknown paths answer 404, a known path with another method 405 with Allow, both in Paysera's form")
    func unknownRoutes() async throws {
        try await SandboxHarness.with { h in
            let answer = try await h.send(.GET, "/nope")
            #expect(answer.status == 404)
            #expect(answer.errorCode == "not_found")
            let delete = try await h.send(.DELETE, APIPath.paymentLinks)
            #expect(delete.status == 405)
            #expect(delete.errorCode == "method_not_allowed")
            #expect(delete.headers.first(name: "Allow") == "GET, POST")
            let trace = try await h.send(.TRACE, APIPath.paymentLinks + "/\(UUID().uuidString)/cancel")
            #expect(trace.status == 405)
            #expect(trace.headers.first(name: "Allow") == "PUT")
            #expect(try await h.send(.GET, APIPath.paymentLinks + "/a/b/c").status == 404)
        }
    }

    @Test("The JSON parser keeps number text and refuses what RFC 8259 refuses")
    func parser() throws {
        #expect(try JSONParser.parse(Array(#"{"a":[1,-2.5e3,"x\n\u00e9\ud83d\ude00",true,false,null]}"#.utf8))
            == .object(["a": .array([.number("1"), .number("-2.5e3"), .string("x\né😀"), .bool(true), .bool(false), .null])]))
        for bad in ["01", "1.", "-", "+1", "[1,]", "{\"a\" 1}", "\"abc", "tru", "[1] x", "\"\\x\"", "\"\\ud800\""] {
            #expect(throws: JSONSyntaxError.self, "\(bad)") { try JSONParser.parse(Array(bad.utf8)) }
        }
    }
}

