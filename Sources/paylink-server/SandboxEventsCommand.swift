import ArgumentParser
import Foundation
import PaylinkCommandLine
import PaylinkCore
import PaylinkService

extension SandboxAddressOptions {
    /// Asks the sandbox's event log at the address; no answer is exit 1.
    func ask(_ request: (SandboxEventLog) async throws(SandboxEventLog.Unreachable) -> SandboxEventLog.Answer) async throws -> SandboxEventLog.Answer {
        do { return try await request(SandboxEventLog(address: address)) } catch { throw CommandFailure(.failure, "paylink: \(error)") }
    }
}

/// `paylink sandbox events`: the webhook events a running sandbox sent, with every delivery.
struct SandboxEventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events", abstract: SandboxEventsOptions.abstract)

    @OptionGroup var options: SandboxEventsOptions

    func run() async throws {
        let order = options.order
        let answer = try await options.sandbox.ask { log throws(SandboxEventLog.Unreachable) in try await log.events(orderID: order) }
        guard answer.status == 200 else { throw CommandFailure(.failure, "paylink: " + answer.refusal) }
        if options.json {
            printJSONText(answer.body)
            return
        }
        guard let page = try? JSONDecoder().decode(SandboxEvent.Page.self, from: answer.body) else {
            throw CommandFailure(.failure, "paylink: " + UILanguage.environment.text(.command(.sandboxLogUnreadable)))
        }
        if page.items.isEmpty { printOut(UILanguage.environment.text(.command(.noWebhookEvents))) }
        for event in page.items { printOut(event.line(language: UILanguage.environment)) }
    }
}

/// `paylink sandbox resend EVENT_ID`: delivers a logged event again now, same body and request id.
struct SandboxResendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resend", abstract: SandboxResendOptions.abstract)

    @OptionGroup var options: SandboxResendOptions

    func run() async throws {
        let (eventID, to) = (options.eventID, options.to)
        let answer = try await options.sandbox.ask { log throws(SandboxEventLog.Unreachable) in
            try await log.resend(eventID: eventID, to: to)
        }
        guard answer.status == 200 else {
            throw CommandFailure(answer.status == 400 ? .invalidInput : .failure, "paylink: " + answer.refusal)
        }
        if options.json {
            printJSONText(answer.body)
            return
        }
        guard let delivery = try? JSONDecoder().decode(SandboxDelivery.self, from: answer.body) else {
            throw CommandFailure(.failure, "paylink: " + UILanguage.environment.text(.command(.sandboxAnswerUnreadable)))
        }
        printOut(TerminalText.sanitize(UILanguage.environment.text(.command(.deliveredTo(event: eventID, url: delivery.url)))) + delivery.outcome(language: UILanguage.environment))
        if !(200..<300).contains(delivery.status ?? 0) { throw CommandFailure(.failure, nil) }
    }
}
