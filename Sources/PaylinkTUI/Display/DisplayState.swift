import Foundation
import PaylinkStore

/// What the customer display is showing: nothing to pay, a link to scan, or how the last one ended.
public enum DisplayPhase: Sendable, Hashable {
    case idle
    /// A link to pay; `shown` is the till's change counter when it came.
    case link(CustomerLink, shown: Int)
    /// Paid: a ✓ and the amount until `until`.
    case paid(CustomerLink, until: Date)
    /// Expired or cancelled: said until `until`.
    case ended(CustomerLink, DisplayEnding, until: Date)
}

/// How a link left the display without being paid.
public enum DisplayEnding: Sendable, Hashable {
    case expired, canceled
}

/// The whole state of the customer display, as one value; it never holds a link id, an e-mail or an operator.
public struct DisplayState: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var now: Date
    public var timeZone: TimeZone
    public var capabilities: TerminalCapabilities
    /// The till's profile → the shop's name shown for it (nil key: the name when the profile names none).
    public var shopNames: [String: String]
    /// The till's profile → the language of the idle screen, before a link gives the customer's ("" key: any profile).
    public var shopLanguages: [String: String]
    /// What the till shows now, as last read.
    public var till: TillShowing?
    public var phase: DisplayPhase = .idle
    /// The till's change counter of a link that has been shown through to its end (or came already ended).
    public var settled: Int?
    /// The QR code of the link on screen, made once when the link arrives.
    var codes: QRFit?
    public var quitting = false

    /// How long PAID stays up.
    public static let paidHold: TimeInterval = 6
    /// How long "expired" or "cancelled" stays up.
    public static let endedHold: TimeInterval = 5

    public init(
        width: Int, height: Int, now: Date, timeZone: TimeZone = .current,
        capabilities: TerminalCapabilities = TerminalCapabilities(colours: 256, unicode: true),
        shopNames: [String: String] = [:], shopLanguages: [String: String] = [:]
    ) {
        self.width = width
        self.height = height
        self.now = now
        self.timeZone = timeZone
        self.capabilities = capabilities
        self.shopNames = shopNames
        self.shopLanguages = shopLanguages
    }

    /// The shop's name for the till's profile, else the one for every profile.
    public var shopName: String? { till.flatMap { shopNames[$0.profile] } ?? shopNames[""] }

    /// The shop's language for the till's profile, else the one for every profile.
    public var shopLanguage: String? { till.flatMap { shopLanguages[$0.profile] } ?? shopLanguages[""] }

    /// The words for a link: the customer's language (the link's), except that the test-only pseudo-language, when
    /// the display was asked for it, speaks for every link, so the layout test sees every screen in it.
    func words(for link: CustomerLink) -> CustomerWords {
        shopLanguage?.lowercased() == "pseudo" ? CustomerWords(language: "pseudo") : CustomerWords(language: link.language)
    }

    /// The link on screen in any phase.
    public var shownLink: CustomerLink? {
        switch phase {
        case .idle: nil
        case .link(let link, _), .paid(let link, _), .ended(let link, _, _): link
        }
    }
}

/// Messages to the customer display: keys and resizes from the terminal, the clock, and the till's row.
public enum DisplayMsg: Sendable, Hashable {
    case key(Key)
    case resize(width: Int, height: Int)
    case tick(Date)
    /// The till's row as the history holds it now; nil when the till has gone away.
    case till(TillShowing?)
    case terminate
}
