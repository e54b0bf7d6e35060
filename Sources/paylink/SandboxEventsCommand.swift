import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import PaylinkCore

/// Where a running sandbox answers, for the commands that read its event log.
struct SandboxAddressOptions: ParsableArguments {
    @Option(name: .customLong("sandbox"), help: "Address of the running sandbox (default: PAYLINK_BASE_URL, else the built-in sandbox's http://127.0.0.1:8787).")
    var explicitAddress: String?

    /// The sandbox asked: the option, else the address every other command uses, else the built-in one.
    var address: String {
        explicitAddress ?? ProcessInfo.processInfo.environment["PAYLINK_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "http://127.0.0.1:\(AppContext.builtInSandboxPort)"
    }

    /// Sends one request to the sandbox; the answer's status and body.
    func send(_ method: HTTPMethod, _ path: String) async throws -> (status: Int, body: Data) {
        let base = address.hasSuffix("/") ? String(address.dropLast()) : address
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
            let body = try await response.body.collect(upTo: 64 << 20)
            return (Int(response.status.code), Data(body.readableBytesView))
        } catch {
            throw CommandFailure(.failure, "paylink: no sandbox answers at \(TerminalText.sanitize(address)) (start one with `paylink sandbox`)")
        }
    }

    /// The sandbox's error sentence, or the status.
    static func refusal(_ status: Int, _ body: Data) -> String {
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
        let text = (object?["error_description"] as? String) ?? "the sandbox answered \(status)"
        return TerminalText.sanitize(text)
    }
}

/// One webhook event of the sandbox's log, as `GET /sandbox/events` answers it.
struct SandboxEvent: Decodable {
    var id: String
    var type: String
    var name: String
    var orderID: String
    var url: String?
    var createdAt: Int
    var deliveries: [SandboxDelivery]

    enum CodingKeys: String, CodingKey {
        case id, type, name, url, deliveries
        case orderID = "order_id"
        case createdAt = "created_at"
    }
}

/// One delivery attempt of a sandbox event.
struct SandboxDelivery: Decodable {
    var attempt: Int
    var url: String
    var sentAt: Int
    var status: Int?
    var latencyMS: Int
    var answer: String?
    var error: String?
    var resend: Bool

    enum CodingKeys: String, CodingKey {
        case attempt, url, status, answer, error, resend
        case sentAt = "sent_at"
        case latencyMS = "latency_ms"
    }

    /// `200 in 12 ms`, `500 in 3 ms`, `no answer within 10 s`.
    var outcome: String {
        let what = status.map(String.init) ?? (error ?? "no answer")
        return TerminalText.sanitize(what) + " in \(latencyMS) ms" + (resend ? " (resend)" : "")
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
        var path = "/sandbox/events"
        if let order {
            path += "?order_id=" + (order.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }
        let (status, body) = try await sandbox.send(.GET, path)
        guard status == 200 else { throw CommandFailure(.failure, "paylink: " + SandboxAddressOptions.refusal(status, body)) }
        if json {
            printJSONText(body)
            return
        }
        struct Page: Decodable { var items: [SandboxEvent] }
        guard let page = try? JSONDecoder().decode(Page.self, from: body) else {
            throw CommandFailure(.failure, "paylink: the sandbox's event log could not be read")
        }
        if page.items.isEmpty { printOut("No webhook events.") }
        for event in page.items { printOut(Self.line(event)) }
    }

    /// `2026-12-01 23:00:00  order/amount_paid_updated  EVENT  order ORDER → URL: 500 in 3 ms, 200 in 2 ms`.
    static func line(_ event: SandboxEvent) -> String {
        let time = Date(timeIntervalSince1970: TimeInterval(event.createdAt)).formatted(.iso8601)
        let target = event.url.map { " → " + $0 } ?? " (no callback_url)"
        let deliveries = event.deliveries.isEmpty ? "" : ": " + event.deliveries.map(\.outcome).joined(separator: ", ")
        return TerminalText.sanitize("\(time)  \(event.type)/\(event.name)  \(event.id)  order \(event.orderID)\(target)") + deliveries
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
        var path = "/sandbox/events/" + (eventID.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-"])) ?? "") + "/resend"
        if let to { path += "?to=" + (to.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }
        let (status, body) = try await sandbox.send(.POST, path)
        guard status == 200 else {
            throw CommandFailure(status == 400 ? .invalidInput : .failure, "paylink: " + SandboxAddressOptions.refusal(status, body))
        }
        if json {
            printJSONText(body)
            return
        }
        guard let delivery = try? JSONDecoder().decode(SandboxDelivery.self, from: body) else {
            throw CommandFailure(.failure, "paylink: the sandbox's answer could not be read")
        }
        printOut(TerminalText.sanitize("Delivered \(eventID) to \(delivery.url): ") + delivery.outcome)
        if !(200..<300).contains(delivery.status ?? 0) { throw CommandFailure(.failure, nil) }
    }
}
