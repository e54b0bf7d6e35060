import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService

/// Where a running sandbox answers, for the commands that read its event log.
struct SandboxAddressOptions: ParsableArguments {
    @Option(name: .customLong("sandbox"), help: "Address of the running sandbox (default: PAYLINK_BASE_URL, else the built-in sandbox's http://127.0.0.1:8787).")
    var explicitAddress: String?

    /// The sandbox's event log: the option, else the address every other command uses, else the built-in one.
    var log: SandboxEventLog {
        SandboxEventLog(address: explicitAddress ?? ProcessInfo.processInfo.environment["PAYLINK_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "http://127.0.0.1:\(AppContext.builtInSandboxPort)")
    }

    /// Asks the log; no answer is exit 1.
    func ask(_ request: (SandboxEventLog) async throws(SandboxEventLog.Unreachable) -> SandboxEventLog.Answer) async throws -> SandboxEventLog.Answer {
        do { return try await request(log) } catch { throw CommandFailure(.failure, "paylink: \(error)") }
    }
}

/// `paylink sandbox events`: the webhook events a running sandbox sent, with every delivery.
struct SandboxEventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "List the webhook events of a running sandbox with their deliveries, newest first.")

    @OptionGroup var sandbox: SandboxAddressOptions

    @Option(help: "Only this order's events.")
    var order: String?

    @Flag(help: "Print the sandbox's JSON answer.")
    var json = false

    func run() async throws {
        let answer = try await sandbox.ask { [order] log throws(SandboxEventLog.Unreachable) in try await log.events(orderID: order) }
        guard answer.status == 200 else { throw CommandFailure(.failure, "paylink: " + answer.refusal) }
        if json {
            printJSONText(answer.body)
            return
        }
        guard let page = try? JSONDecoder().decode(SandboxEvent.Page.self, from: answer.body) else {
            throw CommandFailure(.failure, "paylink: " + environmentLanguage.text(.command(.sandboxLogUnreadable)))
        }
        if page.items.isEmpty { printOut(environmentLanguage.text(.command(.noWebhookEvents))) }
        for event in page.items { printOut(event.line(language: environmentLanguage)) }
    }
}

/// `paylink sandbox resend EVENT_ID`: delivers a logged event again now, same body and request id.
struct SandboxResendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resend",
        abstract: "Deliver a webhook event again now, with the same body and request id and a fresh signature.")

    @OptionGroup var sandbox: SandboxAddressOptions

    @Argument(help: "The event's id (see `paylink sandbox events`).")
    var eventID: String

    @Option(help: "Deliver to this URL instead of the order's callback_url.")
    var to: String?

    @Flag(help: "Print the delivery as JSON.")
    var json = false

    func run() async throws {
        let answer = try await sandbox.ask { [eventID, to] log throws(SandboxEventLog.Unreachable) in
            try await log.resend(eventID: eventID, to: to)
        }
        guard answer.status == 200 else {
            throw CommandFailure(answer.status == 400 ? .invalidInput : .failure, "paylink: " + answer.refusal)
        }
        if json {
            printJSONText(answer.body)
            return
        }
        guard let delivery = try? JSONDecoder().decode(SandboxDelivery.self, from: answer.body) else {
            throw CommandFailure(.failure, "paylink: " + environmentLanguage.text(.command(.sandboxAnswerUnreadable)))
        }
        printOut(TerminalText.sanitize(environmentLanguage.text(.command(.deliveredTo(event: eventID, url: delivery.url)))) + delivery.outcome(language: environmentLanguage))
        if !(200..<300).contains(delivery.status ?? 0) { throw CommandFailure(.failure, nil) }
    }
}
