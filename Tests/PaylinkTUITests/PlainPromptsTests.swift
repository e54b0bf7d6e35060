import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

/// A service for unit tests: answers from a script, records what it was asked.
final class ScriptedService: LinkRequests, ProfileRequests, @unchecked Sendable {
    let isSandbox = true
    let profileName = "sandbox"
    var outcome: CreateOutcome
    var created: [LinkDraft] = []
    init(outcome: CreateOutcome = .created(sampleLink())) { self.outcome = outcome }
    func create(_ draft: LinkDraft) async -> CreateOutcome {
        created.append(draft)
        return outcome
    }
    func methods(amount: Int?, currency: String?) async throws -> [PaymentMethod] {
        [PaymentMethod(key: "swedbank", title: "Swedbank", availableCountries: ["LT"])]
    }
    func refresh(linkID: String) async throws -> PaymentLink { sampleLink() }
    func simulatePayment(linkID: String) async throws -> PaymentLink { sampleLink(status: .completed) }
}

/// Lines typed into the prompts, and everything printed.
@Suite(.ownThread)
final class PromptScript: @unchecked Sendable {
    var answers: [String]
    var printed = ""
    init(_ answers: [String]) { self.answers = answers }
    func next() -> String? { answers.isEmpty ? nil : answers.removeFirst() }
}

@Suite(.ownThread) struct PlainPromptMode {
    func run(_ answers: [String], draft: LinkDraft = LinkDraft(), service: ScriptedService = ScriptedService()) async -> (Int32, String?, String) {
        let script = PromptScript(answers)
        let options = TUIOptions(draft: draft, environment: [:], now: { t0 }, timeZone: TimeZone(identifier: "UTC")!)
        let result = await PlainPrompts.run(options: options, service: service, input: { script.next() }, output: { script.printed += $0 })
        return (result.exitCode, result.url, script.printed)
    }

    @Test func asksEveryFieldReasksOnErrorAndPrintsTheURL() async {
        // order mode, reference, currency, amount (bad, then good), name, language, lifetime, payer name, payer e-mail (bad, good),
        // flow, method, country, purpose, metadata, success/failure/cancel/callback URLs, confirm
        let service = ScriptedService()
        let (code, url, out) = await run(
            ["", "ORDER-1", "", "abc", "25.00", "Wallet", "lt", "", "", "nope", "a@example.com", "", "", "", "", "", "", "", "", "", "y"], service: service)
        #expect(code == 0)
        #expect(url == sampleLink().paymentURL)
        #expect(out.contains("Error: Amount"))
        #expect(out.contains("Error:"))
        #expect(out.contains("= Lithuanian"))
        #expect(out.contains("Payment methods: swedbank (Swedbank)"))
        #expect(out.contains("Payment URL: \(sampleLink().paymentURL)"))
        #expect(out.contains("Expires: Sat 28 Nov 12:00"))
        #expect(service.created.first?.amount == "25.00")
        #expect(service.created.first?.payerEmail == "a@example.com")
    }

    @Test func enterKeepsThePrefilledValues() async {
        let service = ScriptedService()
        let (code, _, _) = await run(Array(repeating: "", count: 20) + ["y"], draft: validDraft(), service: service)
        #expect(code == 0)
        #expect(service.created == [validDraft()])
    }

    @Test func endOfInputCancels() async {
        let (code, url, out) = await run(["", "ORDER-1"])
        #expect(code == 130)
        #expect(url == nil)
        #expect(out.contains("Cancelled"))
    }

    @Test func outcomeUnknownIsNotRetried() async {
        let service = ScriptedService(outcome: .outcomeUnknown("timed out"))
        let (code, _, out) = await run(Array(repeating: "", count: 20) + ["y"], draft: validDraft(), service: service)
        #expect(code == 4)
        #expect(service.created.count == 1)
        #expect(out.contains("may or may not exist"))
    }
}
