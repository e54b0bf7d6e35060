import Foundation

/// What one reconciliation pass did to the history's unresolved create attempts.
public struct ReconcileReport: Sendable, Hashable {
    /// An attempt whose outcome could not be found out now, and why.
    public struct Unsettled: Sendable, Hashable {
        public var attempt: HistoryRecord
        public var reason: String
        public init(attempt: HistoryRecord, reason: String) {
            self.attempt = attempt
            self.reason = reason
        }
    }

    /// Unknown attempts whose link was found and adopted.
    public var adopted: [HistoryRecord] = []
    /// Unknown attempts settled as never made.
    public var notCreated: [HistoryRecord] = []
    /// Attempts whose outcome could not be found out now (the API did not answer).
    public var stillUnknown: [Unsettled] = []
    /// Attempts another paylink is still waiting on.
    public var inFlight: [HistoryRecord] = []

    public init(
        adopted: [HistoryRecord] = [], notCreated: [HistoryRecord] = [], stillUnknown: [Unsettled] = [],
        inFlight: [HistoryRecord] = []
    ) {
        self.adopted = adopted
        self.notCreated = notCreated
        self.stillUnknown = stillUnknown
        self.inFlight = inFlight
    }

    /// Whether the pass changed a row of the history.
    public var changedHistory: Bool { !adopted.isEmpty || !notCreated.isEmpty }

    /// Whether there was nothing to reconcile.
    public var isEmpty: Bool { adopted.isEmpty && notCreated.isEmpty && stillUnknown.isEmpty && inFlight.isEmpty }
}
