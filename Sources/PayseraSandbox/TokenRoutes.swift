import Crypto
import Foundation
import Hummingbird
import PayseraCheckout
import Synchronization

/// Issues and checks the sandbox's JWT-shaped access tokens (HS256, keyed from the client secret).
struct TokenIssuer: Sendable {
    let clientID: String
    let lifetime: Int
    let projectID: String
    private let clientSecretDigest: SHA256.Digest
    private let signingKey: SymmetricKey
    /// Tokens already checked, with their expiry: a client sends the same token with every request.
    private let checked = CheckedTokens()

    init(clientID: String, clientSecret: String, lifetime: Int) {
        self.clientID = clientID
        self.lifetime = max(1, lifetime)
        self.clientSecretDigest = SHA256.hash(data: Data(clientSecret.utf8))
        self.signingKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(clientSecret.utf8)),
            salt: Data("paylink-sandbox".utf8), info: Data("access-token".utf8), outputByteCount: 32)
        self.projectID = Self.uuid(from: SHA256.hash(data: Data("project:\(clientID)".utf8)))
    }

    /// A stable UUID-shaped identifier made from a digest.
    static func uuid(from digest: SHA256.Digest) -> String {
        var bytes = Array(digest.prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }

    /// Whether the given credentials are this sandbox's client; the secret is compared in constant time.
    func accepts(clientID: String, clientSecret: String) -> Bool {
        // Comparing digests keeps the time independent of where (and whether) the secrets differ.
        let given = SHA256.hash(data: Data(clientSecret.utf8))
        var difference: UInt8 = 0
        for (a, b) in zip(given, clientSecretDigest) { difference |= a ^ b }
        return (difference == 0) && (clientID == self.clientID)
    }

    /// A new token valid from `now` for `lifetime` seconds.
    func issue(now: Int) -> String {
        let header = JSONValue.object(["alg": .string("HS256"), "typ": .string("JWT")])
        let claims = JSONValue.object([
            "client_id": .string(clientID),
            "project_id": .string(projectID),
            "iat": .number(String(now)),
            "exp": .number(String(now + lifetime)),
            "jti": .string(UUID().uuidString.lowercased()),
            "scope": .string("checkout"),
        ])
        let signingInput = Base64URL.encode(Data(header.text.utf8)) + "." + Base64URL.encode(Data(claims.text.utf8))
        let signature = HMAC<SHA256>.authenticationCode(for: Data(signingInput.utf8), using: signingKey)
        return signingInput + "." + Base64URL.encode(Data(signature))
    }

    /// Checks signature, client and expiry of a presented token; the refusal says which, never echoing the token.
    func verify(_ token: String, now: Int) throws(APIError) {
        if let exp = checked.expiry(of: token) {
            guard now < exp else { throw APIError.unauthorized("The access token has expired; request a new one.") }
            return
        }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let signature = Base64URL.decode(parts[2]) else {
            throw APIError.unauthorized("The access token is malformed.")
        }
        let signingInput = Data("\(parts[0]).\(parts[1])".utf8)
        guard HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: signingInput, using: signingKey) else {
            throw APIError.unauthorized("The access token is not valid.")
        }
        guard let payload = Base64URL.decode(parts[1]),
            case .object(let claims)? = try? JSONParser.parse(Array(payload)),
            case .number(let expText)? = claims["exp"], let exp = Int(expText),
            case .string(let client)? = claims["client_id"], client == clientID
        else { throw APIError.unauthorized("The access token is not valid.") }
        checked.remember(token, expiry: exp)
        guard now < exp else { throw APIError.unauthorized("The access token has expired; request a new one.") }
    }

    /// Reads `Authorization: Bearer …` and verifies it.
    func authorize(_ request: Request, now: Int) throws(APIError) {
        guard let header = request.headers[.authorization] else {
            throw APIError.unauthorized("An access token is required: send Authorization: Bearer <token>.")
        }
        let pieces = header.split(separator: " ", maxSplits: 1)
        guard pieces.count == 2, pieces[0].lowercased() == "bearer" else {
            throw APIError.unauthorized("The Authorization header must be: Bearer <token>.")
        }
        try verify(pieces[1].trimmingCharacters(in: .whitespaces), now: now)
    }
}

/// Tokens whose signature and claims were checked, and when each expires; bounded, forgotten wholesale when full.
final class CheckedTokens: Sendable {
    private let expiries = Mutex<[String: Int]>([:])

    func expiry(of token: String) -> Int? { expiries.withLock { $0[token] } }

    func remember(_ token: String, expiry: Int) {
        expiries.withLock { known in
            if known.count >= 4096 { known.removeAll(keepingCapacity: true) }
            known[token] = expiry
        }
    }
}

/// Base64 with the URL alphabet and no padding, as JWTs use it.
enum Base64URL {
    static func encode(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: some StringProtocol) -> Data? {
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}

/// `POST /auth/realms/Paysera/protocol/openid-connect/token`: OAuth2 client credentials (API doc §1).
enum TokenRoutes {
    static func add(to router: Router<SandboxRequestContext>, state: SandboxState) {
        router.post(RouterPath(APIPath.token)) { request, _ -> Response in
            try await token(request, state: state)
        }
    }

    private static func oauthError(_ status: HTTPResponse.Status, _ code: String, _ message: String) -> APIError {
        APIError(status, code, message)
    }

    static func token(_ request: Request, state: SandboxState) async throws(APIError) -> Response {
        let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard type == "application/x-www-form-urlencoded" else {
            throw oauthError(.unsupportedMediaType, "invalid_request", "Send the form as application/x-www-form-urlencoded.")
        }
        let body = try await RequestReading.bytes(of: request)
        guard let text = String(validating: body, as: UTF8.self) else {
            throw oauthError(.badRequest, "invalid_request", "The form is not valid UTF-8 text.")
        }
        var form: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let key = decode(kv[0]), let value = kv.count > 1 ? decode(kv[1]) : "" else {
                throw oauthError(.badRequest, "invalid_request", "The form has a badly encoded field.")
            }
            form[key] = value
        }
        // HTTP Basic credentials are the other way OAuth2 allows to send them.
        if let basic = request.headers[.authorization], basic.lowercased().hasPrefix("basic "),
            let decoded = Data(base64Encoded: String(basic.dropFirst(6)).trimmingCharacters(in: .whitespaces))
                .flatMap({ String(data: $0, encoding: .utf8) }),
            let colon = decoded.firstIndex(of: ":")
        {
            form["client_id"] = form["client_id"] ?? String(decoded[..<colon]).removingPercentEncoding
            form["client_secret"] = form["client_secret"] ?? String(decoded[decoded.index(after: colon)...]).removingPercentEncoding
        }
        guard let grant = form["grant_type"] else {
            throw oauthError(.badRequest, "invalid_request", "grant_type is required; use client_credentials.")
        }
        guard grant == "client_credentials" else {
            throw oauthError(.badRequest, "unsupported_grant_type", "Only grant_type=client_credentials is supported.")
        }
        guard let id = form["client_id"], let secret = form["client_secret"],
            state.tokens.accepts(clientID: id, clientSecret: secret)
        else {
            throw oauthError(.unauthorized, "invalid_client", "Invalid client credentials.")
        }
        let answer = AccessToken(
            accessToken: state.tokens.issue(now: state.now), expiresIn: state.tokens.lifetime,
            tokenType: "Bearer", refreshExpiresIn: 0, scope: "checkout")
        var response = JSONAnswer.response(.ok, answer)
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
