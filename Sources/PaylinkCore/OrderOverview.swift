import Foundation
import PayseraCheckout

/// The order behind a link as far as it is known: from the API when it answers, else from the link itself.
public struct OrderOverview: Sendable, Hashable, Codable {
    public var orderID: String
    public var reference: String?
    public var amount: Int?
    public var amountPaid: Int?
    public var currency: String?
    public var status: String?
    /// The order's links, newest first; nil when the API would not list them.
    public var links: [OrderLink]?
    /// What could not be read, such as "Order details: not available from this API".
    public var notes: [String]

    public init(
        orderID: String, reference: String? = nil, amount: Int? = nil, amountPaid: Int? = nil, currency: String? = nil,
        status: String? = nil, links: [OrderLink]? = nil, notes: [String] = []
    ) {
        self.orderID = orderID
        self.reference = reference
        self.amount = amount
        self.amountPaid = amountPaid
        self.currency = currency
        self.status = status
        self.links = links
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case orderID = "order_id"
        case reference, amount, currency, status, links, notes
        case amountPaid = "amount_paid"
    }

    /// The words used when the API answers 404 or 403 to an order question.
    public static let unavailable = UILanguage.en.text(.notice(.orderNotShown))

    /// Label and value rows for a screen or a terminal, leaving out `linkID` from the list of links; text is sanitized.
    public func rows(excluding linkID: String?, language: UILanguage = .en) -> [(label: String, value: String)] {
        let clean = TerminalText.sanitize
        let code = clean(currency ?? "")
        func money(_ minor: Int?) -> String? {
            minor.map { code.isEmpty ? String($0) : Money.text(minor: $0, currency: code, language: language) }
        }
        var rows: [(String, String)] = [("Order", clean(orderID))]
        if let reference { rows.append(("Reference", clean(reference))) }
        if let amount = money(amount) { rows.append(("Amount", amount)) }
        if let paid = amountPaid {
            // "€10.00 of €25.00", "10,00 iš 25,00 €": several links may pay one order in parts; a sign written
            // first goes on both figures, one written after only on the whole.
            let shown = Money.shown(minor: paid, currency: code, language: language)
            let part = code.isEmpty ? String(paid) : shown.symbolFirst ? shown.text : shown.number
            if let whole = money(amount) {
                rows.append(("Paid", language.text(.amountOf(part: part, whole: whole))))
            } else {
                rows.append(("Paid", part + (code.isEmpty ? "" : " " + code)))
            }
        }
        if let status { rows.append(("Status", language.text(.notice(.orderStatus(clean(status)))))) }
        if let links {
            let others = links.filter { $0.linkID != linkID }
            if others.isEmpty { rows.append(("Links", language.text(.ui(.noOtherLink)))) }
            for (i, link) in others.enumerated() {
                let parts = [clean(link.linkID), link.status.map { language.text(.command(.listStatus(clean($0)))) }, money(link.amount), link.name.map { clean($0) }]
                rows.append((i == 0 ? "Links" : "", parts.compactMap { $0 }.joined(separator: "  ")))
            }
        }
        for note in notes { rows.append(("Note", note == Self.unavailable ? language.text(.notice(.orderNotShown)) : clean(note))) }
        return rows
    }
}

/// One link of an order, as much as a listing tells.
public struct OrderLink: Sendable, Hashable, Codable {
    public var linkID: String
    public var name: String?
    public var amount: Int?
    public var status: String?
    public var expiredAt: Int?

    public init(_ link: PaymentLink) {
        linkID = link.linkID
        name = link.name
        amount = link.purchase?.amount.value
        status = link.status?.rawValue
        expiredAt = link.expiredAt
    }

    enum CodingKeys: String, CodingKey {
        case linkID = "link_id"
        case name, amount, status
        case expiredAt = "expired_at"
    }
}
