import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// `paylink create` and friends, as a script would run them, against a real `paylink sandbox` process.
@Suite(.serialized, .ownThread)
struct CLICreateTests {
    let home: ScratchHome
    let sandbox: SandboxProcess
    let env: [String: String]

    init() throws {
        home = try ScratchHome()
        var sandboxEnv = home.environment
        sandboxEnv["PAYLINK_DATA_DIR"] = home.root.appendingPathComponent("sandbox-data").path
        sandbox = try SandboxProcess(environment: sandboxEnv)
        env = home.environment.merging([
            "PAYLINK_BASE_URL": sandbox.baseURL,
            "PAYSERA_CLIENT_ID": "sandbox",
            "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }
    }

    @Test func createWithNewOrderPrintsTheLinkAndItsURLAnswers() async throws {
        defer { sandbox.stop(); home.remove() }
        let result = try await runPaylink(
            ["create", "--reference", "R1", "--currency", "EUR", "--amount", "25.00", "--name", "Order #1",
             "--language", "en", "--json"], environment: env)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let purchase = try #require(json["purchase"] as? [String: Any])
        #expect(purchase["amount"] as? Int == 2500)
        let url = try #require(json["payment_URL"] as? String)
        #expect(url.hasPrefix(sandbox.baseURL))
        let page = try await httpRequest("GET", url)
        #expect(page.status == 200)
    }

    @Test func aProfileAtADeadPortIsToldInLithuanianAroundItsAddress() async throws {
        defer { sandbox.stop(); home.remove() }
        var dead = env
        let port = try refusedLoopbackPort()
        dead["PAYLINK_BASE_URL"] = "http://127.0.0.1:\(port)"
        let args = ["create", "--reference", "DEAD1", "--currency", "EUR", "--amount", "5.00", "--name", "Niekur", "--language", "lt"]
        let lithuanian = try await runPaylink(args + ["--ui-language", "lt"], environment: dead)
        #expect(lithuanian.status == 1, "stderr: \(lithuanian.stderr)")
        #expect(lithuanian.stderr.contains("Negautas prieigos žetonas: Nepavyko prisijungti prie API adresu 127.0.0.1:\(port)"),
                "\(lithuanian.stderr)")
        #expect(lithuanian.stderr.contains("Į API nieko neišsiųsta."), "\(lithuanian.stderr)")
        #expect(!lithuanian.stderr.contains("Could not connect"), "\(lithuanian.stderr)")
        let english = try await runPaylink(args, environment: dead)
        #expect(english.stderr.contains("No access token: Could not connect to the API at 127.0.0.1:\(port)"), "\(english.stderr)")
        #expect(english.stderr.contains("Nothing was sent to the API."), "\(english.stderr)")
    }

    @Test func zeroAmountExitsTwoAndNamesTheField() async throws {
        defer { sandbox.stop(); home.remove() }
        let result = try await runPaylink(
            ["create", "--reference", "R2", "--currency", "EUR", "--amount", "0", "--name", "Order #2",
             "--language", "en", "--json"], environment: env)
        #expect(result.status == 2)
        #expect(result.stderr.contains("purchase.amount"))
        #expect(result.stdout.isEmpty)
    }

    @Test func plainOutputGivesTheURLAndTheExpiryInWords() async throws {
        defer { sandbox.stop(); home.remove() }
        let result = try await runPaylink(
            ["create", "--reference", "R3", "--currency", "EUR", "--amount", "9,99", "--name", "Plain",
             "--language", "lt", "--lifetime", "90m"], environment: env)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix(sandbox.baseURL) == true)
        #expect(result.stdout.contains("Expires in 1 hour 30 minutes"))
    }

    @Test func reusedReferenceIsRefusedWithExitThree() async throws {
        defer { sandbox.stop(); home.remove() }
        let args = ["create", "--reference", "R4", "--currency", "EUR", "--amount", "1.00", "--name", "Twice",
                    "--language", "en"]
        #expect(try await runPaylink(args, environment: env).status == 0)
        let second = try await runPaylink(args, environment: env)
        #expect(second.status == 3)
        #expect(second.stderr.contains("already exists"))
    }

    @Test func seedExampleBodyIsCreatedBySandbox() async throws {
        defer { sandbox.stop(); home.remove() }
        let tokenAnswer = try await httpRequest(
            "POST", sandbox.baseURL + "/auth/realms/Paysera/protocol/openid-connect/token",
            headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Data("grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret".utf8))
        #expect(tokenAnswer.status == 200)
        let token = try #require(
            (try JSONSerialization.jsonObject(with: tokenAnswer.body) as? [String: Any])?["access_token"] as? String)
        let auth = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
        let order = try await httpRequest(
            "POST", sandbox.baseURL + "/merchant-order/integration/v1/orders", headers: auth,
            body: Data(#"{"purchase":{"reference":"SEED-1","amount":"2500","currency":"EUR"}}"#.utf8))
        #expect(order.status == 201)
        let orderID = try #require(
            (try JSONSerialization.jsonObject(with: order.body) as? [String: Any])?["order_id"] as? String)
        let seed = """
            {"order_id": "\(orderID)", "name": "Order #12345",
             "experience": {"language": "en", "payment_flow": "paysera_checkout"},
             "purchase": {"amount": 2500}, "lifetime": 3600,
             "payment_details": {"key": "credit_card", "purpose": "Order #12345 - Leather Wallet", "country_code": "LT"},
             "payer_information": {"name": "John Doe", "email": "john@example.com"}}
            """
        let link = try await httpRequest(
            "POST", sandbox.baseURL + "/checkout-payment-link/integration/v1/payment-links", headers: auth,
            body: Data(seed.utf8))
        #expect(link.status == 201, "\(String(decoding: link.body, as: UTF8.self))")
    }

    @Test func methodsListsTheDocumentedKeys() async throws {
        defer { sandbox.stop(); home.remove() }
        let result = try await runPaylink(
            ["methods", "--amount", "25.00", "--currency", "EUR", "--country", "LT", "--json"], environment: env)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("\"swedbank\""))
        #expect(result.stdout.contains("\"card-payment\""))
    }

    @Test func secretNeverReachesOutput() async throws {
        defer { sandbox.stop(); home.remove() }
        let result = try await runPaylink(
            ["create", "--reference", "R5", "--currency", "EUR", "--amount", "2", "--name", "S", "--language", "en",
             "--json"], environment: env)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("sandbox-secret"))
        #expect(!result.stderr.contains("sandbox-secret"))
    }
}
