import Foundation
import Logging
import PayseraCheckout
import Synchronization
import TestSupport
import Testing

@testable import PayseraSandbox


@Suite("Access tokens and bearer auth", .ownThread)
struct TokenTests {
    @Test("The token endpoint gives a signed JWT with the documented claims and expires_in")
    func tokenShape() async throws {
        try await SandboxHarness.with { h in
            let form = "grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret"
            let answer = try await h.send(.POST, APIPath.token, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Array(form.utf8))
            #expect(answer.status == 200)
            let token = try answer.decode(AccessToken.self)
            #expect(token.expiresIn == 3600)
            #expect(token.tokenType == "Bearer")
            #expect(token.refreshExpiresIn == 0)
            let parts = token.accessToken.split(separator: ".")
            #expect(parts.count == 3)
            let payload = try #require(Base64URL.decode(parts[1]))
            let claims = try #require(try JSONSerialization.jsonObject(with: payload) as? [String: Any])
            #expect(claims["client_id"] as? String == "sandbox")
            #expect((claims["project_id"] as? String)?.count == 36)
            let iat = try #require(claims["iat"] as? Int), exp = try #require(claims["exp"] as? Int)
            #expect(exp - iat == 3600)
            #expect(iat == Int(h.clock.now.timeIntervalSince1970))
        }
    }

    @Test("HTTP Basic client credentials are accepted too")
    func basicCredentials() async throws {
        try await SandboxHarness.with { h in
            let basic = Data("sandbox:sandbox-secret".utf8).base64EncodedString()
            let answer = try await h.send(
                .POST, APIPath.token,
                headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Authorization", "Basic \(basic)")],
                body: Array("grant_type=client_credentials".utf8))
            #expect(answer.status == 200)
        }
    }

    @Test("A wrong secret or client id answers 401 invalid_client", arguments: [("sandbox", "wrong"), ("other", "sandbox-secret"), ("sandbox", "")])
    func badClient(id: String, secret: String) async throws {
        try await SandboxHarness.with { h in
            let form = "grant_type=client_credentials&client_id=\(id)&client_secret=\(secret)"
            let answer = try await h.send(.POST, APIPath.token, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Array(form.utf8))
            #expect(answer.status == 401)
            #expect(answer.errorCode == "invalid_client")
        }
    }

    @Test("A missing or other grant type answers 400, a JSON body 415")
    func badGrant() async throws {
        try await SandboxHarness.with { h in
            let form = [("Content-Type", "application/x-www-form-urlencoded")]
            let other = try await h.send(.POST, APIPath.token, headers: form, body: Array("grant_type=password&client_id=sandbox&client_secret=sandbox-secret".utf8))
            #expect(other.status == 400)
            #expect(other.errorCode == "unsupported_grant_type")
            let missing = try await h.send(.POST, APIPath.token, headers: form, body: Array("client_id=sandbox".utf8))
            #expect(missing.status == 400)
            let json = try await h.send(.POST, APIPath.token, headers: [("Content-Type", "application/json")], body: Array("{}".utf8))
            #expect(json.status == 415)
            let badEscape = try await h.send(.POST, APIPath.token, headers: form, body: Array("grant_type=%zz".utf8))
            #expect(badEscape.status == 400)
        }
    }

    @Test("API routes refuse a missing, malformed, forged or expired token with 401 in Paysera's form")
    func bearerRefusals() async throws {
        let clock = TestClock()
        try await SandboxHarness.with(clock: clock, tokenLifetime: 60) { h in
            let token = try await h.token()
            let paths = [APIPath.paymentLinks, APIPath.methods, APIPath.orders + "/\(UUID().uuidString)", APIPath.paymentLinks + "/x"]
            for path in paths {
                let none = try await h.send(.GET, path)
                #expect(none.status == 401, "\(path)")
                #expect(none.errorCode == "unauthorized")
                #expect(none.headers.first(name: "WWW-Authenticate") != nil)
                let basic = try await h.send(.GET, path, headers: [("Authorization", "Basic abc")])
                #expect(basic.status == 401)
                let garbage = try await h.api(.GET, path, token: "not.a.jwt")
                #expect(garbage.status == 401)
                // Same header and claims, signature from another key.
                let forged = token.split(separator: ".").prefix(2).joined(separator: ".") + ".AAAA"
                #expect(try await h.api(.GET, path, token: forged).status == 401)
            }
            #expect(try await h.api(.GET, APIPath.methods, token: token).status == 200)
            clock.advance(by: 61)
            let expired = try await h.api(.GET, APIPath.methods, token: token)
            #expect(expired.status == 401)
            #expect(try expired.decode(ErrorBody.self).errorDescription?.contains("expired") == true)
            #expect(try await h.api(.POST, APIPath.paymentLinks, token: token, json: "{}").status == 401)
        }
    }

    @Test("A token from a sandbox with another secret is refused")
    func otherSecret() async throws {
        var config = SandboxConfiguration(port: 0, clientSecret: "another", logger: SandboxHarness.quietLogger())
        config.now = Date.init
        let other = try await Sandbox.start(config)
        let otherHarness = SandboxHarness(sandbox: other, clock: TestClock())
        let foreign = try await otherHarness.token(secret: "another")
        await other.stop()
        try await SandboxHarness.with { h in
            let status = try await h.api(.GET, APIPath.methods, token: foreign).status
            #expect(status == 401)
        }
    }

    @Test("The log has method, path, status and time, and never the secret, the token or the Authorization header")
    func loggingKeepsSecrets() async throws {
        let log = LogCapture()
        let config = SandboxConfiguration(port: 0, logger: log.logger(level: .info))
        let sandbox = try await Sandbox.start(config)
        let h = SandboxHarness(sandbox: sandbox, clock: TestClock())
        let token = try await h.token()
        _ = try await h.api(.GET, APIPath.methods, token: token)
        _ = try await h.api(.GET, APIPath.paymentLinks + "/nope", token: token)
        await sandbox.stop()
        let lines = log.lines
        #expect(lines.contains { $0.contains("GET \(APIPath.methods) 200") && $0.hasSuffix("ms") })
        #expect(lines.contains { $0.contains("POST \(APIPath.token) 200") })
        #expect(lines.contains { $0.contains("404") })
        for line in lines {
            #expect(!line.contains("sandbox-secret"))
            #expect(!line.contains(token))
            #expect(!line.contains("Bearer"))
        }
    }

    @Test("Client secrets compare equal only when equal")
    func secretComparison() {
        let issuer = TokenIssuer(clientID: "c", clientSecret: "s3cret", lifetime: 60)
        #expect(issuer.accepts(clientID: "c", clientSecret: "s3cret"))
        #expect(!issuer.accepts(clientID: "c", clientSecret: "s3cre"))
        #expect(!issuer.accepts(clientID: "c", clientSecret: "s3cret "))
        #expect(!issuer.accepts(clientID: "d", clientSecret: "s3cret"))
    }
}
