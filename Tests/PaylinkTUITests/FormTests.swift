import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

@Suite(.ownThread) struct FormEditing {
    @Test func newFormStartsOnTheFirstRequiredEmptyField() {
        let t = terminal()
        #expect(t.state.form.focus == .field(.reference))
        #expect(t.screen.cursor != nil)
    }

    @Test func typingFillsTheFocusedFieldAndTabMovesOn() {
        var t = terminal()
        t.type("ORD-1")
        t.press(.tab)
        #expect(t.state.form.draft.reference == "ORD-1")
        #expect(t.state.form.focus == .field(.currency))
        t.press(.backTab)
        #expect(t.state.form.focus == .field(.reference))
        t.press(.down, .down)
        #expect(t.state.form.focus == .field(.amount))
        t.press(.up)
        #expect(t.state.form.focus == .field(.currency))
    }

    @Test func editingKeysMoveAndDelete() {
        var t = terminal()
        t.type("hello world")
        t.press(.left, .left, .backspace)
        #expect(t.state.form.draft.reference == "hello wold")
        t.press(.home, .delete)
        #expect(t.state.form.draft.reference == "ello wold")
        t.press(.ctrl("e"))
        t.press(.ctrl("w"))
        #expect(t.state.form.draft.reference == "ello ")
        t.press(.ctrl("a"), .right, .ctrl("k"))
        #expect(t.state.form.draft.reference == "e")
        t.type("xyz")
        t.press(.left, .ctrl("u"))
        #expect(t.state.form.draft.reference == "z")
        t.press(.end)
        t.type("!")
        #expect(t.state.form.draft.reference == "z!")
    }

    @Test func cursorColumnCountsWideCharacters() {
        var t = terminal()
        t.press(.tab, .tab, .tab)  // name
        #expect(t.state.form.focus == .field(.name))
        t.type("Žalgiris 東京 🎉")
        let screen = t.screen
        guard let cursor = screen.cursor else {
            Issue.record("no cursor")
            return
        }
        // 19 is where boxes start: "Žalgiris " 9 + "東京" 4 + " " 1 + "🎉" 2 = 16 columns.
        #expect(cursor.col == 19 + 16)
        t.press(.left)
        #expect(t.screen.cursor?.col == 19 + 14)
        t.press(.left, .left)
        #expect(t.screen.cursor?.col == 19 + 11)
        #expect(screen.line(cursor.row).contains("Žalgiris 東京 🎉"))
    }

    @Test func emojiSequenceTypedScalarByScalarIsOneCharacterAndTheCursorFollowsIt() {
        var t = terminal()
        t.state.form.moveFocus(to: .field(.name))
        // An emoji picker or input method sends a ZWJ family as separate scalars, not as a paste.
        for scalar in ["👩", "\u{200D}", "👩", "\u{200D}", "👧"] { t.press(.char(Character(scalar))) }
        #expect(t.state.form.input.chars == ["👩‍👩‍👧"])
        #expect(t.screen.cursor?.col == 19 + 2)
        t.press(.backspace)
        #expect(t.state.form.draft.name.isEmpty)
        // A digit made an emoji by VS16 takes two columns, and the cursor stands after both.
        t.press(.char("9"), .char("\u{FE0F}"))
        #expect(t.state.form.input.chars.count == 1)
        #expect(t.screen.cursor?.col == 19 + 2)
    }

    @Test func deletingWhatStoodBetweenTwoHalvesOfAFlagJoinsThem() {
        var input = TextInput("🇱a🇹")
        input.moveLeft()
        input.deleteBackward()
        #expect(input.chars == ["🇱🇹"])
        #expect(input.cursor == 1)
    }

    @Test func scrollMarksNeverCoverTheFocusedField() {
        var t = terminal(validDraft(), width: 41, height: 13)
        t.state.form.moveFocus(to: .field(.payerName))
        t.type("Jonas Jonaitis Jonas")
        let screen = t.screen
        guard let cursor = screen.cursor else {
            Issue.record("no cursor:\n\(screen)")
            return
        }
        // The focused field is on the last row of the body, where "↓ more" used to be drawn over its box.
        #expect(cursor.row == 10)
        #expect(screen.line(cursor.row).contains("Jonas Jonaitis Jonas"))
        #expect(!screen.line(cursor.row).contains("more"))
        #expect(screen[cursor.row, cursor.col].role == .focus)
    }

