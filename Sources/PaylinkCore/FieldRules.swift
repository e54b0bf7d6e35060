import Foundation
import PayseraCheckout

/// Field rules, each once, keyed by API path; used by the form, the command line, the prompts and the sandbox.
///
/// Each per-field function takes the text as typed and gives the normalised value or a `FieldError`
/// naming the field; optional fields give `nil` when left empty, meaning "leave it out of the request".
public enum FieldRules {
    /// The payment flows the API knows; the first is its default.
    public static let paymentFlows = ["paysera_checkout", "direct_payment"]
    /// Longest texts the API takes, counted in characters as a person sees them.
    public static let maximumNameLength = 255
    public static let maximumReferenceLength = 255
    public static let maximumPurposeLength = 255
    public static let maximumMethodKeyLength = 255
    public static let maximumPayerNameLength = 150
    public static let maximumEmailLength = 254
    public static let maximumMetadataLength = 255
    /// Longest redirect or callback URL an order takes.
    public static let maximumURLLength = 2048
    /// Punctuation an order reference may hold besides ASCII letters, digits and spaces.
    public static let referencePunctuation: Set<Character> = ["_", "/", "?", ":", "(", ")", ".", ",", "'", "+", "-"]

    private typealias Checked<T> = Result<T, FieldError>

    private static func fail<T>(_ field: FieldPath, _ message: Message) -> Checked<T> {
        .failure(FieldError(field, message))
    }

    /// Trims the text and refuses control characters; the common first step of every rule.
    private static func clean(_ field: FieldPath, _ text: String) -> Checked<String> {
        let typed = TextChecks.trimmed(text)
        return TextChecks.hasControl(typed) ? fail(field, TextChecks.controlMessage(field)) : .success(typed)
    }

    /// A required free-text field of at most `max` characters.
    private static func requiredText(_ field: FieldPath, _ text: String, max: Int) -> Checked<String> {
        clean(field, text).flatMap { typed in
            if typed.isEmpty { return fail(field, .required(field)) }
            if let long = TextChecks.lengthMessage(field, typed, max: max) { return fail(field, long) }
            return .success(typed)
        }
    }

    /// An optional free-text field of at most `max` characters; nil when empty.
    private static func optionalText(_ field: FieldPath, _ text: String, max: Int) -> Checked<String?> {
        clean(field, text).flatMap { typed in
            if typed.isEmpty { return .success(nil) }
            if let long = TextChecks.lengthMessage(field, typed, max: max) { return fail(field, long) }
            return .success(typed)
        }
    }

    // MARK: - One field at a time

    /// `order_id`: a UUID such as a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a; normalised to lower case.
    public static func orderID(_ text: String) -> Result<String, FieldError> {
        clean(.orderID, text).flatMap { typed in
            if typed.isEmpty { return fail(.orderID, .required(.orderID)) }
            guard isUUID(typed) else {
                return fail(.orderID, .orderIDNotUUID)
            }
            return .success(typed.lowercased())
        }
    }

