/// A Paysera project's client id and secret; printing, interpolating or dumping it never shows the secret.
public struct Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public let clientID: String
    public let clientSecret: String

    public init(clientID: String, clientSecret: String) {
        self.clientID = clientID
        self.clientSecret = clientSecret
    }

    public var description: String { "Credentials(clientID: \(clientID), clientSecret: <redacted>)" }
    public var debugDescription: String { description }
    // `dump` and debuggers walk the mirror, so the secret is left out of it.
    public var customMirror: Mirror {
        Mirror(self, children: ["clientID": clientID, "clientSecret": "<redacted>"], displayStyle: .struct)
    }
}
