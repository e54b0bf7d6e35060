import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// How one attempt to make a link ended.
public enum WorkflowOutcome: Sendable {
    /// The link exists; `body` is the API's answer as it came.
    case created(PaymentLink, body: Data)
    /// The draft (or the API) refused fields; nothing was made.
    case invalid([FieldPath: String], message: String)
    /// The API refused the request; nothing was made.
    case refused(String)
    /// The request left and no usable answer came back: the link may or may not exist.
    case outcomeUnknown(String)
    /// Anything else (the request never left, the server failed); nothing was made.
    case failed(String)
}

/// Makes one payment link from a draft: the new order first when asked, then the link, never repeating a POST.
/// The attempt is written to the history before the link request leaves, so no link the API made goes unrecorded.
public struct LinkWorkflow: Sendable {
    public let client: CheckoutClient
    public let history: HistoryStore
    public let profile: String
    public let paths: AppPaths
    /// Who makes the links (`metadata.created_by` on each one), so every till can tell its links from the others'.
    public let creator: String?

    public init(client: CheckoutClient, history: HistoryStore, profile: String, paths: AppPaths, creator: String? = nil) {
        self.client = client
        self.history = history
        self.profile = profile
        self.paths = paths
        self.creator = creator.map(Self.metadataSafe)
    }

    public func create(_ draft: LinkDraft) async -> WorkflowOutcome {
        await create(draft, batch: nil).outcome
    }

    /// Makes one link whose attempt row carries `batch`; also says how long to wait when the API answered 429
    /// (nothing was made then, so the row may be sent again after that wait).
    public func create(_ draft: LinkDraft, batch: BatchTag?) async -> (outcome: WorkflowOutcome, retryAfter: Int?) {
        func waitAsked(_ error: CheckoutError) -> Int? { error.status == 429 ? max(error.retryAfter ?? 1, 1) : nil }
        let problems = draft.validate()
        if !problems.isEmpty {
            return (.invalid(problems, message: "\(problems.count) field\(problems.count == 1 ? "" : "s") need attention."), nil)
        }
        var orderID = draft.orderID.trimmingCharacters(in: .whitespaces)
        if draft.orderMode == .new {
            do {
                let order = try await client.createOrder(try draft.orderRequest())
                orderID = order.orderID
            } catch let error as ValidationErrors {
                return (.invalid(error.errors, message: "Some fields need attention."), nil)
            } catch let error as CheckoutError {
                return (Self.outcome(of: error, making: "the order"), waitAsked(error))
            } catch {
                return (.failed("The order could not be made: \(error)"), nil)
            }
        }
        var request: CreatePaymentLinkRequest
        do {
            request = try draft.request(orderID: orderID)
        } catch {
            return (.invalid(error.errors, message: "Some fields need attention."), nil)
        }
        // A maker the person wrote into the metadata is kept.
        if let creator, !creator.isEmpty, request.metadata?[HistoryRecord.creatorKey] == nil {
            request.metadata = (request.metadata ?? [:]).merging([HistoryRecord.creatorKey: creator]) { mine, _ in mine }
        }
        let inFlight = InFlightLock.share(paths)
        defer { inFlight?.release() }
        let attempt: AttemptID
        do {
            attempt = try history.beginAttempt(
                profile: profile, request: request, currency: draft.currency.trimmingCharacters(in: .whitespaces).uppercased(),
                reference: draft.orderMode == .new ? draft.reference.trimmingCharacters(in: .whitespaces) : nil,
                batch: batch)
        } catch {
            return (.failed("The history could not record the attempt, so nothing was sent: \(error)"), nil)
        }
        let lock = AttemptLock.hold(attempt, paths: paths)
        defer { lock?.release() }
        do {
            let (link, body) = try await client.createPaymentLinkResponse(request)
            _ = try? history.markCreated(attempt, link: link)
            await history.learnProject(from: client)
            return (.created(link, body: body), nil)
        } catch {
            let outcome = Self.outcome(of: error, making: "the payment link")
            switch outcome {
            case .invalid, .refused: _ = try? history.markRefused(attempt, message: error.description)
            case .outcomeUnknown: _ = try? history.markUnknown(attempt, message: error.description)
            case .failed: _ = try? history.markNotCreated(attempt)
            case .created: break
            }
            return (outcome, waitAsked(error))
        }
    }

    /// A name as a metadata value may hold it: no control characters, at most the API's length.
    static func metadataSafe(_ name: String) -> String {
        String(String(name.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }).prefix(FieldRules.maximumMetadataLength))
    }

    /// Turns an API error into an outcome; field errors land on the form's fields by their API path.
    public static func outcome(of error: CheckoutError, making what: String) -> WorkflowOutcome {
        switch error.kind {
        case .refused, .invalidInput:
            var fields: [FieldPath: String] = [:]
            for (path, messages) in error.fieldErrors {
                if let field = FieldPath(rawValue: path), let first = messages.first { fields[field] = first }
            }
            if !fields.isEmpty, fields.count == error.fieldErrors.count {
                return .invalid(fields, message: "The API refused \(what): \(error.fieldErrorLines.joined(separator: "; "))")
            }
            return .refused(error.description)
        case .outcomeUnknown, .invalidResponse, .server:
            // A 5xx after a POST may come from a server that made the thing and then failed.
            return .outcomeUnknown(
                "No usable answer came back for \(what): it may or may not exist, and it was not sent again. "
                    + "Run `paylink reconcile` to find out. (\(error.message))")
        case .notSent:
            return .failed(error.description)
        }
    }
}
