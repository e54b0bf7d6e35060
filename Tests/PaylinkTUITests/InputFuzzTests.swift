import Foundation
@testable import PaylinkCore
import PaylinkStore
@testable import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

// Seeded random events through `TerminalProgram.update` and `view`, the path the real loop takes, with the
// screen's promises checked after every event. PAYLINK_FUZZ_SEED and PAYLINK_FUZZ_STEPS choose the run;
// PAYLINK_FUZZ_TRACE=1 prints every event before it is applied, to find the step a crash happens at.

// MARK: - Reproducible randomness

/// The run's seed and length, from the environment when given.
enum FuzzSettings {
    static let defaultSeed: UInt64 = 20_260_519
    static let defaultSteps = 100_000
    /// The steps are shared between this many test cases, which swift-testing runs in parallel.
    static let shares = 4

    static let seed: UInt64 = {
        guard let text = ProcessInfo.processInfo.environment["PAYLINK_FUZZ_SEED"] else { return defaultSeed }
        if text.hasPrefix("0x") { return UInt64(text.dropFirst(2), radix: 16) ?? defaultSeed }
        return UInt64(text) ?? defaultSeed
    }()

    static let steps: Int =
        ProcessInfo.processInfo.environment["PAYLINK_FUZZ_STEPS"].flatMap { Int($0) }.map { max(0, $0) } ?? defaultSteps

    static let trace = ProcessInfo.processInfo.environment["PAYLINK_FUZZ_TRACE"] == "1"
}

// MARK: - Random text

/// Text a person might type or paste, and text a server might send.
enum FuzzText {
    static let ascii: [Character] = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }

    /// Accents, wide CJK, combining marks on their own, emoji and their sequences, controls and escape sequences.
    static let unusual: [String] = [
        "é", "ü", "ñ", "Ž", "ą", "ø", "ß", "e\u{301}", "a\u{308}\u{323}", "\u{301}", "\u{308}", "\u{20DD}",
        "東", "京", "한", "글", "あ", "ｱ", "Ａ", "中文", "\u{1100}\u{1161}\u{11A8}", "\u{1160}", "𝔘",
        "🎉", "😀", "👍🏽", "❤", "❤\u{FE0F}", "\u{FE0F}", "🇱🇹", "🇱", "🇹", "👩‍👩‍👧", "👨‍💻", "\u{200D}", "🏳️‍🌈",
        "\u{0}", "\u{7}", "\u{8}", "\t", "\n", "\r", "\r\n", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{9C}",
        "\u{1B}[31m", "\u{1B}[2J", "\u{1B}]0;title\u{7}", "\u{1B}]52;c;aGk=\u{1B}\\", "\u{1B}[200~", "\u{1B}[201~",
        "\u{1B}c", "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}", "\u{AD}", "\u{FFFD}", "\u{E000}",
    ]

    /// Words that make fields valid or nearly so.
    static let words = [
        "ORDER-1", "INV/2024 (a)", "25.00", "0", "1,5", "EUR", "usd", "en", "lt", "LT", "3d", "90m", "never",
        "name@example.com", "shop=12; desk=3", "key=value", "Leather wallet", "card-payment", "direct_payment",
    ]

    /// One typed character: mostly printable ASCII, else a piece of an unusual string.
    static func character(_ rng: inout SplitMix64) -> Character {
        if rng.chance(60) { return rng.pick(ascii) }
        return rng.pick(Array(rng.pick(unusual)))
    }

    /// Random text of about `length` scalars.
    static func text(_ rng: inout SplitMix64, length: Int) -> String {
        var s = ""
        var scalars = 0
        while scalars < length {
            let piece: String
            switch rng.below(10) {
            case 0..<6: piece = String(rng.pick(ascii))
            case 6: piece = " "
            case 7: piece = rng.pick(words)
            default: piece = rng.pick(unusual)
            }
            s += piece
            scalars += piece.unicodeScalars.count
        }
        return s
    }

    /// Short text most of the time, now and then long.
    static func anyText(_ rng: inout SplitMix64) -> String {
        let lengths = [0, 1, 3, 8, 20, 40, 120, 600]
        return text(&rng, length: rng.pick(lengths))
    }

    /// What a bracketed paste brings: a line, several lines, escapes, up to a few thousand characters.
    static func paste(_ rng: inout SplitMix64) -> String {
        switch rng.below(6) {
        case 0: return rng.pick(words)
        case 1: return (0..<rng.int(2...6)).map { _ in text(&rng, length: rng.int(0...30)) }.joined(separator: rng.pick(["\n", "\r\n", "\r"]))
        case 2: return text(&rng, length: rng.int(200...3000))
        default: return text(&rng, length: rng.int(0...60))
        }
    }
}

// MARK: - A history to page through

/// The history the list reads, held in memory and answered like the store would (newest first, keyset pages).
struct FakeHistory {
    var records: [HistoryRecord] = []

    init(count: Int, now: Date, rng: inout SplitMix64) {
        for i in 0..<count {
            let id = Int64(count - i)
            let state = rng.chance(80) ? AttemptState.created : rng.pick(AttemptState.allCases)
            // Now and then a date as a broken API can make it (created_at 2^63 − 1), kept by the store as it came.
            let created = rng.chance(2) ? Date(timeIntervalSince1970: TimeInterval(rng.pick([Int.max, Int.min, 1 << 40])))
                : now.addingTimeInterval(-Double(rng.int(0...5_000_000)))
            let lifetime = rng.pick([259_200, 3600, 0, 86_313_600])
            var record = HistoryRecord(
                id: id, profile: "sandbox", name: OutsideWorld.text(&rng), createdAt: created, state: state)
            if state == .created {
                record.linkID = "link-\(id)"
                record.orderID = "order-\(id)"
                record.paymentURL = rng.chance(95) ? OutsideWorld.url(&rng, lengths: [8, 40, 40, 40, 200, 3000]) : nil
                record.status = rng.pick([.active, .active, .completed, .expired, .canceled, .other(OutsideWorld.text(&rng))])
            }
            record.amount = rng.chance(90) ? OutsideWorld.amount(&rng) : nil
            record.currency = rng.pick(["EUR", "JPY", "KWD", "", "x\u{1B}[1m"])
            record.payerName = rng.chance(50) ? OutsideWorld.text(&rng) : nil
            record.payerEmail = rng.chance(50) ? "payer\(id)@example.com" : nil
            record.lifetime = lifetime
            record.expiresAt = lifetime == 0 ? nil
                : rng.chance(2) ? Date(timeIntervalSince1970: TimeInterval(Int.max)) : created.addingTimeInterval(Double(lifetime))
            records.append(record)
        }
    }

