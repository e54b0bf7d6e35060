import Foundation

/// One webhook event of the sandbox's log as `GET /sandbox/events` answers it (beside the event's `body`): what the
/// sandbox writes and `paylink sandbox events` reads.
public struct SandboxEvent: Codable, Sendable {
    public var id: String
    public var callbackID: String
    public var type: String
    public var name: String
    public var orderID: String
    public var linkID: String?
    /// Where the event went; nil when the order had no callback_url.
    public var url: String?
    public var createdAt: Int
    public var deliveries: [SandboxDelivery]

    public init(
        id: String, callbackID: String, type: String, name: String, orderID: String, linkID: String?, url: String?,
        createdAt: Int, deliveries: [SandboxDelivery]
    ) {
        self.id = id
        self.callbackID = callbackID
        self.type = type
        self.name = name
        self.orderID = orderID
        self.linkID = linkID
        self.url = url
        self.createdAt = createdAt
        self.deliveries = deliveries
    }

    enum CodingKeys: String, CodingKey {
        case id, type, name, url, deliveries
        case callbackID = "callback_id"
        case orderID = "order_id"
        case linkID = "link_id"
        case createdAt = "created_at"
    }

    /// Every key written, an absent value as null.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(callbackID, forKey: .callbackID)
        try c.encode(type, forKey: .type)
        try c.encode(name, forKey: .name)
        try c.encode(orderID, forKey: .orderID)
        try c.encode(linkID, forKey: .linkID)
        try c.encode(url, forKey: .url)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(deliveries, forKey: .deliveries)
    }

    /// A page of the log.
    public struct Page: Codable, Sendable {
        public var items: [SandboxEvent]
    }

    /// `2026-12-01 23:00:00  order/amount_paid_updated  EVENT  order ORDER → URL: 500 in 3 ms, 200 in 2 ms`.
    public var line: String { line(language: .en) }

    /// The event's line in `language`.
    public func line(language: UILanguage) -> String {
        let time = Date(timeIntervalSince1970: TimeInterval(createdAt)).formatted(.iso8601)
        let target = url.map { " → " + $0 } ?? " " + language.text(.command(.eventNoCallback))
        let outcomes = deliveries.isEmpty ? "" : ": " + deliveries.map { $0.outcome(language: language) }.joined(separator: ", ")
        let order = language.text(.command(.eventOrder(orderID)))
        return TerminalText.sanitize("\(time)  \(type)/\(name)  \(id)  \(order)\(target)") + outcomes
    }
}

/// One delivery attempt of a sandbox event: when, where, what came back and how long it took.
public struct SandboxDelivery: Codable, Sendable {
    public var eventID: String
    public var attempt: Int
    public var url: String
    public var sentAt: Int
    /// The answer's HTTP status; nil when none came (refused, timed out).
    public var status: Int?
    public var latencyMS: Int
    /// The answer's first bytes, as text.
    public var answer: String?
    public var error: String?
    /// Whether someone asked for this delivery (`resend`) rather than the schedule.
    public var resend: Bool

    public init(
        eventID: String, attempt: Int, url: String, sentAt: Int, status: Int?, latencyMS: Int, answer: String?,
        error: String?, resend: Bool
    ) {
        self.eventID = eventID
        self.attempt = attempt
        self.url = url
        self.sentAt = sentAt
        self.status = status
        self.latencyMS = latencyMS
        self.answer = answer
        self.error = error
        self.resend = resend
    }

    enum CodingKeys: String, CodingKey {
        case attempt, url, status, answer, error, resend
        case eventID = "event_id"
        case sentAt = "sent_at"
        case latencyMS = "latency_ms"
    }

    /// Every key written, an absent value as null.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(eventID, forKey: .eventID)
        try c.encode(attempt, forKey: .attempt)
        try c.encode(url, forKey: .url)
        try c.encode(sentAt, forKey: .sentAt)
        try c.encode(status, forKey: .status)
        try c.encode(latencyMS, forKey: .latencyMS)
        try c.encode(answer, forKey: .answer)
        try c.encode(error, forKey: .error)
        try c.encode(resend, forKey: .resend)
    }

    /// `200 in 12 ms`, `500 in 3 ms`, `no answer within 10 s`.
    public var outcome: String { outcome(language: .en) }

    /// What came back and how long it took, in `language`.
    public func outcome(language: UILanguage) -> String {
        let what = status.map(String.init) ?? (error ?? language.text(.command(.deliveryNoAnswer)))
        return language.text(.command(.deliveryIn(what: TerminalText.sanitize(what), milliseconds: latencyMS, resend: resend)))
    }
}
