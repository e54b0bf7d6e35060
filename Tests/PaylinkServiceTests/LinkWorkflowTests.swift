import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PayseraCheckout
import PayseraSandbox
import TestSupport
import Testing

@Suite(.ownThread)
struct LinkWorkflowTests {
    @Test func createWritesTheAttemptAheadAndKeepsTheLinkItMade() async throws {
        try await ServiceWorld.with { world in
            guard case .created(let link, _) = await world.workflow.create(ServiceWorld.draft(reference: "W-1")) else {
                Issue.record("the link was not created")
                return
            }
            let record = try #require(try world.history.record(linkID: link.linkID))
            #expect(record.state == .created)
            #expect(record.orderID == link.orderID)
            #expect(record.paymentURL == link.paymentURL)
            #expect(try await world.linksAtAPI(orderID: link.orderID).map(\.linkID) == [link.linkID])
        }
    }

    @Test func aDraftTheRulesRefuseSendsNothingAndWritesNothing() async throws {
        try await ServiceWorld.with { world in
            var draft = ServiceWorld.draft(reference: "W-2")
            draft.amount = "0"
            guard case .invalid(let fields, _) = await world.workflow.create(draft) else {
                Issue.record("a zero amount was not refused")
                return
            }
            #expect(fields[.amount] != nil)
            let rows = try world.history.count()
            #expect(rows == 0)
        }
    }

    @Test func aLostAnswerIsAdoptedByReconcileAndNeverSentAgain() async throws {
        var faults = SandboxFaults.none
        faults.dropAfterCreate = true
        try await ServiceWorld.with(faults: faults) { world in
            guard case .outcomeUnknown = await world.workflow.create(ServiceWorld.draft(reference: "W-3")) else {
                Issue.record("a dropped answer was not reported as unknown")
                return
            }
            let report = await world.reconciler.run()
            let adopted = try #require(report.adopted.first)
            #expect(report.adopted.count == 1 && report.notCreated.isEmpty && report.stillUnknown.isEmpty)
            let orderID = try #require(adopted.orderID)
            #expect(try await world.linksAtAPI(orderID: orderID).count == 1)
            #expect(try world.history.count(filter: .unresolved) == 0)
            #expect(await world.reconciler.run().isEmpty)
        }
    }
}

/// The points a create can be killed at, settled by the reconciler in process, as the end-to-end soak does with processes.
@Suite(.ownThread)
struct ReconcileKillPointTests {
    /// Writes an attempt ahead for a new order of `reference`, as the workflow does, and leaves it there.
    static func attemptLeftBehind(_ world: ServiceWorld, reference: String) async throws -> (AttemptID, CreatePaymentLinkRequest) {
        let draft = ServiceWorld.draft(reference: reference)
        let order = try await world.client.createOrder(try draft.orderRequest())
        let request = try draft.request(orderID: order.orderID)
        let attempt = try world.history.beginAttempt(
            profile: ServiceWorld.profile, request: request, currency: "EUR", reference: reference)
        return (attempt, request)
    }

    @Test func anAttemptKilledAfterTheAPIMadeItsLinkIsAdopted() async throws {
        try await ServiceWorld.with { world in
            let (attempt, request) = try await Self.attemptLeftBehind(world, reference: "K-1")
            let link = try await world.client.createPaymentLink(request)
            let report = await world.reconciler.run()
            #expect(report.adopted.map(\.linkID) == [link.linkID])
            #expect(try world.history.record(attempt)?.state == .created)
            #expect(try await world.linksAtAPI(orderID: request.orderID).count == 1)
        }
    }

    @Test func anAttemptKilledBeforeItsRequestLeftIsSettledAsNeverMade() async throws {
        try await ServiceWorld.with { world in
            let (attempt, request) = try await Self.attemptLeftBehind(world, reference: "K-2")
            let report = await world.reconciler.run()
            #expect(report.notCreated.count == 1 && report.adopted.isEmpty)
            #expect(try world.history.record(attempt)?.state == .notCreated)
            #expect(try await world.linksAtAPI(orderID: request.orderID).isEmpty)
        }
    }

    @Test func anAttemptWhoseProcessStillWaitsForItsAnswerIsLeftAlone() async throws {
        try await ServiceWorld.with { world in
            let (attempt, _) = try await Self.attemptLeftBehind(world, reference: "K-3")
            let lock = try #require(AttemptLock.hold(attempt, paths: world.paths))
            defer { lock.release() }
            let report = await world.reconciler.run()
            #expect(report.inFlight.count == 1 && report.changedHistory == false)
            #expect(try world.history.record(attempt)?.state == .sending)
        }
    }
}

@Suite(.ownThread)
struct LinkActionsTests {
    @Test func refreshingALinkMadeElsewhereStoresItWithItsOrder() async throws {
        try await ServiceWorld.with { world in
            let draft = ServiceWorld.draft(reference: "A-1")
            let order = try await world.client.createOrder(try draft.orderRequest())
            let link = try await world.client.createPaymentLink(try draft.request(orderID: order.orderID))
            #expect(try world.history.record(linkID: link.linkID) == nil)
            let actions = LinkActions(client: world.client, history: world.history, profile: ServiceWorld.profile, baseURL: world.sandbox.baseURL)
            let (record, overview) = try await actions.refreshWithOrder(linkID: link.linkID)
            #expect(record?.linkID == link.linkID)
            #expect(record?.currency == "EUR")
            #expect(overview?.orderID == order.orderID)
        }
    }

    @Test func cancelingALinkKeepsTheHistorysCopyCurrent() async throws {
        try await ServiceWorld.with { world in
            guard case .created(let link, _) = await world.workflow.create(ServiceWorld.draft(reference: "A-2")) else {
                Issue.record("the link was not created")
                return
            }
            let actions = LinkActions(client: world.client, history: world.history, profile: ServiceWorld.profile, baseURL: world.sandbox.baseURL)
            let canceled = try await actions.cancel(linkID: link.linkID)
            #expect(canceled.status == .canceled)
            #expect(try world.history.record(linkID: link.linkID)?.status == .canceled)
        }
    }
}
