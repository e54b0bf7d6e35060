import Foundation
import PaylinkCore
import PaylinkStore
import PaylinkTUI
import TestSupport
import Testing

extension ProgramWithHistory {
    /// Presses keys with page reads and batch lists answered from the real store.
    mutating func pressAnswering(_ keys: Key...) {
        for key in keys {
            var queue = [Msg.key(key)]
            while !queue.isEmpty {
                for effect in t.send(queue.removeFirst()) {
                    switch effect {
                    case .history(.load(let request)): queue.append(.history(reader.read(request)))
                    case .history(.loadBatches):
                        queue.append(.history(.batchesLoaded(Result { try reader.store.batches() }.mapError { MessageError(String(describing: $0)) })))
                    default: break
                    }
                }
            }
        }
    }
}

/// A history of nine links: rows 0–2 made by no batch, 3–5 by batch B-OLD (row 4 refused), 6–8 by batch B-NEW.
private func historyWithBatches() throws -> TemporaryHistory {
    let history = try TemporaryHistory()
    try history.fill(9) { i, r in
        guard i >= 3 else { return }
        r.batchID = i < 6 ? "B-OLD" : "B-NEW"
        r.batchRow = i % 3 + 2
        r.paymentKey = "REF-\(i)"
        if i == 4 { r.state = .refused; r.linkID = nil; r.status = nil }
    }
    return history
}

/// Every row of a box: a border at both ends and nothing of the screen under it in between.
func expectBoxed(_ screen: ScreenBuffer, title: String, inside: Set<String>, sourceLocation: SourceLocation = #_sourceLocation) {
    let lines = (0..<screen.height).map { screen.line($0) }
    guard let top = lines.firstIndex(where: { $0.contains(title) }),
          let bottom = lines.indices.first(where: { $0 > top && (lines[$0].contains("└") || lines[$0].contains("+-")) })
    else {
        Issue.record("no box titled \(title):\n\(screen.text)", sourceLocation: sourceLocation)
        return
    }
    #expect(lines[top].contains("┌") || lines[top].contains("+-"), "\(lines[top])", sourceLocation: sourceLocation)
    for line in lines[(top + 1)..<bottom] {
        let parts = line.split(separator: line.contains("│") ? "│" : "|", omittingEmptySubsequences: false)
        #expect(parts.count == 3, "no border on: \(line)", sourceLocation: sourceLocation)
        let text = parts.count == 3 ? parts[1].trimmingCharacters(in: .whitespaces) : line
        #expect(inside.contains { text.hasSuffix($0) }, "under the box shows through: \(line)", sourceLocation: sourceLocation)
    }
}

@Suite(.ownThread) struct ProfileSwitchOnHistory {
    @Test("P on the history lists the profiles, and the list of the one chosen is read again")
    func pOnTheHistory() throws {
        var p = ProgramWithHistory(try historyWithBatches(), width: 80, height: 24)
        p.t.state.profileNames = ["sandbox", "shop"]
        p.press(.function(2))
        #expect(p.t.state.screen == .history)
        p.press(.char("P"))
        #expect(p.t.state.profileChoice != nil)
        expectBoxed(p.screen, title: "switch profile", inside: ["sandbox", "shop"])
        p.press(.down)
        #expect(p.t.press(.enter) == [.switchProfile("shop")])
        let effects = p.t.send(.profileSwitched(.success(ProfileSwitch(name: "shop", isSandbox: true, isLive: false))))
        #expect(p.t.state.screen == .history && p.t.state.profileName == "shop")
        #expect(!effects.isEmpty, "the history is read again for the new profile's project")
    }
}

@Suite(.ownThread) struct PopUps {
    @Test("The profile list and the batch list are boxes with a border that hide what is under them",
          arguments: [(80, 24, true), (60, 20, true), (60, 20, false)])
    func popUpsHaveABorder(size: (Int, Int, Bool)) throws {
        let capabilities = TerminalCapabilities(colours: 256, unicode: size.2)
        var t = InMemoryTerminal(draft: validDraft(), width: size.0, height: size.1, now: t0, capabilities: capabilities)
        t.state.profileNames = ["sandbox", "šiaurė-ąčęėįšųūž", "shop"]
        t.state.form.moveFocus(to: .create)
        t.press(.char("P"))
        expectBoxed(t.screen, title: "switch profile", inside: ["sandbox", "šiaurė-ąčęėįšųūž", "shop"])
        t.press(.escape)
        let history = try historyWithBatches()
        var p = ProgramWithHistory(history, width: size.0, height: size.1)
        p.t.state.capabilities = capabilities
        p.press(.function(2))
        p.pressAnswering(.char("b"))
        expectBoxed(p.screen, title: "only the links of batch", inside: ["rows, 3 made", "rows, 2 made"])
    }
}

