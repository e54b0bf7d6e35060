import Foundation

/// Counts of a batch run so far, for the progress line and the screen.
public struct BatchProgress: Sendable, Hashable {
    /// Rows the run looks at (valid ones, and invalid ones when they are skipped).
    public var total = 0
    public var done = 0
    public var created = 0
    /// Links made by this run (not reused from an earlier one).
    public var sent = 0
    public var refused = 0
    public var unknown = 0
    public var invalid = 0
    /// Rows not sent because of a failure on this side (no connection, the history not writable); a rerun sends them.
    public var notSent = 0
    /// Of the unknown rows, those whose order exists without a link and whose id the person must give.
    public var orphanOrders = 0
    /// Links made per second from the start to the last row counted.
    public var linksPerSecond = 0.0
    public var started = Date()

    public init(
        total: Int = 0, done: Int = 0, created: Int = 0, sent: Int = 0, refused: Int = 0, unknown: Int = 0,
        invalid: Int = 0, notSent: Int = 0, orphanOrders: Int = 0, linksPerSecond: Double = 0, started: Date = Date()
    ) {
        self.total = total
        self.done = done
        self.created = created
        self.sent = sent
        self.refused = refused
        self.unknown = unknown
        self.invalid = invalid
        self.notSent = notSent
        self.orphanOrders = orphanOrders
        self.linksPerSecond = linksPerSecond
        self.started = started
    }

    /// Links made per second from the start until `now`.
    public func linksPerSecond(at now: Date) -> Double {
        Double(sent) / max(now.timeIntervalSince(started), 0.001)
    }
}

extension BatchProgress {
    /// `[#########...........] 120/300  35.2 links/s  ETA 0:05  refused 0  unknown 0`
    public func line(note: String?, now: Date) -> String {
        let p = self
        let width = 20
        let share = p.total == 0 ? 1 : Double(p.done) / Double(p.total)
        let filled = min(width, Int((share * Double(width)).rounded(.down)))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
        let elapsed = max(now.timeIntervalSince(p.started), 0.001)
        let rate = p.linksPerSecond(at: now)
        let rowRate = Double(p.done) / elapsed
        let left = rowRate > 0 ? Int((Double(p.total - p.done) / rowRate).rounded()) : 0
        let eta = String(format: "%d:%02d", left / 60, left % 60)
        var parts = [bar, "\(p.done)/\(p.total)", String(format: "%.1f links/s", rate), "ETA \(eta)",
                     "refused \(p.refused)", "unknown \(p.unknown)"]
        if p.notSent > 0 { parts.append("not sent \(p.notSent)") }
        if let note { parts.append(note) }
        return parts.joined(separator: "  ")
    }
}
