import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PayseraCheckout
import PayseraSandbox
import TestSupport
import Testing

@Suite(.ownThread)
struct BatchSessionTests {
    static let rows = """
        reference,currency,amount,name,language
        B-1,EUR,12.50,Invoice 1,en
        B-2,EUR,30.00,Invoice 2,lt
        B-3,EUR,7.00,Invoice 3,en

        """

    /// Checks and runs `url` once with a session on the world's history.
    static func run(_ world: ServiceWorld, _ url: URL) async throws -> BatchSession.Outcome {
        let session = BatchSession(workflow: world.workflow)
        let file = try BatchFile.open(path: url.path)
        defer { file.discard() }
        let (check, _) = try session.check(file, blank: LinkDraft())
        #expect(check.valid == 3 && !check.hasProblems)
        return try await session.run(
            file, check: check, blank: LinkDraft(), parallel: 2, resultFile: BatchResultFile.defaultURL(for: url))
    }

    @Test func aSecondRunReusesEveryLinkAndSendsNothing() async throws {
        try await ServiceWorld.with { world in
            let url = try world.batchFile(Self.rows)
            let first = try await Self.run(world, url)
            #expect(first.run.progress.created == 3 && first.run.progress.sent == 3)
            #expect(FileManager.default.fileExists(atPath: first.resultFile.path))
            let again = try await Self.run(world, url)
            #expect(again.run.batchID == first.run.batchID)
            #expect(again.run.progress.created == 3 && again.run.progress.sent == 0)
            #expect(again.summary.contains("3 created (0 now, 3 earlier)"))
            let session = BatchSession(workflow: world.workflow)
            let file = try BatchFile.open(path: url.path)
            defer { file.discard() }
            #expect(try session.check(file, blank: LinkDraft()).alreadyMade == 3)
        }
    }

    @Test func rowsWhoseAnswersWereLostAreSettledWithOneLinkEach() async throws {
        var faults = SandboxFaults.none
        faults.dropAfterCreate = true
        try await ServiceWorld.with(faults: faults) { world in
            let outcome = try await Self.run(world, try world.batchFile(Self.rows))
            #expect(outcome.run.progress.created == 3 && outcome.run.progress.unknown == 0)
            for result in outcome.run.results.values {
                let orderID = try #require(result.orderID)
                #expect(try await world.linksAtAPI(orderID: orderID).count == 1)
            }
        }
    }

    @Test func aSecondSessionOnTheSameHistoryIsTurnedAwayWhileTheFirstRuns() async throws {
        try await ServiceWorld.with { world in
            let held = try #require(BatchLock.take(world.paths))
            defer { held.release() }
            await #expect(throws: BatchSession.Failure.self) { try await Self.run(world, try world.batchFile(Self.rows)) }
            #expect(try world.history.count() == 0)
        }
    }
}

@Suite(.ownThread)
struct HistorySyncTests {
    @Test func syncAddsLinksMadeElsewhereAndThenFindsNothingNew() async throws {
        try await ServiceWorld.with { world in
            guard case .created = await world.workflow.create(ServiceWorld.draft(reference: "S-1")) else {
                Issue.record("the link was not created")
                return
            }
            let draft = ServiceWorld.draft(reference: "S-2", name: "Made on another till")
            let order = try await world.client.createOrder(try draft.orderRequest())
            let elsewhere = try await world.client.createPaymentLink(try draft.request(orderID: order.orderID))
            let sync = HistorySync(client: world.client, history: world.history, profile: ServiceWorld.profile)
            let report = try await sync.run()
            #expect(report.added == 1)
            #expect(try world.history.record(linkID: elsewhere.linkID)?.name == "Made on another till")
            let again = try await sync.run()
            #expect(again.added == 0 && again.changed == 0)
        }
    }
}

