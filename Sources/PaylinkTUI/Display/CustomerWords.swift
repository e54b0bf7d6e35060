// The words the customer display shows, one table per language. Keys are message-catalogue ids (`display.*`).
// Latvian, Estonian and Polish need a native speaker's review.

/// One thing the customer display says.
public enum CustomerPhrase: String, CaseIterable, Sendable {
    case scanToPay = "display.scan_to_pay"
    case toPay = "display.to_pay"
    /// Followed by the time left: "Valid for 14:59".
    case validFor = "display.valid_for"
    /// Followed by a date and time, for a link that lives more than a day.
    case validUntil = "display.valid_until"
    case paid = "display.paid"
    case thankYou = "display.thank_you"
    case expired = "display.expired"
    case canceled = "display.canceled"
    /// `{size}` is replaced by the columns×rows needed.
    case tooSmall = "display.too_small"
    case needsUnicode = "display.needs_unicode"
}

/// The customer display's words in the customer's language, English when the language has no table.
public struct CustomerWords: Sendable, Hashable {
    /// The language the words are in (`en`, `lt`, `lv`, `et`, `pl`).
    public let language: String

    /// The words for `language` (an `experience.language` code such as `lt`, or a locale such as `lt_LT.UTF-8`).
    public init(language: String?) {
        let code = CustomerWords.code(language)
        self.language = CustomerWords.tables[code] == nil ? "en" : code
    }

    public subscript(_ phrase: CustomerPhrase) -> String {
        CustomerWords.tables[language]?[phrase] ?? CustomerWords.tables["en"]?[phrase] ?? phrase.rawValue
    }

    /// "Screen too small: need 60×20" in this language.
    public func tooSmall(columns: Int, rows: Int) -> String {
        self[.tooSmall].replacingOccurrences(of: "{size}", with: "\(columns)×\(rows)")
    }

    /// The languages with a table of their own.
    public static var languages: [String] { tables.keys.sorted() }

    /// Whether a language code or locale name (`lt`, `lt_LT.UTF-8`) names a language with a table of its own.
    public static func speaks(_ language: String) -> Bool { tables[code(language)] != nil }

    /// The two-letter language of a code or a locale name: `lt_LT.UTF-8` → `lt`.
    static func code(_ text: String?) -> String {
        String((text ?? "").lowercased().prefix { $0.isLetter }.prefix(2))
    }

    static let tables: [String: [CustomerPhrase: String]] = [
        "en": [
            .scanToPay: "Scan to pay", .toPay: "To pay", .validFor: "Valid for", .validUntil: "Valid until",
            .paid: "Paid", .thankYou: "Thank you!", .expired: "This payment link has expired",
            .canceled: "This payment was cancelled", .tooSmall: "Screen too small: need {size}",
            .needsUnicode: "This screen cannot draw the code",
        ],
        "lt": [
            .scanToPay: "Nuskenuokite ir sumokėkite", .toPay: "Mokėti", .validFor: "Galioja dar", .validUntil: "Galioja iki",
            .paid: "Apmokėta", .thankYou: "Ačiū!", .expired: "Mokėjimo nuoroda nebegalioja",
            .canceled: "Mokėjimas atšauktas", .tooSmall: "Ekranas per mažas: reikia {size}",
            .needsUnicode: "Šiame ekrane kodo parodyti negalima",
        ],
        "lv": [
            .scanToPay: "Noskenējiet, lai samaksātu", .toPay: "Jāmaksā", .validFor: "Derīgs vēl", .validUntil: "Derīgs līdz",
            .paid: "Samaksāts", .thankYou: "Paldies!", .expired: "Maksājuma saites derīgums ir beidzies",
            .canceled: "Maksājums ir atcelts", .tooSmall: "Ekrāns ir par mazu: vajag {size}",
            .needsUnicode: "Šajā ekrānā kodu nevar parādīt",
        ],
        "et": [
            .scanToPay: "Maksmiseks skannige kood", .toPay: "Tasuda", .validFor: "Kehtib veel", .validUntil: "Kehtib kuni",
            .paid: "Makstud", .thankYou: "Aitäh!", .expired: "Makselingi kehtivus on lõppenud",
            .canceled: "Makse on tühistatud", .tooSmall: "Ekraan on liiga väike: vaja {size}",
            .needsUnicode: "Sellel ekraanil ei saa koodi näidata",
        ],
        "pl": [
            .scanToPay: "Zeskanuj, aby zapłacić", .toPay: "Do zapłaty", .validFor: "Ważny jeszcze", .validUntil: "Ważny do",
            .paid: "Zapłacono", .thankYou: "Dziękujemy!", .expired: "Link do płatności wygasł",
            .canceled: "Płatność została anulowana", .tooSmall: "Ekran jest za mały: potrzeba {size}",
            .needsUnicode: "Na tym ekranie nie można wyświetlić kodu",
        ],
    ]
}
