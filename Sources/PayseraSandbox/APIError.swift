import Foundation
import Hummingbird
import PayseraCheckout

/// A refusal answered in Paysera's current error form: `{"error", "error_description", "error_properties"}`.
struct APIError: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var properties: [String: [String]]?
    var retryAfter: Int?

    init(_ status: HTTPResponse.Status, _ code: String, _ message: String, properties: [String: [String]]? = nil, retryAfter: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.properties = properties
        self.retryAfter = retryAfter
    }

    /// 400 with the refused fields, keyed by API path.
    static func invalid(_ properties: [String: [String]], _ message: String? = nil) -> APIError {
        let fields = properties.keys.sorted().joined(separator: ", ")
        return APIError(.badRequest, "invalid_request", message ?? "The request has invalid values: \(fields).", properties: properties)
    }

    /// 400 for a body that is not what the route reads (malformed JSON, not an object).
    static func malformed(_ message: String) -> APIError { APIError(.badRequest, "invalid_request", message) }

    static func notFound(_ message: String) -> APIError { APIError(.notFound, "not_found", message) }

    static func conflict(_ message: String) -> APIError { APIError(.conflict, "conflict", message) }

    static func unauthorized(_ message: String) -> APIError { APIError(.unauthorized, "unauthorized", message) }

    static let tooLarge = APIError(.contentTooLarge, "request_too_large", "The request body is larger than 1 MiB.")

    func response(from request: Request, context: some RequestContext) throws -> Response { response() }

    /// The HTTP answer, never failing.
    func response() -> Response {
        var response = JSONAnswer.response(status, ErrorBody(error: code, errorDescription: message, errorProperties: properties))
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        if status == .unauthorized { response.headers[.wwwAuthenticate] = #"Bearer realm="Paysera""# }
        return response
    }
}

/// JSON answers with stable key order.
enum JSONAnswer {
    static func response(_ status: HTTPResponse.Status, _ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Only the sandbox's own models are encoded here; they cannot fail, but an empty object beats a trap.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return response(status, bytes: data)
    }

    static func response(_ status: HTTPResponse.Status, json: JSONValue) -> Response {
        response(status, bytes: Data(json.text.utf8))
    }

    private static func response(_ status: HTTPResponse.Status, bytes: Data) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
