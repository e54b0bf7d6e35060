import Foundation
import PaylinkCore
import TestSupport
import Testing
@testable import PaylinkStore

@Suite(.ownThread) struct DraftStoreTests {
    func draft(name: String) -> LinkDraft {
        var draft = LinkDraft()
        draft.reference = "R-1"
        draft.amount = "25,50"
        draft.name = name
        draft.payerEmail = "ona@example.com"
        draft.metadata = "till=3\nshift=evening"
        return draft
    }

    @Test func aSavedDraftComesBackAsTyped() throws {
        let temp = try TemporaryDirectory()
        let store = DraftStore(file: temp.appending("data/draft.json"))
        #expect(store.load() == nil)
        try store.save(draft(name: "Žalgiris"))
        #expect(store.load() == draft(name: "Žalgiris"))
    }

    @Test func savingReplacesTheWholeFileAndLeavesNoTemporaryFiles() throws {
        let temp = try TemporaryDirectory()
        let store = DraftStore(file: temp.appending("draft.json"))
        try store.save(draft(name: String(repeating: "long name ", count: 200)))
        try store.save(draft(name: "short"))
        #expect(store.load()?.name == "short")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.path) == ["draft.json"])
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: store.file.path)[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0)
    }

    @Test func clearingRemovesTheDraftAndClearingTwiceIsFine() throws {
        let temp = try TemporaryDirectory()
        let store = DraftStore(paths: AppPaths(environment: ["PAYLINK_DATA_DIR": temp.path], home: temp.url))
        try store.save(draft(name: "x"))
        try store.clear()
        #expect(store.load() == nil)
        #expect(throws: Never.self) { try store.clear() }
    }

    @Test func aDamagedDraftIsIgnored() throws {
        let temp = try TemporaryDirectory()
        let store = DraftStore(file: temp.appending("draft.json"))
        try Data("{\"name\": ".utf8).write(to: store.file)
        #expect(store.load() == nil)
    }
}
