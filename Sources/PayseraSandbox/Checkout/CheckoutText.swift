/// The checkout pages' words in each language the sandbox speaks; a missing language falls back to English.
struct CheckoutText: Sendable {
    var banner, amount, order, purpose, payer, validUntil, neverExpires, status: String
    var chooseMethod, continueLabel, noMethods, pay, fail, back, otherMethod: String
    var paidTitle, paidText, failedTitle, failedText, backTitle, backText, noReturn: String
    var expiredTitle, expiredText, canceledTitle, canceledText, completedTitle, completedText, notFoundTitle, notFoundText: String
    var unknownMethod: String

    /// The words for a link's `experience.language`.
    static func forLanguage(_ code: String) -> (code: String, text: CheckoutText) {
        let lower = code.lowercased()
        if let text = all[lower] { return (lower, text) }
        return ("en", english)
    }

    static let all: [String: CheckoutText] = ["en": english, "lt": lithuanian]

    static let english = CheckoutText(
        banner: "SANDBOX — no real money moves", amount: "Amount", order: "Order", purpose: "Purpose", payer: "Payer",
        validUntil: "Valid until", neverExpires: "Never expires", status: "Status",
        chooseMethod: "Choose a payment method", continueLabel: "Continue",
        noMethods: "No payment method takes this amount in this currency.", pay: "Pay", fail: "Fail",
        back: "Back to the shop", otherMethod: "Choose another method",
        paidTitle: "Payment received", paidText: "Thank you! The payment went through.",
        failedTitle: "The payment failed", failedText: "No money was taken. You may try again.",
        backTitle: "Back to the shop", backText: "You left the payment without paying.",
        noReturn: "The shop gave no address to return to (redirect_urls); this sandbox page stands in for it.",
        expiredTitle: "This payment link has expired", expiredText: "Ask the shop for a new link.",
        canceledTitle: "This payment link was canceled", canceledText: "It no longer takes payments.",
        completedTitle: "This payment link is already paid", completedText: "There is nothing more to pay.",
        notFoundTitle: "Payment link not found", notFoundText: "Check the address you were given.",
        unknownMethod: "This payment method is not offered for this payment.")

    static let lithuanian = CheckoutText(
        banner: "BANDOMOJI APLINKA — tikri pinigai nepervedami", amount: "Suma", order: "Užsakymas", purpose: "Paskirtis",
        payer: "Mokėtojas", validUntil: "Galioja iki", neverExpires: "Galioja neribotai", status: "Būsena",
        chooseMethod: "Pasirinkite mokėjimo būdą", continueLabel: "Tęsti",
        noMethods: "Šiai sumai ir valiutai nėra tinkamo mokėjimo būdo.", pay: "Mokėti", fail: "Atmesti mokėjimą",
        back: "Grįžti į parduotuvę", otherMethod: "Pasirinkti kitą būdą",
        paidTitle: "Mokėjimas gautas", paidText: "Ačiū! Mokėjimas atliktas.",
        failedTitle: "Mokėjimas nepavyko", failedText: "Pinigai nenuskaičiuoti. Galite bandyti dar kartą.",
        backTitle: "Grįžote į parduotuvę", backText: "Mokėjimą palikote nesumokėję.",
        noReturn: "Parduotuvė nenurodė, kur grįžti (redirect_urls); šis bandomasis puslapis ją pakeičia.",
        expiredTitle: "Šios mokėjimo nuorodos galiojimas baigėsi", expiredText: "Paprašykite parduotuvės naujos nuorodos.",
        canceledTitle: "Ši mokėjimo nuoroda atšaukta", canceledText: "Ja mokėti nebegalima.",
        completedTitle: "Ši mokėjimo nuoroda jau apmokėta", completedText: "Daugiau mokėti nereikia.",
        notFoundTitle: "Mokėjimo nuoroda nerasta", notFoundText: "Patikrinkite gautą adresą.",
        unknownMethod: "Šis mokėjimo būdas šiam mokėjimui nesiūlomas.")
}
