import Foundation
import Synchronization

/// Faults the sandbox can inject on purpose, so slow, lost and failed answers can be tried for real.
public struct SandboxFaults: Sendable, Equatable {
    /// Wait this long before answering a link create (the link is stored first).
    public var delay: Duration?
    /// Store a created link, then close the connection without answering.
    public var dropAfterCreate: Bool
    /// Share (0…1) of API requests answered 503 before anything is done.
    public var errorRate: Double
    /// Seed of the error-rate dice; nil picks one at random.
    public var seed: UInt64?
    /// Share (0…1) of API requests, the token's aside, answered 429 with `Retry-After: 1` before anything is done.
    public var rateLimit: Double = 0
    /// Wait this long before answering an order create (the order is stored first).
    public var orderDelay: Duration?
    /// Refunds stay `processing` and never settle.
    public var refundPending = false
    /// Refunds settle as `failed` instead of `completed`, giving their amount back to what remains refundable.
    public var refundFail = false
    /// Wait this long before answering a refund request (the refund is stored first).
    public var refundDelay: Duration?
    /// Store a refund, then close the connection without answering.
    public var dropAfterRefund = false
    /// The sandbox's clock runs this many seconds off the real one (negative: in the past), so links made and paid
    /// on other days can be tried, such as the takings of a week.
    public var clockOffset: TimeInterval = 0

    public init(delay: Duration? = nil, dropAfterCreate: Bool = false, errorRate: Double = 0, seed: UInt64? = nil) {
        self.delay = delay
        self.dropAfterCreate = dropAfterCreate
        self.errorRate = errorRate
        self.seed = seed
    }

    /// No faults: the sandbox answers everything at once.
    public static let none = SandboxFaults()

    /// A fault switch that could not be read, with the reason.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// Reads switches like `delay=5s`, `delay=250ms`, `order-delay=5s`, `drop-after-create`, `error-rate=0.2`,
    /// `rate-limit=0.1`, `seed=42`, `refund-pending`, `refund-fail`, `refund-delay=2s`, `drop-after-refund`.
    public static func parse(_ specs: [String]) throws(ParseError) -> SandboxFaults {
        var faults = SandboxFaults.none
        for spec in specs {
            let parts = spec.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let name = parts.first?.lowercased() ?? ""
            let value = parts.count > 1 ? parts[1] : nil
            switch (name, value) {
            case ("delay", let text?):
                faults.delay = try duration(of: "delay", text)
            case ("drop-after-create", nil):
                faults.dropAfterCreate = true
            case ("error-rate", let text?):
                guard let rate = Double(text), rate >= 0, rate <= 1 else {
                    throw ParseError(description: "error-rate: \"\(text)\" must be a share between 0 and 1, like 0.2.")
                }
                faults.errorRate = rate
            case ("rate-limit", let text?):
                guard let rate = Double(text), rate >= 0, rate <= 1 else {
                    throw ParseError(description: "rate-limit: \"\(text)\" must be a share between 0 and 1, like 0.1.")
                }
                faults.rateLimit = rate
            case ("order-delay", let text?):
                faults.orderDelay = try duration(of: "order-delay", text)
            case ("refund-pending", nil):
                faults.refundPending = true
            case ("refund-fail", nil):
                faults.refundFail = true
            case ("refund-delay", let text?):
                faults.refundDelay = try duration(of: "refund-delay", text)
            case ("drop-after-refund", nil):
                faults.dropAfterRefund = true
            case ("clock-offset", let text?):
                guard let offset = parseOffset(text) else {
                    throw ParseError(description: "clock-offset: \"\(text)\" is not a time offset; write it like -2d, -3h or 90m.")
                }
                faults.clockOffset = offset
            case ("seed", let text?):
                guard let seed = UInt64(text) else {
                    throw ParseError(description: "seed: \"\(text)\" must be a whole number.")
                }
                faults.seed = seed
            default:
                throw ParseError(description: "Unknown fault \"\(spec)\"; use delay=5s, order-delay=5s, drop-after-create, error-rate=0.2, rate-limit=0.1, seed=N, refund-pending, refund-fail, refund-delay=2s, drop-after-refund or clock-offset=-2d.")
            }
        }
        return faults
    }

    /// "-2d", "+3h", "-90m", "30s": seconds, signed; at most a year either way.
    static func parseOffset(_ text: String) -> TimeInterval? {
        let units: [Character: Double] = ["d": 86_400, "h": 3600, "m": 60, "s": 1]
        guard let unit = text.last.flatMap({ units[$0] }), let value = Double(text.dropLast()), value.isFinite else { return nil }
        let seconds = value * unit
        return abs(seconds) <= 366 * 86_400 ? seconds : nil
    }

    /// A duration switch's value, refused by the switch's name.
    private static func duration(of name: String, _ text: String) throws(ParseError) -> Duration {
        guard let duration = parseDuration(text) else {
            throw ParseError(description: "\(name): \"\(text)\" is not a duration; write it like 5s, 250ms or 1m.")
        }
        return duration
    }

    /// "5s", "250ms", "1m", "1.5s" or bare seconds.
    static func parseDuration(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            let number = text.dropLast(suffix.count)
            // "ms" also ends in "s"; a leftover letter means the wrong suffix matched.
            guard let value = Double(number), value.isFinite, value >= 0, value <= 3600 / scale else { continue }
            return .milliseconds(Int64((value * scale * 1000).rounded()))
        }
        if let seconds = Double(text), seconds.isFinite, seconds >= 0, seconds <= 3600 {
            return .milliseconds(Int64((seconds * 1000).rounded()))
        }
        return nil
    }
}

/// The seeded dice behind `error-rate` (SplitMix64), shared by all requests.
final class FaultDice: Sendable {
    private let state: Mutex<UInt64>
    private let rate: Double

    init(rate: Double, seed: UInt64) {
        self.rate = rate
        self.state = Mutex(seed)
    }

    /// Whether this request gets the injected 503.
    func rollFailure() -> Bool {
        guard rate > 0 else { return false }
        let next = state.withLock { s -> UInt64 in
            s &+= 0x9E37_79B9_7F4A_7C15
            var z = s
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return Double(next >> 11) / Double(1 << 53) < rate
    }
}
