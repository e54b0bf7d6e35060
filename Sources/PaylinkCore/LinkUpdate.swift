import PayseraCheckout

/// A change to a link that exists: which fields may change, and the checks a change must pass before it is sent.
///
/// The command line, the edit form and the sandbox all ask this one type, so they agree on what a link may still change.
public struct LinkUpdate: Sendable, Hashable {
    /// The fields an active link may still change, in form order.
    public static let changeableFields: [FieldPath] = [.name, .lifetime, .payerName, .payerEmail, .purpose]
    /// The wire paths an update must not carry: they are fixed once the link is made.
    public static let fixedPaths = [
        "order_id", "experience", "purchase", "metadata", "payment_details.key", "payment_details.country_code",
    ]
    /// The message the API gives for a fixed path an update carried.
    public static let fixedMessage = "Cannot be changed on an existing link; make a new link instead."

    /// Whether a field may change on an existing link.
    public static func isChangeable(_ field: FieldPath) -> Bool { changeableFields.contains(field) }

    /// Why a link in this status cannot change, or nil when it can (only an active link changes).
    public static func refusal(status: LinkStatus?) -> String? {
        switch status {
        case .active?, nil: nil
        case let other?: "Only an active payment link can be changed; this one is \(other.rawValue)."
        }
    }

    /// New texts as typed; nil leaves a field as it is.
    public var name: String?
    public var purpose: String?
    public var payerName: String?
    public var payerEmail: String?
    /// A new lifetime counted from now ("2d", "never", seconds).
    public var lifetime: String?
    /// A duration added to the link's current expiry ("1d", "12h").
    public var extend: String?

    public init(
        name: String? = nil, purpose: String? = nil, payerName: String? = nil, payerEmail: String? = nil,
        lifetime: String? = nil, extend: String? = nil
    ) {
        self.name = name
        self.purpose = purpose
        self.payerName = payerName
        self.payerEmail = payerEmail
        self.lifetime = lifetime
        self.extend = extend
    }

    /// The changes between a link's draft and the same draft as edited; only changeable fields are read.
    public init(from original: LinkDraft, to edited: LinkDraft) {
        func changed(_ field: FieldPath) -> String? {
            TextChecks.trimmed(edited.value(of: field)) == TextChecks.trimmed(original.value(of: field))
                ? nil : edited.value(of: field)
        }
        self.init(
            name: changed(.name), purpose: changed(.purpose), payerName: changed(.payerName),
            payerEmail: changed(.payerEmail), lifetime: changed(.lifetime))
    }

    /// Whether nothing would change.
    public var isEmpty: Bool { self == LinkUpdate() }

    /// The request to send, judged field by field.
    ///
    /// - Parameters:
    ///   - expiresAt: the link's current expiry (Unix seconds; nil = never expires), needed by `extend`.
    ///   - now: the time the lifetime is counted from (Unix seconds).
    public func request(expiresAt: Int?, now: Int) throws(ValidationErrors) -> UpdatePaymentLinkRequest {
        var errors: [FieldPath: String] = [:]
        func take<T>(_ result: Result<T, FieldError>) -> T? {
            switch result {
            case .success(let value): return value
            case .failure(let error):
                errors[error.field] = error.message
                return nil
            }
        }
        /// An optional field given as empty would remove it, which an update cannot do.
        func kept(_ field: FieldPath, _ text: String?, _ rule: (String) -> Result<String?, FieldError>) -> String? {
            guard let text else { return nil }
            guard let value = take(rule(text)) else { return nil }
            guard let value else {
                errors[field] = UILanguage.en.text(.notRemovable(field))
                return nil
            }
            return value
        }
        var request = UpdatePaymentLinkRequest()
        if let name { request.name = take(FieldRules.name(name)) }
        if let purpose = kept(.purpose, purpose, FieldRules.purpose) { request.paymentDetails = PaymentDetails(purpose: purpose) }
        let payer = PayerInformation(
            name: kept(.payerName, payerName, FieldRules.payerName),
            email: kept(.payerEmail, payerEmail, FieldRules.payerEmail))
        if payer != PayerInformation() { request.payerInformation = payer }
        switch (lifetime, extend) {
        case (_?, _?):
            errors[.lifetime] = "Give either a new lifetime or an extension, not both"
        case (let text?, nil):
            request.lifetime = take(Lifetime.parse(text))
        case (nil, let text?):
            request.lifetime = take(Self.extended(by: text, expiresAt: expiresAt, now: now))
        case (nil, nil):
            break
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        guard request != UpdatePaymentLinkRequest() else {
            throw ValidationErrors([.name: "Nothing to change: give a new name, purpose, payer, lifetime or extension"])
        }
        return request
    }

    /// The lifetime from `now` that moves the expiry `text` later than `expiresAt`.
    static func extended(by text: String, expiresAt: Int?, now: Int) -> Result<Int, FieldError> {
        func refuse(_ message: String) -> Result<Int, FieldError> { .failure(FieldError(.lifetime, message)) }
        let typed = TextChecks.trimmed(text)
        if typed.isEmpty || typed.lowercased() == "never" { return refuse("Extension must be a duration such as 1d, 12h or 2d6h") }
        return Lifetime.parse(typed).flatMap { added in
            guard added > 0 else { return refuse("Extension must be longer than 0 seconds") }
            guard let expiresAt else { return refuse("This link never expires, so it can't be extended; give a lifetime instead") }
            let lifetime = max(expiresAt, now) - now + added
            guard lifetime <= Lifetime.maximumSeconds else {
                return refuse("Extended, the link would last more than 999 days from now (\(Lifetime.maximumSeconds) seconds)")
            }
            return .success(lifetime)
        }
    }
}
