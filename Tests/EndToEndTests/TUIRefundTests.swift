import Foundation
import TestSupport
import Testing

/// Refunds in the terminal program: real `paylink` in tmux at 80×24 against a real `paylink sandbox`.
@Suite(.serialized, .ownThread)
struct TUIRefundTests {
    private func sandboxRefunds(_ world: TUIWorld, orderID: String) async throws -> [[String: Any]] {
        let sandbox = try #require(world.sandbox)
        let answer = try await httpRequest("GET", sandbox.baseURL + "/sandbox/refunds?order_id=\(orderID)")
        let object = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        return object["items"] as? [[String: Any]] ?? []
    }

    @Test func aPaidLinkIsRefundedInPartFromItsResultScreenThenInFullFromTheHistoryAndAThirdIsRefused() async throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let sandbox = try #require(world.sandbox)
        let tui = try world.start([
            "--reference", "R-12", "--amount", "25.00", "--name", "Žalias vilnos šalikas", "--language", "lt",
            "--payer-name", "Jonas Jonaitis",
        ])
        try tui.press("C-s")
        tui.waitFor(text: "Payment URL", timeout: 15)
        let listed = try await runPaylink(["list", "--json"], environment: world.env)
        let row = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first)
        let linkID = try #require(row["link_id"] as? String)
        let orderID = try #require(row["order_id"] as? String)
        #expect(try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(linkID)/pay").status == 200)
        tui.waitFor(text: "PAID", timeout: 10)

        // From the result screen: 5.00 of 25.00, asked first.
        try tui.press("r")
        tui.waitFor(text: "€25.00 remains")
        try tui.press("C-u")
        try tui.type("5,00")
        try tui.press("Enter")
        tui.waitFor(text: "Refund €5.00 to Jonas Jonaitis for order R-12? y/N")
        try tui.press("y")
        tui.waitFor(text: "PART REFUNDED 5.00 of 25.00", timeout: 10)

        // From the history: the row shows the part, the form offers the rest, the row turns REFUNDED by itself.
        try tui.press("h")
        let history = tui.waitFor("the part-refunded row") { $0.contains("PART REF") && $0.contains("5.00 back") }
        #expect(history.contains("Žalias vilnos"))
        try tui.press("r")
        tui.waitFor(text: "€20.00 remains")
        try tui.press("Enter")
        tui.waitFor(text: "Refund €20.00 to Jonas Jonaitis for order R-12? y/N")
        try tui.press("y")
        tui.waitFor("the refunded row", timeout: 10) { $0.contains("REFUNDED") && !$0.contains("PART REF") }

        // A third refund: nothing remains, said in words, and nothing is sent.
        try tui.press("r")
        tui.waitFor(text: "€0.00 remains")
        try tui.press("Enter")
        tui.waitFor(text: "Nothing remains to refund")
        try tui.press("Escape")
        tui.waitFor("the pop-up closed") { !$0.contains("Nothing remains") && $0.contains("REFUNDED") }
        try tui.press("C-c")
        tui.waitFor(text: "EXIT=0")

        let refunds = try await sandboxRefunds(world, orderID: orderID)
        #expect(refunds.compactMap { $0["amount"] as? Int } == [500, 2000])
    }

    @Test func aRefundMadeElsewhereShowsOnTheOpenHistoryWithoutARefresh() async throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let sandbox = try #require(world.sandbox)
        let made = try await runPaylink(
            ["create", "--reference", "R-20", "--currency", "EUR", "--amount", "40.00", "--name", "Kitas", "--language", "en", "--json"],
            environment: world.env)
        let link = try #require(try JSONSerialization.jsonObject(with: Data(made.stdout.utf8)) as? [String: Any])
        let linkID = try #require(link["link_id"] as? String)
        #expect(try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(linkID)/pay").status == 200)
        let tui = try world.start()
        try tui.press("F2")
        tui.waitFor(text: "Kitas")
        // Another till (a command here) refunds part of it; the open list follows the history.
        let refund = try await runPaylink(["refund", linkID, "--amount", "15.00", "--yes"], environment: world.env)
        #expect(refund.status == 0, "stderr: \(refund.stderr)")
        tui.waitFor("the row to show the part refunded", timeout: 10) { $0.contains("PART REF") && $0.contains("15.00 back") }
        try tui.press("C-c")
        tui.waitFor(text: "EXIT=0")
    }
}
