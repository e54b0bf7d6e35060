import Foundation
import TestSupport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Runs the built `paylink` executable as a child process and collects what it printed.
enum PaylinkBinary {
    /// The executable beside the test bundle (SwiftPM puts both in the same bin folder), or `PAYLINK_BIN`.
    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["PAYLINK_BIN"] { return URL(fileURLWithPath: path) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("paylink")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue {
                return candidate
            }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/paylink")
    }
}

/// What a finished child process left behind.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// A scratch directory for one test: data and config live here, never in the real home.
struct ScratchHome {
    let root: URL
    init() throws {
        root = TemporaryDirectory.uniqueURL(prefix: "paylink-e2e")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }
    var environment: [String: String] {
        [
            "HOME": root.path,
            "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
            "PAYLINK_DATA_DIR": root.appendingPathComponent("data/paylink").path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8",
        ]
    }
    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The environment of a `paylink sandbox` process: its data apart from the data of the paylinks that use it.
    var sandboxEnvironment: [String: String] {
        environment.merging(["PAYLINK_DATA_DIR": root.appendingPathComponent("sandbox-data").path]) { _, new in new }
    }
}

/// Runs paylink to completion with the given arguments and environment (nothing inherited), waiting on a
/// thread of its own so that the concurrency pool, which other tests' servers need, is never blocked.
func runPaylink(_ arguments: [String], environment: [String: String], stdin: String? = nil) async throws -> ProcessResult {
    try await withCheckedThrowingContinuation { continuation in
        Thread {
            continuation.resume(with: Result { try runPaylinkBlocking(arguments, environment: environment, stdin: stdin) })
        }.start()
    }
}

private func runPaylinkBlocking(_ arguments: [String], environment: [String: String], stdin: String?) throws -> ProcessResult {
    let process = Process()
    process.executableURL = PaylinkBinary.url
    process.arguments = arguments
    process.environment = environment
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try? input.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a chatty child never blocks on a full pipe.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus,
        stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// A `paylink sandbox` child process on an ephemeral loopback port.
final class SandboxProcess {
    let process = Process()
    let baseURL: String
    let port: Int

    init(environment: [String: String], extraArguments: [String] = []) throws {
        process.executableURL = PaylinkBinary.url
        process.arguments = ["sandbox", "--port", "0"] + extraArguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the address it listens on.
        var buffer = Data()
        let deadline = Date().addingTimeInterval(30)
        var line: String?
        while Date() < deadline, line == nil {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            if let text = String(data: buffer, encoding: .utf8), let nl = text.firstIndex(of: "\n") {
                line = String(text[..<nl])
            }
        }
        guard let line, let range = line.range(of: "http://") else {
            process.terminate()
            throw SandboxStartFailure(output: String(decoding: buffer, as: UTF8.self))
        }
        baseURL = String(line[range.lowerBound...]).trimmingCharacters(in: .whitespaces)
        port = Int(baseURL.split(separator: ":").last ?? "") ?? 0
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    deinit { stop() }
}

/// The sandbox child did not say where it listens.
struct SandboxStartFailure: Error, CustomStringConvertible {
    var output: String
    var description: String { "paylink sandbox did not start: \(output)" }
}

/// A plain HTTP request from the test itself, the way curl would send it.
func httpRequest(
    _ method: String, _ url: String, headers: [String: String] = [:], body: Data? = nil
) async throws -> (status: Int, body: Data) {
    var request = URLRequest(url: URL(string: url)!)
    request.httpMethod = method
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    request.httpBody = body
    let (data, response) = try await URLSession.shared.data(for: request)
    return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
}
