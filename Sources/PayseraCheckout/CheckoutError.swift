import Foundation

/// Why a call to the Checkout API failed, with what the API said about it, in words a person understands.
public struct CheckoutError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is; it decides whether trying again is safe.
    public enum Kind: String, Sendable, Hashable {
        /// The API answered 4xx: it refused the request and did not carry it out.
        case refused
        /// The API answered 5xx.
        case server
        /// No usable answer after the request may have been sent: it may or may not have been carried out.
        case outcomeUnknown
        /// The request never left: connection refused, name lookup or TLS failure, connect timeout.
        case notSent
        /// A 2xx answer that cannot be used: undecodable, too large, or without a usable payment_URL.
        case invalidResponse
        /// The client refused to send the request because an argument is unusable.
        case invalidInput
    }

    public var kind: Kind
    /// The HTTP status, when an answer arrived.
    public var status: Int?
    /// The API's error code (`invalid_request`, `validation_error`, `not_found`, …).
    public var code: String?
    /// The API's description of the problem, or ours when it gave none.
    public var message: String
    /// Messages per API field path (`purchase.amount`), from either error form of the API.
    public var fieldErrors: [String: [String]]
    /// Seconds the API asked us to wait (429/503 `Retry-After`).
    public var retryAfter: Int?
    /// The answer's body, truncated and with control characters removed, for an answer we could not read.
    public var rawBody: String?
    /// What happened on the way when no answer was read, so `message` can be said in other words; nil otherwise.
    public var reason: Reason?
    /// Whether the request never left because the access token could not be had (`message` then begins "No access token: ").
    public var withoutToken = false

    /// Why no answer was read, as the transport knows it.
    public enum Reason: Sendable, Hashable {
        /// The connection was refused or failed; `place` is "host:port" when the address could be read, `why` the system's words.
        case couldNotConnect(place: String?, why: String)
        /// No connection within `seconds` ("10 s").
        case connectTimedOut(place: String?, seconds: String)
        /// The request was cancelled before it left (`sent` false) or while its answer was awaited.
        case cancelled(sent: Bool)
        /// The request left and no answer came within `seconds`.
        case noAnswer(seconds: String)
        /// The connection broke after the request left; `why` is the system's words.
        case connectionBroke(why: String)
    }

    public init(
        kind: Kind, status: Int? = nil, code: String? = nil, message: String,
        fieldErrors: [String: [String]] = [:], retryAfter: Int? = nil, rawBody: String? = nil
    ) {
        self.kind = kind
        self.status = status
        self.code = code
        self.message = message
        self.fieldErrors = fieldErrors
        self.retryAfter = retryAfter
        self.rawBody = rawBody
    }

    /// The API answered 4xx and did not carry the request out.
    public var isRefused: Bool { kind == .refused }
    /// The request may or may not have been carried out; it must not be repeated blindly.
    public var isOutcomeUnknown: Bool { kind == .outcomeUnknown }

    /// Field errors as `path: message` lines, sorted by path.
    public var fieldErrorLines: [String] {
        fieldErrors.keys.sorted().flatMap { path in fieldErrors[path, default: []].map { "\(path): \($0)" } }
    }

    public var description: String {
        let detail = fieldErrors.isEmpty ? message : fieldErrorLines.joined(separator: "; ")
        let tag = [status.map(String.init), code].compactMap { $0 }.joined(separator: " ")
        let tagged = tag.isEmpty ? "" : " (\(tag))"
        switch kind {
        case .refused:
            return "The API refused the request\(tagged): \(detail)"
        case .server:
            let wait = retryAfter.map { " It asked to wait \($0) s before trying again." } ?? ""
            return "The API had a server error\(tagged): \(detail).\(wait)"
        case .outcomeUnknown:
            return "\(message). The request may or may not have been carried out; check before trying again."
        case .notSent:
            return "\(message). Nothing was sent to the API."
        case .invalidResponse:
            return "The API's answer\(tagged) could not be used: \(detail)"
        case .invalidInput:
            return detail
        }
    }
}

extension CheckoutError {
    /// Longest raw body kept on an error.
    static let rawBodyLimit = 2000

