import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// Makes one payment link from a draft: the new order first when asked, then the link, never repeating a POST.
/// The attempt is written to the history before the link request leaves, so no link the API made goes unrecorded.
public struct LinkWorkflow: Sendable {
    public let client: CheckoutClient
    public let history: HistoryStore
    public let profile: String
    public let paths: AppPaths
    /// Who makes the links (`metadata.created_by` on each one), so every till can tell its links from the others'.
    public let creator: String?
    /// The language of the outcomes' sentences.
    public var language: UILanguage = .en

    public init(client: CheckoutClient, history: HistoryStore, profile: String, paths: AppPaths, creator: String? = nil) {
        self.client = client
        self.history = history
        self.profile = profile
        self.paths = paths
        self.creator = creator.map(Self.metadataSafe)
    }

    /// How many times one link is sent again after a 429, each after the API's `Retry-After`.
    public static let rateLimitRetries = 3

    public func create(_ draft: LinkDraft) async -> CreateOutcome {
        let answer = await make(draft, batch: nil, retries429: Self.rateLimitRetries) { seconds in
            guard seconds <= CheckoutClient.longestRetryWait else { return false }
            try? await Task.sleep(for: .seconds(seconds))
            return true
        }
        if answer.orderConflict, let orphan = orphanOrder(draft) { return orphan }
        return answer.outcome
    }

    /// The outcome of a new order refused with 409 when an earlier attempt of this profile sent an order with the same
    /// reference and was stopped before it read the order's id: that order is most likely the earlier attempt's own,
    /// and only its id (which the API cannot look up by reference) puts a link on it. Nil when there was no such attempt.
    func orphanOrder(_ draft: LinkDraft) -> CreateOutcome? {
        let reference = draft.reference.trimmingCharacters(in: .whitespaces)
        guard draft.orderMode == .new,
              let earlier = try? history.ordersMaybeMade(reference: reference, profile: profile), !earlier.isEmpty
        else { return nil }
        return .outcomeUnknown(language.text(.notice(.orphanOrder(reference: reference))))
    }

    /// Makes one link whose attempt row carries `batch`; also says how long to wait when the API answered 429
    /// (nothing was made then, so the row may be sent again after that wait).
    public func create(_ draft: LinkDraft, batch: BatchTag?) async -> (outcome: CreateOutcome, retryAfter: Int?) {
        let answer = await make(draft, batch: batch)
        return (answer.outcome, answer.retryAfter)
    }

    /// How one attempt ended, with what a batch needs besides the outcome.
    public struct Answer: Sendable {
        public var outcome: CreateOutcome
        /// The API answered 429 and asked to wait this long; nothing was made.
        public var retryAfter: Int?
        /// The new order was refused with 409: the API already has an order with this reference.
        public var orderConflict = false
        /// The order this attempt made, when it made one.
        public var orderID: String?
    }

