import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// Refunds and the takings from the command line, against a real sandbox over loopback.
@Suite(.serialized, .ownThread)
struct CLIRefundTests {
    private func environment(_ home: ScratchHome, _ sandbox: SandboxProcess) -> [String: String] {
        home.environment.merging([
            "PAYLINK_BASE_URL": sandbox.baseURL, "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    /// A paid link of `amount` (major units, EUR); its id and order id.
    private func paidLink(_ reference: String, amount: String, env: [String: String], sandbox: SandboxProcess, method: String = "swedbank")
        async throws -> (link: String, order: String)
    {
        let made = try await runPaylink(
            ["create", "--reference", reference, "--currency", "EUR", "--amount", amount, "--name", "Order \(reference)",
             "--language", "lt", "--payer-name", "Jonas Jonaitis", "--json"], environment: env)
        #expect(made.status == 0, "stderr: \(made.stderr)")
        let link = try object(made.stdout)
        let id = try #require(link["link_id"] as? String)
        let paid = try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(id)/pay?method=\(method)")
        #expect(paid.status == 200)
        return (id, try #require(link["order_id"] as? String))
    }

    /// The refunds the sandbox holds for an order.
    private func sandboxRefunds(_ sandbox: SandboxProcess, orderID: String) async throws -> [[String: Any]] {
        let answer = try await httpRequest("GET", sandbox.baseURL + "/sandbox/refunds?order_id=\(orderID)")
        return try object(String(decoding: answer.body, as: UTF8.self))["items"] as? [[String: Any]] ?? []
    }

    @Test func aPartThenTheRestIsRefundedAndAThirdRefundIsRefusedNamingWhatRemains() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment)
        defer { sandbox.stop(); home.remove() }
        let env = environment(home, sandbox)
        let (link, order) = try await paidLink("R-12", amount: "25.00", env: env, sandbox: sandbox)

        let part = try await runPaylink(["refund", link, "--amount", "5,00", "--reason", "Per didelis dydis", "--yes", "--json"], environment: env)
        #expect(part.status == 0, "stderr: \(part.stderr)")
        let first = try object(part.stdout)
        #expect(first["amount"] as? Int == 500 && first["currency"] as? String == "EUR" && first["made_before"] as? Bool == false)
        var row = try object(try await runPaylink(["show", link, "--json"], environment: env).stdout)
        #expect(row["refunded"] as? Int == 500)

        // By order id, the whole remaining amount.
        let rest = try await runPaylink(["refund", order, "--yes"], environment: env)
        #expect(rest.status == 0, "stderr: \(rest.stderr)")
        #expect(rest.stdout.contains("Refunded €20.00 of order R-12"))
        row = try object(try await runPaylink(["show", link, "--json"], environment: env).stdout)
        #expect(row["refunded"] as? Int == 2500)

        let third = try await runPaylink(["refund", link, "--amount", "1.00", "--yes"], environment: env)
        #expect(third.status == 2)
        #expect(third.stderr.contains("refund_details.refund_amount: Nothing remains to refund"), "stderr: \(third.stderr)")

        let listed = try await sandboxRefunds(sandbox, orderID: order)
        #expect(listed.count == 2)
        #expect(listed.compactMap { $0["amount"] as? Int } == [500, 2000])
        #expect(listed.first?["reason"] as? String == "Per didelis dydis")
    }

    @Test func anAmountOverWhatRemainsIsRefusedBeforeAnythingIsSent() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment)
        defer { sandbox.stop(); home.remove() }
        let env = environment(home, sandbox)
        let (link, order) = try await paidLink("R-13", amount: "10.00", env: env, sandbox: sandbox)
        let over = try await runPaylink(["refund", link, "--amount", "10.01", "--yes"], environment: env)
        #expect(over.status == 2)
        #expect(over.stderr.contains("refund_details.refund_amount: At most €10.00 remains to refund"), "stderr: \(over.stderr)")
        let bad = try await runPaylink(["refund", link, "--amount", "ten", "--yes"], environment: env)
        #expect(bad.status == 2 && bad.stderr.contains("refund_details.refund_amount"), "stderr: \(bad.stderr)")
        let unpaid = try await runPaylink(
            ["create", "--reference", "R-14", "--currency", "EUR", "--amount", "3.00", "--name", "Unpaid", "--language", "en", "--json"],
            environment: env)
        let unpaidID = try #require(try object(unpaid.stdout)["link_id"] as? String)
        let nothing = try await runPaylink(["refund", unpaidID, "--yes"], environment: env)
        #expect(nothing.status == 2 && nothing.stderr.contains("Nothing was paid"), "stderr: \(nothing.stderr)")
        #expect(try await sandboxRefunds(sandbox, orderID: order).isEmpty)
    }

