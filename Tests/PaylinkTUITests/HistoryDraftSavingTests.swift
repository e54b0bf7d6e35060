import Foundation
import PaylinkCore
import PaylinkTUI
import TestSupport
import Testing

@Suite(.ownThread) struct DraftSavingRules {
    @Test func savesOnlyAfterTypingPausesForASecond() {
        var saving = DraftSaving(seen: LinkDraft())
        var draft = LinkDraft()
        draft.name = "Wal"
        saving.observe(draft, now: t0)
        draft.name = "Wallet"
        saving.observe(draft, now: t0.addingTimeInterval(0.6))
        #expect(saving.due(now: t0.addingTimeInterval(1.2)) == nil)
        #expect(saving.due(now: t0.addingTimeInterval(1.6)) == .save(draft))
        // Written once: nothing more is due until the next change.
        #expect(saving.due(now: t0.addingTimeInterval(5)) == nil)
    }

    @Test func anEmptiedFormClearsTheSavedDraft() {
        var typed = LinkDraft()
        typed.amount = "25.00"
        var saving = DraftSaving(seen: typed)
        saving.observe(LinkDraft(), now: t0)
        #expect(saving.due(now: t0.addingTimeInterval(1)) == .clear)
    }

    @Test func quittingWritesAPendingDraftAtOnce() {
        var saving = DraftSaving(seen: LinkDraft())
        var draft = LinkDraft()
        draft.payerEmail = "ona@example.com"
        saving.observe(draft, now: t0)
        #expect(saving.due(now: t0.addingTimeInterval(0.1), force: true) == .save(draft))
    }

    @Test func defaultsAloneAreNotWorthKeeping() {
        var draft = LinkDraft()
        draft.currency = "USD"
        draft.language = "lt"
        draft.lifetime = "90m"
        #expect(!draft.hasTypedContent)
        draft.reference = "ORDER-7"
        #expect(draft.hasTypedContent)
    }

    @Test func theOfferSaysWhenTheDraftWasSaved() {
        var draft = LinkDraft()
        draft.name = "Leather wallet"
        let utc = TimeZone(identifier: "UTC")!
        let today = DraftOffer(draft: draft, savedAt: t0.addingTimeInterval(-3600 + 180))
        #expect(today.question(now: t0, timeZone: utc) == "Restore the unfinished link “Leather wallet” from 11:03? y/n")
        let earlier = DraftOffer(draft: LinkDraft(), savedAt: t0.addingTimeInterval(-86_400))
        #expect(earlier.question(now: t0, timeZone: utc) == "Restore the unfinished link from Tue 24 Nov 12:00? y/n")
    }
}