@Suite(.ownThread) struct HistoryBatchFilter {
    @Test func theStoreListsEachBatchNewestFirstWithItsRowsAndLinks() throws {
        let history = try historyWithBatches()
        let batches = try history.store.batches()
        #expect(batches.map(\.id) == ["B-NEW", "B-OLD"])
        #expect(batches.map(\.rows) == [3, 3])
        #expect(batches.map(\.created) == [3, 2])
        #expect(try history.store.page(batch: "B-OLD").map(\.name) == ["Link 5", "Link 4", "Link 3"])
        #expect(try history.store.page(filter: .status(.active), batch: "B-OLD").map(\.name) == ["Link 5", "Link 3"])
    }

    @Test func bPicksABatchFromAListThenOnlyItsRowsShowAndBOrEscShowsEveryLinkAgain() throws {
        let history = try historyWithBatches()
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        #expect(p.screen.contains("Link 8") && p.screen.contains("Link 0"))
        p.pressAnswering(.char("b"))
        let listed = try #require(p.t.state.history.batchChoice?.batches)
        #expect(listed.map(\.id) == ["B-NEW", "B-OLD"])
        #expect(p.screen.contains("B-OLD") && p.screen.contains("3 rows, 2 made"))
        // The list takes the keys: ↓ and Enter pick the second batch, not a link.
        p.pressAnswering(.down, .enter)
        #expect(p.t.state.history.batchChoice == nil)
        #expect(p.t.state.screen == .history)
        #expect(p.t.state.history.rows.map(\.name) == ["Link 5", "Link 4", "Link 3"])
        #expect(p.screen.line(0).contains("history · batch B-OLD"))
        #expect(!p.screen.contains("Link 8") && !p.screen.contains("Link 0"))
        // The status filter narrows the batch further.
        p.pressAnswering(.char("s"))
        #expect(p.t.state.history.rows.map(\.name) == ["Link 5", "Link 3"])
        p.pressAnswering(.char("s"), .char("s"), .char("s"), .char("s"), .char("s"))
        #expect(p.t.state.history.filter == .all)
        // Esc lifts the filter first and stays on the list; a second Esc leaves it.
        p.pressAnswering(.escape)
        #expect(p.t.state.screen == .history)
        #expect(p.t.state.history.rows.count == 9)
        #expect(!p.screen.line(0).contains("batch"))
        p.pressAnswering(.char("b"), .enter)
        #expect(p.t.state.history.rows.map(\.name) == ["Link 8", "Link 7", "Link 6"])
        p.pressAnswering(.char("b"))
        #expect(p.t.state.history.rows.count == 9)
        #expect(p.t.state.history.batchChoice == nil)
        p.pressAnswering(.escape)
        #expect(p.t.state.screen == .form)
    }

    @Test func escClosesTheListOfBatchesWithoutFiltering() throws {
        let history = try historyWithBatches()
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        p.pressAnswering(.char("b"), .escape)
        #expect(p.t.state.history.batchChoice == nil)
        #expect(p.t.state.screen == .history)
        #expect(p.t.state.history.rows.count == 9)
    }

    @Test func aHistoryWithoutBatchesSaysSoInsteadOfAnEmptyList() throws {
        let history = try TemporaryHistory()
        try history.fill(3)
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        p.pressAnswering(.char("b"))
        #expect(p.t.state.history.batchChoice == nil)
        #expect(p.screen.contains("no batches yet"))
    }

    @Test func batchColonIDInTheSearchFiltersByThatBatchAndCombinesWithWords() throws {
        let history = try historyWithBatches()
        var p = ProgramWithHistory(history)
        p.press(.function(2), .char("/"))
        p.type("batch:B-NEW")
        #expect(p.t.state.history.rows.map(\.name) == ["Link 8", "Link 7", "Link 6"])
        #expect(p.screen.line(0).contains("history · batch B-NEW"))
        p.type(" link 7")
        #expect(p.t.state.history.rows.map(\.name) == ["Link 7"])
        p.type("9")
        #expect(p.screen.contains("No link matches “link 79”"))
        // Esc clears the search and with it the batch it named.
        p.press(.escape)
        #expect(p.t.state.history.rows.count == 9)
    }

    @Test func aBatchWithNoRowsLeftUnderTheStatusFilterSaysWhichBatch() throws {
        let history = try historyWithBatches()
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        p.pressAnswering(.char("b"), .enter)
        for _ in 0..<2 { p.press(.char("s")) }
        #expect(p.t.state.history.filter == .paid)
        #expect(p.screen.contains("No paid links in batch B-NEW"))
    }
}