    /// Makes one link; a new order's create is written ahead first, so a stop before its id is read leaves a trace.
    /// After a 429, `waitOut` is given the API's `Retry-After` (at most `retries429` times) and, when it has waited,
    /// the same request is sent again on the same attempt.
    public func make(
        _ draft: LinkDraft, batch: BatchTag?, retries429: Int = 0, waitOut: @Sendable (Int) async -> Bool = { _ in false }
    ) async -> Answer {
        var retriesLeft = retries429
        // A 429 means the API did not process the request (API doc §5), so unlike a lost answer it may be sent again.
        func sendAgain(_ error: CheckoutError) async -> Bool {
            guard let seconds = Self.waitAsked(error), retriesLeft > 0 else { return false }
            retriesLeft -= 1
            return await waitOut(seconds)
        }
        let problems = draft.validate()
        if !problems.isEmpty {
            return Answer(outcome: .invalid(problems, message: "\(problems.count) field\(problems.count == 1 ? "" : "s") need attention."))
        }
        let newOrder = draft.orderMode == .new
        var request: CreatePaymentLinkRequest
        do {
            // A new order's id is not known yet: the request is written ahead with a stand-in, stored as no order id.
            request = try draft.request(orderID: newOrder ? Self.orderStandIn : nil)
        } catch {
            return Answer(outcome: .invalid(error.errors, message: language.text(.notice(.someFieldsNeedAttention))))
        }
        if newOrder { request.orderID = "" }
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
                reference: newOrder ? draft.reference.trimmingCharacters(in: .whitespaces) : nil,
                batch: batch)
        } catch {
            return Answer(outcome: .failed(language.text(.notice(.attemptNotRecorded(why: "\(error)")))))
        }
        let lock = AttemptLock.hold(attempt, paths: paths)
        defer { lock?.release() }
        while newOrder {
            do {
                let order = try await client.createOrder(try draft.orderRequest())
                request.orderID = order.orderID
                try history.attachOrder(attempt, request: request)
                break
            } catch let error as ValidationErrors {
                _ = try? history.forgetOrderAttempt(attempt)
                return Answer(outcome: .invalid(error.errors, message: language.text(.notice(.someFieldsNeedAttention))))
            } catch let error as CheckoutError {
                if await sendAgain(error) { continue }
                let outcome = Self.outcome(of: error, making: .order, language: language)
                if case .outcomeUnknown = outcome {
                    _ = try? history.markUnknown(attempt, message: error.description)
                } else {
                    _ = try? history.forgetOrderAttempt(attempt)
                }
                return Answer(outcome: outcome, retryAfter: Self.waitAsked(error), orderConflict: error.status == 409)
            } catch {
                // The order exists but its id could not be written down, so no link goes on it now.
                _ = try? history.markUnknown(attempt, message: "\(error)")
                return Answer(outcome: .failed(language.text(.notice(.orderIDNotRecorded(why: "\(error)")))))
            }
        }
        while true {
            do {
                let (link, body) = try await client.createPaymentLinkResponse(request)
                _ = try? history.markCreated(attempt, link: link)
                await history.learnProject(from: client)
                return Answer(outcome: .created(link, body: body))
            } catch {
                if await sendAgain(error) { continue }
                return linkFailed(error, attempt: attempt, orderID: newOrder ? request.orderID : nil)
            }
        }
    }

    /// Writes down how the link request failed and says so.
    private func linkFailed(_ error: CheckoutError, attempt: AttemptID, orderID: String?) -> Answer {
        let outcome = Self.outcome(of: error, making: .paymentLink, language: language)
        switch outcome {
        case .invalid, .refused: _ = try? history.markRefused(attempt, message: error.description)
        case .outcomeUnknown: _ = try? history.markUnknown(attempt, message: error.description)
        case .failed: _ = try? history.markNotCreated(attempt)
        case .created: break
        }
        return Answer(outcome: outcome, retryAfter: Self.waitAsked(error), orderID: orderID)
    }

    /// The wait a 429 asks for (at least a second); nil for any other error.
    static func waitAsked(_ error: CheckoutError) -> Int? { error.status == 429 ? max(error.retryAfter ?? 1, 1) : nil }

    /// A well-formed order id that stands in for a new order's, so the request can be checked before the order exists.
    static let orderStandIn = "00000000-0000-4000-8000-000000000000"

    /// A name as a metadata value may hold it: no control characters, at most the API's length.
    static func metadataSafe(_ name: String) -> String {
        String(String(name.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }).prefix(FieldRules.maximumMetadataLength))
    }

    /// Turns an API error into an outcome; field errors land on the form's fields by their API path.
    public static func outcome(of error: CheckoutError, making what: Made, language: UILanguage = .en) -> CreateOutcome {
        switch error.kind {
        case .refused, .invalidInput:
            var fields: [FieldPath: String] = [:]
            for (path, messages) in error.fieldErrors {
                if let field = FieldPath(rawValue: path), let first = messages.first { fields[field] = first }
            }
            if !fields.isEmpty, fields.count == error.fieldErrors.count {
                return .invalid(
                    fields, message: language.text(.notice(.apiRefusedFields(what, lines: error.fieldErrorLines.joined(separator: "; ")))))
            }
            return .refused(language.text(.notice(.api(error))))
        case .outcomeUnknown, .invalidResponse, .server:
            // A 5xx after a POST may come from a server that made the thing and then failed.
            return .outcomeUnknown(language.text(.notice(.noUsableAnswer(what, detail: error.message))))
        case .notSent:
            return .failed(language.text(.notice(.api(error))))
        }
    }
}