    /// Builds the error for a non-2xx answer from its status, headers and body, reading both error forms of the API.
    static func fromAnswer(status: Int, body: Data, retryAfter: Int?) -> CheckoutError {
        let kind: Kind = status >= 500 ? .server : .refused
        let parsed = ErrorBodyReading(body)
        let fallback = HTTPStatusText.phrase(status)
        let message = parsed.message.map(Sanitize.text) ?? fallback
        return CheckoutError(
            kind: kind, status: status, code: parsed.code.map(Sanitize.text),
            message: message.isEmpty ? fallback : message,
            fieldErrors: parsed.fieldErrors, retryAfter: retryAfter,
            rawBody: body.isEmpty ? nil : Sanitize.rawBody(body))
    }
}

/// Reads either generation of the API's error body, every key optional, any other shape tolerated.
struct ErrorBodyReading {
    var code: String?
    var message: String?
    var fieldErrors: [String: [String]] = [:]

    init(_ body: Data) {
        guard !body.isEmpty, let object = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]),
            let dict = object as? [String: Any]
        else { return }
        // OAuth and current form: error + error_description; older form: error + message.
        code = dict["error"] as? String ?? dict["code"] as? String
        message =
            dict["error_description"] as? String ?? dict["message"] as? String ?? dict["detail"] as? String
            ?? dict["title"] as? String
        if let properties = dict["error_properties"] {
            Self.flatten(properties, path: "", into: &fieldErrors)
        }
        if let details = dict["details"] as? [Any] {
            for case let item as [String: Any] in details {
                let field = Sanitize.text(item["field"] as? String ?? item["property_path"] as? String ?? "")
                let text = (item["message"] as? String).map(Sanitize.text) ?? "is not valid"
                fieldErrors[field.isEmpty ? "request" : field, default: []].append(text)
            }
        } else if let details = dict["details"] as? [String: Any] {
            Self.flatten(details, path: "", into: &fieldErrors)
        }
    }

    /// Turns `{"purchase": {"amount": ["…"]}}` or `{"purchase.amount": "…"}` into `["purchase.amount": ["…"]]`.
    private static func flatten(_ value: Any, path: String, into map: inout [String: [String]]) {
        switch value {
        case let text as String:
            map[path.isEmpty ? "request" : path, default: []].append(Sanitize.text(text))
        case let list as [Any]:
            for element in list { flatten(element, path: path, into: &map) }
        case let dict as [String: Any]:
            for (key, inner) in dict {
                let clean = Sanitize.text(key)
                flatten(inner, path: path.isEmpty ? clean : "\(path).\(clean)", into: &map)
            }
        case let number as NSNumber:
            map[path.isEmpty ? "request" : path, default: []].append(number.stringValue)
        default:
            break
        }
    }
}

/// Keeps bytes from the server from carrying control characters to a terminal.
enum Sanitize {
    /// Removes escape sequences and control characters (C0, DEL, C1, bidi overrides); tabs and line breaks become spaces.
    static func text(_ s: String) -> String {
        ControlText.strip(s).trimmingCharacters(in: .whitespaces)
    }

    /// A body as text, cleaned and cut to `CheckoutError.rawBodyLimit` characters.
    static func rawBody(_ body: Data) -> String {
        let slice = body.prefix(CheckoutError.rawBodyLimit * 4)
        let cleaned = text(String(decoding: slice, as: UTF8.self))
        if cleaned.count > CheckoutError.rawBodyLimit { return String(cleaned.prefix(CheckoutError.rawBodyLimit)) + "…" }
        return slice.count < body.count ? cleaned + "…" : cleaned
    }
}

/// Short English reason phrases for the statuses the API uses.
enum HTTPStatusText {
    static func phrase(_ status: Int) -> String {
        switch status {
        case 400: "Bad request"
        case 401: "Not authorised: the client credentials or the access token were not accepted"
        case 403: "Forbidden"
        case 404: "Not found"
        case 405: "Method not allowed"
        case 408: "Request timeout"
        case 409: "Conflict"
        case 413: "Request too large"
        case 415: "Unsupported media type"
        case 422: "Validation failed"
        case 429: "Too many requests"
        case 500: "Internal server error"
        case 502: "Bad gateway"
        case 503: "Service unavailable"
        case 504: "Gateway timeout"
        default: "HTTP status \(status)"
        }
    }
}
