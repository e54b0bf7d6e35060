import Foundation

/// What an access token says about itself: the JWT's claims, read without checking its signature (only the API can).
public struct TokenClaims: Sendable, Hashable {
    /// The Paysera project the credentials belong to.
    public var projectID: String?
    public var clientID: String?
    /// When the token stops working (seconds since 1970).
    public var expiresAt: Int?

    /// The claims of a JWT (`header.claims.signature`); nil when the token is not shaped like one.
    public init?(token: String) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var base64 = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
            let claims = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        projectID = claims["project_id"] as? String
        clientID = claims["client_id"] as? String
        expiresAt = (claims["exp"] as? NSNumber)?.intValue
    }
}
