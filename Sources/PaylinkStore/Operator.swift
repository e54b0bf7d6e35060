import Foundation

extension ResolvedProfile {
    /// Who the links of this run are made by: the profile's `operator:`, else `USER@hostname`.
    public func creator(environment: [String: String], hostName: String) -> String {
        if let operatorName { return operatorName }
        let user = environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LOGNAME"] ?? "someone"
        let host = hostName.split(separator: ".").first.map(String.init) ?? hostName
        return host.isEmpty ? user : "\(user)@\(host)"
    }
}

extension ResolvedProfile {
    /// Whether requests reach real money: any API address off this machine. The built-in sandbox and
    /// loopback addresses (a `paylink sandbox`, a test double) are not live.
    public var isLive: Bool { Self.isLive(baseURL) }

    /// Whether an API address is live (see `isLive`); nil is the built-in sandbox.
    public static func isLive(_ baseURL: URL?) -> Bool {
        guard let host = baseURL?.host?.lowercased() else { return false }
        return !["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) && !host.hasPrefix("127.")
    }
}
