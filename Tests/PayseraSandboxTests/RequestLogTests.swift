import TestSupport
import Testing
@testable import PayseraSandbox

@Suite("The request log", .ownThread)
struct RequestLogTests {
    @Test("It keeps the last 10,000 requests, oldest first")
    func keepsTheLastTenThousand() {
        let log = SandboxRequestLog()
        let extra = 25
        for n in 0..<(SandboxRequestLog.capacity + extra) {
            log.record(.init(at: Double(n), method: "POST", path: "/p/\(n)", status: 201))
        }
        let all = log.all
        #expect(all.count == SandboxRequestLog.capacity)
        #expect(all.first?.path == "/p/\(extra)")
        #expect(all.last?.path == "/p/\(SandboxRequestLog.capacity + extra - 1)")
    }
}
