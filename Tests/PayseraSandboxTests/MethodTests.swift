import Foundation
import PayseraCheckout
import TestSupport
import Testing

@Suite("Payment methods", .ownThread)
struct MethodTests {
    static let documentedKeys: Set<String> = [
        "swedbank", "seb", "luminor", "citadele", "lhv", "coop", "nordea", "artea", "urbo", "revolut", "paysera",
        "card-payment", "apple-pay",
    ]

    @Test("Without a filter every documented key is listed with title, type, countries and currencies")
    func all() async throws {
        try await SandboxHarness.with { h in
            let answer = try await h.api(.GET, APIPath.methods, token: try await h.token())
            #expect(answer.status == 200)
            let list = try answer.decode(PaymentMethodList.self)
            #expect(Set(list.items.map(\.key)) == Self.documentedKeys)
            for method in list.items {
                #expect(method.title?.isEmpty == false)
                #expect(["bank", "card", "wallet"].contains(method.type ?? ""))
                #expect(method.availableCountries?.isEmpty == false)
                #expect(method.availableCurrencies?.contains("EUR") == true)
            }
            let swedbank = try #require(list.items.first { $0.key == "swedbank" })
            #expect(Set(swedbank.availableCountries ?? []) == ["LT", "LV", "EE"])
            #expect(answer.text.contains(#""min_amount":"#))
        }
    }

    @Test("amount and currency filter by the methods' limits and currencies")
    func filtered() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            func keys(_ query: String) async throws -> Set<String> {
                let answer = try await h.api(.GET, APIPath.methods + "?" + query, token: token)
                try #require(answer.status == 200, "\(answer.text)")
                return Set(try answer.decode(PaymentMethodList.self).items.map(\.key))
            }
            #expect(try await keys("amount=2500&currency=EUR") == Self.documentedKeys)
            // Cards and Apple Pay start at 0.50.
            let small = try await keys("amount=10&currency=EUR")
            #expect(!small.contains("card-payment"))
            #expect(small.contains("swedbank"))
            let gbp = try await keys("amount=2500&currency=GBP")
            #expect(gbp == ["revolut", "paysera", "card-payment", "apple-pay"])
            #expect(try await keys("amount=2500&currency=JPY").isEmpty)
            let huge = try await keys("amount=600000000&currency=EUR")
            #expect(huge == ["paysera"])
        }
    }

    @Test("amount without currency (or the reverse) and bad values answer 400 naming the parameter", arguments: [
        ("amount=2500", "currency"), ("currency=EUR", "amount"), ("amount=abc&currency=EUR", "amount"),
        ("amount=0&currency=EUR", "amount"), ("amount=-5&currency=EUR", "amount"), ("amount=1&currency=ZZZ", "currency"),
        ("amount=99999999999999999999999&currency=EUR", "amount"),
    ])
    func badFilters(query: String, parameter: String) async throws {
        try await SandboxHarness.with { h in
            let answer = try await h.api(.GET, APIPath.methods + "?" + query, token: try await h.token())
            #expect(answer.status == 400)
            #expect(answer.errorProperties[parameter]?.isEmpty == false, "\(answer.text)")
        }
    }
}
