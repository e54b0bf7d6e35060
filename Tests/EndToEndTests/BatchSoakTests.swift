import Foundation
import TestSupport
import Testing

/// The long form of the batch crash test: only under `make soak` (`PAYLINK_SOAK=1`).
@Suite("Batch soak", .serialized, .ownThread, .enabled(if: Soak.isOn, "set PAYLINK_SOAK=1 (make soak)"))
struct BatchSoakTests {
    @Test("a 200-row batch SIGKILLed at 20 random points, rerun until it ends: one link per row, history = sandbox")
    func twoHundredRowsTwentyKills() async throws {
        print("batch soak: 200 rows, 20 kills, PAYLINK_SOAK_SEED=\(Soak.seed)")
        try await killAndResume(rows: 200, kills: 20, seed: Soak.seed)
    }
}
