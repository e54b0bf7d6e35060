import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// Whose credentials a profile holds, as a fresh token names them: what `paylink whoami` shows.
public struct Identity: Encodable, Sendable {
    public var profile: String
    public var baseURL: String
    public var clientID: String
    public var projectID: String?
    public var kind: String
    public var operatorName: String
    public var tokenExpiresAt: Int?

    enum CodingKeys: String, CodingKey {
        case profile, baseURL = "base_url", clientID = "client_id", projectID = "project_id", kind
        case operatorName = "operator", tokenExpiresAt = "token_expires_at"
    }

    /// The identity as `paylink whoami` prints it, a field a line.
    public var lines: [String] { lines(language: .en) }

    /// The identity's lines in `language`.
    public func lines(language: UILanguage) -> [String] {
        let kindWord = language.profileKind(kind)
        let fields: [(String, String)] = [
            ("Profile", "\(profile) (\(kindWord))"), ("API", baseURL), ("Client", clientID),
            ("Project", projectID ?? language.text(.command(.projectNotInToken))), ("Operator", operatorName),
        ].map { (language.text(.command(.whoamiLabel($0.0))), $0.1) }
        let width = max(10, (fields.map { $0.0.count }.max() ?? 0) + 2)
        return fields.map { label, value in "\(label.padding(toLength: width, withPad: " ", startingAt: 0))\(TerminalText.sanitize(value))" }
    }
}

extension ProfileSession {
    /// Fetches a token with the profile's credentials and names the profile, client and project it belongs to.
    public func identity() async throws(CheckoutError) -> Identity {
        let claims = TokenClaims(token: try await client.token())
        return Identity(
            profile: profile.name, baseURL: baseURL.absoluteString, clientID: profile.clientID,
            projectID: claims?.projectID, kind: ProfileSummary.kind(live: profile.isLive),
            operatorName: creator, tokenExpiresAt: claims?.expiresAt)
    }

    /// The project's payment methods that take `amount` (minor units) of `currency`, and, given a country, are
    /// offered there (a method that names no countries is offered everywhere).
    public func paymentMethods(amount: Int?, currency: String?, country: String? = nil) async throws(CheckoutError) -> [PaymentMethod] {
        let methods = try await client.paymentMethods(amount: amount, currency: currency)
        guard let country else { return methods }
        return methods.filter { $0.availableCountries?.contains(country) ?? true }
    }
}

extension PaymentMethod {
    /// The methods as `paylink methods` prints them: each key, padded to the longest, then its title.
    public static func lines(_ methods: [PaymentMethod]) -> [String] {
        let width = methods.map { TerminalText.displayWidth(TerminalText.sanitize($0.key)) }.max() ?? 0
        return methods.map { method in
            let key = TerminalText.sanitize(method.key)
            let pad = String(repeating: " ", count: max(0, width - TerminalText.displayWidth(key)))
            return "\(key)\(pad)  \(TerminalText.sanitize(method.title ?? ""))"
        }
    }
}