    /// Whether the text is a UUID in its 8-4-4-4-12 hexadecimal form.
    public static func isUUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) && $0.allSatisfy(\.isASCII) }
    }

    /// `purchase.reference`: 1–255 characters of A–Z a–z 0–9 space _ / ? : ( ) . , ' + -.
    public static func reference(_ text: String) -> Result<String, FieldError> {
        requiredText(.reference, text, max: maximumReferenceLength).flatMap { typed in
            if let bad = typed.first(where: { !isReferenceCharacter($0) }) {
                return fail(.reference, .referenceCharacter(String(bad)))
            }
            return .success(typed)
        }
    }

    private static func isReferenceCharacter(_ c: Character) -> Bool {
        guard c.isASCII else { return false }
        return c.isLetter || c.isNumber || c == " " || referencePunctuation.contains(c)
    }

    /// `purchase.currency`: an ISO 4217 code, any case in, upper case out.
    public static func currency(_ text: String) -> Result<String, FieldError> {
        clean(.currency, text).flatMap { typed in
            if typed.isEmpty { return fail(.currency, .requiredSuchAs(.currency, example: "EUR")) }
            guard TextChecks.isASCIILetters(typed, count: 3) else {
                return fail(.currency, .currencyNotCode)
            }
            let code = typed.uppercased()
            guard ISOTables.currency(code) != nil else {
                return fail(.currency, .currencyUnknown(code))
            }
            return .success(code)
        }
    }

    /// `purchase.amount`: major units as typed, in the given currency, to minor units.
    public static func amount(_ text: String, currency: String, language: UILanguage = .en) -> Result<Int, FieldError> {
        Money.parse(text, currency: currency, language: language)
    }

    /// `name`: 1–255 characters.
    public static func name(_ text: String) -> Result<String, FieldError> {
        requiredText(.name, text, max: maximumNameLength)
    }

    /// `experience.language`: an ISO 639-1 code, any case in, lower case out.
    public static func language(_ text: String) -> Result<String, FieldError> {
        clean(.language, text).flatMap { typed in
            if typed.isEmpty { return fail(.language, .requiredSuchAs(.language, example: "en or lt")) }
            guard TextChecks.isASCIILetters(typed, count: 2) else {
                return fail(.language, .languageNotCode)
            }
            let code = typed.lowercased()
            guard ISOTables.languageName(code) != nil else {
                return fail(.language, .languageUnknown(code))
            }
            return .success(code)
        }
    }

    /// `experience.payment_flow`: `paysera_checkout` or `direct_payment`; nil when empty (the API's default).
    public static func paymentFlow(_ text: String) -> Result<String?, FieldError> {
        clean(.paymentFlow, text).flatMap { typed in
            if typed.isEmpty { return .success(nil) }
            let flow = typed.lowercased()
            guard paymentFlows.contains(flow) else {
                return fail(.paymentFlow, .paymentFlowUnknown)
            }
            return .success(flow)
        }
    }

    /// `lifetime`: seconds, or a duration such as 90m, 3d, 1d12h, never; nil when empty (the API's default, 3 days).
    public static func lifetime(_ text: String) -> Result<Int?, FieldError> {
        if TextChecks.trimmed(text).isEmpty { return .success(nil) }
        return Lifetime.parse(text).map { $0 }
    }

    /// `payment_details.key`: a method key of at most 255 characters; nil when empty.
    public static func methodKey(_ text: String) -> Result<String?, FieldError> {
        optionalText(.methodKey, text, max: maximumMethodKeyLength).flatMap { key in
            if let key, key.contains(where: \.isWhitespace) {
                return fail(.methodKey, .methodKeySpaces)
            }
            return .success(key)
        }
    }

    /// `payment_details.purpose`: at most 255 characters; nil when empty.
    public static func purpose(_ text: String) -> Result<String?, FieldError> {
        optionalText(.purpose, text, max: maximumPurposeLength)
    }

    /// `payment_details.country_code`: an ISO 3166-1 alpha-2 code, any case in, upper case out; nil when empty.
    public static func countryCode(_ text: String) -> Result<String?, FieldError> {
        clean(.countryCode, text).flatMap { typed in
            if typed.isEmpty { return .success(nil) }
            guard TextChecks.isASCIILetters(typed, count: 2) else {
                return fail(.countryCode, .countryNotCode)
            }
            let code = typed.uppercased()
            guard ISOTables.countryName(code) != nil else {
                return fail(.countryCode, .countryUnknown(code))
            }
            return .success(code)
        }
    }

    /// `payer_information.name`: at most 150 characters; nil when empty.
    public static func payerName(_ text: String) -> Result<String?, FieldError> {
        optionalText(.payerName, text, max: maximumPayerNameLength)
    }

    /// `payer_information.email`: a plausible address (local@domain.tld); nil when empty.
    public static func payerEmail(_ text: String) -> Result<String?, FieldError> {
        clean(.payerEmail, text).flatMap { typed in
            if typed.isEmpty { return .success(nil) }
            if let long = TextChecks.lengthMessage(.payerEmail, typed, max: maximumEmailLength) {
                return fail(.payerEmail, long)
            }
            guard isPlausibleEmail(typed) else {
                return fail(.payerEmail, .emailInvalid)
            }
            return .success(typed)
        }
    }

    /// Whether the text looks like an e-mail address: one @, no spaces, a dotted domain with a top-level part.
    public static func isPlausibleEmail(_ text: String) -> Bool {
        guard !TextChecks.hasControl(text), !text.contains(where: \.isWhitespace) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let local = parts[0], domain = parts[1]
        let forbidden: Set<Character> = ["\"", "(", ")", ",", ":", ";", "<", ">", "[", "]", "\\"]
        guard !local.isEmpty, local.count <= 64, !local.contains(where: forbidden.contains),
              local.first != ".", local.last != ".", !local.contains("..") else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }

    /// `metadata`: `key=value` entries separated by `;` or new lines; nil when empty.
    public static func metadata(_ text: String) -> Result<[String: String]?, FieldError> {
        let field = FieldPath.metadata
        // Line breaks separate entries here, so only the other control characters are refused.
        let controls = text.unicodeScalars.contains { TextChecks.isControl($0) && $0 != "\n" && $0 != "\r" }
        if controls { return fail(field, TextChecks.controlMessage(field)) }
        var entries: [String: String] = [:]
        let pieces = text.split(omittingEmptySubsequences: true) { $0 == ";" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for piece in pieces {
            let entry = TextChecks.trimmed(String(piece))
            if entry.isEmpty { continue }
            guard let equals = entry.firstIndex(of: "=") else {
                return fail(field, .metadataNeedsEquals(TextChecks.quoted(entry)))
            }
            let key = TextChecks.trimmed(String(entry[..<equals]))
            let value = TextChecks.trimmed(String(entry[entry.index(after: equals)...]))
            if key.isEmpty { return fail(field, .metadataNeedsKey(TextChecks.quoted(entry))) }
            if let message = metadataMessage(key: key, value: value) { return fail(field, message) }
            if entries[key] != nil { return fail(field, .metadataKeyTwice(TextChecks.quoted(key))) }
            entries[key] = value
        }
        return .success(entries.isEmpty ? nil : entries)
    }

    /// The size rules of one metadata entry, shared by the form and the wire check.
    static func metadataMessage(key: String, value: String) -> Message? {
        if key.isEmpty { return .metadataKeyEmpty }
        if TextChecks.hasControl(key) || TextChecks.hasControl(value) { return TextChecks.controlMessage(.metadata) }
        if key.count > maximumMetadataLength {
            return .metadataKeyTooLong(TextChecks.quoted(key), max: maximumMetadataLength, has: key.count)
        }
        if value.count > maximumMetadataLength {
            return .metadataValueTooLong(TextChecks.quoted(key), max: maximumMetadataLength, has: value.count)
        }
        return nil
    }

    /// A method must be named when the flow goes straight to it.
    static func directPaymentMessage(flow: String?, key: String?) -> Message? {
        flow == "direct_payment" && key == nil ? .directPaymentNeedsMethod : nil
    }

    // MARK: - One field of a draft

    /// The message for one field of a draft, or nil when it is fine (inactive fields are not judged).
    public static func validate(_ field: FieldPath, in draft: LinkDraft, language: UILanguage = .en) -> String? {
        guard draft.activeFields.contains(field) else { return nil }
        return reason(field, in: draft, language: language).map(language.text)
    }

    /// What is wrong with one field of a draft whether or not the order mode uses it; amounts read in `language`.
    static func reason(_ field: FieldPath, in draft: LinkDraft, language: UILanguage = .en) -> Message? {
        let text = draft.value(of: field)
        switch field {
        case .orderID: return orderID(text).failureReason
        case .reference: return reference(text).failureReason
        case .currency: return currency(text).failureReason
        case .amount: return amount(text, currency: draft.currency, language: language).failureReason
        case .name: return name(text).failureReason
        case .language: return self.language(text).failureReason
        case .paymentFlow: return paymentFlow(text).failureReason
        case .lifetime: return lifetime(text).failureReason
        case .methodKey:
            switch methodKey(text) {
            case .failure(let error): return error.reason
            case .success(let key):
                let flow = (try? paymentFlow(draft.paymentFlow).get()) ?? nil
                return directPaymentMessage(flow: flow, key: key)
            }
        case .purpose: return purpose(text).failureReason
        case .countryCode: return countryCode(text).failureReason
        case .payerName: return payerName(text).failureReason
        case .payerEmail: return payerEmail(text).failureReason
        case .metadata: return metadata(text).failureReason
        case .successURL, .failureURL, .cancelURL, .callbackURL: return orderURL(field, text).failureReason
        }
    }

    // MARK: - Wire values, as the sandbox receives them

    /// Rules over wire values, as the sandbox receives them: API path → messages.
    public static func check(_ request: CreatePaymentLinkRequest) -> [String: [String]] {
        var found = Findings()
        found.add(.orderID, orderID(request.orderID).failureMessage)
        found.add(.name, name(request.name).failureMessage)
        found.add(.language, language(request.experience.language ?? "").failureMessage)
        if let flow = request.experience.paymentFlow {
            found.add(.paymentFlow, wirePresent(.paymentFlow, paymentFlow(flow)))
        }
        let amount = request.purchase.amount.value
        if amount <= 0 {
            found.add(.amount, "Amount must be greater than 0")
        } else if amount > Money.maximumMinor {
            found.add(.amount, "Amount must be at most \(Money.maximumMinor) in minor units")
        }
        if let lifetime = request.lifetime {
            if lifetime < 0 {
                found.add(.lifetime, "Lifetime can't be negative")
            } else if lifetime > Lifetime.maximumSeconds {
                found.add(.lifetime, "Lifetime must be at most 999 days (\(Lifetime.maximumSeconds) seconds)")
            }
        }
        if let details = request.paymentDetails {
            if let key = details.key { found.add(.methodKey, wirePresent(.methodKey, methodKey(key))) }
            if let purpose = details.purpose { found.add(.purpose, self.purpose(purpose).failureMessage) }
            if let country = details.countryCode {
                found.add(.countryCode, wirePresent(.countryCode, countryCode(country)))
            }
        }
        let flow = request.experience.paymentFlow.flatMap { try? paymentFlow($0).get() }
        let key = request.paymentDetails?.key.flatMap { try? methodKey($0).get() }
        if found.messages[FieldPath.methodKey.rawValue] == nil {
            found.add(.methodKey, directPaymentMessage(flow: flow, key: key).map(UILanguage.en.text))
        }
        if let payer = request.payerInformation {
            if let name = payer.name { found.add(.payerName, payerName(name).failureMessage) }
            if let email = payer.email { found.add(.payerEmail, wirePresent(.payerEmail, payerEmail(email))) }
        }
        found.addMetadata("metadata", request.metadata)
        return found.messages
    }

    /// Rules over an order request's wire values.
    public static func check(_ request: CreateOrderRequest) -> [String: [String]] {
        var found = Findings()
        found.add(.reference, reference(request.purchase.reference).failureMessage)
        let code = currency(request.purchase.currency)
        found.add(.currency, code.failureMessage)
        let amount = request.purchase.amount.value
        let known = (try? code.get()).map { $0 }
        let zero = known.map { Money.text(minor: 0, currency: $0, language: .en) } ?? "0"
        if amount <= 0 {
            found.add(.amount, "Amount must be greater than \(zero)")
        } else if amount > Money.maximumMinor {
            let most = known.map { Money.text(minor: Money.maximumMinor, currency: $0, language: .en) } ?? "\(Money.maximumMinor) in minor units"
            found.add(.amount, "Amount must be at most \(most)")
        }
        if let urls = request.redirectURLs {
            found.addURL(.successURL, urls.successURL)
            found.addURL(.failureURL, urls.failureURL)
            found.addURL(.cancelURL, urls.cancelURL)
            found.addURL(.callbackURL, urls.callbackURL)
        }
        if let project = request.projectID, !isUUID(project) {
            found.add("project_id", "Project ID must be a UUID")
        }
        found.addMetadata("metadata", request.metadata)
        found.addMetadata("merchant_data", request.merchantData)
        return found.messages
    }

    /// A wire value that is present must pass its rule and must not be empty.
    private static func wirePresent<T>(_ field: FieldPath, _ result: Result<T?, FieldError>) -> String? {
        switch result {
        case .failure(let error): return error.message
        case .success(nil): return UILanguage.en.text(.emptyWhenGiven(field))
        case .success: return nil
        }
    }

    /// Whether a URL may be given to an order: https (http only to this machine), with a host, at most 2048 characters.
    public static func isAcceptableURL(_ text: String) -> Bool {
        guard text.count <= maximumURLLength, !TextChecks.hasControl(text), !text.contains(where: \.isWhitespace),
              let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = url.host, !host.isEmpty else { return false }
        return scheme == "https" || isLoopback(host: host)
    }

    /// Plain http is fine only for a shop on this machine (tests, development).
    static func isLoopback(host: String) -> Bool {
        let bare = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return bare == "localhost" || bare.hasSuffix(".localhost") || bare == "::1" || bare.hasPrefix("127.")
    }

    /// The sentence for a refused order address.
    public static func urlMessage(_ label: String) -> String {
        "\(label) must be an https address (http only for 127.0.0.1 or localhost) of at most \(maximumURLLength) characters"
    }

    /// The refusal of an order address, in a language.
    static func urlReason(_ field: FieldPath) -> Message { .urlRefused(field, max: maximumURLLength) }

    /// One of an order's addresses as typed: nil when empty.
    public static func orderURL(_ field: FieldPath, _ text: String) -> Result<String?, FieldError> {
        let typed = TextChecks.trimmed(text)
        if typed.isEmpty { return .success(nil) }
        return isAcceptableURL(typed) ? .success(typed) : .failure(FieldError(field, urlReason(field)))
    }

    /// Messages gathered per API path.
    private struct Findings {
        var messages: [String: [String]] = [:]

        mutating func add(_ field: FieldPath, _ message: String?) { add(field.rawValue, message) }

        mutating func add(_ path: String, _ message: String?) {
            if let message { messages[path, default: []].append(message) }
        }

        mutating func addURL(_ field: FieldPath, _ value: String?) {
            if let value, !FieldRules.isAcceptableURL(value) {
                add(field, FieldRules.urlMessage(field.label))
            }
        }

        mutating func addMetadata(_ path: String, _ entries: [String: String]?) {
            for (key, value) in (entries ?? [:]).sorted(by: { $0.key < $1.key }) {
                add(path, FieldRules.metadataMessage(key: key, value: value).map(UILanguage.en.text))
            }
        }
    }
}

extension Result where Failure == FieldError {
    /// The refusal sentence, or nil when the value was accepted.
    public var failureMessage: String? {
        if case .failure(let error) = self { return error.message }
        return nil
    }

    /// What the refusal says, to be said in any language; nil when the value was accepted.
    public var failureReason: Message? {
        if case .failure(let error) = self { return error.reason }
        return nil
    }
}
