import Foundation
import PayseraCheckout

// Public surface of the core that the other targets build against.

extension LinkDraft {
    /// Every refused field with its message; empty when the draft can be sent.
    public func validate() -> [FieldPath: String] {
        var errors: [FieldPath: String] = [:]
        for field in activeFields {
            if let message = FieldRules.validate(field, in: self) { errors[field] = message }
        }
        return errors
    }

    /// The link request this draft stands for; `orderID` overrides the draft's (after a new order was made).
    public func request(orderID: String? = nil) throws(ValidationErrors) -> CreatePaymentLinkRequest {
        var errors = validate()
        // A new order's id arrives only after the order is made, so it is judged here rather than in validate().
        if orderID != nil || orderMode == .new {
            errors[.orderID] = FieldRules.orderID(orderID ?? self.orderID).failureMessage
        }
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        do throws(FieldError) {
            let details = PaymentDetails(
                key: try FieldRules.methodKey(methodKey).get(),
                purpose: try FieldRules.purpose(purpose).get(),
                countryCode: try FieldRules.countryCode(countryCode).get())
            let payer = PayerInformation(
                name: try FieldRules.payerName(payerName).get(),
                email: try FieldRules.payerEmail(payerEmail).get())
            return CreatePaymentLinkRequest(
                orderID: try FieldRules.orderID(orderID ?? self.orderID).get(),
                name: try FieldRules.name(name).get(),
                experience: Experience(
                    language: try FieldRules.language(language).get(),
                    paymentFlow: try FieldRules.paymentFlow(paymentFlow).get()),
                purchase: LinkPurchase(amount: try FieldRules.amount(amount, currency: currency).get()),
                lifetime: try FieldRules.lifetime(lifetime).get(),
                paymentDetails: details == PaymentDetails() ? nil : details,
                payerInformation: payer == PayerInformation() ? nil : payer,
                metadata: try FieldRules.metadata(metadata).get())
        } catch {
            throw ValidationErrors([error.field: error.message])
        }
    }

    /// The order request for `orderMode == .new`.
    ///
    /// The whole draft is judged first, so no order is made for a link that would then be refused.
    public func orderRequest() throws(ValidationErrors) -> CreateOrderRequest {
        var checked = self
        checked.orderMode = .new
        let errors = checked.validate()
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        do throws(FieldError) {
            let code = try FieldRules.currency(currency).get()
            let urls = RedirectURLs(
                successURL: try FieldRules.orderURL(.successURL, value(of: .successURL)).get(),
                failureURL: try FieldRules.orderURL(.failureURL, value(of: .failureURL)).get(),
                cancelURL: try FieldRules.orderURL(.cancelURL, value(of: .cancelURL)).get(),
                callbackURL: try FieldRules.orderURL(.callbackURL, value(of: .callbackURL)).get())
            return CreateOrderRequest(
                purchase: OrderPurchase(
                    reference: try FieldRules.reference(reference).get(),
                    amount: try FieldRules.amount(amount, currency: code).get(),
                    currency: code),
                redirectURLs: urls == RedirectURLs() ? nil : urls)
        } catch {
            throw ValidationErrors([error.field: error.message])
        }
    }
}