    /// The page a request asks for.
    func page(_ request: HistoryPageRequest, now: Date) -> HistoryPage {
        var rows = records.filter { record in
            switch request.filter {
            case .all: true
            case .status(let status): record.state == .created && record.effectiveStatus(at: now) == status
            case .state(let state): record.state == state
            case .unresolved: record.state.isUnresolved
            case .batch(let id): record.batchID == id
            }
        }
        if let search = request.search?.lowercased() { rows = rows.filter { $0.name.lowercased().contains(search) } }
        if let after = request.after { rows = rows.filter { ($0.id ?? 0) < after.id } }
        return HistoryPage(generation: request.generation, index: request.index, rows: Array(rows.prefix(request.limit)))
    }
}

// MARK: - Answers from outside

/// Plausible, and now and then hostile, data from the API, the clipboard and the store.
enum OutsideWorld {
    /// Server text: mostly ordinary words, sometimes anything.
    static func text(_ rng: inout SplitMix64) -> String {
        rng.chance(70) ? rng.pick(["Leather wallet", "Order #1", "Ąžuolas", "東京 shop", "", "Payer"]) : FuzzText.anyText(&rng)
    }

    static let urlCharacters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")

    static func url(_ rng: inout SplitMix64, lengths: [Int] = [8, 40, 40, 200, 1200, 3000]) -> String {
        let length = rng.pick(lengths)
        var tail = String((0..<length).map { _ in rng.pick(urlCharacters) })
        if rng.chance(10) { tail += rng.pick(FuzzText.unusual) + FuzzText.anyText(&rng) }
        return rng.chance(3) ? "" : "https://sandbox.local/pay/" + tail
    }

    static func amount(_ rng: inout SplitMix64) -> Int {
        rng.chance(95) ? rng.int(1...500_000) : rng.pick([0, -1, Int(Int32.max), Int.max, Int.min])
    }

    /// Unix seconds near `now`, or nonsense now and then.
    static func seconds(near now: Date, _ rng: inout SplitMix64) -> Int? {
        let base = Int(now.timeIntervalSince1970)
        switch rng.below(20) {
        case 0: return nil
        case 1: return rng.pick([0, -1, 1 << 40, Int(Int32.max), -(1 << 40), Int.max, Int.min])
        default: return base + rng.int(-400_000...400_000)
        }
    }

    static func link(id: String, now: Date, status: LinkStatus? = nil, _ rng: inout SplitMix64) -> PaymentLink {
        let lifetime: Int? = rng.pick([259_200, 3600, 60, 0, nil, 86_313_600, -5])
        let created = OutsideWorld.seconds(near: now, &rng)
        var expired = created.map { $0 &+ max(0, lifetime ?? 259_200) }
        if lifetime == 0 || rng.chance(5) { expired = rng.chance(50) ? nil : OutsideWorld.seconds(near: now, &rng) }
        let statuses: [LinkStatus?] = [.active, .active, .completed, .expired, .canceled, nil, .other(OutsideWorld.text(&rng))]
        return PaymentLink(
            linkID: id, orderID: rng.chance(90) ? "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a" : OutsideWorld.text(&rng),
            paymentURL: OutsideWorld.url(&rng), name: rng.chance(90) ? OutsideWorld.text(&rng) : nil,
            experience: Experience(language: rng.pick(["en", "lt", nil, "x\u{7}"]), paymentFlow: rng.pick(["paysera_checkout", nil, "direct_payment", "odd"])),
            paymentDetails: rng.chance(30) ? PaymentDetails(key: rng.pick(["card-payment", "with space", nil]), purpose: OutsideWorld.text(&rng), countryCode: rng.pick(["LT", "xx", nil])) : nil,
            purchase: rng.chance(90) ? LinkPurchase(amount: amount(&rng)) : nil,
            payerInformation: rng.chance(30) ? PayerInformation(name: OutsideWorld.text(&rng), email: rng.pick(["a@b.lt", "bad", nil])) : nil,
            metadata: rng.chance(20) ? [OutsideWorld.text(&rng): OutsideWorld.text(&rng), "shop": "1;2"] : nil,
            lifetime: lifetime, status: status ?? rng.pick(statuses), createdAt: created, expiredAt: expired,
            updatedAt: OutsideWorld.seconds(near: now, &rng))
    }

    static func methods(_ rng: inout SplitMix64) -> [PaymentMethod] {
        (0..<rng.pick([0, 1, 3, 12, 40])).map { i in
            PaymentMethod(
                key: rng.chance(80) ? rng.pick(["card-payment", "swedbank", "seb", "nordea", "paypal"]) + "\(i)" : OutsideWorld.text(&rng),
                title: rng.chance(90) ? OutsideWorld.text(&rng) : nil, type: rng.chance(50) ? "bank" : nil,
                availableCountries: rng.pick([nil, ["LT"], ["LT", "LV", "EE"], ["FI"], []]))
        }
    }

    static func summary(_ rng: inout SplitMix64) -> ReconcileReport {
        reconcileReport(adopted: rng.below(3), notCreated: rng.below(3), stillUnknown: rng.below(3), inFlight: rng.below(2))
    }

    /// Field errors as the API's `error_properties` name them.
    static func fieldErrors(_ rng: inout SplitMix64) -> [FieldPath: String] {
        var errors: [FieldPath: String] = [:]
        for _ in 0..<rng.int(0...3) { errors[rng.pick(FieldPath.allCases)] = OutsideWorld.text(&rng) }
        return errors
    }
}

