import Crypto
import Foundation

/// Keeps a client's access token between runs (paylink: a private file per profile), so that a new process does
/// not ask for a token it already has; the client never prints or logs what passes through it.
public protocol TokenStore: Sendable {
    /// The token kept for these credentials and the moment from which it must no longer be used; nil when none.
    func load() -> StoredToken?
    /// Keeps a new token in place of the one kept before.
    func save(_ token: StoredToken)
    /// Forgets `token` after the API refused it, unless another token has replaced it already.
    func discard(_ token: String)
}

/// An access token and the moment from which it must no longer be used (its expiry less a margin).
public struct StoredToken: Sendable, Hashable {
    public var token: String
    public var refreshAt: Date

    public init(token: String, refreshAt: Date) {
        self.token = token
        self.refreshAt = refreshAt
    }
}

extension Credentials {
    /// Tells these credentials apart from any others without holding the secret: HMAC-SHA256 of the client id keyed
    /// with the secret, in hex; a token kept for other credentials (a changed secret) is not used.
    public var fingerprint: String {
        HMAC<SHA256>.authenticationCode(for: Data(("paylink token for " + clientID).utf8), using: SymmetricKey(data: Data(clientSecret.utf8)))
            .map { String(format: "%02x", $0) }.joined()
    }
}
