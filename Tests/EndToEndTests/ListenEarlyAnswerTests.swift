import Foundation
import TestSupport
import Testing

/// `paylink listen` answering before it has read a body, to a sender that writes the whole body before it reads.
@Suite(.serialized, .ownThread)
struct ListenEarlyAnswerTests {
    /// Posts `size` bytes with Python's urllib, which sends the whole body before reading the answer; prints the status.
    static let urllibPost = """
        import sys, urllib.request, urllib.error
        url, size, signed = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "signed"
        headers = {"Content-Type": "application/json"}
        if signed: headers["X-Paysera-Signature"] = "00" * 32
        try:
            print(urllib.request.urlopen(urllib.request.Request(url, data=b"{" * size, headers=headers), timeout=30).status)
        except urllib.error.HTTPError as error:
            print(error.code)
        except Exception as error:
            print("failed:", error)
        """

    /// Runs the urllib sender; its printed status and how long it took.
    static func post(_ url: String, size: Int, signed: Bool) throws -> (output: String, seconds: Double) {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        python.arguments = ["-c", urllibPost, url, String(size), signed ? "signed" : "unsigned"]
        let out = Pipe()
        python.standardOutput = out
        let started = Date()
        try python.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        return (output.trimmingCharacters(in: .whitespacesAndNewlines), Date().timeIntervalSince(started))
    }

    @Test func aFiveMegabyteBodyGets413AtOnceAndAnUnsignedOne401() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let listen = try ListenProcess(environment: home.environment)
        defer { listen.stop() }
        let tooLarge = try Self.post(listen.url, size: 5 << 20, signed: true)
        #expect(tooLarge.output == "413")
        // The sender's own time-out is 30 s; an answer held back until the body is read would come only then.
        #expect(tooLarge.seconds < 10, "answered after \(tooLarge.seconds) s")
        let unsigned = try Self.post(listen.url, size: 5 << 20, signed: false)
        #expect(unsigned.output == "401")
        #expect(unsigned.seconds < 10, "answered after \(unsigned.seconds) s")
        // A small callback with a wrong signature is still read and refused after its body.
        let wrong = try Self.post(listen.url, size: 100, signed: true)
        #expect(wrong.output == "401")
        listen.stop()
        let outcomes = listen.lines().compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["outcome"] as? String
        }
        #expect(outcomes == ["too_large", "bad_signature", "bad_signature"])
    }
}