// MARK: - What the screen promises

/// The checks made after every event; each returns what is wrong, or nil.
enum ScreenPromises {
    /// Where the form's field boxes start (`TerminalProgram.inputColumn`); labels start at column 4.
    static func inputColumn(_ state: AppState) -> Int { TerminalProgram.inputColumn(state.language) }
    /// Where the history's search box starts, after "/ ".
    static let searchColumn = 3
    /// Where the batch screen's file prompt starts, after "CSV file: ".
    static func batchPathColumn(_ state: AppState) -> Int { 2 + TextWidth.of(state.text(.ui(.batchCSVFile))) }

    /// The text of cells `from..<to` of a row; `trimmed` leaves out the blank cells at its end.
    static func text(_ frame: ScreenBuffer, row: Int, from: Int, to: Int, trimmed: Bool = false) -> String {
        let cells = frame.cells
        let base = row * frame.width
        let start = max(0, from)
        var end = min(frame.width, max(start, to))
        while trimmed, end > start, cells[base + end - 1].char == " " { end -= 1 }
        var s = ""
        for col in start..<end {
            if let ch = cells[base + col].char { s.append(ch) }
        }
        return s
    }

    /// The text as cells show it: characters of no width (controls, lone marks) take no cell.
    static func drawn(_ s: String) -> String {
        s.filter { ch in
            if let ascii = ch.asciiValue { return ascii >= 0x20 && ascii != 0x7F }
            return TerminalText.displayWidth(of: ch) > 0
        }
    }

    /// Every row fits the width: each cell's character is as wide as the cell says, wide ones keep their right half.
    ///
    /// The backend writes every cell at its own position, so a row is as wide as its cells: each must be what its
    /// character takes on a terminal, and a wide one must have its right half inside the row.
    static func geometry(_ frame: ScreenBuffer, _ state: AppState) -> String? {
        guard frame.width == max(0, state.width), frame.height == max(0, state.height), frame.cells.count == frame.width * frame.height else {
            return "frame is \(frame.width)×\(frame.height) on a \(state.width)×\(state.height) terminal"
        }
        let cells = frame.cells
        // Rules, bars and QR codes repeat one character along a row: it is measured once.
        var last: (ch: Character, width: Int)?
        for row in 0..<frame.height {
            let base = row * frame.width
            var col = 0
            while col < frame.width {
                let cell = cells[base + col]
                guard cell.width == 1 || cell.width == 2, let ch = cell.char else {
                    return "row \(row) col \(col): half of a wide character without its left half"
                }
                let width: Int
                if let ascii = ch.asciiValue, ascii >= 0x20, ascii < 0x7F {
                    width = 1
                } else if let last, last.ch == ch {
                    width = last.width
                } else {
                    if ch.unicodeScalars.contains(where: TextChecks.isControl) { return "row \(row) col \(col): a control character reaches the screen" }
                    width = TerminalText.displayWidth(of: ch)
                    last = (ch, width)
                }
                if width != Int(cell.width) { return "row \(row) col \(col): \(String(reflecting: ch)) takes \(width) columns, the cell says \(cell.width)" }
                if cell.width == 2 {
                    guard col + 1 < frame.width, cells[base + col + 1].width == 0, cells[base + col + 1].char == nil else {
                        return "row \(row) col \(col): a wide character without room for its right half"
                    }
                }
                col += Int(cell.width)
            }
        }
        return nil
    }

    /// The cursor shows exactly when something editable has focus, inside its box, right after the text before it.
    static func cursor(_ frame: ScreenBuffer, _ state: AppState) -> String? {
        let contexts = state.keyContexts
        // The batch screen's file prompt takes raw keys (global keys only) into a box of its own.
        let choosingFile = state.screen == .batch && state.batch.phase == .choosingFile && contexts == [.global]
        // The history's list of batches is picked from with the picker's keys but has nothing to type into.
        let pickingBatch = state.screen == .history && state.history.batchChoice != nil
        let editable = !state.isTooSmall && !pickingBatch && (contexts.contains(.editing) || contexts.contains(.picker) || choosingFile)
        guard editable else {
            return frame.cursor.map { "cursor shown at \($0.row),\($0.col) while nothing editable has focus (\(contexts))" }
        }
        guard let cursor = frame.cursor else { return "no cursor while a text field has focus (\(contexts))" }
        let editing: TextInput
        let boxStart: Int
        if choosingFile {
            editing = TextInput(TerminalText.sanitize(state.batch.path))
            boxStart = batchPathColumn(state)
            if cursor.row != 2 { return "file prompt cursor on row \(cursor.row), not on the prompt's line" }
        } else if let refund = state.refund {
            // The refund pop-up's focused field: its box is the run of focus-styled cells the cursor stands in.
            editing = refund.focus == .amount ? refund.amount : refund.reason
            var start = cursor.col
            while start > 0, frame[cursor.row, start - 1].role == .focus { start -= 1 }
            boxStart = start
        } else if state.screen == .history {
            editing = state.history.search
            boxStart = searchColumn
            if cursor.row != 2 { return "search cursor on row \(cursor.row), not on the search line" }
        } else {
            guard let field = state.form.focusedField else { return "editing contexts without a focused field" }
            editing = state.form.picker?.filter ?? state.form.input
            boxStart = inputColumn(state)
            guard cursor.row >= 2, cursor.row < state.height - 2 else { return "cursor on row \(cursor.row), outside the form's body" }
            let label = text(frame, row: cursor.row, from: 4, to: inputColumn(state), trimmed: true)
            if label != field.label(in: state.language) { return "cursor on the row of “\(label)”, the focused field is “\(field.label)”" }
        }
        // The box: the run of focus-styled cells from its first column.
        var boxEnd = boxStart
        while boxEnd < frame.width, frame[cursor.row, boxEnd].role == .focus { boxEnd += 1 }
        guard cursor.col >= boxStart, cursor.col < boxEnd else {
            return "cursor at column \(cursor.col), the box drawn on row \(cursor.row) spans columns \(boxStart)..<\(boxEnd)"
        }
        let before = text(frame, row: cursor.row, from: boxStart, to: cursor.col)
        let after = text(frame, row: cursor.row, from: cursor.col, to: boxEnd, trimmed: true)
        // Characters of no width (a lone variation selector, a Hangul filler) take no cell, so they are not compared.
        let typedBefore = drawn(String(editing.chars[..<editing.cursor]))
        let typedAfter = drawn(String(editing.chars[editing.cursor...]))
        guard typedBefore.hasSuffix(before), typedAfter.hasPrefix(after) else {
            return "cursor at column \(cursor.col) splits the box as \(String(reflecting: before)) | \(String(reflecting: after)); "
                + "the text is \(String(reflecting: typedBefore)) | \(String(reflecting: typedAfter))"
        }
        return nil
    }

