import Foundation
import PayseraCheckout

/// A profile's access token kept between runs in the data directory (`tokens/PROFILE.json`, owner-only), so a
/// second `paylink create` is one request instead of two. It holds the token, the API address and the fingerprint
/// of the credentials it belongs to, and when to stop using it; never the client secret.
public struct TokenFile: TokenStore {
    public let url: URL
    let baseURL: String
    let owner: String

    public init(paths: AppPaths, profile: String, baseURL: URL, credentials: Credentials) {
        let safeName = String(profile.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || "-_.".unicodeScalars.contains(scalar)
                ? Character(scalar) : "_"
        })
        url = paths.dataDirectory.appendingPathComponent("tokens", isDirectory: true)
            .appendingPathComponent((safeName.hasPrefix(".") ? "_" : "") + safeName + ".json")
        self.baseURL = baseURL.absoluteString
        owner = credentials.fingerprint
    }

    /// The token kept for this API address and these credentials; nil when none, another's, or unreadable.
    public func load() -> StoredToken? {
        guard let data = try? Data(contentsOf: url),
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            object["base_url"] as? String == baseURL, object["credentials"] as? String == owner,
            let token = object["access_token"] as? String, !token.isEmpty,
            let refreshAt = object["refresh_at"] as? Double
        else { return nil }
        return StoredToken(token: token, refreshAt: Date(timeIntervalSince1970: refreshAt))
    }

    /// Writes the token to a new owner-only file and puts it in place at once, so a reader never sees half of it.
    public func save(_ token: StoredToken) {
        let object: [String: Any] = [
            "base_url": baseURL, "credentials": owner, "access_token": token.token,
            "refresh_at": token.refreshAt.timeIntervalSince1970,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        // A cache: no fsync, a lost file only costs one token request.
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        if written == data.count, rename(temporary, url.path) == 0 { return }
        unlink(temporary)
    }

    /// Removes the file when it still holds `token`.
    public func discard(_ token: String) {
        guard load()?.token == token else { return }
        unlink(url.path)
    }
}
