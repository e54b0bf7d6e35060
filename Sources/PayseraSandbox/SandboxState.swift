import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// What every route shares: configuration, storage, tokens, webhooks, faults and the public address.
final class SandboxState: Sendable {
    let config: SandboxConfiguration
    let store: SandboxStore
    let tokens: TokenIssuer
    let webhooks: WebhookSender
    let dice: FaultDice
    /// The rate-limit fault's own dice, so it and error-rate fall on different requests.
    let limitDice: FaultDice
    /// The API requests answered, for `GET /sandbox/requests`.
    let requests = SandboxRequestLog()
    private let base: Mutex<String>

    init(config: SandboxConfiguration) throws {
        self.config = config
        self.store = try SandboxStore(path: config.databasePath)
        self.tokens = TokenIssuer(clientID: config.clientID, clientSecret: config.clientSecret, lifetime: config.tokenLifetime)
        let real = config.now, offset = config.faults.clockOffset
        let clock: @Sendable () -> Date = { real().addingTimeInterval(offset) }
        self.clock = clock
        self.webhooks = WebhookSender(
            secret: config.clientSecret, logger: config.logger, store: store, retryScale: config.webhookRetryScale,
            now: { Int(clock().timeIntervalSince1970.rounded(.down)) })
        let seed = config.faults.seed ?? UInt64.random(in: 0...UInt64.max)
        self.dice = FaultDice(rate: config.faults.errorRate, seed: seed)
        self.limitDice = FaultDice(rate: config.faults.rateLimit, seed: seed ^ 0x5241_5445_4C49_4D54)
        self.base = Mutex(Self.baseURL(config: config, port: config.port))
    }

    private static func baseURL(config: SandboxConfiguration, port: Int) -> String {
        if let configured = config.publicBaseURL, !configured.isEmpty {
            return configured.hasSuffix("/") ? String(configured.dropLast()) : configured
        }
        let host = config.host.contains(":") ? "[\(config.host)]" : config.host
        return "http://\(host):\(port)"
    }

    /// Records the real port once bound; returns the address payment URLs start with.
    @discardableResult
    func setListening(port: Int) -> String {
        let url = Self.baseURL(config: config, port: port)
        base.withLock { $0 = url }
        return url
    }

    /// What `payment_URL`s start with.
    var publicBaseURL: String { base.withLock { $0 } }

    /// The injected clock, in Unix seconds.
    var now: Int { Int(clock().timeIntervalSince1970.rounded(.down)) }
    /// The injected clock moved by the `clock-offset` switch.
    let clock: @Sendable () -> Date
}

/// Per-request context: Hummingbird's core storage plus the connection, which `drop-after-create` closes.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        channel = source.channel
    }

    var maxUploadSize: Int { RequestReading.maximumBodySize }
}

/// Thrown after the connection was closed on purpose; there is nobody left to answer.
struct ConnectionDropped: Error {}

/// The outermost responder: injected 503s, error mapping into Paysera's form, and one log line per request.
struct SandboxResponder: HTTPResponder {
    typealias Context = SandboxRequestContext
    let router: RouterResponder<SandboxRequestContext>
    let state: SandboxState

    /// Paths the error-rate fault applies to: the API, not the payment page, the scripts' routes or the description.
    static func isAPIPath(_ path: String) -> Bool {
        path.hasPrefix("/auth/") || path.hasPrefix("/merchant-order/") || path.hasPrefix("/checkout-project/")
            || path.hasPrefix("/checkout-payment-link/integration/") || path.hasPrefix("/v1/refund/")
    }

    func respond(to request: Request, context: SandboxRequestContext) async throws -> Response {
        let started = ContinuousClock.now
        let arrived = state.requests.now()
        var request = request
        let path = request.uri.path
        let named: (reference: String?, orderID: String?) =
            Self.isAPIPath(path) ? await SandboxRequestLog.orderNamed(in: &request) : (nil, nil)
        var response: Response
        if Self.isAPIPath(path), state.dice.rollFailure() {
            response = APIError(.serviceUnavailable, "service_unavailable", "The service is busy; try again shortly.", retryAfter: 1).response()
        } else if Self.isAPIPath(path), !path.hasPrefix("/auth/"), state.limitDice.rollFailure() {
            response = APIError(.tooManyRequests, "too_many_requests", "Too many requests; try again in 1 second.", retryAfter: 1).response()
        } else {
            do {
                response = try await router.respond(to: request, context: context)
            } catch is ConnectionDropped {
                log(request, outcome: "connection dropped", since: started)
                throw ConnectionDropped()
            } catch {
                response = Self.answer(for: error, logger: state.config.logger)
            }
        }
        log(request, outcome: String(response.status.code), since: started)
        if Self.isAPIPath(path) {
            state.requests.record(.init(
                at: arrived, method: request.method.rawValue, path: path, status: response.status.code,
                reference: named.reference, orderID: named.orderID))
        }
        return response
    }

    /// Any error as an answer in Paysera's form; only the sandbox's own faults become 500.
    static func answer(for error: any Error, logger: Logger) -> Response {
        switch error {
        case let error as APIError:
            return error.response()
        case let error as HTTPError where error.status == .notFound:
            return APIError.notFound("No such resource.").response()
        case let error as HTTPError:
            return APIError(error.status, "invalid_request", error.body ?? error.status.reasonPhrase).response()
        case let error as HTTPResponseError where error.status.code < 500:
            return APIError(error.status, "invalid_request", error.status.reasonPhrase).response()
        default:
            logger.error("Sandbox fault: \(String(describing: type(of: error)))")
            return APIError(.internalServerError, "server_error", "The sandbox failed; see its log.").response()
        }
    }

    // Method, path (no query, no headers: nothing secret), status and time.
    private func log(_ request: Request, outcome: String, since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        state.config.logger.info("\(request.method.rawValue) \(request.uri.path) \(outcome) \(String(format: "%.1f", ms))ms")
    }
}
