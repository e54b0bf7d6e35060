import Foundation
import PayseraCheckout

extension LinkDraft {
    /// A new draft prefilled from an existing link, on the same order; the currency is the order's.
    public init(duplicating link: PaymentLink, currency: String) {
        self.init()
        let clean = TerminalText.sanitize
        orderMode = .existing
        orderID = clean(link.orderID)
        self.currency = clean(currency).uppercased()
        amount = link.purchase.map { Money.format(minor: $0.amount.value, currency: self.currency) } ?? ""
        name = clean(link.name ?? "")
        language = clean(link.experience?.language ?? "")
        paymentFlow = clean(link.experience?.paymentFlow ?? "paysera_checkout")
        if let seconds = link.lifetime { lifetime = Lifetime.format(seconds: seconds) }
        methodKey = clean(link.paymentDetails?.key ?? "")
        purpose = clean(link.paymentDetails?.purpose ?? "")
        countryCode = clean(link.paymentDetails?.countryCode ?? "")
        payerName = clean(link.payerInformation?.name ?? "")
        payerEmail = clean(link.payerInformation?.email ?? "")
        let entries = (link.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\(clean($0.key))=\(clean($0.value))" }
        // Entries holding a ";" would split wrongly, so those go one per line.
        metadata = entries.joined(separator: entries.contains { $0.contains(";") } ? "\n" : "; ")
    }
}
