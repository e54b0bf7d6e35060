import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

// What the reliability suite stands on: a loopback HTTP server that misbehaves on purpose, a bounded
// child-process runner that reports signals and time-outs, and checks for control bytes and secrets.

/// A value shared between threads behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
    var snapshot: Value { withLock { $0 } }
}

/// A socket call failed while setting up a test server or client.
struct SocketFailure: Error, CustomStringConvertible {
    var description: String
    init(_ what: String) { description = "\(what): \(String(cString: strerror(errno)))" }
}

/// Plain POSIX TCP on 127.0.0.1, so the tests control every byte and every close.
enum Loopback {
    /// A listening socket on an ephemeral loopback port.
    static func listen() throws -> (fd: Int32, port: Int) {
        let (fd, port) = try boundLoopbackSocket(reuseAddress: true)
        guard Glibc.listen(fd, 128) == 0 else {
            let failure = SocketFailure("listen")
            close(fd)
            throw failure
        }
        return (fd, port)
    }

    /// A connected client socket, with a receive time-out so a silent peer cannot stall a test.
    static func connect(port: Int, receiveTimeout: TimeInterval = 10) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SocketFailure("socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let failure = SocketFailure("connect to 127.0.0.1:\(port)")
            close(fd)
            throw failure
        }
        var timeout = timeval(tv_sec: Int(receiveTimeout), tv_usec: Int((receiveTimeout - receiveTimeout.rounded(.down)) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    /// Writes everything (no SIGPIPE when the peer has gone); false when the peer stopped reading.
    @discardableResult
    static func send(_ fd: Int32, _ data: Data) -> Bool {
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress!.advanced(by: offset), data.count - offset, Int32(MSG_NOSIGNAL))
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Up to `max` bytes; empty at end of stream, nil on error or time-out.
    static func receive(_ fd: Int32, max: Int = 65536) -> Data? {
        var buffer = [UInt8](repeating: 0, count: max)
        while true {
            let count = recv(fd, &buffer, max, 0)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            return Data(buffer[0..<count])
        }
    }

    /// Everything the peer sends until it closes (or goes silent past the receive time-out).
    static func receiveAll(_ fd: Int32, limit: Int = 64 << 20) -> Data {
        var all = Data()
        while all.count < limit, let chunk = receive(fd), !chunk.isEmpty { all.append(chunk) }
        return all
    }
}

/// One request as the misbehaving API read it off the wire.
struct ReceivedRequest: Sendable {
    var method: String
    var target: String
    var headers: [(String, String)]
    var body: Data

    var path: String { String(target.split(separator: "?", maxSplits: 1).first ?? "") }
    func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
}

/// What the misbehaving API does with one request.
enum FaultReply: Sendable {
    /// A complete answer.
    case answer(status: Int, headers: [(String, String)], body: Data)
    /// A complete answer written one byte at a time with a pause between bytes.
    case dribble(status: Int, body: Data, pause: Duration)
    /// Announces the whole body, sends only its first bytes, then closes.
    case closeMidBody(status: Int, body: Data, sentBytes: Int)
    /// A body streamed in chunks without a Content-Length.
    case chunked(status: Int, chunk: Data, count: Int)
    /// Closes the connection without a byte of answer.
    case close
    /// Keeps the connection open and never answers.
    case hang
    /// Relays the request to a real server on a loopback port, after an optional pause.
    case forward(port: Int, pause: Duration?)

    static func json(_ status: Int, _ text: String, headers: [(String, String)] = []) -> FaultReply {
        .answer(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(text.utf8))
    }
}

/// A real HTTP/1.1 server on 127.0.0.1 that answers as its script says, records every request, and can
/// dribble, cut, hang or relay; one thread per connection so a hanging answer never blocks the others.
final class MisbehavingAPI: @unchecked Sendable {
    let port: Int
    private let listener: Int32
    private let script: @Sendable (ReceivedRequest) -> FaultReply
    private let received = Locked<[ReceivedRequest]>([])
    private let relayed = Locked<[Data]>([])
    private let open = Locked<Set<Int32>>([])
    private let stopped = Locked(false)

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var requests: [ReceivedRequest] { received.snapshot }
    /// Answers a relayed server sent back, byte for byte.
    var relayedAnswers: [Data] { relayed.snapshot }

    /// How many requests with this method reached this path.
    func count(_ method: String, _ path: String) -> Int {
        requests.filter { $0.method == method && $0.path == path }.count
    }

    init(script: @escaping @Sendable (ReceivedRequest) -> FaultReply) throws {
        (listener, port) = try Loopback.listen()
        self.script = script
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    func stop() {
        let first = stopped.withLock { was -> Bool in
            defer { was = true }
            return !was
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for fd in open.snapshot { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    deinit { stop() }

    private func acceptLoop() {
        while !stopped.snapshot {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR { continue }
                return
            }
            open.withLock { _ = $0.insert(fd) }
            let thread = Thread { [self] in
                serve(fd)
                open.withLock { _ = $0.remove(fd) }
                close(fd)
            }
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        var buffer = Data()
        guard let request = Self.readRequest(fd, buffer: &buffer) else { return }
        received.withLock { $0.append(request) }
        reply(script(request), to: request, on: fd)
    }

    private func reply(_ reply: FaultReply, to request: ReceivedRequest, on fd: Int32) {
        switch reply {
        case .answer(let status, let headers, let body):
            Loopback.send(fd, Self.head(status, headers + [("Content-Length", "\(body.count)")]) + body)
        case .dribble(let status, let body, let pause):
            let whole = Self.head(status, [("Content-Type", "application/json"), ("Content-Length", "\(body.count)")]) + body
            for byte in whole {
                guard !stopped.snapshot, Loopback.send(fd, Data([byte])) else { return }
                Thread.sleep(forTimeInterval: pause.seconds)
            }
        case .closeMidBody(let status, let body, let sentBytes):
            let head = Self.head(status, [("Content-Type", "application/json"), ("Content-Length", "\(body.count)")])
            Loopback.send(fd, head + body.prefix(sentBytes))
        case .chunked(let status, let chunk, let count):
            guard Loopback.send(fd, Self.head(status, [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")]))
            else { return }
            let framed = Data(String(chunk.count, radix: 16).utf8) + Data("\r\n".utf8) + chunk + Data("\r\n".utf8)
            for _ in 0..<count { guard Loopback.send(fd, framed) else { return } }
            Loopback.send(fd, Data("0\r\n\r\n".utf8))
        case .close:
            return
        case .hang:
            while !stopped.snapshot { Thread.sleep(forTimeInterval: 0.02) }
        case .forward(let port, let pause):
            guard let upstream = try? Loopback.connect(port: port, receiveTimeout: 60) else { return }
            defer { close(upstream) }
            var head = "\(request.method) \(request.target) HTTP/1.1\r\n"
            let dropped: Set<String> = ["connection", "keep-alive", "content-length", "transfer-encoding"]
            for (name, value) in request.headers where !dropped.contains(name.lowercased()) { head += "\(name): \(value)\r\n" }
            head += "Connection: close\r\nContent-Length: \(request.body.count)\r\n\r\n"
            guard Loopback.send(upstream, Data(head.utf8) + request.body) else { return }
            let answer = Loopback.receiveAll(upstream)
            relayed.withLock { $0.append(answer) }
            if let pause { Thread.sleep(forTimeInterval: pause.seconds) }
            Loopback.send(fd, Self.closing(answer))
        }
    }

    /// The relayed answer with its keep-alive header replaced by `Connection: close`, since the relay closes
    /// after each answer and a client must not send its next request down a connection about to go.
    private static func closing(_ answer: Data) -> Data {
        guard let end = answer.range(of: Data("\r\n\r\n".utf8)) else { return answer }
        var lines = String(decoding: answer[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        lines.removeAll { $0.lowercased().hasPrefix("connection:") || $0.lowercased().hasPrefix("keep-alive:") }
        lines.append("Connection: close")
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8) + answer[end.upperBound...]
    }

    private static func head(_ status: Int, _ headers: [(String, String)]) -> Data {
        var text = "HTTP/1.1 \(status) \(ReasonPhrase.phrase(status))\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Connection: close\r\n\r\n"
        return Data(text.utf8)
    }

    /// Reads one request (head and Content-Length body); nil when the client closes first.
    static func readRequest(_ fd: Int32, buffer: inout Data) -> ReceivedRequest? {
        let separator = Data("\r\n\r\n".utf8)
        var headEnd: Range<Data.Index>?
        while headEnd == nil {
            headEnd = buffer.range(of: separator)
            if headEnd != nil { break }
            guard buffer.count < 1 << 20, let chunk = Loopback.receive(fd), !chunk.isEmpty else { return nil }
            buffer.append(chunk)
        }
        guard let end = headEnd else { return nil }
        let headText = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        let headers = lines.compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let length = headers.first { $0.0.lowercased() == "content-length" }.flatMap { Int($0.1) } ?? 0
        var body = Data(buffer[end.upperBound...])
        while body.count < length, let chunk = Loopback.receive(fd), !chunk.isEmpty { body.append(chunk) }
        return ReceivedRequest(
            method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: body.prefix(length))
    }
}

/// Reason phrases for the statuses the scripts use.
enum ReasonPhrase {
    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}

extension Duration {
    var seconds: TimeInterval {
        let (whole, atto) = components
        return TimeInterval(whole) + TimeInterval(atto) / 1e18
    }
}

/// Bodies the scripted API answers with, in the Checkout API's shapes.
enum FakeCheckout {
    static let tokenPath = "/auth/realms/Paysera/protocol/openid-connect/token"
    static let ordersPath = "/merchant-order/integration/v1/orders"
    static let linksPath = "/checkout-payment-link/integration/v1/payment-links"
    static let methodsPath = "/checkout-project/integration/v1/methods"

    static let token = FaultReply.json(200, #"{"access_token":"tok-scripted","expires_in":3600,"token_type":"Bearer"}"#)

    /// A JSON string literal with every control character (C0, DEL, C1) written as `\u00XX`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x00...0x1F, 0x7F...0x9F: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A payment link as the API returns it.
    static func link(
        id: String, orderID: String, name: String = "Fault test", url: String? = nil, amount: Int = 2500,
        now: Int = Int(Date().timeIntervalSince1970)
    ) -> String {
        let paymentURL = url ?? "https://pay.example.test/l/\(id)"
        return """
            {"link_id":\(quoted(id)),"order_id":\(quoted(orderID)),"payment_URL":\(quoted(paymentURL)),\
            "name":\(quoted(name)),"purchase":{"amount":\(amount)},\
            "experience":{"language":"en","payment_flow":"paysera_checkout"},"lifetime":3600,\
            "status":"active","created_at":\(now),"expired_at":\(now + 3600),"updated_at":\(now)}
            """
    }
}

/// How a child process ended and what it printed.
struct ChildRun: Sendable {
    var status: Int32
    /// Killed by a signal (a crash, or our own kill after the time limit).
    var signaled: Bool
    var timedOut: Bool
    var stdoutBytes: Data
    var stderrBytes: Data
    var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
    var stderr: String { String(decoding: stderrBytes, as: UTF8.self) }
    var summary: String { "exit \(status)\(signaled ? " (signal)" : "")\(timedOut ? " (timed out)" : ""); stderr: \(stderr)" }
}

/// Runs paylink (or another program) to completion within a time limit, both pipes drained concurrently.
enum Child {
    static func run(
        _ arguments: [String], environment: [String: String], executable: URL = PaylinkBinary.url,
        timeout: TimeInterval = 60, started: (@Sendable (Int32) -> Void)? = nil
    ) -> ChildRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch {
            return ChildRun(status: -1, signaled: false, timedOut: false, stdoutBytes: Data(),
                            stderrBytes: Data("could not start: \(error)".utf8))
        }
        started?(process.processIdentifier)
        let collected = Locked<[Int: Data]>([:])
        let drained = DispatchGroup()
        for (index, pipe) in [out, err].enumerated() {
            drained.enter()
            let handle = pipe.fileHandleForReading
            Thread {
                let data = handle.readDataToEndOfFile()
                collected.withLock { $0[index] = data }
                drained.leave()
            }.start()
        }
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        drained.wait()
        process.waitUntilExit()
        let parts = collected.snapshot
        return ChildRun(
            status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut, stdoutBytes: parts[0] ?? Data(), stderrBytes: parts[1] ?? Data())
    }

    /// A paylink child whose output is thrown away, for killing at a chosen moment.
    static func startQuiet(_ arguments: [String], environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = PaylinkBinary.url
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The same, on a thread of its own so the concurrency pool is never blocked by a waiting child.
    static func runAsync(
        _ arguments: [String], environment: [String: String], timeout: TimeInterval = 60,
        started: (@Sendable (Int32) -> Void)? = nil
    ) async -> ChildRun {
        await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: run(arguments, environment: environment, timeout: timeout, started: started))
            }.start()
        }
    }
}

/// Bytes a terminal would act on: C0 controls other than newline and tab, DEL, C1 controls (raw or as
/// UTF-8), and malformed UTF-8 (where a lone C1 byte would hide). Each finding names its offset and the bytes around it.
func terminalControls(in data: Data) -> [String] {
    var findings: [String] = []
    let bytes = [UInt8](data)
    func around(_ i: Int) -> String {
        let lo = max(0, i - 12), hi = min(bytes.count, i + 12)
        return String(decoding: bytes[lo..<hi], as: UTF8.self).unicodeScalars
            .map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? String(format: "<%02X>", $0.value) : String($0) }
            .joined()
    }
    var i = 0
    while i < bytes.count, findings.count < 5 {
        let b = bytes[i]
        if b < 0x20, b != 0x0A, b != 0x09 {
            findings.append("byte 0x\(String(b, radix: 16)) at \(i): \(around(i))")
        } else if b == 0x7F {
            findings.append("DEL at \(i): \(around(i))")
        } else if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
            findings.append("C1 U+00\(String(bytes[i + 1], radix: 16).uppercased()) at \(i): \(around(i))")
        }
        i += 1
    }
    if String(data: data, encoding: .utf8) == nil, findings.count < 5 { findings.append("malformed UTF-8") }
    return findings
}

/// Every file under a directory with its bytes (sockets and unreadable files skipped).
func filesUnder(_ root: URL) -> [(path: String, bytes: Data)] {
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
        return []
    }
    var files: [(String, Data)] = []
    for case let url as URL in walker {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
            let data = try? Data(contentsOf: url)
        else { continue }
        files.append((url.path, data))
    }
    return files
}

/// The command line of every process on the machine, as /proc shows it (NULs turned into spaces).
func allProcessCommandLines() -> [(pid: String, line: Data)] {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
    return entries.filter { $0.allSatisfy(\.isNumber) }.compactMap { pid in
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
        return (pid, Data(data.map { $0 == 0 ? 0x20 : $0 }))
    }
}

extension Data {
    /// Whether these bytes contain the UTF-8 of `text`.
    func contains(text: String) -> Bool { range(of: Data(text.utf8)) != nil }
}

/// One scratch home plus the environment that points paylink at an API with given credentials.
struct ReliabilityHome {
    let home: ScratchHome
    var environment: [String: String]

    init(baseURL: String, clientID: String = "sandbox", secret: String = "sandbox-secret") throws {
        home = try ScratchHome()
        environment = home.environment.merging([
            "PAYLINK_BASE_URL": baseURL, "PAYSERA_CLIENT_ID": clientID, "PAYSERA_CLIENT_SECRET": secret,
        ]) { _, new in new }
    }

    var dataDirectory: URL { home.root.appendingPathComponent("data/paylink") }

    /// The history rows as `paylink list --json` gives them.
    func rows(limit: Int = 2000) async throws -> [[String: Any]] {
        try await Self.rows(environment: environment, limit: limit)
    }

    /// The history rows of the paylink that `environment` points at.
    static func rows(environment: [String: String], limit: Int = 2000) async throws -> [[String: Any]] {
        let listed = await Child.runAsync(["list", "--json", "--limit", "\(limit)"], environment: environment)
        guard listed.status == 0 else { throw HistoryUnreadable(detail: listed.summary) }
        return try #require(JSONSerialization.jsonObject(with: listed.stdoutBytes) as? [[String: Any]])
    }

    func remove() { home.remove() }
}

/// `paylink list --json` failed.
struct HistoryUnreadable: Error, CustomStringConvertible {
    var detail: String
    var description: String { "paylink list failed: \(detail)" }
}

/// The sandbox's own view of its links, through its API with a token of its client.
struct SandboxLedger {
    let baseURL: String
    let clientID: String
    let secret: String

    func token() async throws -> String {
        let answer = try await httpRequest(
            "POST", baseURL + FakeCheckout.tokenPath, headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Data("grant_type=client_credentials&client_id=\(clientID)&client_secret=\(secret)".utf8))
        let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
        return try #require(object?["access_token"] as? String, "token answer: \(String(decoding: answer.body, as: UTF8.self))")
    }

    /// Every link the sandbox holds, page by page.
    func allLinks() async throws -> [[String: Any]] {
        let bearer = try await token()
        var links: [[String: Any]] = []
        var offset = 0
        while true {
            let page = try await httpRequest(
                "GET", baseURL + FakeCheckout.linksPath + "?limit=200&offset=\(offset)",
                headers: ["Authorization": "Bearer \(bearer)"])
            let object = try JSONSerialization.jsonObject(with: page.body) as? [String: Any]
            let items = try #require(object?["items"] as? [[String: Any]], "list answer \(page.status)")
            links += items
            offset += items.count
            if items.count < 200 { return links }
        }
    }
}
