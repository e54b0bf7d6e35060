import Foundation
import Hummingbird

/// Reads request bodies within the size limit and turns JSON bodies into `JSONValue`s.
enum RequestReading {
    /// Bodies above this size are refused with 413.
    static let maximumBodySize = 1 << 20

    /// The raw body, refused with 413 past the limit (checked on Content-Length first, then while reading).
    static func bytes(of request: Request) async throws(APIError) -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > maximumBodySize {
            throw APIError.tooLarge
        }
        var collected: [UInt8] = []
        do {
            for try await chunk in request.body {
                if collected.count + chunk.readableBytes > maximumBodySize { throw APIError.tooLarge }
                collected.append(contentsOf: chunk.readableBytesView)
            }
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.malformed("The request body could not be read.")
        }
        return collected
    }

    /// Whether the request says its body is JSON (`application/json` or `application/*+json`).
    static func isJSON(_ request: Request) -> Bool {
        guard let type = request.headers[.contentType]?.split(separator: ";").first?
            .trimmingCharacters(in: .whitespaces).lowercased()
        else { return false }
        return type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json"))
    }

    /// The JSON body: 415 when not declared JSON, 413 when too large, 400 naming what is malformed.
    static func json(of request: Request) async throws(APIError) -> JSONValue {
        guard isJSON(request) else {
            throw APIError(.unsupportedMediaType, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.")
        }
        let body = try await bytes(of: request)
        do {
            return try JSONParser.parse(body)
        } catch {
            throw APIError.malformed(error.message)
        }
    }

    /// A JSON body that must be an object.
    static func jsonObject(of request: Request) async throws(APIError) -> [String: JSONValue] {
        let value = try await json(of: request)
        guard case .object(let members) = value else {
            throw APIError.malformed("The request body must be a JSON object, not \(value.kindName).")
        }
        return members
    }
}

/// Reads typed fields out of a JSON object, collecting shape problems (missing, wrong type) by API path.
///
/// Only the wire shape is judged here; what a value may be is decided by PaylinkCore's `FieldRules`.
struct WireReader {
    private(set) var problems: [String: [String]] = [:]

    mutating func refuse(_ path: String, _ message: String) {
        problems[path, default: []].append(message)
    }

    private static func join(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : parent + "." + key }

    /// A nested object; absent or null gives nil, a required one that is missing is refused at `requiredPath`.
    mutating func object(_ members: [String: JSONValue]?, _ key: String, parent: String = "", requiredPath: String? = nil) -> [String: JSONValue]? {
        let path = Self.join(parent, key)
        switch members?[key] {
        case .object(let inner)?: return inner
        case nil, .null?:
            if let requiredPath { refuse(requiredPath, "This value is required.") }
            return nil
        case let other?:
            refuse(path, "Must be an object, not \(other.kindName).")
            return nil
        }
    }

    mutating func string(_ members: [String: JSONValue]?, _ key: String, parent: String = "", required: Bool = false) -> String? {
        let path = Self.join(parent, key)
        switch members?[key] {
        case .string(let s)?: return s
        case nil, .null?:
            if required { refuse(path, "This value is required.") }
            return nil
        case let other?:
            refuse(path, "Must be a string, not \(other.kindName).")
            return nil
        }
    }

    /// A whole number; `digitStrings` also accepts a string of digits (order amounts).
    mutating func integer(_ members: [String: JSONValue]?, _ key: String, parent: String = "", required: Bool = false, digitStrings: Bool = false) -> Int? {
        let path = Self.join(parent, key)
        let text: String
        switch members?[key] {
        case .number(let n)?: text = n
        case .string(let s)? where digitStrings: text = s.trimmingCharacters(in: .whitespaces)
        case nil, .null?:
            if required { refuse(path, "This value is required.") }
            return nil
        case let other?:
            refuse(path, "Must be a whole number, not \(other.kindName).")
            return nil
        }
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            refuse(path, "Must be a whole number of minor units or seconds, without a decimal point or exponent.")
            return nil
        }
        guard let value = Int(text) else {
            refuse(path, "The number is too large.")
            return nil
        }
        return value
    }

    /// An object whose values are all strings (metadata); `skippingNulls` drops null values, as the SDK writes
    /// unset refund metadata keys.
    mutating func stringMap(
        _ members: [String: JSONValue]?, _ key: String, parent: String = "", skippingNulls: Bool = false
    ) -> [String: String]? {
        let path = Self.join(parent, key)
        guard let inner = object(members, key, parent: parent) else { return nil }
        var map: [String: String] = [:]
        for (name, value) in inner {
            if skippingNulls, value == .null { continue }
            guard case .string(let s) = value else {
                refuse(path, "Value of \"\(name)\" must be a string, not \(value.kindName).")
                continue
            }
            map[name] = s
        }
        return map
    }
}