    /// The errors the form shows are PaylinkCore's verdicts on the same draft: the same failing fields, the same messages.
    static func validation(_ frame: ScreenBuffer, _ state: AppState) -> String? {
        let form = state.form
        let items = form.items
        let fields = items.compactMap { item -> FieldPath? in
            if case .field(let f) = item { return f }
            return nil
        }
        // A link being changed is judged only on the fields it may still change; the rest are shown locked.
        let judged = Set(form.draft.activeFields).filter { form.editing == nil || LinkUpdate.isChangeable($0) }
        let unreachable = judged.subtracting(fields)
        if !unreachable.isEmpty { return "PaylinkCore judges \(unreachable.sorted()) but the form has no such field" }
        if !items.contains(form.focus) { return "focus \(form.focus) is not an item of the form" }
        if let f = form.focusedField, form.draft.value(of: f) != form.input.text {
            return "the draft holds \(String(reflecting: form.draft.value(of: f))) for \(f.rawValue), the field shows \(String(reflecting: form.input.text))"
        }
        guard state.screen == .form, !state.showingHelp, !state.isTooSmall else { return nil }
        return shownErrors(frame, state, fields: fields) { f in
            // A field's message: the server's until the field is edited, else PaylinkCore's once the field was left
            // or submit was tried; an open list takes the message's place.
            if form.picker?.field == f { return nil }
            if let server = form.serverErrors[f] { return server }
            return form.touched.contains(f) || form.submitTried ? FieldRules.validate(f, in: form.draft, language: state.language) : nil
        }
    }

    /// Reads each fully visible field's block off the screen and compares the ✗ message under it.
    static func shownErrors(_ frame: ScreenBuffer, _ state: AppState, fields: [FieldPath], expected: (FieldPath) -> String?) -> String? {
        let mark = state.capabilities.unicode ? "✗ " : "x "
        let markScalars = Array(mark.unicodeScalars)
        let labels = Dictionary(uniqueKeysWithValues: fields.map { ($0.label(in: state.language), $0) })
        let body = Array(2..<(state.height - 2))
        // A header row has something left of the boxes: a group title, a field label, the order choice or the button.
        let cells = frame.cells
        let isHeader = body.map { row in (0..<inputColumn(state)).contains { cells[row * frame.width + $0].role != .surface } }
        // Wrapping moves spaces and the screen leaves out characters of no width: neither is compared.
        func squeezed(_ s: String) -> String {
            s.filter { ch in
                if let ascii = ch.asciiValue { return ascii > 0x20 && ascii < 0x7F }
                return !ch.isWhitespace && TerminalText.displayWidth(of: ch) > 0
            }
        }
        // Compared by scalars: a message starting with a joiner merges with the mark's space into one character.
        // An empty message leaves the mark alone on its row, its trailing space trimmed.
        func marked(_ line: String) -> Bool {
            Array(line.unicodeScalars.prefix(2)) == markScalars || line + " " == mark
        }
        func line(_ row: Int) -> String { text(frame, row: row, from: inputColumn(state), to: frame.width, trimmed: true) }
        for (i, row) in body.enumerated() where isHeader[i] {
            guard let field = labels[text(frame, row: row, from: 4, to: inputColumn(state), trimmed: true)] else { continue }
            guard let next = (i + 1..<body.count).first(where: { isHeader[$0] }) else { continue }  // block runs off screen
            var rows = body[(i + 1)..<next]
            var first = rows.first.map(line)
            // A hint that found no room beside the box comes first; only the amount's and the method's hints can
            // start like an error (they show text typed or sent), so the others are not worked out under an error.
            if let shownFirst = first, !marked(shownFirst) || field == .amount || field == .methodKey,
               let hint = state.form.hint(for: field, now: state.now, timeZone: state.timeZone, language: state.language),
               shownFirst == drawn(TerminalText.truncated(hint, toWidth: state.width - inputColumn(state) - 1)).replacingTrailingSpaces() {
                rows = rows.dropFirst()
                first = rows.first.map(line)
            }
            var shown: String?
            if let first, marked(first) {
                let message = ([first] + rows.dropFirst().map(line)).joined()
                shown = squeezed(String(String.UnicodeScalarView(message.unicodeScalars.dropFirst(2))))
            }
            let want = expected(field).map(squeezed)
            if shown != want {
                return "\(field.rawValue): the screen shows \(String(reflecting: shown)) under the field, PaylinkCore says \(String(reflecting: want))"
            }
        }
        return nil
    }