    @Test("any mix of edits leaves every element one whole grapheme and the text what the characters spell")
    func randomEditsKeepWholeGraphemes() {
        var random = SplitMix64(seed: 4_12_2026)
        let typed = ["a", "Z", " ", "-", "ž", "\u{301}", "\u{200D}", "👩", "🇱", "🇹", "\u{FE0F}", "注"]
        var input = TextInput("")
        for _ in 0..<3_000 {
            switch random.next() % 8 {
            case 0: input.deleteBackward()
            case 1: input.deleteForward()
            case 2: input.moveLeft()
            case 3: input.moveRight()
            default: input.insert(typed[Int(random.next() % UInt64(typed.count))])
            }
            #expect(input.chars == Array(String(input.chars)))
            #expect(input.text == String(input.chars))
            #expect((0...input.chars.count).contains(input.cursor))
        }
    }

    @Test func accentTypedAsCombiningMarkIsOneCharacter() {
        var input = TextInput("")
        input.insert("e\u{301}")
        #expect(input.chars.count == 1)
        input.deleteBackward()
        #expect(input.text.isEmpty)
    }

    @Test func longValueScrollsInsideItsBoxKeepingTheCursorVisible() {
        var t = terminal(width: 40, height: 16)
        t.type(String(repeating: "abcdefghij", count: 5))
        let cursor = t.screen.cursor
        #expect(cursor != nil)
        #expect((cursor?.col ?? 99) < 40)
        t.press(.home)
        #expect(t.screen.cursor?.col == 19)
    }

    @Test func errorAppearsOnlyAfterTheFieldWasLeftAndUpdatesAsYouType() {
        var t = terminal()
        t.press(.tab, .tab)  // amount
        t.type("abc")
        #expect(!t.screen.contains("✗ Amount"))
        t.press(.tab)
        #expect(t.screen.contains("✗ Amount"))
        t.press(.backTab)
        t.press(.ctrl("u"))
        t.type("25.00")
        #expect(!t.screen.contains("✗ Amount"))
    }