@Suite(.ownThread)
struct CallbackHandlingTests {
    /// Headers of a callback as Paysera sends them, signed with `secret`.
    static func headers(body: Data, requestID: String, secret: String = ServiceWorld.secret) -> (String) -> String? {
        let values = [
            WebhookSignature.signatureHeader.lowercased(): WebhookSignature.sign(body: body, secret: secret),
            WebhookSignature.algorithmHeader.lowercased(): WebhookSignature.algorithm,
            WebhookSignature.requestIDHeader.lowercased(): requestID,
        ]
        return { values[$0.lowercased()] }
    }

    /// A link made through the workflow and paid on the sandbox, and the events its payment logged.
    static func paidLink(_ world: ServiceWorld, reference: String) async throws -> (PaymentLink, [(id: String, name: String, body: Data)]) {
        guard case .created(let link, _) = await world.workflow.create(ServiceWorld.draft(reference: reference)) else {
            throw WorldError("the link was not created")
        }
        try await world.pay(linkID: link.linkID)
        var events: [(id: String, name: String, body: Data)] = []
        _ = try await eventually(within: 10) {
            events = try await world.events(orderID: link.orderID)
            return !events.isEmpty
        }
        return (link, events)
    }

    @Test func aVerifiedPaymentCallbackMarksTheLinkPaidAndItsRepeatChangesNothing() async throws {
        try await ServiceWorld.with { world in
            let (link, events) = try await Self.paidLink(world, reference: "C-1")
            let receiver = CallbackReceiver(secret: ServiceWorld.secret, history: world.history)
            let outcomes = events.map { receiver.receive(body: Array($0.body), header: Self.headers(body: $0.body, requestID: $0.id)) }
            #expect(outcomes.contains { if case .applied = $0 { true } else { false } }, "\(outcomes)")
            #expect(try world.history.record(linkID: link.linkID)?.status == .completed)
            let event = try #require(events.first)
            let repeated = receiver.receive(body: Array(event.body), header: Self.headers(body: event.body, requestID: event.id))
            #expect({ if case .duplicate = repeated { true } else { false } }(), "\(repeated)")
        }
    }

    @Test func aCallbackSignedWithAnotherSecretIsRefusedAndChangesNothing() async throws {
        try await ServiceWorld.with { world in
            let (link, events) = try await Self.paidLink(world, reference: "C-2")
            let receiver = CallbackReceiver(secret: ServiceWorld.secret, history: world.history)
            for event in events {
                let outcome = receiver.receive(
                    body: Array(event.body), header: Self.headers(body: event.body, requestID: event.id, secret: "not-the-secret"))
                #expect(outcome.httpStatus == 401)
            }
            #expect(try world.history.record(linkID: link.linkID)?.status == .active)
        }
    }
}

@Suite(.ownThread)
struct RefundWorkflowTests {
    @Test func aRefundWhoseAnswerWasLostIsFoundOnTheRerunAndNeverMadeTwice() async throws {
        var faults = SandboxFaults.none
        faults.dropAfterRefund = true
        try await ServiceWorld.with(faults: faults) { world in
            guard case .created(let link, _) = await world.workflow.create(ServiceWorld.draft(reference: "R-1")) else {
                Issue.record("the link was not created")
                return
            }
            try await world.pay(linkID: link.linkID)
            let refunds = RefundWorkflow(
                client: world.client, history: world.history, profile: ServiceWorld.profile, paths: world.paths, pause: { _ in })
            let draft = RefundDraft(amount: "", reason: "Returned")
            let first = await refunds.refund(linkID: link.linkID, draft: draft, key: "return-1")
            switch first {
            case .made, .madeBefore, .outcomeUnknown: break
            default: Issue.record("the first refund ended \(first)")
            }
            let again = await refunds.refund(linkID: link.linkID, draft: draft, key: "return-1")
            #expect({ if case .madeBefore = again { true } else { false } }(), "\(again)")
            #expect(try await world.client.order(id: link.orderID).refunds?.count == 1)
        }
    }
}