    /// Submitting sends exactly the drafts PaylinkCore accepts; what is sent can be turned into requests.
    static func submission(before: AppState, msg: Msg, after: AppState, effects: [Effect]) -> String? {
        for case .create(let draft) in effects {
            if !draft.validate().isEmpty { return "sent a draft PaylinkCore refuses: \(draft.validate())" }
            let buildable = draft.orderMode == .new ? (try? draft.orderRequest()) != nil : (try? draft.request()) != nil
            if !buildable { return "sent a draft no request can be made from" }
        }
        guard case .key(let key) = msg, before.screen == .form, !before.isTooSmall, !before.showingHelp,
              before.draftOffer == nil, before.form.picker == nil, !before.form.sending else { return nil }
        let action = before.keys.action(for: key, in: before.keyContexts)
        guard action == .submit || (action == .activate && before.form.focus == .create) else { return nil }
        let form = after.form
        let serverRefused = form.items.contains { item in
            if case .field(let f) = item { return form.serverErrors[f] != nil }
            return false
        }
        if let editing = before.form.editing {
            // The edit form sends PaylinkCore's update of what changed, never a create.
            let change = LinkUpdate(from: editing.original, to: form.draft)
            let now = Int(after.now.timeIntervalSince1970.rounded(.down))
            let builds = (try? change.request(expiresAt: editing.link.expiredAt, now: now)) != nil
            let sentChange = effects.contains(.update(linkID: editing.link.linkID, change))
            if effects.contains(where: { if case .create = $0 { true } else { false } }) { return "the edit form sent a create" }
            if sentChange && !builds { return "submit sent a change PaylinkCore refuses: \(change)" }
            if !sentChange && builds && !serverRefused && form.errorFields(.en).isEmpty {
                return "submit refused a change PaylinkCore accepts: \(change)"
            }
            return nil
        }
        let acceptable = form.draft.validate(language: after.language).isEmpty && !serverRefused
        let sent = effects.contains(.create(form.draft))
        if sent != acceptable {
            return sent ? "submit sent a draft with errors" : "submit refused a draft PaylinkCore accepts: \(form.draft)"
        }
        return nil
    }

    /// What leaves for the clipboard or the browser carries no control characters.
    static func effects(_ effects: [Effect]) -> String? {
        for effect in effects {
            switch effect {
            case .copy(let text), .open(let text):
                if text.unicodeScalars.contains(where: TextChecks.isControl) { return "\(effect) carries a control character" }
            default: break
            }
        }
        return nil
    }
}

// MARK: - The run

