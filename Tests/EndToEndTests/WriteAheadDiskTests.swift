import Foundation
import TestSupport
import Testing

/// The write-ahead is on the disk before money moves: `paylink create` and `paylink refund` traced by strace, the
/// history's write-ahead log synced (fdatasync) after the attempt is written and before the request leaves.
@Suite(.serialized, .ownThread)
struct WriteAheadDiskTests {
    static let strace = "/usr/bin/strace"

    /// `paylink ARGUMENTS` under strace; the trace's lines (syncs and writes, with file names) and the exit status.
    private func traced(_ arguments: [String], environment: [String: String], in home: ScratchHome) throws
        -> (lines: [String], status: Int32, stderr: String)
    {
        let traceFile = home.root.appendingPathComponent("trace-\(UUID().uuidString).txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.strace)
        process.arguments = [
            "-f", "-y", "-s", "80", "-o", traceFile.path, "-e", "trace=fdatasync,fsync,pwrite64,write,writev,sendto,sendmsg",
            PaylinkBinary.url.path,
        ] + arguments
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = try String(contentsOf: traceFile, encoding: .utf8)
        return (text.split(separator: "\n").map(String.init), process.terminationStatus, String(decoding: errData, as: UTF8.self))
    }

    /// Checks, in `lines`, that the last history write before the request for `path` is followed by a sync of the
    /// history's write-ahead log, also before that request.
    private func expectSyncedBefore(_ path: String, in lines: [String]) {
        guard let request = lines.firstIndex(where: { $0.contains("POST \(path)") }) else {
            Issue.record("no POST \(path) in the trace:\n\(lines.joined(separator: "\n"))")
            return
        }
        let before = lines[..<request]
        let lastWrite = before.lastIndex { $0.contains("pwrite64(") && $0.contains("history.sqlite-wal>") }
        let lastSync = before.lastIndex { $0.contains("fdatasync(") && $0.contains("history.sqlite-wal>") }
        #expect(lastWrite != nil, "the attempt was not written before POST \(path)")
        #expect(lastSync != nil && lastSync! > lastWrite!, "the write-ahead log was not synced between the attempt and POST \(path)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: strace)))
    func theAttemptOfACreateAndOfARefundIsSyncedBeforeItsRequestLeaves() async throws {
        let home = try ScratchHome()
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment, extraArguments: ["--in-memory"])
        defer { sandbox.stop(); home.remove() }
        let env = home.environment.merging([
            "PAYLINK_BASE_URL": sandbox.baseURL, "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }

        let create = try traced(
            ["create", "--reference", "WA-1", "--currency", "EUR", "--amount", "12.50", "--name", "Kėdė", "--language", "lt",
             "--json"], environment: env, in: home)
        #expect(create.status == 0, "stderr: \(create.stderr)")
        expectSyncedBefore("/merchant-order/", in: create.lines)

        let listed = try await runPaylink(["list", "--json"], environment: env)
        let rows = try #require(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let link = try #require(rows.first?["link_id"] as? String)
        #expect(try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(link)/pay").status == 200)

        let refund = try traced(["refund", link, "--amount", "2.50", "--yes", "--json"], environment: env, in: home)
        #expect(refund.status == 0, "stderr: \(refund.stderr)")
        expectSyncedBefore("/v1/refund/", in: refund.lines)
    }
}
