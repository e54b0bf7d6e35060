/// Every sentence and word the programs show a person, one case each; each language's file says them all.
public enum Message: Hashable, Sendable {
    /// Text that comes from elsewhere (the API, the file system) and is shown as it is.
    case verbatim(String)
    /// A field's label beside its input.
    case label(FieldPath)
    /// A key's help text, or the title of where keys apply.
    case key(KeyWord)
    /// A word or sentence without parts.
    case ui(UIWord)
    /// A sentence of the takings, refund, history notices, editing, profiles, clipboard or customer display.
    case screen(ScreenMessage)
    /// A line or word of the command line (`paylink list`, `show`, `batch` …).
    case command(CommandMessage)
    /// An error or notice of the config file, the sandbox, the terminal or the API.
    case notice(NoticeMessage)

    // Field rules.
    case required(FieldPath)
    case requiredSuchAs(FieldPath, example: String)
    case controlCharacters(FieldPath)
    case tooLong(FieldPath, max: Int, has: Int)
    case orderIDNotUUID
    case referenceCharacter(String)
    case currencyNotCode
    case currencyUnknown(String)
    case languageNotCode
    case languageUnknown(String)
    case paymentFlowUnknown
    case methodKeySpaces
    case countryNotCode
    case countryUnknown(String)
    case emailInvalid
    case metadataNeedsEquals(String)
    case metadataNeedsKey(String)
    case metadataKeyTwice(String)
    case metadataKeyEmpty
    case metadataKeyTooLong(String, max: Int, has: Int)
    case metadataValueTooLong(String, max: Int, has: Int)
    case directPaymentNeedsMethod
    case emptyWhenGiven(FieldPath)
    case urlRefused(FieldPath, max: Int)
    case notRemovable(FieldPath)

    // Amounts.
    case amountNeedsCurrency
    case amountPositive(zero: String)
    case amountNoSign(example: String)
    case amountNotNumber(currency: String, example: String)
    case amountGrouping(example: String)
    case amountNoDecimals(currency: String, example: String)
    case amountDecimals(currency: String, digits: Int, example: String)
    case amountAtMost(largest: String)
    case amountAmbiguous(typed: String, whole: String, decimal: String)

    // Lifetimes.
    case lifetimeNegative
    case lifetimeShape
    case lifetimeTooLong(seconds: Int)
    case lifetimeUnitTwice

    // Counted words.
    case seconds(Int)
    case minutes(Int)
    case hours(Int)
    case days(Int)
    case weeks(Int)
    case links(Int)
    case rows(Int)

    // Screens.
    case tooSmallNeed(width: Int, height: Int)
    case tooSmallNow(width: Int, height: Int)
    case historyBatchTitle(String)
    case helpLines(first: Int, last: Int, total: Int)
    case couldNotLoad(String)
    case noMatchKeeps(String)
    case pickerPosition(Int, of: Int)
    case expiresOn(String)
    case expiredOn(String)
    case qrEnlarge(width: Int, height: Int)
    case qrPressKey(String)
    case partRefunded(back: String, paid: String)
    case linkID(String)
    case historyNoMatch(search: String, status: String?)
    case historyNoneInBatch(batch: String, status: String?)
    case historyNoneWithStatus(String)
    case historyPosition(Int, known: Int, more: Bool)
    case amountBack(String)
    case statusName(String)
    case batchTypePath(quits: Bool)
    case batchSummary(rows: Int, valid: Int, invalid: Int, total: String)
    case batchAllMade(Int, skipped: Int)
    case batchMake(links: Int, total: String?, made: Int, skipped: Int)
    case batchProgress(done: Int, total: Int, perSecond: String, refused: Int, unknown: Int, notSent: Int)
    case batchRowTitle(Int)
    case batchCurrencies(String)
    case languageSwitched(String)
    case fieldProblem(FieldPath, String)
    case fieldsNeedAttention(Int)
    /// A history row's short status word (at most 9 columns), from its English form ("PAID", "PART REF" …).
    case historyBadge(String)
    case batchChoiceRows(rows: Int, made: Int)

