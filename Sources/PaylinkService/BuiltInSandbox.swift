import AsyncHTTPClient
import Foundation
import NIOCore
import PaylinkCore

#if canImport(Glibc)
import Glibc
#endif

/// The built-in sandbox of a run with no profile configured: one already answering on the fixed port is reused,
/// else paylink-server's is started for this run.
public enum BuiltInSandbox {
    /// Where it answers, whether this run started it (and must stop it), and the port it could not have, if any.
    public struct Serving: Sendable {
        public var baseURL: URL
        public var startedHere: Bool
        /// The fixed port, when another program held it and the sandbox serves on another for this run.
        public var movedFrom: Int?
    }

    /// Why the built-in sandbox could not start: the server program's failure, or another error's words.
    public struct Failure: Error, CustomStringConvertible {
        public var server: ServerProcess.Failure?
        public var why: String

        public var description: String { text(language: .en) }

        /// The sentence in `language`.
        public func text(language: UILanguage) -> String {
            language.text(.notice(.sandboxNotStarted(why: server?.text(language: language) ?? why)))
        }
    }

    /// Reuses a sandbox already answering on `port`, or starts paylink-server's for this run.
    public static func serve(port: Int) async throws(Failure) -> Serving {
        let fixed = URL(string: "http://127.0.0.1:\(port)")!
        // Nothing listening is the usual case, and the HTTP client would keep retrying the refused connection.
        if loopbackAccepts(port: port), await isAnswering(at: fixed) { return Serving(baseURL: fixed, startedHere: false) }
        do {
            return Serving(baseURL: try await ServerProcess.startBuiltInSandbox(port: port), startedHere: true)
        } catch {
            // Another paylink may have taken the port a moment ago; use it if it is a sandbox.
            if await isAnswering(at: fixed) { return Serving(baseURL: fixed, startedHere: false) }
            do {
                let url = try await ServerProcess.startBuiltInSandbox(port: 0)
                return Serving(baseURL: url, startedHere: true, movedFrom: port)
            } catch {
                throw Failure(server: error as? ServerProcess.Failure, why: "\(error)")
            }
        }
    }

    /// Stops the sandbox this run started.
    public static func stop() { ServerProcess.stopBuiltInSandbox() }

    /// Whether something listens on this loopback port: a refused connection is known at once.
    static func loopbackAccepts(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return true }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return connected == 0 || errno != ECONNREFUSED
    }

    /// Whether a paylink sandbox answers at `base` (its OpenAPI document names it).
    public static func isAnswering(at base: URL) async -> Bool {
        var request = HTTPClientRequest(url: base.appendingPathComponent("openapi.json").absoluteString)
        request.method = .GET
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .milliseconds(800))
            guard response.status == .ok else { return false }
            let body = try await response.body.collect(upTo: 1 << 20)
            return String(buffer: body).contains("sandbox")
        } catch {
            return false
        }
    }
}

/// One question put to an API once, however many ask: is it a paylink sandbox?
public actor SandboxProbe {
    private let ask: @Sendable () async -> Bool
    private var asked: Task<Bool, Never>?

    public init(_ ask: @escaping @Sendable () async -> Bool) { self.ask = ask }

    /// Whether an API on this machine at `base` may be a paylink sandbox worth asking (loopback only).
    public static func forLocal(_ base: URL) -> SandboxProbe? {
        guard ["127.0.0.1", "localhost", "::1", "[::1]"].contains(base.host ?? "") else { return nil }
        return SandboxProbe { await BuiltInSandbox.isAnswering(at: base) }
    }

    /// The answer, asked for once.
    public func answer() async -> Bool {
        if let asked { return await asked.value }
        let task = Task { await ask() }
        asked = task
        return await task.value
    }
}