/// One seeded session: random events in, every frame checked, effects answered (or not) later.
@Suite(.ownThread)
struct FuzzSession {
    var rng: SplitMix64
    var state: AppState
    var history: FakeHistory
    /// Effects waiting for an answer, answered in any order or dropped.
    var pending: [Effect] = []
    /// Keys queued to type a whole value one character at a time.
    var typing: [Msg] = []
    /// Steps left of filling the form in to submit it.
    var filling = 0
    /// The last events, for the report (described only when one is needed: describing every event costs more than the step).
    var recent: [(step: Int, msg: Msg)] = []
    var restarts = 0

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
        (state, history) = FuzzSession.fresh(&rng, pending: &pending)
    }

    /// A program as `TerminalApp` starts it: some size, some terminal, a prefilled draft, a draft offered back, maybe the history first.
    static func fresh(_ rng: inout SplitMix64, pending: inout [Effect]) -> (AppState, FakeHistory) {
        let now = t0.addingTimeInterval(Double(rng.int(-1_000_000...1_000_000)))
        let size = rng.chance(60) ? (80, 24) : rng.pick([(40, 12), (60, 20), (120, 40), (39, 11), (41, 13), (200, 60)])
        var draft = LinkDraft()
        switch rng.below(8) {
        case 0, 1: draft = validDraft()
        case 2:
            draft = validDraft()
            draft.orderMode = .existing
            draft.orderID = "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a"
        case 3:
            for field in FieldPath.allCases where rng.chance(40) {
                draft.set(field, FuzzText.anyText(&rng))
            }
        default: break
        }
        var keys = KeyTable.standard
        if rng.chance(10) {
            keys = KeyTable.remapped(["submit": ["f5"], "history": ["f3"], "next_field": ["tab"], "quit": ["ctrl+q"]]).table
        }
        var state = AppState(
            draft: draft, width: size.0, height: size.1, now: now, timeZone: TimeZone(identifier: rng.pick(["UTC", "Europe/Vilnius", "Pacific/Kiritimati"]))!,
            isSandbox: rng.chance(70), profileName: rng.chance(80) ? "sandbox" : OutsideWorld.text(&rng), keys: keys,
            capabilities: TerminalCapabilities(colours: rng.pick([256, 256, 8, 0]), unicode: rng.chance(85)))
        if rng.chance(20) { state.history = HistoryState(pageSize: rng.pick([1, 3, 7, 50])) }
        let history = FakeHistory(count: rng.pick([0, 3, 20, 120, 400]), now: now, rng: &rng)
        if rng.chance(10) {
            var saved = validDraft()
            saved.name = OutsideWorld.text(&rng) + "x"
            TerminalProgram.offerDraft(&state, DraftOffer(draft: saved, savedAt: rng.chance(50) ? now.addingTimeInterval(-90) : nil))
        }
        if rng.chance(10) { pending += TerminalProgram.openHistory(&state) }
        return (state, history)
    }

    // MARK: Events

    mutating func nextEvent() -> Msg {
        if !typing.isEmpty { return typing.removeFirst() }
        if filling > 0 { return fillNext() }
        let roll = rng.below(1000)
        switch roll {
        case 0..<8 where state.screen == .form:
            filling = 80
            return fillNext()
        case 0..<330: return .key(.char(FuzzText.character(&rng)))
        case 330..<560: return .key(namedKey())
        case 560..<620:
            startTyping()
            return typing.isEmpty ? .key(.tab) : typing.removeFirst()
        case 620..<660: return .paste(FuzzText.paste(&rng))
        case 660..<690: return resize()
        case 690..<800: return tick()
        case 800..<930:
            if let msg = answerPending() { return msg }
            return tick()
        case 930..<999: return spontaneous()
        default: return .terminate
        }
    }

    mutating func namedKey() -> Key {
        let named: [Key] = [
            .enter, .tab, .backTab, .backspace, .delete, .escape, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        ]
        switch rng.below(10) {
        case 0..<5: return rng.pick(named)
        case 5: return .function(rng.int(1...12))
        case 6, 7: return .ctrl(rng.pick(Array("abdefkuwos")))
        case 8: return rng.chance(10) ? .ctrl(rng.pick(Array("cz"))) : .ctrl(rng.pick(Array("ghijlmnpqrtvxy")))
        default: return .char(rng.pick(Array("h/?qyncodpxrRusjkg ")))
        }
    }

    /// Queues a plausible value for the focused field (or the search), typed key by key, maybe followed by Tab.
    mutating func startTyping() {
        let values: [String]
        switch state.form.focusedField {
        case .reference?: values = ["ORDER-1", "INV/2024 (a)", "Ünï", ""]
        case .orderID?: values = ["a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a", "A6F2B8E3-5E5F-47D9-B13F-87ED2DB2938A", "a6f2b8e3"]
        case .currency?: values = ["EUR", "usd", "JPY", "KWD", "XXX", "eu"]
        case .amount?: values = ["25.00", "0", "0.00", "1,5", "-3", "1234567890123", "21474836.47", "12.345", "1 000", ".5", "5."]
        case .name?: values = ["Leather wallet", "東京 🎉", String(repeating: "n", count: 256)]
        case .language?: values = ["en", "lt", "lith", "xx"]
        case .lifetime?: values = ["3d", "90m", "never", "1d12h", "0", "86313601", "1w1w", "-1", "3600"]
        case .methodKey?: values = ["card-payment", "swedbank", "with space"]
        case .paymentFlow?: values = ["paysera", "direct", "other"]
        case .countryCode?: values = ["LT", "de", "XX", "l"]
        case .payerEmail?: values = ["name@example.com", "bad@", "a@b.c"]
        case .metadata?: values = ["shop=12; desk=3", "novalue", "=x", "k=v;k=w"]
        case .purpose?, .payerName?: values = ["gift", "Jonas Jonaitis", "Ž"]
        case .successURL?, .failureURL?, .cancelURL?, .callbackURL?: values = ["https://shop.example/ok", "http://127.0.0.1:8080/cb", "http://x", ""]
        case nil: values = ["link", "Payer 3", "東京"]
        }
        if state.form.focusedField != nil, rng.chance(50) { typing.append(.key(.ctrl("u"))) }
        typing += rng.pick(values).map { .key(.char($0)) }
        if rng.chance(60) { typing.append(.key(rng.pick([.tab, .enter]))) }
    }

    /// Fills every field that needs it with a value that passes, key by key as a person would, then submits:
    /// random typing alone almost never leaves a draft that can be sent.
    mutating func fillNext() -> Msg {
        filling -= 1
        guard state.screen == .form, !state.isTooSmall, !state.showingHelp, state.draftOffer == nil else {
            filling = 0
            return .key(rng.pick([.escape, .function(1), .char("n")]))
        }
        if state.form.picker != nil || state.form.focus == .orderMode { return .key(.tab) }
        guard let field = state.form.focusedField, filling > 0 else {
            // A refused submit jumps to the first field that needs attention, where filling goes on.
            if state.form.draft.validate().isEmpty || state.form.sending || filling <= 0 { filling = 0 }
            // The key table may have been remapped.
            return .key(state.keys.bindings.first { $0.action == .submit }?.keys.first ?? .ctrl("s"))
        }
        var draft = state.form.draft
        let good: [FieldPath: String] = [
            .orderID: "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a", .reference: "ORDER-1", .currency: "EUR", .amount: "25",
            .name: "Leather wallet", .language: "en", .lifetime: "3d", .paymentFlow: "paysera", .methodKey: "card-payment",
            .countryCode: "LT", .purpose: "gift", .payerName: "Ona", .payerEmail: "ona@example.com", .metadata: "shop=12",
        ]
        draft.set(field, "")
        let emptyIsFine = FieldRules.validate(field, in: draft, language: state.language) == nil
        guard FieldRules.validate(field, in: state.form.draft, language: state.language) != nil || state.form.serverErrors[field] != nil else { return .key(.tab) }
        typing = [.key(.ctrl("u"))]
        if !emptyIsFine || rng.chance(50), let value = good[field] { typing += value.map { .key(.char($0)) } }
        typing.append(.key(.tab))
        return typing.removeFirst()
    }

    mutating func resize() -> Msg {
        let sizes = [(80, 24), (80, 24), (80, 24), (40, 12), (60, 20), (41, 13), (100, 30), (120, 40)]
        let tooSmall = [(39, 11), (1, 1), (0, 0), (20, 5), (80, 11), (39, 24)]
        if rng.chance(3) { return .resize(width: 300, height: 100) }
        if rng.chance(10) { let size = rng.pick(tooSmall); return .resize(width: size.0, height: size.1) }
        if rng.chance(20) { return .resize(width: rng.int(40...160), height: rng.int(12...50)) }
        let size = rng.pick(sizes)
        return .resize(width: size.0, height: size.1)
    }

    mutating func tick() -> Msg {
        let step: Double = rng.chance(3) ? -Double(rng.int(1...1000)) : rng.pick([1, 1, 1, 1, 2, 5, 30, 3600, 259_200])
        return .tick(state.now.addingTimeInterval(step))
    }

    /// An answer to an effect still waiting, taken in any order; some are dropped instead.
    mutating func answerPending() -> Msg? {
        while !pending.isEmpty {
            // The oldest first half the time, else any: answers overtake each other, but none waits for ever.
            let effect = pending.remove(at: rng.chance(50) ? 0 : rng.below(pending.count))
            if rng.chance(10) { continue }
            if let msg = answer(effect) { return msg }
        }
        return nil
    }

    mutating func answer(_ effect: Effect) -> Msg? {
        let now = state.now
        switch effect {
        case .create(let draft):
            switch rng.below(10) {
            case 0..<5:
                var link = OutsideWorld.link(id: "link-\(rng.below(1000))", now: now, status: .active, &rng)
                link.name = rng.chance(80) ? draft.name : link.name
                return .created(.created(link))
            case 5, 6: return .created(.invalid(OutsideWorld.fieldErrors(&rng), message: OutsideWorld.text(&rng)))
            case 7: return .created(.refused(OutsideWorld.text(&rng)))
            case 8: return .created(.outcomeUnknown(OutsideWorld.text(&rng)))
            default: return .created(.failed(OutsideWorld.text(&rng)))
            }
        case .loadMethods(_, _, let key):
            return .methodsLoaded(key: key, rng.chance(80) ? .success(OutsideWorld.methods(&rng)) : .failure(MessageError(OutsideWorld.text(&rng))))
        case .refresh(let id):
            return rng.chance(80) ? .statusChanged(OutsideWorld.link(id: id, now: now, &rng)) : .statusFailed(OutsideWorld.text(&rng))
        case .simulatePayment(let id):
            return .paymentSimulated(rng.chance(80) ? .success(OutsideWorld.link(id: id, now: now, status: .completed, &rng)) : .failure(MessageError(OutsideWorld.text(&rng))))
        case .update(let id, _):
            switch rng.below(4) {
            case 0, 1: return .updated(.updated(OutsideWorld.link(id: id, now: now, status: .active, &rng)))
            case 2: return .updated(.invalid(OutsideWorld.fieldErrors(&rng), message: OutsideWorld.text(&rng)))
            default: return .updated(.notActive(OutsideWorld.text(&rng), nil))
            }
        case .loadOrder(let id, let known):
            var order = known
            order.orderID = id
            order.reference = OutsideWorld.text(&rng)
            order.notes = rng.chance(30) ? [OutsideWorld.text(&rng)] : []
            return .orderLoaded(order)
        case .copy:
            return .copied(rng.chance(80) ? .screen(.copiedThrough(tool: nil, failed: false)) : .verbatim(OutsideWorld.text(&rng)))
        case .open:
            return rng.chance(70) ? .opened(.screen(.openedInBrowser), succeeded: true) : .opened(.verbatim(OutsideWorld.text(&rng)), succeeded: false)
        case .history(let request):
            switch request {
            case .load(let page):
                return rng.chance(90)
                    ? .history(.pageLoaded(history.page(page, now: now)))
                    : .history(.loadFailed(generation: page.generation, message: OutsideWorld.text(&rng)))
            case .refreshStatus(let id):
                return .history(.statusRefreshed(linkID: id, rng.chance(80) ? .success(OutsideWorld.link(id: id, now: now, &rng)) : .failure(MessageError(OutsideWorld.text(&rng)))))
            case .cancelLink(let id):
                return .history(.canceled(linkID: id, rng.chance(80) ? .success(OutsideWorld.link(id: id, now: now, status: .canceled, &rng)) : .failure(MessageError(OutsideWorld.text(&rng)))))
            case .reconcile:
                return .history(.reconciled(rng.chance(80) ? .success(OutsideWorld.summary(&rng)) : .failure(MessageError(OutsideWorld.text(&rng)))))
            case .loadBatches:
                let batches = (0..<rng.below(30)).map { _ in
                    HistoryBatch(id: OutsideWorld.text(&rng), startedAt: now.addingTimeInterval(-Double(rng.below(1_000_000))),
                                 rows: rng.below(1000), created: rng.below(1000))
                }
                return .history(.batchesLoaded(rng.chance(80) ? .success(batches) : .failure(MessageError(OutsideWorld.text(&rng)))))
            case .showDetails, .duplicate, .copy, .openURL:
                return nil
            }
        case .switchProfile(let name):
            return .profileSwitched(rng.chance(70)
                ? .success(ProfileSwitch(name: name, isSandbox: rng.chance(50), isLive: rng.chance(30)))
                : .failure(MessageError(OutsideWorld.text(&rng))))
        case .sync:
            return .synced(rng.chance(80)
                ? .success(SyncReport(added: rng.below(3), changed: rng.below(3))) : .failure(MessageError(OutsideWorld.text(&rng))))
        case .watchHistory(let id):
            return rng.chance(20) ? .historyStatus(linkID: id, rng.pick([LinkStatus.active, .completed, .canceled, .expired])) : nil
        case .refund(.loadStanding(let id)):
            guard rng.chance(80) else { return .refund(.standingLoaded(linkID: id, .failure(MessageError(OutsideWorld.text(&rng))))) }
            let paid = 1 + rng.below(100_000)
            let link = HistoryRecord(profile: "fuzz", linkID: id, orderID: "order-\(id)", name: OutsideWorld.text(&rng),
                                     amount: paid, currency: "EUR", createdAt: now, status: .completed, state: .created)
            let standing = RefundStandingReport(
                link: link, paid: paid, refunded: rng.below(paid + 1), currency: rng.pick(["EUR", "JPY", "KWD"]),
                reference: OutsideWorld.text(&rng), payerName: rng.chance(50) ? OutsideWorld.text(&rng) : nil,
                payerEmail: nil, unsettled: [])
            return .refund(.standingLoaded(linkID: id, .success(standing)))
        case .refund(.send(let id, _, _)):
            var refund = RefundRecord(
                profile: "fuzz", linkID: id, orderID: "order-\(id)", reference: OutsideWorld.text(&rng),
                amount: 1 + rng.below(5000), currency: "EUR", state: .created, createdAt: 0)
            refund.status = rng.pick([RefundStatus.processing, .completed, .failed])
            switch rng.below(6) {
            case 0: return .refund(.finished(linkID: id, .made(refund)))
            case 1: return .refund(.finished(linkID: id, .madeBefore(refund)))
            case 2: return .refund(.finished(linkID: id, .invalid(RefundProblems([.amount: OutsideWorld.text(&rng)]))))
            case 3: return .refund(.finished(linkID: id, .refused(OutsideWorld.text(&rng))))
            case 4: return .refund(.finished(linkID: id, .outcomeUnknown(OutsideWorld.text(&rng))))
            default: return .refund(.finished(linkID: id, .failed(OutsideWorld.text(&rng))))
            }
        case .loadTakings(let period, _):
            guard rng.chance(80) else { return .takingsLoaded(period, .failure(MessageError(OutsideWorld.text(&rng)))) }
            func takings(_ grouping: TakingsGrouping) -> Takings {
                var figures = TakingsFigures(currency: rng.pick(["EUR", "USD"]))
                figures.paid = rng.below(10_000_000)
                figures.paidCount = rng.below(500)
                figures.refunded = rng.below(figures.paid + 1)
                let keys = grouping == .hour ? (0..<24).map { String(format: "%02d", $0) } : [OutsideWorld.text(&rng)]
                let groups = keys.map { Takings.Group(key: $0, figures: figures) }
                return Takings(from: period.start, to: period.end, grouping: grouping, totals: [figures], groups: groups)
            }
            return .takingsLoaded(period, .success(TakingsBoard(
                chart: takings(.hour), byOperator: takings(.operator), byMethod: takings(.method))))
        case .rereadHistoryRows:
            return nil
        case .draft, .suspend, .quit, .batch:
            return nil
        }
    }

    /// A message nobody asked for: late, duplicated or simply unexpected answers.
    mutating func spontaneous() -> Msg {
        let now = state.now
        let someID = state.result?.link.linkID ?? state.history.rows.first?.linkID ?? "link-1"
        switch rng.below(13) {
        case 0: return .created(rng.chance(50) ? .created(OutsideWorld.link(id: someID, now: now, &rng)) : .invalid(OutsideWorld.fieldErrors(&rng), message: OutsideWorld.text(&rng)))
        case 1:
            let key: String
            if case .loading(let loading) = state.form.methods, rng.chance(70) { key = loading } else { key = "2500 EUR" }
            return .methodsLoaded(key: key, rng.chance(80) ? .success(OutsideWorld.methods(&rng)) : .failure(MessageError(OutsideWorld.text(&rng))))
        case 2: return .statusChanged(OutsideWorld.link(id: rng.chance(70) ? someID : "other", now: now, &rng))
        case 3: return .statusFailed(OutsideWorld.text(&rng))
        case 4: return .paymentSimulated(rng.chance(50) ? .success(OutsideWorld.link(id: someID, now: now, &rng)) : .failure(MessageError(OutsideWorld.text(&rng))))
        case 5: return .copied(.verbatim(OutsideWorld.text(&rng)))
        case 6: return .opened(.verbatim(OutsideWorld.text(&rng)), succeeded: rng.chance(50))
        case 7: return .startupReconciled(OutsideWorld.summary(&rng))
        case 8:
            let h = state.history
            let rows = Array(history.records.dropFirst(rng.below(3) * h.pageSize).prefix(h.pageSize))
            return .history(.pageLoaded(HistoryPage(generation: h.generation + rng.int(-1...0), index: rng.below(4), rows: rows)))
        case 9: return .history(.loadFailed(generation: state.history.generation, message: OutsideWorld.text(&rng)))
        case 10: return .history(.statusRefreshed(linkID: someID, .success(OutsideWorld.link(id: someID, now: now, &rng))))
        case 11: return .sandboxConfirmed(profile: "sandbox")
        default: return .history(.reconciled(.success(OutsideWorld.summary(&rng))))
        }
    }

    // MARK: Stepping

    /// An event as the report shows it, cut to a few hundred characters.
    static func describe(_ msg: Msg) -> String { String(String(reflecting: msg).prefix(400)) }

    /// Applies one event and checks the frame; returns what is wrong, or nil.
    mutating func step(_ n: Int, share: Int) -> String? {
        let msg = nextEvent()
        if FuzzSettings.trace { print("fuzz case \(share) step \(n): \(FuzzSession.describe(msg))") }
        recent.append((n, msg))
        if recent.count > 20 { recent.removeFirst() }
        let before = state
        let effects = TerminalProgram.update(&state, msg)
        let frame = TerminalProgram.view(state)
        if let problem = ScreenPromises.geometry(frame, state) ?? ScreenPromises.cursor(frame, state)
            ?? ScreenPromises.validation(frame, state) ?? ScreenPromises.submission(before: before, msg: msg, after: state, effects: effects)
            ?? ScreenPromises.effects(effects) {
            return problem + "\nscreen (\(state.width)×\(state.height), cursor \(frame.cursor.map { "\($0.row),\($0.col)" } ?? "hidden")):\n" + frame.text
        }
        for effect in effects {
            switch effect {
            case .quit:
                restarts += 1
                pending = []
                typing = []
                filling = 0
                (state, history) = FuzzSession.fresh(&rng, pending: &pending)
                return nil
            case .suspend:
                // The runtime takes the size again after `fg`.
                typing.append(.resize(width: state.width, height: state.height))
            case .draft:
                break
            default:
                pending.append(effect)
            }
        }
        if pending.count > 64 { pending.removeFirst(pending.count - 64) }
        return nil
    }
}