    // The line-by-line prompts (`--plain`, ACCESSIBLE=1).
    case plainTitle(sandbox: Bool, profile: String)
    case plainOrderQuestion(current: String)
    case plainURL(String)
    case plainExpires(date: String, left: String)
    case refusedBecause(String)
    case plainError(String)
    case plainNoAnswer(String)
    case notSentBecause(String)
    case plainMethods(String)
    case plainMethodsFailed(String)

    // The result screen's notices and order line.
    case refusedFields(Int, reason: String)
    case orderLine(String)
    case orderPaid(String)
    case orderOtherLinks(String)
    case amountOf(part: String, whole: String)

    // `paylink create`'s closing line.
    case createdExpiresIn(words: String, date: String)
    case createdExpired(date: String)

    // Notices of the edit form, profiles and the sandbox's payer.
    case simulatedFailed(String)
    case switchingTo(String)
    case nowUsingProfile(String, live: Bool)
    case changeFailed(String)
}

/// Help texts of the key table, and the titles of where keys apply.
public enum KeyWord: String, CaseIterable, Sendable, Hashable {
    case quit, help, suspend, createLink, nextField, previousField, activate, openList, orderChoice, otherFlow
    case back, cursorLeft, cursorRight, fieldStart, fieldEnd, deleteLeft, deleteRight, deleteToEnd, deleteToStart
    case deleteWord, choose, previous, next, closeList, choosePrevious, copy, qrCode, open, newLink, duplicate
    case sandboxPay, edit, freshLink, refund, closeHelp, scrollDown, scrollUp, lineDown, lineUp, top, history
    case takings, switchProfile, backToHistory, nextLink, previousLink, pageDown, pageUp, newestLink, search
    case status, details, cancel, refresh, refreshAll, reconcile, batchFilter, done, clearSearch, yes, no
    case batchFromFile, makeLinks, nextRow, previousRow, rowResult, backStop, earlier, later, day, week, month
    case today, chartCurrency, close, language
    case inGlobal, inBrowse, inHistory, inHistorySearch, inConfirm, inForm, inChoice, inEditing, inPicker
    case inResult, inQR, inFlowChoice, inHelp, inBatch, inRefund, inTakings
}

/// Words and sentences without parts.
public enum UIWord: String, CaseIterable, Sendable, Hashable {
    case titlePaymentLink, titleHistory, titleNewLink, titleChangeLink, titleQR, titleBatch, titleTakings, titleKeys
    case sending, tooSmallHint, otherScreens, moreAbove, moreBelow, helpMoreBelow, helpMoreAbove
    case buttonSending, buttonCreate, buttonSave, submitAnywhere
    case groupOrder, groupPayment, groupPayer, groupMore, orderWord, newOrder, existingOrder
    case loading, typeToSearch, flowPaysera, flowDirect, neverExpires, expired, expiresIn
    case paymentURL, paid, badgePaid, badgeRefunded, badgeCanceled, badgeActive, badgeExpired
    case qrNotMade, qrNeedsUTF8Colour, qrNeedsUTF8
    case search, statusLabel, columnCreated, columnName, columnAmount, columnStatus, columnLeft, columnPayer
    case columnBy, columnReference, historyUnreadable, reading, noLinksYet, never, reconcile
    case batchCSVFile, batchFile, batchChecking, batchStopQuestion, columnRow, columnPayerProblem, invalid
    case batchNoValidRow, batchStopping, languageTitle
    case stillSending, saveChanges, locked, nothingChanged, batchChoiceTitle, readingBatches
    case manualKeysBefore, manualKeysMiddle, manualKeysAfter
    case noOtherLink, createdNeverExpires
    case rowHasNoLink, editHint, nothingWasChanged, saving, linkChanged, freshLinkMaking, restoredDraft
    case onlyOneProfile, waitForLink, waitForBatch
    case copying, openingBrowser, duplicateHint, simulatedOnlySandbox, sandboxPaying, linkCreated
    case plainIntro, plainOrderAnswer, plainConfirm, plainSending, plainExpiresNever, plainCorrect, plainCancelled, plainNoMethods
}

