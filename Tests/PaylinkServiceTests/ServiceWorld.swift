import AsyncHTTPClient
import Foundation
import Logging
import PaylinkCore
import PaylinkService
import PaylinkStore
import PayseraCheckout
import PayseraSandbox
import SandboxTestSupport
import TestSupport

/// A sandbox served in this process on a free loopback port, a client of it, and a history in a folder of its own:
/// the world PaylinkService's workflows run in, with no child process.
final class ServiceWorld: Sendable {
    static let profile = "sandbox"
    static let secret = "sandbox-secret"

    let sandbox: RunningSandbox
    let client: CheckoutClient
    let folder: TemporaryDirectory
    let paths: AppPaths
    let history: HistoryStore

    private init(sandbox: RunningSandbox, folder: TemporaryDirectory) throws {
        self.sandbox = sandbox
        self.folder = folder
        paths = AppPaths(configDirectory: folder.appending("config"), dataDirectory: folder.appending("data"))
        history = try HistoryStore(paths: paths)
        client = CheckoutClient(
            baseURL: sandbox.baseURL, credentials: Credentials(clientID: "sandbox", clientSecret: Self.secret),
            logger: Self.quietLogger)
    }

    /// Runs `body` in a fresh world and stops its sandbox afterwards, whatever happened.
    static func with<T>(faults: SandboxFaults = .none, _ body: (ServiceWorld) async throws -> T) async throws -> T {
        let folder = try TemporaryDirectory(prefix: "paylink-service-tests")
        let configuration = SandboxConfiguration(
            port: 0, databasePath: folder.appending("sandbox.sqlite").path, faults: faults, logger: quietLogger)
        return try await Sandbox.serving(configuration) { try await body(try ServiceWorld(sandbox: $0, folder: folder)) }
    }

    static let quietLogger = Sandbox.quietTestLogger("paylink.service-tests")

    var workflow: LinkWorkflow { LinkWorkflow(client: client, history: history, profile: Self.profile, paths: paths) }
    var reconciler: Reconciler { Reconciler(client: client, history: history, profile: Self.profile, paths: paths) }

    /// A draft for a new order with this reference, 12.50 EUR.
    static func draft(reference: String, name: String = "Leather wallet") -> LinkDraft {
        var draft = LinkDraft()
        draft.reference = reference
        draft.currency = "EUR"
        draft.amount = "12.50"
        draft.name = name
        draft.language = "en"
        return draft
    }

    /// Every link the API has for an order.
    func linksAtAPI(orderID: String) async throws -> [PaymentLink] {
        try await client.paymentLinks(orderID: orderID, limit: 200).items
    }

    /// Pays a link as the sandbox's simulated payer.
    func pay(linkID: String) async throws {
        var request = HTTPClientRequest(url: sandbox.baseURL.absoluteString + "/sandbox/payment-links/\(linkID)/pay")
        request.method = .POST
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        _ = try await response.body.collect(upTo: 1 << 20)
        guard response.status.code < 300 else { throw WorldError("the sandbox refused to pay \(linkID): \(response.status.code)") }
    }

    /// The webhook events the sandbox logged for an order: request id, `type/name` and body, as its log lists them.
    func events(orderID: String) async throws -> [(id: String, name: String, body: Data)] {
        var request = HTTPClientRequest(url: sandbox.baseURL.absoluteString + "/sandbox/events?order_id=\(orderID)")
        request.headers.add(name: "Accept", value: "application/json")
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let data = Data(buffer: try await response.body.collect(upTo: 8 << 20))
        let json = try JSONSerialization.jsonObject(with: data)
        let items = (json as? [String: Any])?["items"] as? [[String: Any]] ?? json as? [[String: Any]] ?? []
        return items.compactMap { item in
            guard let id = item["id"] as? String, let body = item["body"],
                  let bytes = try? JSONSerialization.data(withJSONObject: body) else { return nil }
            return (id, "\(item["type"] as? String ?? "")/\(item["name"] as? String ?? "")", bytes)
        }
    }

    /// Writes a batch file into the world's folder.
    func batchFile(_ text: String, name: String = "invoices.csv") throws -> URL {
        let url = folder.appending(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}

/// A step of a test's setup that did not work.
struct WorldError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
