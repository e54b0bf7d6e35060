import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// The takings screen in tmux at 80×24 over a history of 200 links made on three days by two operators in two
/// currencies; every expected figure is this test's own bookkeeping of what it made, paid and refunded.
@Suite(.serialized, .ownThread)
struct TUITakingsTests {
    /// One payment as this test made it: when (the sandbox's shifted clock), in which currency, how much.
    struct Payment {
        var day: Date
        var hour: Int
        var currency: String
        var minor: Int
        var linkID: String
    }

    private func object(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// The plain "EUR  net 12.50 · …" lines of the screen: net per currency, in minor units.
    private func nets(_ screen: String) -> [String: Int] {
        var found: [String: Int] = [:]
        for line in screen.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count >= 3, words[1] == "net", ["EUR", "USD"].contains(String(words[0])),
                let value = Double(words[2]) else { continue }
            found[String(words[0])] = Int((value * 100).rounded())
        }
        return found
    }

    @Test func theScreenShowsEachDaysNetPerCurrencyAndTheTallestBarIsTheBusiestHour() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let calendar = Calendar.current
        let now = Date()
        let hour = calendar.component(.hour, from: now)
        // Today's payments fall in this hour and, when the day is old enough, the hour before, which takes more.
        var offsets: [TimeInterval] = [-2 * 86_400, -86_400]
        if hour >= 1 { offsets.append(-3600) }
        offsets.append(0)
        let perOperator = 200 / (offsets.count * 2)
        let configDirectory = home.root.appendingPathComponent("config/paylink")
        try FileManager.default.createDirectory(at: configDirectory, withIntermediateDirectories: true)
        var env = home.environment
        env["PAYSERA_CLIENT_SECRET"] = "sandbox-secret"
        env["PAYLINK_BASE_URL"] = nil
        var payments: [Payment] = []
        var made = 0
        var sandbox: SandboxProcess?
        defer { sandbox?.stop() }
        for (segment, offset) in offsets.enumerated() {
            sandbox?.stop()
            let running = try SandboxProcess(
                environment: home.sandboxEnvironment, extraArguments: ["--fault", "clock-offset=\(Int(offset))s"])
            sandbox = running
            try """
                default_profile: anna
                profiles:
                  anna:
                    base_url: \(running.baseURL)
                    client_id: sandbox
                    operator: anna
                  jonas:
                    base_url: \(running.baseURL)
                    client_id: sandbox
                    operator: jonas
                """.write(to: configDirectory.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
            for operatorName in ["anna", "jonas"] {
                var rows = ["reference,currency,amount,name,language"]
                for n in 0..<perOperator {
                    let currency = n % 2 == 0 ? "EUR" : "USD"
                    rows.append("S\(segment)-\(operatorName)-\(n),\(currency),\(n + 1).\(n % 10)0,Prekė \(n),lt")
                }
                let file = home.root.appendingPathComponent("s\(segment)-\(operatorName).csv")
                try (rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
                let batch = try await runPaylink(["batch", file.path, "--yes", "--json", "--profile", operatorName], environment: env)
                #expect(batch.status == 0, "batch: \(batch.stderr)")
                made += perOperator
            }
            let listed = try await runPaylink(["list", "--json", "--limit", "1000", "--search", "S\(segment)"], environment: env)
            let links = try #require(try object(listed.stdout) as? [[String: Any]])
            #expect(links.count >= 2 * perOperator, "listed \(links.count) links of segment \(segment)")
            for link in links {
                guard let reference = link["reference"] as? String, reference.hasPrefix("S\(segment)-"),
                    let id = link["link_id"] as? String, let currency = link["currency"] as? String,
                    let amount = (link["purchase"] as? [String: Any])?["amount"] as? Int
                else { continue }
                let n = Int(reference.split(separator: "-").last ?? "") ?? 0
                // Two in three are paid; in the hour before, all of them, so that hour is the busiest.
                guard n % 3 != 0 || offset == -3600 else { continue }
                #expect(try await httpRequest("POST", running.baseURL + "/sandbox/payment-links/\(id)/pay").status == 200)
                let when = Date().addingTimeInterval(offset)
                payments.append(Payment(
                    day: calendar.startOfDay(for: when), hour: calendar.component(.hour, from: when), currency: currency,
                    minor: amount, linkID: id))
            }
            let synced = try await runPaylink(["sync", "--full"], environment: env)
            #expect(synced.status == 0, "sync: \(synced.stderr)")
        }
        #expect(made == 2 * perOperator * offsets.count && made >= 198)
        // One refund today, of a EUR payment made today.
        let today = calendar.startOfDay(for: now)
        let refunded = try #require(payments.last { $0.day == today && $0.currency == "EUR" })
        let refund = try await runPaylink(["refund", refunded.linkID, "--amount", "2.00", "--yes"], environment: env)
        #expect(refund.status == 0, "refund: \(refund.stderr)")

        func expectedNets(_ day: Date) -> [String: Int] {
            var net: [String: Int] = [:]
            for p in payments where p.day == day { net[p.currency, default: 0] += p.minor }
            if day == today { net["EUR", default: 0] -= 200 }
            return net
        }
        let world = TUIWorld(home: home, environment: env)
        let tui = try world.start()
        try tui.press("F4")
        let todayScreen = tui.waitFor("today's takings", timeout: 15) { nets($0) == expectedNets(today) }
        #expect(nets(todayScreen) == expectedNets(today), "screen:\n\(todayScreen)")

        // The chart's currency is the one paid most today; its tallest bar stands over the busiest hour's label.
        var paidToday: [String: [Int: Int]] = [:]
        for p in payments where p.day == today { paidToday[p.currency, default: [:]][p.hour, default: 0] += p.minor }
        let shown = try #require(paidToday.max { ($0.value.values.reduce(0, +), $1.key) < ($1.value.values.reduce(0, +), $0.key) }?.key)
        let busiest = try #require(paidToday[shown]?.max { $0.value < $1.value }?.key)
        let lines = todayScreen.components(separatedBy: "\n")
        #expect(lines.contains { $0.contains("Paid per hour, \(shown) · busiest \(String(format: "%02d", busiest)):00") },
                "screen:\n\(todayScreen)")
        let labelRow = try #require(lines.firstIndex { $0.hasPrefix(" 00 01 02 03") }, "no hour labels:\n\(todayScreen)")
        let captionRow = try #require(lines.firstIndex { $0.contains("Paid per hour") })
        let eighths: [Character: Int] = ["▁": 1, "▂": 2, "▃": 3, "▄": 4, "▅": 5, "▆": 6, "▇": 7, "█": 8]
        var heights: [Int: Int] = [:]
        for h in 0..<24 {
            let column = 1 + h * 3
            for row in (captionRow + 1)..<labelRow {
                let characters = Array(lines[row])
                if column < characters.count, let units = eighths[characters[column]] { heights[h, default: 0] += units }
            }
        }
        let tallest = try #require(heights.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key)
        #expect(tallest == busiest, "bar heights \(heights.sorted { $0.key < $1.key }); screen:\n\(todayScreen)")

        // Yesterday and the day before, one ← each.
        for back in 1...2 {
            try tui.press("Left")
            let day = try #require(calendar.date(byAdding: .day, value: -back, to: today))
            let screen = tui.waitFor("the takings \(back) days back") { nets($0) == expectedNets(day) }
            #expect(nets(screen) == expectedNets(day), "screen:\n\(screen)")
        }
        try tui.press("C-c")
        tui.waitFor(text: "EXIT=0")
    }
}
