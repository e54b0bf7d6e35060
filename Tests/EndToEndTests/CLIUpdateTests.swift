import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// Changing a link from the command line, and the order behind it, against a real `paylink sandbox`.
@Suite(.serialized, .ownThread)
struct CLIUpdateTests {
    /// Two tills: each its own data directory, one sandbox between them.
    private func till(_ home: ScratchHome, _ name: String, _ sandbox: SandboxProcess) -> [String: String] {
        home.environment.merging([
            "PAYLINK_DATA_DIR": home.root.appendingPathComponent("\(name)-data").path,
            "PAYLINK_BASE_URL": sandbox.baseURL, "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }
    }

    private func jsonObject(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not JSON: \(text)")
    }

    @Test func extendOnOneTillShowsOnTheOtherAfterRefresh() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment)
        defer { sandbox.stop(); home.remove() }
        let tillA = till(home, "a", sandbox), tillB = till(home, "b", sandbox)
        let made = try await runPaylink(
            ["create", "--reference", "U1", "--currency", "EUR", "--amount", "12.50", "--name", "Blue scarf",
             "--language", "en", "--lifetime", "2d", "--json"], environment: tillA)
        #expect(made.status == 0, "stderr: \(made.stderr)")
        let link = try jsonObject(made.stdout)
        let id = try #require(link["link_id"] as? String)
        let expiry = try #require(link["expired_at"] as? Int)

        let extended = try await runPaylink(["update", id, "--extend", "1d", "--json"], environment: tillB)
        #expect(extended.status == 0, "stderr: \(extended.stderr)")
        // The new expiry is the old one plus a day; a second or two may pass between reading and sending.
        let newExpiry = try #require(try jsonObject(extended.stdout)["expired_at"] as? Int)
        #expect(abs(newExpiry - (expiry + 86_400)) <= 5, "\(expiry) → \(newExpiry)")

        let shown = try await runPaylink(["show", id, "--refresh", "--json"], environment: tillA)
        #expect(shown.status == 0, "stderr: \(shown.stderr)")
        let refreshed = try jsonObject(shown.stdout)
        #expect(refreshed["expired_at"] as? Int == newExpiry)
        // The history row itself holds the new expiry: show without --refresh reads it back.
        let local = try jsonObject(try await runPaylink(["show", id, "--json"], environment: tillA).stdout)
        #expect(local["expired_at"] as? Int == newExpiry)
        // And the order behind it: reference, amount, nothing paid yet, no other link.
        let order = try #require(refreshed["order"] as? [String: Any])
        #expect(order["reference"] as? String == "U1")
        #expect(order["amount"] as? Int == 1250)
        #expect(order["amount_paid"] as? Int == 0)
        #expect(order["status"] as? String == "pending_payment")
        #expect((order["links"] as? [Any])?.count == 1)
    }

