import ArgumentParser
import Foundation
import Hummingbird
import PaylinkCommandLine
import PaylinkCore
import PayseraCheckout
import PaylinkService
import PaylinkStore
import ServiceLifecycle

/// `paylink listen`, served by paylink-server: receives Paysera's callbacks, verifies them, and keeps the history's statuses current.
struct ListenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen", abstract: ListenOptions.abstract, discussion: ListenOptions.discussion)

    /// Callbacks are a few kilobytes; anything this large is refused unread.
    static let maximumBody = 1 << 20

    @OptionGroup var options: ListenOptions

    func run() async throws {
        let host = options.host, port = options.port, path = options.path, json = options.json
        guard path.hasPrefix("/") else { throw CommandFailure(.invalidInput, "--path must start with /, like /paysera/callback") }
        let environment = ProcessInfo.processInfo.environment
        let paths = AppPaths.current(environment: environment)
        let secret: String
        do {
            let config = try ConfigLoader.load(paths: paths, environment: environment)
            secret = try config.resolveProfile(named: options.profileOptions.profile).clientSecret.reveal()
        } catch {
            throw CommandFailure(.invalidInput, "paylink: \(error)")
        }
        let history: HistoryStore
        do { history = try HistoryStore.open(paths: paths, project: nil) } catch { throw CommandFailure(.failure, "paylink: \(error)") }
        let receiver = CallbackReceiver(secret: secret, history: history)
        let router = Router()
        router.post(RouterPath(path)) { request, _ -> Response in
            let header = { (name: String) in request.headers.first { $0.name.canonicalName == name.lowercased() }?.value }
            // Without a signature no body can be applied: refused unread, with the receiver's own answer.
            guard header(WebhookSignature.signatureHeader) != nil else {
                _ = await Self.read(request.body, upTo: 0)
                let outcome = receiver.receive(body: [], header: header)
                Self.report(outcome, json: json)
                return Self.answer(outcome.httpStatus, Self.message(outcome))
            }
            let declared = request.headers[.contentLength].flatMap { Int($0) } ?? 0
            guard let body = await Self.read(request.body, upTo: declared <= Self.maximumBody ? Self.maximumBody : 0) else {
                Self.report(status: 413, line: "refused 413: body over 1 MiB", json: json, outcome: "too_large", message: "Body over 1 MiB")
                return Self.answer(413, "Body over 1 MiB")
            }
            let outcome = receiver.receive(body: Array(body.readableBytesView), header: header)
            Self.report(outcome, json: json)
            return Self.answer(outcome.httpStatus, outcome.summary == nil ? Self.message(outcome) : outcome.name)
        }
        let app = Application(
            router: router, configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                let shown = host.contains(":") ? "[\(host)]" : host
                printError("Listening for callbacks on http://\(shown):\(bound)\(path)")
            },
            logger: quietLogger("paylink.listen"))
        let group = ServiceGroup(services: [app], gracefulShutdownSignals: [.sigint, .sigterm], logger: quietLogger("paylink.listen"))
        do {
            try await group.run()
        } catch {
            throw CommandFailure(.failure, "paylink: could not listen on \(host):\(port): \(error)")
        }
    }

    static func answer(_ status: Int, _ text: String) -> Response {
        Response(
            status: .init(code: status), headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    /// The body when it is at most `limit` bytes, else nil (nil too when the sender went away). Either way it is read
    /// to its end and a larger one dropped as it comes: a sender that writes its whole body before reading the answer
    /// (Python's urllib and many others) would otherwise wait, blocked, until its own time-out.
    static func read(_ body: RequestBody, upTo limit: Int) async -> ByteBuffer? {
        var collected = ByteBuffer()
        var tooLarge = false
        do {
            for try await part in body where !tooLarge {
                tooLarge = collected.readableBytes + part.readableBytes > limit
                if !tooLarge { collected.writeImmutableBuffer(part) }
            }
        } catch {
            return nil
        }
        return tooLarge ? nil : collected
    }

    static func message(_ outcome: CallbackOutcome) -> String {
        switch outcome {
        case .badSignature(let text), .unreadable(let text), .failed(let text): text
        case .applied, .duplicate, .ignored: outcome.name
        }
    }

    /// One line per callback: what happened, to which order and links.
    static func report(_ outcome: CallbackOutcome, json: Bool) {
        guard let summary = outcome.summary else {
            report(status: outcome.httpStatus, line: "refused \(outcome.httpStatus): \(message(outcome))", json: json,
                   outcome: outcome.name, message: message(outcome))
            return
        }
        if json {
            var object: [String: Any] = ["outcome": outcome.name, "status": outcome.httpStatus, "time": Date().formatted(.iso8601)]
            if let data = try? JSONEncoder().encode(summary), let fields = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                object.merge(fields) { current, _ in current }
            }
            printJSONLine(object)
            return
        }
        var line = "\(outcome.name) \(summary.event) request \(summary.requestID)"
        if let order = summary.orderID { line += " order \(order)" }
        if let reference = summary.reference { line += " (\(reference))" }
        if let status = summary.orderStatus { line += " \(status)" }
        if let paid = summary.amountPaid, let currency = summary.currency, (try? FieldRules.currency(currency).get()) != nil {
            line += " paid \(Money.format(minor: paid, currency: currency)) \(currency)"
        }
        for link in summary.links { line += " link \(link.id) \(link.status)" }
        printOut(TerminalText.sanitize(line))
    }

    static func report(status: Int, line: String, json: Bool, outcome: String, message: String) {
        if json {
            printJSONLine(["outcome": outcome, "status": status, "message": message, "time": Date().formatted(.iso8601)])
        } else {
            printOut(TerminalText.sanitize(line))
        }
    }
}
