import Foundation
import PayseraCheckout
import TestSupport
import Testing

@Suite("API errors", .ownThread)
struct CheckoutErrorTests {
    private func createError(status: Int, body: String, headers: [(String, String)] = []) async throws -> CheckoutError {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.paymentLinks
                ? .answer(status: status, headers: headers, body: Data(body.utf8)) : nil
        }) { api throws in
            let client = makeClient(api)
            return try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.createPaymentLink(sampleLinkRequest)
            })
        }
    }

    @Test func currentFormIsDecodedWithItsFieldMap() async throws {
        let error = try await createError(
            status: 400,
            body: #"{"error":"invalid_request","error_description":"Validation failed","error_properties":{"purchase.amount":["must be greater than 0"]}}"#)
        #expect(error.kind == .refused)
        #expect(error.isRefused)
        #expect(error.status == 400)
        #expect(error.code == "invalid_request")
        #expect(error.message == "Validation failed")
        #expect(error.fieldErrors == ["purchase.amount": ["must be greater than 0"]])
        #expect(error.description == "The API refused the request (400 invalid_request): purchase.amount: must be greater than 0")
    }

    @Test func olderValidationFormIsDecodedIntoTheSameFieldMap() async throws {
        let error = try await createError(
            status: 422,
            body: #"{"error":"validation_error","message":"Invalid data","details":[{"field":"name","message":"must not be blank"},{"field":"name","message":"is too short"},{"field":"experience.language","message":"must be two letters"}]}"#)
        #expect(error.kind == .refused)
        #expect(error.status == 422)
        #expect(error.code == "validation_error")
        #expect(error.message == "Invalid data")
        #expect(error.fieldErrors == [
            "name": ["must not be blank", "is too short"], "experience.language": ["must be two letters"],
        ])
        #expect(error.fieldErrorLines == [
            "experience.language: must be two letters", "name: must not be blank", "name: is too short",
        ])
    }

    @Test func nestedAndSingleStringPropertiesAreFlattenedToPaths() async throws {
        let error = try await createError(
            status: 400,
            body: #"{"error":"invalid_request","error_properties":{"purchase":{"amount":"must be positive"},"payer_information.email":["is not valid"]}}"#)
        #expect(error.fieldErrors == ["purchase.amount": ["must be positive"], "payer_information.email": ["is not valid"]])
    }

    @Test func conflictWithoutFieldsUsesTheDescription() async throws {
        let error = try await createError(
            status: 409, body: #"{"error":"conflict","error_description":"Order with this reference already exists"}"#)
        #expect(error.fieldErrors.isEmpty)
        #expect(error.description == "The API refused the request (409 conflict): Order with this reference already exists")
    }

    @Test func anUnreadableBodyIsKeptRawWithoutEscapeSequences() async throws {
        let error = try await createError(status: 502, body: "<html>\u{1b}[31mBad\tgateway\u{7}</html>")
        #expect(error.kind == .server)
        #expect(error.code == nil)
        #expect(error.message == "Bad gateway")
        #expect(error.rawBody == "<html>Bad gateway</html>")
    }

    @Test func aLongRawBodyIsTruncated() async throws {
        let error = try await createError(status: 500, body: String(repeating: "x", count: 10_000))
        let raw = try #require(error.rawBody)
        #expect(raw.count == 2001)
        #expect(raw.hasSuffix("…"))
    }

    @Test func wrongTypesInAnErrorBodyAreTolerated() async throws {
        let error = try await createError(
            status: 400, body: #"{"error":7,"error_description":null,"error_properties":[1,2],"details":"x"}"#)
        #expect(error.kind == .refused)
        #expect(error.code == nil)
        #expect(error.message == "Bad request")
    }

    @Test func rateLimitKeepsRetryAfter() async throws {
        let error = try await createError(status: 429, body: "", headers: [("Retry-After", "7")])
        #expect(error.status == 429)
        #expect(error.retryAfter == 7)
        #expect(error.rawBody == nil)
    }

    @Test func descriptionsReadAsSentences() {
        let unknown = CheckoutError(kind: .outcomeUnknown, message: "No answer came from the API within 30 s")
        #expect(unknown.description == "No answer came from the API within 30 s. The request may or may not have been carried out; check before trying again.")
        let server = CheckoutError(kind: .server, status: 503, message: "Service unavailable", retryAfter: 20)
        #expect(server.description == "The API had a server error (503): Service unavailable. It asked to wait 20 s before trying again.")
    }
}
