import Foundation
import TestSupport
import Testing

/// The access token kept between runs in the data directory: what the file holds, and what the API is asked.
@Suite(.serialized, .ownThread)
struct TokenCacheFileTests {
    let home: ScratchHome
    let sandbox: SandboxProcess
    let env: [String: String]
    let secret = "cache-s3cr3t-\(UUID().uuidString)"

    init() throws {
        home = try ScratchHome()
        var sandboxEnv = home.sandboxEnvironment
        sandboxEnv["PAYSERA_CLIENT_ID"] = "shop"
        sandboxEnv["PAYSERA_CLIENT_SECRET"] = secret
        sandbox = try SandboxProcess(environment: sandboxEnv, extraArguments: ["--in-memory"])
        env = home.environment.merging([
            "PAYLINK_BASE_URL": sandbox.baseURL, "PAYSERA_CLIENT_ID": "shop", "PAYSERA_CLIENT_SECRET": secret,
        ]) { _, new in new }
    }

    /// The token cache file of the environment profile.
    var tokenFile: URL { home.root.appendingPathComponent("data/paylink/tokens/environment.json") }

    /// `paylink create` of a new order; its exit status must be 0.
    func create(_ reference: String) async throws {
        let result = try await runPaylink(
            ["create", "--reference", reference, "--currency", "EUR", "--amount", "5.00", "--name", reference,
             "--language", "en", "--json"], environment: env)
        #expect(result.status == 0, "stderr: \(result.stderr)")
    }

    /// Every API request the sandbox answered so far: method, path and status.
    func requests() async throws -> [(method: String, path: String, status: Int)] {
        let answer = try await httpRequest("GET", sandbox.baseURL + "/sandbox/requests")
        let object = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        return (object["items"] as? [[String: Any]] ?? []).map {
            ($0["method"] as? String ?? "", $0["path"] as? String ?? "", $0["status"] as? Int ?? 0)
        }
    }

    static let tokenPath = "/auth/realms/Paysera/protocol/openid-connect/token"

    @Test func aSecondCreateAsksForNoTokenAndTheFileIsOwnerOnlyWithoutTheSecret() async throws {
        defer { sandbox.stop(); home.remove() }
        try await create("TC-1")
        let afterFirst = try await requests()
        #expect(afterFirst.filter { $0.path == Self.tokenPath }.count == 1)
        let mode = try FileManager.default.attributesOfItem(atPath: tokenFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let text = try String(contentsOf: tokenFile, encoding: .utf8)
        #expect(!text.contains(secret))
        #expect(text.contains("access_token"))

        try await create("TC-2")
        let second = try await requests().dropFirst(afterFirst.count)
        #expect(second.map(\.path) == afterFirst.filter { $0.path != Self.tokenPath }.map(\.path))
    }

    @Test func aTokenRefusedWithA401IsDroppedAndNeverSentAgain() async throws {
        defer { sandbox.stop(); home.remove() }
        try await create("TC-3")
        // A token the API refuses: the kept one with its signature changed.
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: tokenFile)) as? [String: Any])
        let kept = try #require(object["access_token"] as? String)
        let refused = String(kept.dropLast(4)) + (kept.hasSuffix("AAAA") ? "BBBB" : "AAAA")
        object["access_token"] = refused
        try JSONSerialization.data(withJSONObject: object).write(to: tokenFile)
        let before = try await requests().count

        try await create("TC-4")
        let during = try await requests().dropFirst(before)
        #expect(during.first?.status == 401, "the refused token was tried once: \(during)")
        #expect(during.filter { $0.path == Self.tokenPath }.count == 1)
        let now = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: tokenFile)) as? [String: Any])
        #expect(now["access_token"] as? String != refused)

        let beforeThird = try await requests().count
        try await create("TC-5")
        let third = try await requests().dropFirst(beforeThird)
        #expect(third.allSatisfy { $0.status != 401 && $0.path != Self.tokenPath }, "\(third)")
    }

    @Test func aTokenKeptForAnotherSecretIsNotUsed() async throws {
        defer { sandbox.stop(); home.remove() }
        try await create("TC-6")
        let before = try await requests().count
        let result = try await runPaylink(
            ["create", "--reference", "TC-7", "--currency", "EUR", "--amount", "5.00", "--name", "Wrong", "--language", "en"],
            environment: env.merging(["PAYSERA_CLIENT_SECRET": "another-secret"]) { _, new in new })
        #expect(result.status == 3, "stderr: \(result.stderr)")
        let asked = try await requests().dropFirst(before)
        #expect(asked.map(\.path) == [Self.tokenPath], "\(asked)")
    }
}
