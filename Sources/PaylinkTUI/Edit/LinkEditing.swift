import Foundation
import PaylinkCore
import PayseraCheckout

/// A link being changed in the form: the link as last known, the draft the form started from, and where it came from.
public struct LinkEditing: Sendable, Hashable {
    public var link: PaymentLink
    /// The form's values when editing began; only what differs from them is sent.
    public var original: LinkDraft
    /// The history opened it (Esc and a saved change go back to the result screen over the history).
    public var fromHistory: Bool

    /// Whether a form row takes focus while editing: the changeable fields and the save button.
    static func takesFocus(_ item: FormItem) -> Bool {
        switch item {
        case .create: true
        case .orderMode: false
        case .field(let field): LinkUpdate.isChangeable(field)
        }
    }
}

extension FormState {
    /// The form filled in from a link, for changing it; the lifetime shows the time left, so an unchanged
    /// lifetime is not sent and a typed one counts from now, as the API takes it.
    public init(editing link: PaymentLink, currency: String, now: Date, fromHistory: Bool) {
        var draft = LinkDraft(duplicating: link, currency: currency)
        if link.lifetime == 0 || link.expiredAt == nil {
            draft.lifetime = "never"
        } else if let expiredAt = link.expiredAt {
            let left = max(60, expiredAt - Int(now.timeIntervalSince1970.rounded(.down)))
            draft.lifetime = Lifetime.format(seconds: left / 60 * 60)
        }
        self.init(draft: draft)
        editing = LinkEditing(link: link, original: draft, fromHistory: fromHistory)
        focus = .field(.name)
        loadInput()
    }
}
