import Foundation
import PaylinkCore
import PayseraCheckout

/// One focusable row of the form.
public enum FormItem: Hashable, Sendable {
    case orderMode
    case field(FieldPath)
    case create
}

/// A titled group of form rows.
public struct FormGroup: Sendable, Hashable {
    public var title: UIWord
    public var items: [FormItem]
}

/// Where the payment methods list stands.
public enum MethodsState: Sendable, Hashable {
    case idle
    case loading(key: String)
    case loaded(key: String, [PaymentMethod])
    case failed(key: String, String)
}

/// An open picker list: what is typed to filter it and which row is chosen.
public struct PickerState: Sendable, Hashable {
    public var field: FieldPath
    public var filter: TextInput
    public var selected: Int = 0
}

/// One choice in a picker: the value stored in the field and the words shown beside it.
public struct PickerOption: Sendable, Hashable {
    public var value: String
    public var name: String
}

/// The form: the draft being typed, focus, which fields were left, and errors from the server.
public struct FormState: Sendable, Hashable {
    public var draft: LinkDraft
    public var focus: FormItem = .field(.amount)
    /// The focused field's text and cursor (other fields keep only their text in the draft).
    public var input = TextInput("")
    /// Fields the person has left at least once: their errors show.
    public var touched: Set<FieldPath> = []
    public var submitTried = false
    /// Messages the API gave in `error_properties`, until the field is edited.
    public var serverErrors: [FieldPath: String] = [:]
    public var picker: PickerState?
    public var methods: MethodsState = .idle
    public var sending = false
    /// Set when the form changes a link that exists instead of making one: only changeable fields take focus.
    public var editing: LinkEditing?

    public init(draft: LinkDraft) {
        self.draft = draft
        focus = FormState.firstFocus(for: draft)
        loadInput()
    }

    /// New forms start on the first empty required field, else on the amount.
    static func firstFocus(for draft: LinkDraft) -> FormItem {
        let order = FormState.groups(for: draft).flatMap(\.items)
        for item in order {
            if case .field(let f) = item, draft.isRequired(f), draft.value(of: f).isEmpty { return item }
        }
        return .create
    }

    /// The form's layout: Order, Payment, Payer, More (a new order's URLs last), then the Create button.
    public static func groups(for draft: LinkDraft) -> [FormGroup] {
        let orderField: FieldPath = draft.orderMode == .existing ? .orderID : .reference
        var groups = [
            FormGroup(title: .groupOrder, items: [.orderMode, .field(orderField), .field(.currency)]),
            FormGroup(title: .groupPayment, items: [.field(.amount), .field(.name), .field(.language), .field(.lifetime)]),
            FormGroup(title: .groupPayer, items: [.field(.payerName), .field(.payerEmail)]),
            FormGroup(title: .groupMore, items: [.field(.paymentFlow), .field(.methodKey), .field(.countryCode), .field(.purpose), .field(.metadata)]),
        ]
        // The addresses belong to the order being made: an existing order keeps the ones it has.
        if draft.orderMode == .new { groups[3].items += FieldPath.orderURLs.map(FormItem.field) }
        let placed = Set(groups.flatMap(\.items))
        let rest = draft.activeFields.map(FormItem.field).filter { !placed.contains($0) }
        groups[3].items += rest
        return groups
    }

    /// Focus order: every row from top to bottom.
    public var items: [FormItem] {
        let all = FormState.groups(for: draft).flatMap(\.items) + [.create]
        return editing == nil ? all : all.filter(LinkEditing.takesFocus)
    }

    public var focusedField: FieldPath? {
        if case .field(let f) = focus { return f }
        return nil
    }

    /// Copies the focused field's text into the editor, cursor at the end.
    mutating func loadInput() {
        input = TextInput(focusedField.map { draft.value(of: $0) } ?? "")
    }

    /// Writes the editor's text back into the draft.
    mutating func storeInput() {
        guard let f = focusedField else { return }
        let text = input.text
        if draft.value(of: f) != text {
            draft.set(f, text)
            serverErrors[f] = nil
        }
    }

    /// Moves focus, marking the field left as touched.
    public mutating func moveFocus(to item: FormItem) {
        storeInput()
        if let f = focusedField, item != focus { touched.insert(f) }
        picker = nil
        focus = item
        loadInput()
    }

    mutating func move(by step: Int) {
        let all = items
        guard let i = all.firstIndex(of: focus) else { moveFocus(to: all.first ?? .create); return }
        moveFocus(to: all[(i + step + all.count) % all.count])
    }

    /// The message shown under a field now, if any (server errors first, rules once the field was left).
    public func error(for field: FieldPath, language: UILanguage = .en) -> String? {
        if let server = serverErrors[field] { return server }
        guard touched.contains(field) || submitTried else { return nil }
        return FieldRules.validate(field, in: draft, language: language)
    }

    /// Every field with a message now, in form order.
    func errorFields(_ language: UILanguage) -> [FieldPath] {
        items.compactMap { item in
            guard case .field(let f) = item else { return nil }
            return serverErrors[f] != nil || FieldRules.validate(f, in: draft, language: language) != nil ? f : nil
        }
    }

    /// Whether a field chooses from a list.
    public static func isPicker(_ field: FieldPath) -> Bool {
        [.currency, .language, .countryCode, .methodKey].contains(field)
    }

