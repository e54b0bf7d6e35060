import PaylinkCore

/// What one column of a batch file fills in: a field of the draft, the amount in minor units, or a metadata entry.
public enum BatchColumn: Sendable, Hashable {
    case field(FieldPath)
    case amountMinor
    case metadataEntry(String)

    /// The name problems are reported under: the API's dotted path.
    public var path: String {
        switch self {
        case .field(let field): field.rawValue
        case .amountMinor: "purchase.amount"
        case .metadataEntry(let key): "metadata.\(key)"
        }
    }

    /// `paylink create`'s option names, besides the API's dotted paths.
    static let optionNames: [String: BatchColumn] = [
        "order-id": .field(.orderID), "reference": .field(.reference), "currency": .field(.currency),
        "amount": .field(.amount), "amount-minor": .amountMinor, "language": .field(.language),
        "payment-flow": .field(.paymentFlow), "method": .field(.methodKey), "purpose": .field(.purpose),
        "country": .field(.countryCode), "payer-name": .field(.payerName), "payer-email": .field(.payerEmail),
    ]

    /// The column a header cell names (case and surrounding spaces aside), or nil when paylink knows none.
    public init?(header: String) {
        let name = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let field = FieldPath(rawValue: name) {
            self = .field(field)
        } else if let known = Self.optionNames[name] {
            self = known
        } else if name.hasPrefix("metadata."), name.count > "metadata.".count {
            // The key keeps the spelling of the file.
            let trimmed = header.trimmingCharacters(in: .whitespacesAndNewlines)
            self = .metadataEntry(String(trimmed.dropFirst("metadata.".count)))
        } else {
            return nil
        }
    }
}

/// The columns of a batch file, read from its header row.
public struct BatchColumns: Sendable {
    /// The language the file's amounts are read in.
    public var language: UILanguage = .en
    /// The header cells as written.
    public let names: [String]
    /// What each column fills in; nil for a column paylink does not know.
    public let columns: [BatchColumn?]

    public init(header: [String]) {
        names = header
        columns = header.map(BatchColumn.init(header:))
    }

    /// A problem of the file's columns or rows in the file's language.
    func say(_ problem: BatchSheetProblem) -> String { language.text(.notice(.batchSheet(problem))) }

    /// Problems with the header itself: unknown or repeated columns, missing required ones.
    public func problems(blank: LinkDraft) -> [BatchProblem] {
        var problems: [BatchProblem] = []
        if columns.allSatisfy({ $0 == nil }) {
            return [BatchProblem(row: 1, field: nil, message: say(.noKnownColumn))]
        }
        var seen: Set<BatchColumn> = []
        for (index, column) in columns.enumerated() {
            guard let column else {
                problems.append(BatchProblem(row: 1, field: nil, message: say(.unknownColumn(Self.quoted(names[index])))))
                continue
            }
            if !seen.insert(column).inserted || (column == .amountMinor && seen.contains(.field(.amount)))
                || (column == .field(.amount) && seen.contains(.amountMinor))
            {
                problems.append(BatchProblem(row: 1, field: column.path, message: say(.columnTwice)))
            }
        }
        func missing(_ field: FieldPath, _ problem: BatchSheetProblem) {
            problems.append(BatchProblem(row: 1, field: field.rawValue, message: say(problem)))
        }
        if !seen.contains(.field(.reference)) && !seen.contains(.field(.orderID)) {
            missing(.reference, .needsReference)
        }
        if !seen.contains(.field(.amount)) && !seen.contains(.amountMinor) {
            missing(.amount, .needsAmount)
        }
        if !seen.contains(.field(.name)) { missing(.name, .needsName) }
        if !seen.contains(.field(.language)) && blank.language.isEmpty {
            missing(.language, .needsLanguage)
        }
        return problems
    }

    /// The row's draft: the profile's blank draft with the row's cells on top.
    public func draft(_ cells: [String], blank: LinkDraft) -> (LinkDraft, [BatchProblem.Field]) {
        var draft = blank
        var problems: [BatchProblem.Field] = []
        var metadata: [String] = []
        var minor: String?
        for (index, column) in columns.enumerated() {
            guard let column, index < cells.count else { continue }
            let cell = cells[index]
            switch column {
            case .field(.metadata):
                if !cell.isEmpty { metadata.append(cell) }
            case .field(let field):
                // An empty cell keeps the profile's default, as an untouched form field would.
                if !cell.isEmpty || blank.value(of: field).isEmpty { draft.set(field, cell) }
            case .amountMinor:
                minor = cell
            case .metadataEntry(let key):
                if !cell.isEmpty { metadata.append("\(key)=\(cell)") }
            }
        }
        if !draft.orderID.trimmingCharacters(in: .whitespaces).isEmpty {
            draft.orderMode = .existing
            if !draft.reference.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(.init(field: FieldPath.reference.rawValue, message: say(.orderAndReference)))
            }
        } else {
            draft.orderMode = .new
        }
        if let minor, !minor.isEmpty {
            do throws(FieldError) {
                try draft.setAmount(minorUnits: minor)
            } catch {
                problems.append(.init(field: error.field.rawValue, message: error.message))
            }
        } else if !draft.amount.isEmpty {
            // Amounts are written as the file's people write them: 12,50 and 1 234,50 in Lithuanian.
            do throws(ValidationErrors) {
                try draft.readAmount(in: language)
            } catch {
                for problem in error.ordered { problems.append(.init(field: problem.field.rawValue, message: problem.message)) }
            }
        }
        draft.metadata = metadata.joined(separator: "\n")
        return (draft, problems)
    }

    static func quoted(_ text: String) -> String {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "“\(shown)”"
    }
}

/// One problem found before anything is sent: its row (1 is the header; nil for the file), field and message.
public struct BatchProblem: Sendable, Hashable, CustomStringConvertible {
    /// A field's problem within a row.
    public struct Field: Sendable, Hashable {
        public var field: String
        public var message: String
    }

    public var row: Int?
    public var field: String?
    public var message: String

    public init(row: Int?, field: String?, message: String) {
        self.row = row
        self.field = field
        self.message = message
    }

    /// `row 17, payer_information.email: …`
    public var description: String { text(language: .en) }

    /// The problem with its place in `language`: "eilutė 17, payer_information.email: …".
    public func text(language: UILanguage) -> String {
        let place = [row.map { language.text(.command(.rowPlace($0))) }, field].compactMap { $0 }.joined(separator: ", ")
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
