import Logging
import Synchronization

/// Keeps every line a logger writes, with its metadata, so a test can read what reaches the logs.
public final class LogCapture: Sendable {
    private let stored = Mutex<[String]>([])

    public init() {}

    /// The lines so far: the level and the message, then the metadata as ` key=value`, keys sorted.
    public var lines: [String] { stored.withLock { $0 } }

    /// A logger that writes here, from `level` up.
    public func logger(level: Logger.Level = .trace) -> Logger {
        var logger = Logger(label: "test.captured") { _ in Handler(capture: self) }
        logger.logLevel = level
        return logger
    }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
            let text = "\(event.level) \(event.message)" + all.sorted { $0.key < $1.key }.map { " \($0)=\($1)" }.joined()
            capture.stored.withLock { $0.append(text) }
        }
    }
}
