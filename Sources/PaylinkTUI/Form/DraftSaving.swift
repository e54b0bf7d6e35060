import Foundation
import PaylinkCore

extension LinkDraft {
    /// Whether a person typed anything worth keeping (defaults such as the currency or lifetime do not count).
    public var hasTypedContent: Bool {
        let typed = [orderID, reference, amount, name, methodKey, purpose, payerName, payerEmail, metadata]
        return typed.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}

/// What to ask the draft store for, once the debounce has run out.
public enum DraftWrite: Sendable, Hashable {
    case save(LinkDraft)
    case clear
}

/// Follows the form's draft so it is saved once typing pauses, not on every keystroke.
public struct DraftSaving: Sendable, Hashable {
    /// How long typing must pause before the draft is written.
    public static let delay: TimeInterval = 1

    /// The draft as last seen (saved or not).
    public private(set) var seen: LinkDraft
    /// When the draft last changed without having been written since.
    public private(set) var changedAt: Date?

    public init(seen: LinkDraft) { self.seen = seen }

    /// Notes the form's draft after a message; a change restarts the wait.
    public mutating func observe(_ draft: LinkDraft, now: Date) {
        guard draft != seen else { return }
        seen = draft
        changedAt = now
    }

    /// The write that is due at `now`, if typing has paused long enough (or `force`, when the program quits).
    public mutating func due(now: Date, force: Bool = false) -> DraftWrite? {
        guard let changedAt, force || now.timeIntervalSince(changedAt) >= Self.delay else { return nil }
        self.changedAt = nil
        return seen.hasTypedContent ? .save(seen) : .clear
    }

    /// Starts afresh from `draft` without writing it (after a create, or a restored draft).
    public mutating func settle(_ draft: LinkDraft) {
        seen = draft
        changedAt = nil
    }
}

/// A saved draft offered back when the program starts on an empty form.
public struct DraftOffer: Sendable, Hashable {
    public var draft: LinkDraft
    /// When it was saved (the file's time), if known.
    public var savedAt: Date?

    public init(draft: LinkDraft, savedAt: Date?) {
        self.draft = draft
        self.savedAt = savedAt
    }

    /// "Restore the unfinished link from 12:03? y/n" (the day too when it was not today), in `language`.
    public func question(now: Date, timeZone: TimeZone, language: UILanguage = .en) -> String {
        let name = TerminalText.sanitize(draft.name.trimmingCharacters(in: .whitespaces))
        let at = savedAt.map { savedAt -> String in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            guard calendar.isDate(savedAt, inSameDayAs: now) else { return language.dateTime(savedAt, now: now, timeZone: timeZone) }
            let parts = calendar.dateComponents([.hour, .minute], from: savedAt)
            return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        }
        return language.text(.screen(.restoreDraft(name: name.isEmpty ? nil : name, at: at)))
    }
}