    @Test func badEmailShowsItsErrorAndBlocksSubmit() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.payerEmail))
        t.type("not-an-email")
        t.press(.tab)
        #expect(t.screen.contains("✗"))
        let effects = t.press(.ctrl("s"))
        #expect(effects.isEmpty)
        #expect(t.state.form.focus == .field(.payerEmail))
        #expect(t.screen.contains("1 field needs attention"))
    }

    @Test func submitWithErrorsCountsThemAndFocusesTheFirst() {
        var t = terminal()
        t.press(.tab, .tab)
        let effects = t.press(.ctrl("s"))
        #expect(effects.isEmpty)
        #expect(t.state.form.focus == .field(.reference))
        #expect(t.screen.contains("4 fields need attention"))
        #expect(t.screen.contains("✗ Reference"))
    }

    @Test func validDraftSubmitsFromAnywhereAndShowsSending() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.purpose))
        let effects = t.press(.ctrl("s"))
        #expect(effects == [.create(validDraft())])
        #expect(t.screen.contains("sending…"))
        // A second Ctrl-S while the first is out never sends twice.
        #expect(t.press(.ctrl("s")).isEmpty)
        // The form stays responsive while sending.
        t.type("x")
        #expect(t.state.form.draft.purpose == "x")
    }

    @Test func enterOnCreateSubmits() {
        var t = terminal(validDraft())
        #expect(t.state.form.focus == .create)
        #expect(t.press(.enter) == [.create(validDraft())])
    }

    @Test func orderModeToggleSwapsReferenceForOrderID() {
        var t = terminal()
        t.press(.backTab)
        #expect(t.state.form.focus == .orderMode)
        t.press(.char(" "))
        #expect(t.state.form.draft.orderMode == .existing)
        #expect(t.screen.contains("Order ID"))
        #expect(!t.screen.contains("Reference"))
        t.press(.tab)
        #expect(t.state.form.focus == .field(.orderID))
        t.press(.backTab, .enter)
        #expect(t.state.form.draft.orderMode == .new)
    }

    @Test func requiredFieldsAreMarked() {
        let screen = terminal().screen
        let nameRow = screen.row(of: "Name")
        let purposeRow = screen.row(of: "Purpose")
        #expect(nameRow.map { screen.line($0).hasPrefix("  * ") } == true)
        #expect(purposeRow.map { screen.line($0).hasPrefix("    ") } == true)
    }

    @Test func lifetimeShowsWhenItExpires() {
        var t = terminal()
        #expect(t.screen.contains("expires Sat 28 Nov 12:00"))
        t.state.form.moveFocus(to: .field(.lifetime))
        t.press(.ctrl("u"))
        t.type("never")
        #expect(t.screen.contains("never expires"))
        t.press(.ctrl("u"))
        t.type("90m")
        #expect(t.screen.contains("expires Wed 25 Nov 13:30"))
    }

    @Test("1m says it is a minute as it is typed; ctrl-o offers plain lifetimes (1 hour … 30 days)")
    func lifetimeOneMSaysMinuteAndTheListOffersPlainChoices() {
        var t = terminal()
        t.state.form.moveFocus(to: .field(.lifetime))
        t.press(.ctrl("u"))
        t.type("1m")
        #expect(t.screen.contains("1 minute, expires Wed 25 Nov 12:01"), "\(t.screen.text)")
        t.press(.ctrl("u"))
        t.type("1min")
        #expect(t.screen.contains("expires Wed 25 Nov 12:01") && !t.screen.contains("1 minute,"))
        t.press(.ctrl("o"))
        let list = t.screen
        for choice in ["1 hour", "1 day", "3 days", "1 week", "30 days"] { #expect(list.contains(choice), "\(choice) missing") }
        t.type("30")
        t.press(.enter)
        #expect(t.state.form.draft.lifetime == "30d")
        #expect(t.screen.contains("expires Fri 25 Dec 12:00"), "\(t.screen.text)")
    }

    @Test func ctrlCQuitsFromAnywhere() {
        var t = terminal()
        t.type("e")
        // The unfinished draft is written down on the way out; quitting is the last effect.
        #expect(t.press(.ctrl("c")).last == .quit)
        var r = terminal(validDraft())
        r.send(.created(.created(sampleLink())))
        r.press(.function(1))
        #expect(r.press(.ctrl("c")) == [.quit])
        #expect(r.state.quitting)
    }

    @Test func ctrlZAsksToSuspend() {
        var t = terminal()
        #expect(t.press(.ctrl("z")) == [.suspend])
    }

    @Test func terminateSignalQuits() {
        var t = terminal()
        #expect(t.send(.terminate) == [.quit])
    }
}

@Suite(.ownThread) struct Pasting {
    @Test func pasteNotDuplicated() {
        var t = terminal()
        t.send(.paste("INV-2024-001"))
        #expect(t.state.form.draft.reference == "INV-2024-001")
        #expect(t.state.form.input.cursor == 12)
    }

    @Test func pasteKeepsTheFirstLineInASingleLineField() {
        var t = terminal()
        t.send(.paste("first line\nsecond line\n"))
        #expect(t.state.form.draft.reference == "first line")
    }

    @Test func pastedNewlineNeverSubmits() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.purpose))
        let effects = t.send(.paste("gift\r\n"))
        #expect(effects.isEmpty)
        #expect(!t.state.form.sending)
        #expect(t.state.form.draft.purpose == "gift")
    }

    @Test func pasteDropsControlCharacters() {
        var t = terminal()
        t.send(.paste("A\u{1B}[31mB\u{07}C\tD"))
        #expect(t.state.form.draft.reference == "A[31mBC D")
    }

    @Test func everyLineEndingSeparatesMetadataEntriesAndBlankLinesGo() {
        var t = terminal()
        t.state.form.moveFocus(to: .field(.metadata))
        t.send(.paste("shop=12\r\n \rdesk=3\rtill=ž\n"))
        #expect(t.state.form.draft.metadata == "shop=12; desk=3; till=ž")
    }

    @Test func pasteIntoMetadataKeepsEveryLineAsAnEntry() {
        var t = terminal()
        t.state.form.moveFocus(to: .field(.metadata))
        t.send(.paste("shop=12\ndesk=3\n"))
        #expect(t.state.form.draft.metadata == "shop=12; desk=3")
    }

    @Test func pasteInsertsAtTheCursor() {
        var t = terminal()
        t.type("AB")
        t.press(.left)
        t.send(.paste("xyz"))
        #expect(t.state.form.draft.reference == "AxyzB")
    }
}

