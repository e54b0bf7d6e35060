import Foundation
import PayseraCheckout

/// What came of one attempt to create a payment link; the command line and the terminal program both show it.
public enum CreateOutcome: Sendable, Hashable {
    /// The API made the link; `body` is the API's answer as it came (empty when the link was read back instead).
    case created(PaymentLink, body: Data = Data())
    /// The draft (or the API's `error_properties`) refused fields, with the overall message; nothing was made.
    case invalid([FieldPath: String], message: String)
    /// The API refused the request as a whole (409 reference reuse, 401 credentials …); nothing was made.
    case refused(String)
    /// The request left and no usable answer came back: the link may or may not exist.
    case outcomeUnknown(String)
    /// Anything else (the request never left, the server failed); nothing was made.
    case failed(String)
}