    @Test func renameIsCheckedFirstAndOnlyAnActiveLinkChanges() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment)
        defer { sandbox.stop(); home.remove() }
        let env = till(home, "a", sandbox)
        let made = try await runPaylink(
            ["create", "--reference", "U2", "--currency", "EUR", "--amount", "5.00", "--name", "Old name",
             "--language", "en", "--json"], environment: env)
        let id = try #require(try jsonObject(made.stdout)["link_id"] as? String)

        let empty = try await runPaylink(["update", id, "--name", "  "], environment: env)
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("name: Name is required"), "\(empty.stderr)")
        let both = try await runPaylink(["update", id, "--lifetime", "1d", "--extend", "1d"], environment: env)
        #expect(both.status == 2)
        #expect(both.stderr.contains("lifetime:"), "\(both.stderr)")

        let renamed = try await runPaylink(
            ["update", id, "--name", "New name", "--payer-email", "ann@example.com", "--purpose", "Invoice 7"], environment: env)
        #expect(renamed.status == 0, "stderr: \(renamed.stderr)")
        #expect(renamed.stdout.contains("Changed \(id)."))
        let listed = try #require(try JSONSerialization.jsonObject(
            with: Data(try await runPaylink(["list", "--json"], environment: env).stdout.utf8)) as? [[String: Any]])
        #expect(listed.first?["name"] as? String == "New name")
        #expect((listed.first?["payer_information"] as? [String: Any])?["email"] as? String == "ann@example.com")

        #expect(try await runPaylink(["cancel", id], environment: env).status == 0)
        let late = try await runPaylink(["update", id, "--name", "Too late"], environment: env)
        #expect(late.status == 3)
        #expect(late.stderr.contains("Only an active payment link can be changed; this one is canceled."), "\(late.stderr)")
        let after = try jsonObject(try await runPaylink(["show", id, "--json"], environment: env).stdout)
        #expect(after["name"] as? String == "New name")
        #expect(after["status"] as? String == "canceled")
    }

    @Test func showRefreshPrintsThePaidOrder() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment)
        defer { sandbox.stop(); home.remove() }
        let env = till(home, "a", sandbox)
        let made = try await runPaylink(
            ["create", "--reference", "U3", "--currency", "EUR", "--amount", "7.00", "--name", "Paid in parts",
             "--language", "en", "--json"], environment: env)
        let id = try #require(try jsonObject(made.stdout)["link_id"] as? String)
        #expect(try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(id)/pay").status == 200)
        let shown = try await runPaylink(["show", id, "--refresh"], environment: env)
        #expect(shown.status == 0, "stderr: \(shown.stderr)")
        #expect(shown.stdout.contains("The order"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Reference  U3"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Paid       €7.00"), "\(shown.stdout)")
        #expect(shown.stdout.contains("no other link"), "\(shown.stdout)")
    }

    @Test func anOrderPaidInPartsShowsWhatIsPaidOfTheWholeUntilItsLinksAddUp() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment)
        defer { sandbox.stop(); home.remove() }
        let env = till(home, "a", sandbox)
        let first = try await runPaylink(
            ["create", "--reference", "U5", "--currency", "EUR", "--amount", "25.00", "--name", "The whole",
             "--language", "en", "--json"], environment: env)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        // The order of 25.00 comes with a link for all of it, left unpaid; two more links pay it in parts.
        let orderID = try #require(try jsonObject(first.stdout)["order_id"] as? String)
        var ids: [String] = []
        for (amount, name) in [(1000, "Ten of it"), (1500, "The rest")] {
            let part = try await runPaylink(
                ["create", "--order-id", orderID, "--amount-minor", String(amount), "--name", name, "--language", "en",
                 "--json"], environment: env)
            #expect(part.status == 0, "stderr: \(part.stderr)")
            ids.append(try #require(try jsonObject(part.stdout)["link_id"] as? String))
        }
        #expect(try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(ids[0])/pay").status == 200)
        let partly = try await runPaylink(["show", ids[0], "--refresh", "--json"], environment: env)
        #expect(partly.status == 0, "stderr: \(partly.stderr)")
        let order = try #require(try jsonObject(partly.stdout)["order"] as? [String: Any])
        #expect(order["amount_paid"] as? Int == 1000, "\(partly.stdout)")
        #expect(order["amount"] as? Int == 2500)
        #expect(order["status"] as? String == "pending_payment")
        #expect((order["links"] as? [[String: Any]])?.count == 3)
        let plain = try await runPaylink(["show", ids[0], "--refresh"], environment: env)
        #expect(plain.stdout.contains("Paid       €10.00 of €25.00"), "\(plain.stdout)")
        #expect(plain.stdout.contains(ids[1]) && plain.stdout.contains("The rest"), "\(plain.stdout)")

        #expect(try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(ids[1])/pay").status == 200)
        let whole = try await runPaylink(["show", ids[1], "--refresh", "--json"], environment: env)
        let paid = try #require(try jsonObject(whole.stdout)["order"] as? [String: Any])
        #expect(paid["amount_paid"] as? Int == 2500, "\(whole.stdout)")
        #expect(paid["status"] as? String == "paid")
    }

    @Test func showSaysWhatTheAPIWouldNotTellOfTheOrder() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment)
        let port = try #require(URL(string: sandbox.baseURL)?.port)
        // An API that makes and reads links but answers 404 for orders and 403 for the list, as a narrower API may.
        let api = try MisbehavingAPI { request in
            if request.method == "GET", request.path.hasPrefix("/merchant-order/integration/v1/orders/") {
                return .json(404, #"{"error":"not_found","error_description":"No such route"}"#)
            }
            if request.method == "GET", request.path == "/checkout-payment-link/integration/v1/payment-links" {
                return .json(403, #"{"error":"forbidden","error_description":"Not allowed"}"#)
            }
            return .forward(port: port, pause: nil)
        }
        defer { api.stop(); sandbox.stop(); home.remove() }
        let env = home.environment.merging([
            "PAYLINK_BASE_URL": api.baseURL, "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }
        let made = try await runPaylink(
            ["create", "--reference", "U4", "--currency", "EUR", "--amount", "3.00", "--name", "Narrow API",
             "--language", "en", "--json"], environment: env)
        #expect(made.status == 0, "stderr: \(made.stderr)")
        let id = try #require(try jsonObject(made.stdout)["link_id"] as? String)
        let shown = try await runPaylink(["show", id, "--refresh"], environment: env)
        #expect(shown.status == 0, "stderr: \(shown.stderr)")
        #expect(shown.stdout.contains("Reference  U4"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Order details: not available from this API"), "\(shown.stdout)")
        #expect(shown.stdout.contains("The order's links: not available from this API"), "\(shown.stdout)")
    }
}