@Suite(.ownThread) struct Pickers {
    @Test func typeAheadPicksALanguage() {
        var t = terminal()
        t.state.form.moveFocus(to: .field(.language))
        t.type("en")
        #expect(t.state.form.picker != nil)
        #expect(t.screen.contains("en — English"))
        t.press(.tab)
        #expect(t.state.form.draft.language == "en")
        #expect(t.state.form.picker == nil)
        #expect(t.state.form.focus == .field(.lifetime))
        #expect(t.screen.contains("English"))
    }

    @Test func typeAheadFindsByName() {
        var t = terminal()
        t.state.form.moveFocus(to: .field(.language))
        t.type("lith")
        t.press(.enter)
        #expect(t.state.form.draft.language == "lt")
    }

    @Test func arrowsMoveThroughTheList() {
        var t = terminal()
        t.state.form.moveFocus(to: .field(.countryCode))
        t.type("l")
        let first = t.state.form.options(for: .countryCode, filter: "l")
        t.press(.down)
        t.press(.enter)
        #expect(t.state.form.draft.countryCode == first[1].value)
    }

    @Test func escLeavesThePickerWithoutChanging() {
        var t = terminal()
        t.state.form.moveFocus(to: .field(.currency))
        t.type("US")
        t.press(.escape)
        #expect(t.state.form.picker == nil)
        #expect(t.state.form.draft.currency == "EUR")
        #expect(t.state.form.focus == .field(.currency))
    }

    @Test func enterOpensThePickerOnTheCurrentValue() {
        var t = terminal()
        t.state.form.moveFocus(to: .field(.currency))
        t.press(.enter)
        #expect(t.state.form.picker != nil)
        t.press(.enter)
        #expect(t.state.form.draft.currency == "EUR")
    }

    @Test func methodPickerLoadsForTheTypedAmountAndCurrency() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.paymentFlow))
        let effects = t.press(.tab)
        #expect(effects == [.loadMethods(amount: 2500, currency: "EUR", key: "2500 EUR")])
        #expect(t.screen.contains("loading…"))
        t.send(.methodsLoaded(key: "2500 EUR", .success([
            PaymentMethod(key: "swedbank", title: "Swedbank", availableCountries: ["LT", "LV", "EE"]),
            PaymentMethod(key: "card-payment", title: "Card", availableCountries: nil),
            PaymentMethod(key: "nordea", title: "Nordea", availableCountries: ["FI"]),
        ])))
        t.press(.enter)
        #expect(t.screen.contains("swedbank — Swedbank"))
        #expect(t.screen.contains("nordea — Nordea"))
        t.press(.escape)
        // Filtered by country.
        t.state.form.draft.countryCode = "LT"
        t.press(.enter)
        #expect(!t.screen.contains("nordea — Nordea"))
        #expect(t.screen.contains("card-payment — Card"))
    }

    @Test func methodPickerSaysWhenItCouldNotLoadAndAllowsFreeText() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.paymentFlow))
        t.press(.tab)
        t.send(.methodsLoaded(key: "2500 EUR", .failure(MessageError("connection refused"))))
        #expect(t.screen.contains("couldn't load: connection refused"))
        t.type("seb")
        t.press(.enter)
        #expect(t.state.form.draft.methodKey == "seb")
    }

    @Test func staleMethodsAnswerIsIgnored() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.paymentFlow))
        t.press(.tab)
        t.send(.methodsLoaded(key: "100 EUR", .success([PaymentMethod(key: "x")])))
        #expect(t.state.form.methods == .loading(key: "2500 EUR"))
    }
}

@Suite(.ownThread) struct SubmitOutcomes {
    @Test func apiFieldErrorsLandOnTheirFields() {
        var t = terminal(validDraft())
        t.press(.ctrl("s"))
        t.send(.created(.invalid([.amount: "must be greater than 0", .payerEmail: "is not valid"], message: "Invalid request")))
        #expect(t.state.form.focus == .field(.amount))
        #expect(t.screen.contains("✗ must be greater than 0"))
        #expect(t.screen.contains("Refused: 2 fields need attention"))
        // Editing the field clears the server's message.
        t.type("1")
        #expect(!t.screen.contains("must be greater than 0"))
    }

