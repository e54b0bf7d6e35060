/// Per-profile defaults for a new draft.
public struct DraftDefaults: Sendable {
    public var currency: String?
    public var language: String?
    public var country: String?
    /// The language amounts are typed in (`12,50` and `1 234,50` in Lithuanian).
    public var uiLanguage: UILanguage = .en
    /// A new order's addresses from the profile.
    public var orderURLs: [FieldPath: String] = [:]

    public init(
        currency: String? = nil, language: String? = nil, country: String? = nil, uiLanguage: UILanguage = .en,
        orderURLs: [FieldPath: String] = [:]
    ) {
        self.currency = currency
        self.language = language
        self.country = country
        self.uiLanguage = uiLanguage
        self.orderURLs = orderURLs
    }

    /// An empty draft with these defaults filled in.
    public var blankDraft: LinkDraft {
        var draft = LinkDraft()
        // The form cannot show these fields, so a profile's unusable address is left out (create --*-url names it).
        for (field, url) in orderURLs where (try? FieldRules.orderURL(field, url).get()) != nil { draft.set(field, url) }
        if let currency { draft.currency = currency }
        if let language { draft.language = language }
        if let country { draft.countryCode = country }
        return draft
    }
}