    /// Whether ctrl-o offers a list for a field: the pickers, and the lifetime (typed freely, with plain choices).
    public static func offersList(_ field: FieldPath) -> Bool { isPicker(field) || field == .lifetime }

    /// Whether a field has a few fixed values, switched with space or the arrows rather than typed.
    public static func isChoice(_ field: FieldPath) -> Bool { field == .paymentFlow }

    /// The amount and currency as the methods list is asked for; the key names one request.
    var methodsQuery: (amount: Int?, currency: String?, key: String) {
        let currency = (try? FieldRules.currency(draft.currency).get())
        let amount = currency.flatMap { try? FieldRules.amount(draft.amount, currency: $0).get() }
        return (amount, currency, "\(amount.map(String.init) ?? "-") \(currency ?? "-")")
    }

    /// The choices a picker offers for what is typed in its filter.
    public func options(for field: FieldPath, filter: String, language: UILanguage = .en) -> [PickerOption] {
        switch field {
        case .language:
            return ISOTables.searchLanguages(filter).map { PickerOption(value: $0.code, name: language.languageName($0.code) ?? $0.name) }
        case .countryCode:
            return ISOTables.searchCountries(filter).map { PickerOption(value: $0.code, name: language.countryName($0.code) ?? $0.name) }
        case .currency:
            return ISOTables.searchCurrencies(filter).map { PickerOption(value: $0.code, name: language.currencyName($0.code) ?? $0.name) }
        case .paymentFlow:
            let all = [
                PickerOption(value: "paysera_checkout", name: language.text(.ui(.flowPaysera))),
                PickerOption(value: "direct_payment", name: language.text(.ui(.flowDirect))),
            ].filter { FieldRules.paymentFlows.contains($0.value) }
            return filtered(all, by: filter)
        case .lifetime:
            // Plain choices, so nobody has to guess whether "1m" is a minute or a month; anything else may be typed.
            let all: [(String, Message)] = [
                ("1h", .hours(1)), ("1d", .days(1)), ("3d", .days(3)), ("1w", .weeks(1)), ("30d", .days(30)), ("never", .ui(.neverExpires)),
            ]
            return filtered(all.map { PickerOption(value: $0.0, name: language.text($0.1)) }, by: filter)
        case .methodKey:
            guard case .loaded(_, let methods) = self.methods else { return [] }
            let country = draft.countryCode.trimmingCharacters(in: .whitespaces).uppercased()
            let shown = methods.filter { m in
                country.isEmpty || m.availableCountries == nil || m.availableCountries?.contains(where: { $0.uppercased() == country }) == true
            }
            let options = shown.map {
                PickerOption(value: TerminalText.sanitize($0.key), name: TerminalText.sanitize($0.title ?? $0.type ?? ""))
            }
            return filtered(options, by: filter)
        default:
            return []
        }
    }

    private func filtered(_ options: [PickerOption], by filter: String) -> [PickerOption] {
        let typed = filter.trimmingCharacters(in: .whitespaces).lowercased()
        guard !typed.isEmpty else { return options }
        let starts = options.filter { $0.value.lowercased().hasPrefix(typed) }
        let contains = options.filter {
            !$0.value.lowercased().hasPrefix(typed) && ($0.value.lowercased().contains(typed) || $0.name.lowercased().contains(typed))
        }
        return starts + contains
    }

    /// The words shown beside a field's value: the language's name, the lifetime's meaning …
    public func hint(for field: FieldPath, now: Date, timeZone: TimeZone, language: UILanguage = .en) -> String? {
        let value = field == focusedField ? input.text : draft.value(of: field)
        let trimmed = TerminalText.trimmedSpaces(value)
        switch field {
        case .language: return language.languageName(trimmed) ?? ISOTables.languageName(trimmed)
        case .countryCode: return language.countryName(trimmed) ?? ISOTables.countryName(trimmed)
        case .currency: return language.currencyName(trimmed) ?? ISOTables.currency(trimmed)?.name
        case .amount: return ISOTables.currency(draft.currency.trimmingCharacters(in: .whitespaces))?.code ?? draft.currency
        case .lifetime:
            guard case .success(let seconds) = Lifetime.parse(trimmed.isEmpty ? "3d" : trimmed) else { return nil }
            if seconds == 0 { return language.text(.ui(.neverExpires)) }
            let when = FormState.expiryText(now.addingTimeInterval(TimeInterval(seconds)), now: now, timeZone: timeZone, language: language)
            let expires = language.text(.expiresOn(when))
            // "m" is minutes here, though many read it as months: the field says which it took.
            let letters = trimmed.lowercased().split { !$0.isLetter }
            return letters.contains("m") ? Lifetime.words(seconds: seconds, language: language) + ", " + expires : expires
        case .methodKey:
            switch methods {
            case .idle: return nil
            case .loading: return language.text(.ui(.loading))
            case .failed(_, let message): return language.text(.couldNotLoad(message))
            case .loaded:
                if let match = options(for: .methodKey, filter: "").first(where: { $0.value == trimmed }) { return match.name }
                return nil
            }
        case .paymentFlow:
            return options(for: .paymentFlow, filter: "", language: language).first(where: { $0.value == trimmed })?.name
        default:
            return nil
        }
    }

    /// "Sat 28 Nov 14:02" (the year added when it is not this year's).
    static func expiryText(_ date: Date, now: Date, timeZone: TimeZone, language: UILanguage = .en) -> String {
        language.dateTime(date, now: now, timeZone: timeZone)
    }
}