    @Test func aRefundWhoseAnswerIsLostIsFoundOnTheOrderByTheRerunAndNeverSentTwice() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment, extraArguments: ["--fault", "drop-after-refund"])
        defer { sandbox.stop(); home.remove() }
        let env = environment(home, sandbox)
        let (link, order) = try await paidLink("R-15", amount: "25.00", env: env, sandbox: sandbox)
        let lost = try await runPaylink(["refund", link, "--amount", "5.00", "--yes"], environment: env)
        #expect(lost.status == 4, "stdout: \(lost.stdout) stderr: \(lost.stderr)")
        let again = try await runPaylink(["refund", link, "--amount", "5.00", "--yes", "--json"], environment: env)
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(try object(again.stdout)["made_before"] as? Bool == true)
        #expect(try await sandboxRefunds(sandbox, orderID: order).count == 1)
        // The rerun found the refund; a later, separate refund is new money and is sent.
        let reconcile = try await runPaylink(["reconcile"], environment: env)
        #expect(reconcile.status == 0, "stderr: \(reconcile.stderr)")
    }

    @Test func theReportsFiguresEqualAnIndependentSumOverTheExport() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment)
        defer { sandbox.stop(); home.remove() }
        let env = environment(home, sandbox)
        var paid: [String] = []
        for (n, amount) in ["12.50", "7.00", "30.00"].enumerated() {
            paid.append(try await paidLink("P\(n)", amount: amount, env: env, sandbox: sandbox, method: n == 0 ? "card-payment" : "swedbank").link)
        }
        _ = try await runPaylink(
            ["create", "--reference", "U1", "--currency", "USD", "--amount", "4.00", "--name", "Unpaid", "--language", "en"],
            environment: env)
        #expect(try await runPaylink(["refund", paid[2], "--amount", "10.00", "--yes"], environment: env).status == 0)
        #expect(try await runPaylink(["sync"], environment: env).status == 0)

        let report = try object(try await runPaylink(["report", "--json"], environment: env).stdout)
        let export = try await runPaylink(["export", "--format", "json"], environment: env)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        // The independent sum: every link made today, every paid one, every refund, per currency.
        var made: [String: Int] = [:], paidCount: [String: Int] = [:], paidSum: [String: Int] = [:], refunded: [String: Int] = [:]
        for row in rows where row["state"] as? String == "created" {
            let currency = row["currency"] as? String ?? ""
            made[currency, default: 0] += 1
            let amount = (row["purchase"] as? [String: Any])?["amount"] as? Int ?? 0
            if row["status"] as? String == "completed" {
                paidCount[currency, default: 0] += 1
                paidSum[currency, default: 0] += amount
            }
            refunded[currency, default: 0] += row["refunded"] as? Int ?? 0
        }
        let totals = try #require(report["totals"] as? [[String: Any]])
        #expect(totals.compactMap { $0["currency"] as? String } == made.keys.sorted())
        for total in totals {
            let currency = total["currency"] as? String ?? ""
            #expect(total["made"] as? Int == made[currency])
            #expect(total["paid_count"] as? Int == paidCount[currency, default: 0])
            #expect(total["paid"] as? Int == paidSum[currency, default: 0])
            #expect(total["refunded"] as? Int == refunded[currency, default: 0])
            #expect(total["net"] as? Int == paidSum[currency, default: 0] - refunded[currency, default: 0])
        }
        #expect(paidSum["EUR"] == 4950 && refunded["EUR"] == 1000)

        // The accountant's file: one row per payment and per refund, numbers as numbers, the net adding up.
        let csv = try await runPaylink(["report", "--csv"], environment: env)
        let lines = csv.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "date,type,order_reference,link_id,payer,method,currency,amount,refunded,net,operator,reason")
        #expect(lines.count == 1 + 3 + 1)
        let nets = lines.dropFirst().compactMap { Double($0.split(separator: ",", omittingEmptySubsequences: false)[9]) }
        #expect(nets.count == 4 && abs(nets.reduce(0, +) - 39.50) < 0.001)
        #expect(lines.contains { $0.contains(",refund,P2,") && $0.contains(",0.00,10.00,-10.00,") })

        // Every breakdown adds up to the totals.
        for grouping in ["operator", "day", "hour", "method"] {
            let broken = try object(try await runPaylink(["report", "--by", grouping, "--json"], environment: env).stdout)
            let groups = broken["groups"] as? [[String: Any]] ?? []
            let eur = groups.compactMap { $0["figures"] as? [String: Any] }.filter { $0["currency"] as? String == "EUR" }
            #expect(eur.compactMap { $0["paid"] as? Int }.reduce(0, +) == 4950, "by \(grouping)")
            #expect(eur.compactMap { $0["refunded"] as? Int }.reduce(0, +) == 1000, "by \(grouping)")
        }

        // The plain table in English and in Lithuanian: the same figures, the words and amounts each language's way.
        let english = try await runPaylink(["report"], environment: env).stdout
        #expect(english.hasPrefix("Takings ") && english.contains("Paid amount") && english.contains("49.50") && english.contains("By operator"))
        let lithuanian = try await runPaylink(["report", "--ui-language", "lt"], environment: env).stdout
        #expect(lithuanian.hasPrefix("Apyvarta · ") && lithuanian.contains("Apmokėta suma") && lithuanian.contains("Pagal operatorių"))
        #expect(lithuanian.contains("49,50") && !lithuanian.contains("49.50") && !lithuanian.contains("Paid"))

        let wrongDay = try await runPaylink(["report", "--from", "2026-02-30"], environment: env)
        #expect(wrongDay.status == 2 && wrongDay.stderr.contains("--from"))
    }

    @Test func aRefundMadeOnAnotherTillReachesThisHistoryThroughListenAndThroughSync() async throws {
        let sandboxHome = try ScratchHome(), listening = try ScratchHome(), other = try ScratchHome(), syncing = try ScratchHome()
        let sandbox = try SandboxProcess(environment: sandboxHome.sandboxEnvironment)
        defer {
            sandbox.stop()
            for home in [sandboxHome, listening, other, syncing] { home.remove() }
        }
        let env = environment(listening, sandbox)
        let listen = try ListenProcess(environment: env)
        defer { listen.stop() }
        let made = try await runPaylink(
            ["create", "--reference", "R-30", "--currency", "EUR", "--amount", "25.00", "--name", "Per tilą", "--language", "lt",
             "--callback-url", listen.url, "--json"], environment: env)
        #expect(made.status == 0, "stderr: \(made.stderr)")
        let link = try #require(try object(made.stdout)["link_id"] as? String)
        #expect(try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(link)/pay").status == 200)

        // Another till, with a history of its own, refunds part of it.
        let refund = try await runPaylink(["refund", link, "--amount", "5.00", "--yes"], environment: environment(other, sandbox))
        #expect(refund.status == 0, "stderr: \(refund.stderr)")

        // The listening till learns it from Paysera's refund callback, a third till from its sync.
        let heard = try await eventually(within: 15) {
            let shown = try await runPaylink(["show", link, "--json"], environment: env)
            return (try? object(shown.stdout))?["refunded"] as? Int == 500
        }
        #expect(heard, "listen did not bring the refund in")
        let third = environment(syncing, sandbox)
        #expect(try await runPaylink(["sync"], environment: third).status == 0)
        let synced = try object(try await runPaylink(["show", link, "--json"], environment: third).stdout)
        #expect(synced["refunded"] as? Int == 500 && synced["status"] as? String == "completed")
        listen.stop()
        #expect(listen.lines().contains { $0.contains("refund/status_updated") && $0.contains("applied") })
    }
}
