import Hummingbird
import PaylinkCore
import PayseraCheckout

/// One payment method the sandbox offers, with per-currency limits in minor units.
struct SandboxMethod: Sendable {
    var key: String
    var title: String
    var description: String
    var type: String
    var countries: [String]
    /// Currency → (minimum, maximum) in minor units.
    var limits: [String: (min: Int, max: Int)]

    /// Whether the method takes this amount in this currency.
    func accepts(amount: Int, currency: String) -> Bool {
        guard let limit = limits[currency] else { return false }
        return amount >= limit.min && amount <= limit.max
    }

    func json(baseURL: String) -> JSONValue {
        var currencies: [String: JSONValue] = [:]
        for (code, limit) in limits {
            currencies[code] = .object(["min_amount": .number(String(limit.min)), "max_amount": .number(String(limit.max))])
        }
        return .object([
            "key": .string(key),
            "title": .string(title),
            "description": .string(description),
            "type": .string(type),
            "flow": .string(type == "bank" ? "redirect" : "embedded"),
            "available_countries": .array(countries.map(JSONValue.string)),
            "available_currencies": .object(currencies),
            "logo_url": .string("\(baseURL)/sandbox/logos/\(key).svg"),
        ])
    }
}

/// `GET /checkout-project/integration/v1/methods?amount=&currency=` (API doc §4).
enum MethodRoutes {
    static let baltic = ["LT", "LV", "EE"]

    /// The documented method keys with plausible countries, currencies and limits.
    static let catalog: [SandboxMethod] = {
        func bank(_ key: String, _ title: String, _ countries: [String], max: Int = 5_000_000_00) -> SandboxMethod {
            SandboxMethod(
                key: key, title: title, description: "Pay from your \(title) internet bank.", type: "bank",
                countries: countries, limits: ["EUR": (1, max)])
        }
        return [
            bank("swedbank", "Swedbank", baltic),
            bank("seb", "SEB", baltic),
            bank("luminor", "Luminor", baltic),
            bank("citadele", "Citadele", ["LT", "LV", "EE"]),
            bank("lhv", "LHV", ["EE"]),
            bank("coop", "Coop Pank", ["EE"]),
            bank("nordea", "Nordea", ["FI", "LT", "LV", "EE"]),
            bank("artea", "Artea", ["LT"], max: 1_000_000_00),
            bank("urbo", "Urbo bankas", ["LT"], max: 1_000_000_00),
            SandboxMethod(
                key: "revolut", title: "Revolut", description: "Pay with your Revolut account.", type: "bank",
                countries: baltic + ["PL", "DE", "GB"],
                limits: ["EUR": (1, 1_000_000_00), "GBP": (1, 1_000_000_00), "PLN": (1, 4_000_000_00)]),
            SandboxMethod(
                key: "paysera", title: "Paysera", description: "Pay from your Paysera account.", type: "wallet",
                countries: baltic + ["BG", "RO", "PL", "DE"],
                limits: ["EUR": (1, 10_000_000_00), "USD": (1, 10_000_000_00), "GBP": (1, 10_000_000_00), "PLN": (1, 40_000_000_00)]),
            SandboxMethod(
                key: "card-payment", title: "Card payment", description: "Visa and Mastercard.", type: "card",
                countries: baltic + ["PL", "DE", "FI", "GB", "US", "BG", "RO"],
                limits: ["EUR": (50, 15_000_00), "USD": (50, 15_000_00), "GBP": (50, 12_000_00), "PLN": (200, 60_000_00)]),
            SandboxMethod(
                key: "apple-pay", title: "Apple Pay", description: "Pay with Apple Pay.", type: "wallet",
                countries: baltic + ["PL", "DE", "FI", "GB"],
                limits: ["EUR": (50, 10_000_00), "GBP": (50, 8_000_00)]),
        ]
    }()

    static func add(to router: Router<SandboxRequestContext>, state: SandboxState) {
        router.get(RouterPath(APIPath.methods)) { request, _ -> Response in
            try state.tokens.authorize(request, now: state.now)
            return try methods(request, state: state)
        }
    }

    static func methods(_ request: Request, state: SandboxState) throws(APIError) -> Response {
        let query = request.uri.queryParameters
        let amountText = query["amount"].map(String.init)
        let currencyText = query["currency"].map(String.init)
        var problems: [String: [String]] = [:]
        switch (amountText, currencyText) {
        case (nil, nil):
            break
        case (_?, nil):
            problems["currency"] = ["Send currency together with amount."]
        case (nil, _?):
            problems["amount"] = ["Send amount together with currency."]
        case (let amount?, let currency?):
            if Int(amount).map({ $0 > 0 }) != true || !amount.allSatisfy(\.isASCII) {
                problems["amount"] = ["Must be a whole number of minor units greater than 0."]
            }
            if case .failure(let refusal) = FieldRules.currency(currency) { problems["currency"] = [refusal.message] }
        }
        guard problems.isEmpty else {
            throw APIError.invalid(problems, "Invalid query parameters: \(problems.keys.sorted().joined(separator: ", ")).")
        }
        var chosen = catalog
        if let amountText, let currencyText, let amount = Int(amountText), let code = try? FieldRules.currency(currencyText).get() {
            chosen = chosen.filter { $0.accepts(amount: amount, currency: code) }
        }
        let base = state.publicBaseURL
        return JSONAnswer.response(.ok, json: .object(["items": .array(chosen.map { $0.json(baseURL: base) })]))
    }
}
