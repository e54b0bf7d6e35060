import PayseraCheckout

/// Follows the history's row of the link on screen, so a status written by another program (`paylink listen`
/// applying a callback) shows within a second, without asking the API.
enum HistoryWatch {
    /// One cheap history read per tick while the result screen shows a link that can still change.
    static func effects(_ state: AppState) -> [Effect] {
        guard state.screen == .result || state.screen == .qr, state.switchingProfile == nil, let link = state.result?.link
        else { return [] }
        // A paid link is still watched: a refund may come from another till or a callback.
        return link.status == .canceled ? [] : [.watchHistory(linkID: link.linkID)]
    }

    /// A status the history holds: taken when it differs from the one on screen.
    static func arrived(_ state: inout AppState, linkID: String, status: LinkStatus) {
        guard let result = state.result, result.link.linkID == linkID, result.link.status != status else { return }
        // Only moves forward: an older row must not undo a newer answer from the API.
        guard status == .completed || status == .canceled else { return }
        var link = result.link
        link.status = status
        let polling = result.polling
        TerminalProgram.statusArrived(&state, link)
        state.result?.polling = polling
    }
}
