import Foundation
import PaylinkCore

/// The profile the program switched to, as the header needs it.
public struct ProfileSwitch: Sendable, Hashable {
    public var name: String
    public var isSandbox: Bool
    public var isLive: Bool

    public init(name: String, isSandbox: Bool, isLive: Bool) {
        self.name = name
        self.isSandbox = isSandbox
        self.isLive = isLive
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
            state.notice = Notice("Only one profile is configured (see paylink profiles)", .warning)
            return []
        }
        guard !state.form.sending, state.switchingProfile == nil else {
            state.notice = Notice("Wait until the link being made is answered", .warning)
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
            state.notice = Notice("switching to \(TerminalText.sanitize(name))…")
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
            state.notice = Notice("Now using profile \(TerminalText.sanitize(now.name))" + (now.isLive ? ": LIVE, real payments" : ""),
                                  now.isLive ? .warning : .success)
            guard state.screen == .history else { return [] }
            return perform(&state, HistoryProgram.requery(&state.history)) + syncIfDue(&state, after: 0)
        case .failure(let error):
            state.notice = Notice(
                "Profile \(TerminalText.sanitize(wanted)) cannot be used: \(TerminalText.sanitize(error.message))", .error)
            return []
        }
    }

    /// The open list of profiles, drawn over the body.
    static func drawProfileChoice(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let choice = state.profileChoice, !state.showingHelp else { return }
        let names = choice.names.map { TerminalText.sanitize($0) }
        let inner = min(state.width - 6, max(24, (names.map { TextWidth.of($0) }.max() ?? 0) + 4))
        let rows = min(choice.names.count, max(1, state.height - 8))
        let top = 3
        let left = max(1, (state.width - inner - 2) / 2)
        buffer.fill(row: top, col: left, count: inner + 2, role: .surface)
        buffer.put(" switch profile ", row: top, col: left + 1, role: .accent, limit: inner)
        let first = max(0, min(choice.selected - rows + 1, choice.names.count - rows))
        for i in 0..<rows {
            let index = first + i
            let row = top + 1 + i
            let role: StyleRole = index == choice.selected ? .selection : .text
            buffer.fill(row: row, col: left, count: inner + 2, role: role)
            let mark = names[index] == TerminalText.sanitize(state.profileName) ? "• " : "  "
            buffer.put(" " + mark + names[index], row: row, col: left, role: role, limit: inner + 1)
        }
        buffer.fill(row: top + 1 + rows, col: left, count: inner + 2, role: .surface)
    }
}
