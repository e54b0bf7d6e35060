import Foundation

/// Where the time before the first frame goes: with PAYLINK_PHASES set, each phase's length is written to standard
/// error when the program ends (never while the screen is up). PAYLINK_PHASES=1 counts from the process's start as the
/// kernel records it (10 ms steps); a launcher may instead give its own CLOCK_MONOTONIC start in nanoseconds.
public enum StartupPhases {
    private static let start: UInt64? = {
        guard let value = getenv("PAYLINK_PHASES").map({ String(cString: $0) }), !value.isEmpty else { return nil }
        if let given = UInt64(value), given > 1 { return given }
        return processStart() ?? monotonicNow()
    }()
    private static let marks = NSLock()
    nonisolated(unsafe) private static var recorded: [(name: String, at: UInt64)] = []

    /// Notes that the phase called `name` has just ended.
    public static func mark(_ name: String) {
        guard start != nil else { return }
        let now = monotonicNow()
        marks.withLock { recorded.append((name, now)) }
    }

    /// One line, `paylink phases: loader and runtime 9.1 ms, arguments parsed 2.0 ms, … (total 31.0 ms)`.
    public static func report() {
        guard let start else { return }
        let list = marks.withLock { recorded }
        var previous = start
        var parts: [String] = []
        for mark in list {
            parts.append(String(format: "%@ %.1f ms", mark.name, Double(mark.at &- previous) / 1e6))
            previous = mark.at
        }
        let total = Double((list.last?.at ?? start) &- start) / 1e6
        let line = "paylink phases: " + parts.joined(separator: ", ") + String(format: " (total %.1f ms)\n", total)
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func monotonicNow() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The process's start on the monotonic clock, from /proc/self/stat (clock ticks since boot).
    private static func processStart() -> UInt64? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
            let afterName = stat.range(of: ") ", options: .backwards)
        else { return nil }
        // Field 22 is the start time; the fields after the name start at field 3.
        let fields = stat[afterName.upperBound...].split(separator: " ")
        guard fields.count > 19, let ticks = UInt64(fields[19]) else { return nil }
        var boot = timespec()
        clock_gettime(CLOCK_BOOTTIME, &boot)
        let sinceBoot = UInt64(boot.tv_sec) * 1_000_000_000 + UInt64(boot.tv_nsec)
        let startedSinceBoot = ticks * 1_000_000_000 / UInt64(sysconf(Int32(_SC_CLK_TCK)))
        // The monotonic clock stops in suspend and the boot clock does not; both are read at the same moment.
        return monotonicNow() &- (sinceBoot &- startedSinceBoot)
    }
}