    @Test func refusedKeepsTheFormAsTyped() {
        var t = terminal(validDraft())
        t.press(.ctrl("s"))
        t.send(.created(.refused("Order with this reference already exists")))
        #expect(t.state.screen == .form)
        #expect(t.state.form.draft == validDraft())
        #expect(t.screen.contains("Refused: Order with this reference already exists"))
        #expect(!t.state.form.sending)
    }

    @Test func outcomeUnknownIsSaidPlainlyAndNotRetried() {
        var t = terminal(validDraft())
        t.press(.ctrl("s"))
        t.clearEffects()
        t.send(.created(.outcomeUnknown("timed out")))
        #expect(t.effects.isEmpty)
        #expect(t.state.notice?.text.contains("may or may not exist") == true)
        for _ in 0..<10 { t.send(.tick(t0.addingTimeInterval(5))) }
        #expect(t.effects.isEmpty)
    }

    @Test func serverTextIsSanitizedBeforeDrawing() {
        var t = terminal(validDraft())
        t.press(.ctrl("s"))
        t.send(.created(.refused("bad\u{1B}[2Jthing")))
        #expect(t.state.notice?.text == "Refused: badthing")
    }
}

@Suite(.ownThread) struct HandsOnTheForm {
    @Test func tabInAnOpenPickerTakesTheHighlightedChoiceAndMovesOn() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.language))
        t.type("lit")
        #expect(t.state.form.picker != nil)
        t.press(.tab)
        #expect(t.state.form.picker == nil)
        #expect(t.state.form.draft.language == "lt")
        #expect(t.state.form.focus == .field(.lifetime))
    }

    @Test func shiftTabInAnOpenPickerTakesTheChoiceAndMovesBack() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.language))
        t.type("lit")
        t.press(.backTab)
        #expect(t.state.form.picker == nil)
        #expect(t.state.form.draft.language == "lt")
        #expect(t.state.form.focus == .field(.name))
    }

    @Test func tabKeepsTypedTextWhenNothingMatches() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.countryCode))
        t.type("zq")
        t.press(.tab)
        #expect(t.state.form.draft.countryCode == "zq")
        #expect(t.state.form.focus != .field(.countryCode))
    }

    @Test func ctrlSSubmitsFromAnOpenPicker() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.language))
        t.type("lit")
        let effects = t.press(.ctrl("s"))
        var sent = validDraft()
        sent.language = "lt"
        #expect(effects == [.create(sent)])
    }

    @Test func escInAPickerAfterTypingRestoresTheValueTheFieldHadBefore() {
        var t = terminal(validDraft())
        for (field, before) in [(FieldPath.currency, "EUR"), (.language, "en"), (.countryCode, "")] {
            t.state.form.moveFocus(to: .field(field))
            for typed in ["usd", "zz", "ą"] {
                t.type(typed)
                #expect(t.state.form.picker != nil)
                t.press(.escape)
                #expect(t.state.form.picker == nil)
                #expect(t.state.form.draft.value(of: field) == before, "\(field) after \(typed)")
                #expect(t.state.form.input.text == before)
            }
        }
        // Enter still takes what was typed.
        t.state.form.moveFocus(to: .field(.currency))
        t.type("usd")
        t.press(.enter)
        #expect(t.state.form.draft.currency == "USD")
    }

    @Test func paymentFlowIsATwoValueChoiceSwitchedWithSpaceAndArrows() {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.paymentFlow))
        #expect(t.screen.contains("◉ paysera_checkout  ○ direct_payment  Paysera lists methods"))
        t.press(.char(" "))
        #expect(t.state.form.draft.paymentFlow == "direct_payment")
        #expect(t.screen.contains("○ paysera_checkout  ◉ direct_payment  straight to one method"))
        t.press(.right)
        #expect(t.state.form.draft.paymentFlow == "paysera_checkout")
        t.press(.left)
        t.type("xyz")
        t.send(.paste("abc"))
        #expect(t.state.form.draft.paymentFlow == "direct_payment")
        #expect(t.state.form.picker == nil)
        #expect(t.screen.line(23).contains("space other payment flow"))
        t.press(.tab)
        #expect(t.state.form.draft.paymentFlow == "direct_payment")
    }

    @Test func anAPIFieldErrorWithAnEmptyMessageGetsASentence() {
        var t = terminal(validDraft())
        t.press(.ctrl("s"))
        t.send(.created(.invalid([.amount: ""], message: "Invalid request")))
        #expect(t.screen.contains("✗ Amount was refused by Paysera without a reason"))
    }
}
