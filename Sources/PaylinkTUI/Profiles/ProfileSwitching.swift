import Foundation
import PaylinkCore

/// The profile the program switched to, as the header and a new form need it.
public struct ProfileSwitch: Sendable, Hashable {
    public var name: String
    public var isSandbox: Bool
    public var isLive: Bool
    /// The draft a new link of this profile starts from (its default currency, language, country, addresses).
    public var newLinkDraft: LinkDraft

    public init(name: String, isSandbox: Bool, isLive: Bool, newLinkDraft: LinkDraft = LinkDraft()) {
        self.name = name
        self.isSandbox = isSandbox
        self.isLive = isLive
        self.newLinkDraft = newLinkDraft
    }
}

/// The list of profiles shown by `P`: names and the highlighted one.
public struct ProfileChoice: Sendable, Hashable {
    public var names: [String]
    public var selected: Int

    public init(names: [String], current: String) {
        self.names = names
        selected = names.firstIndex(of: current) ?? 0
    }
}

extension TerminalProgram {
    /// `P`: the list of profiles, the current one highlighted; refused while a link is being made.
    static func openProfileChoice(_ state: inout AppState) -> [Effect] {
        guard state.profileNames.count > 1 else {
            state.notice = Notice(.ui(.onlyOneProfile), .warning, in: state.language)
            return []
        }
        guard !state.form.sending, state.switchingProfile == nil else {
            state.notice = Notice(.ui(.waitForLink), .warning, in: state.language)
            return []
        }
        // The rows of a running batch are sent with the profile it started on, and shown under its badge.
        guard state.batch.phase != .running else {
            state.notice = Notice(.ui(.waitForBatch), .warning, in: state.language)
            return []
        }
        state.profileChoice = ProfileChoice(names: state.profileNames, current: state.profileName)
        return []
    }

    /// Keys while the list is open: up, down, choose, close.
    static func profileChoiceKey(_ state: inout AppState, _ action: Action?) -> [Effect] {
        guard var choice = state.profileChoice else { return [] }
        switch action {
        case .pickerUp:
            choice.selected = max(0, choice.selected - 1)
        case .pickerDown:
            choice.selected = min(choice.names.count - 1, choice.selected + 1)
        case .pick:
            state.profileChoice = nil
            let name = choice.names[choice.selected]
            guard name != state.profileName else { return [] }
            state.switchingProfile = name
            state.notice = Notice(.switchingTo(TerminalText.sanitize(name)), in: state.language)
            return [.switchProfile(name)]
        case .closePicker:
            state.profileChoice = nil
            return []
        default:
            return []
        }
        state.profileChoice = choice
        return []
    }

    /// The service for the new profile is in place: the header follows, and an open history is read and synced again.
    static func profileSwitched(_ state: inout AppState, _ result: Result<ProfileSwitch, MessageError>) -> [Effect] {
        let wanted = state.switchingProfile ?? ""
        state.switchingProfile = nil
        switch result {
        case .success(let now):
            state.profileName = now.name
            state.isSandbox = now.isSandbox
            state.isLive = now.isLive
            state.historySync = HistorySyncState()
            leaveLinksOfOtherProfile(&state)
            startFormFromDefaults(&state, old: state.newLinkDraft, new: now.newLinkDraft)
            state.notice = Notice(state.text(.nowUsingProfile(TerminalText.sanitize(now.name), live: now.isLive)),
                                  now.isLive ? .warning : .success)
            guard state.screen == .history else { return [] }
            return perform(&state, HistoryProgram.requery(&state.history)) + syncIfDue(&state, after: 0)
        case .failure(let error):
            state.notice = Notice(
                state.text(.screen(.profileUnusable(TerminalText.sanitize(wanted), why: TerminalText.sanitize(error.message)))), .error)
            return []
        }
    }

    /// A link belongs to its profile's project: once another profile is in use, no screen shows it, polls it or acts on it.
    static func leaveLinksOfOtherProfile(_ state: inout AppState) {
        if state.form.editing != nil {
            state.form = state.formBeforeEdit ?? FormState(draft: state.newLinkDraft)
            state.formBeforeEdit = nil
        }
        state.result = nil
        state.resultFromHistory = false
        state.resultFromBatch = false
        state.batch = BatchScreenState()
        if [.result, .qr, .batch].contains(state.screen) { state.screen = .form }
    }

    /// The form follows the new profile's defaults: a field still holding the old profile's default (or its
    /// blank) takes the new one; what the person typed stays. Methods are asked again, from the new project.
    static func startFormFromDefaults(_ state: inout AppState, old: LinkDraft, new: LinkDraft) {
        state.newLinkDraft = new
        state.form.storeInput()
        var draft = state.form.draft
        for field in FieldPath.allCases where draft.value(of: field) == old.value(of: field) {
            draft.set(field, new.value(of: field))
        }
        let focus = state.form.focus
        state.form = FormState(draft: draft)
        if state.form.items.contains(focus) { state.form.moveFocus(to: focus) }
    }

    /// The open list of profiles, in a box over the body.
    static func drawProfileChoice(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let choice = state.profileChoice, !state.showingHelp else { return }
        let current = TerminalText.sanitize(state.profileName)
        let lines = choice.names.map { name in
            let shown = TerminalText.sanitize(name)
            return (shown == current ? glyph(state, "• ", "* ") : "  ") + shown
        }
        Popup(title: state.text(.key(.switchProfile)), lines: lines, selected: choice.selected)
            .draw(top: 3, bottom: state.height - 3, unicode: state.capabilities.unicode, into: &buffer)
    }
}