@Suite(.ownThread) struct InputFuzz {
    /// Each case runs its share of the steps from its own seed, so the cases can run side by side.
    @Test("Random keys, pastes, resizes and answers keep the screen sound", arguments: 0..<FuzzSettings.shares)
    func randomEventsKeepTheScreenSound(share: Int) {
        let seed = FuzzSettings.seed
        let total = FuzzSettings.steps
        let steps = total / FuzzSettings.shares + (share < total % FuzzSettings.shares ? 1 : 0)
        // Each case's seed is a later output of the run's generator: unrelated streams, not shifted copies of one.
        var seeds = SplitMix64(seed: seed)
        let caseSeed = (0...share).map { _ in seeds.next() }.last!
        var session = FuzzSession(seed: caseSeed)
        for n in 0..<steps {
            if let problem = session.step(n, share: share) {
                let events = session.recent.map { "  step \($0.step): \(FuzzSession.describe($0.msg))" }.joined(separator: "\n")
                Issue.record("""
                    \(problem)
                    seed \(seed), case \(share) of \(FuzzSettings.shares), step \(n) of \(steps) (after \(session.restarts) restarts)
                    replay: PAYLINK_FUZZ_SEED=\(seed) PAYLINK_FUZZ_STEPS=\(total) swift test --skip-build --filter InputFuzz
                    last events:
                    \(events)
                    """)
                return
            }
        }
    }
}