/// The sentences of the takings screen, the refund pop-up, the history's notices, the edit form's refusals,
/// profiles, the clipboard and the customer display; each language says them in its `screen(_:)`.
public enum ScreenMessage: Hashable, Sendable {
    // The takings screen.
    case takingsTitle(String)
    case takingsWeek(Int, from: String, to: String)
    case monthTitle(month: Int, year: Int)
    case takingsNothingDay, takingsNothingWeek, takingsNothingMonth
    case takingsNet
    case takingsMoney(currency: String, net: String, paidCount: Int, paid: String, refundCount: Int, refunded: String)
    case takingsCounts(made: Int, expired: Int, cancelled: Int)
    case takingsChart(perHour: Bool, currency: String)
    case takingsBusiest(String, amount: String)
    case takingsNothingPaid
    case takingsByOperator, takingsByMethod
    case takingsMore(Int)
    /// A by-method or by-operator row whose method or maker is not known.
    case takingsUnknown

    // The history's notices.
    case historyUnreadableBecause(String)
    case statusNotRefreshed(String)
    case canceledLink(name: String?)
    case notCanceledBecause(String)
    case notCanceled
    case nothingToReconcile
    case reconcileFailed(String)
    case reconciling
    case canceling
    /// A status filter's raw value ("all", "paid" …).
    case showingStatus(String)
    /// `badge` is already in the language.
    case onlyActiveCancelable(badge: String)
    case cancelQuestion(name: String, amount: String?)
    case askingStatus
    case askingStatuses(Int)
    case nothingToRefresh
    case noLinkUnknown, noLinkRefused, noLinkNotMade, noLinkURL
    case batchFilterCleared
    case noBatchesYet
    case batchesUnreadable(String)
    case showingBatch(String)
    case reconciled(adopted: Int, notCreated: Int, stillUnknown: Int, inFlight: Int)
    case syncFailed(String, lastSynced: String?)
    case syncedAt(String)
    case syncedCounts(added: Int, changed: Int)
    case syncingNow
    case noHistoryKept

    // The refund pop-up.
    case refundTitle(String)
    case refundStanding(paid: String, back: String, left: String)
    case refundPayer(String)
    case readingPaid
    case refunding
    case refundKeys
    case refundReason
    case onlyPaidRefundable
    case refundedInFull
    case refundedAmount(String, status: String?)
    case notRefundedBecause(String)
    case nothingRefunded
    // `paylink reconcile`'s and `paylink cancel`'s lines.
    case refundFound(amount: String, order: String)
    case refundNotMade(amount: String, order: String)
    case refundStillUnknown(amount: String, order: String)
    case attemptFound(id: String, name: String)
    case attemptNotCreated(String)
    case attemptStillUnknown(String, why: String)
    case attemptInFlight(String)
    case linkCanceledID(String)
    /// `paylink batch` answered no.
    case nothingSent
    /// `remaining`: what a part refund leaves, when the question should say it.
    case refundQuestion(amount: String, payer: String?, order: String, remaining: String? = nil)
    /// `paylink refund`'s closing line; `before`: an earlier run made it and its answer was lost.
    case refundMade(amount: String, order: String, status: String?, before: Bool)
    case refundNothingRemains
    case refundAtMost(String)
    case reasonControl
    case reasonTooLong(max: Int, has: Int)

    // The unfinished link, editing, profiles, the clipboard.
    case restoreDraft(name: String?, at: String?)
    case paidNeedsNoFresh
    case stillActiveEditOrDuplicate
    /// `status` is a raw link status ("expired", "paid" …).
    case onlyActiveChangeable(status: String)
    case pressFForFresh
    case profileUnusable(String, why: String)
    case copiedThrough(tool: String?, failed: Bool)
    case openedInBrowser
    case xdgOpenMissing
    case xdgOpenFailed

    // The customer display.
    case displayScanToPay, displayToPay, displayValidFor, displayValidUntil, displayPaid, displayThankYou
    case displayExpired, displayCanceled, displayNeedsUnicode
    case displayTooSmall(columns: Int, rows: Int)
}
