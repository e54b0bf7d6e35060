import Hummingbird
import Logging
import Synchronization

/// All routes of the sandbox, one group per resource.
enum SandboxRouter {
    static func build(state: SandboxState) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        let table = RouteTable()
        router.add(middleware: PayseraErrorMiddleware(logger: state.config.logger, routes: table))
        TokenRoutes.add(to: router, state: state)
        OrderRoutes.add(to: router, state: state)
        LinkRoutes.add(to: router, state: state)
        RefundRoutes.add(to: router, state: state)
        MethodRoutes.add(to: router, state: state)
        PaymentPage.add(to: router, state: state)
        SandboxRoutes.add(to: router, state: state)
        EventRoutes.add(to: router, state: state)
        table.record(router.routes.map { ($0.path, $0.method) })
        return router
    }
}

/// The registered paths and methods, so a known path asked with another method answers 405, not 404.
final class RouteTable: Sendable {
    private let routes = Mutex<[(path: RouterPath, method: HTTPRequest.Method)]>([])

    func record(_ all: [(RouterPath, HTTPRequest.Method)]) {
        routes.withLock { $0 = all.map { (path: $0.0, method: $0.1) } }
    }

    /// Methods served at this request path; empty when the path itself is unknown.
    func methods(for path: String) -> [HTTPRequest.Method] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        return routes.withLock { routes in
            routes.filter { route in
                route.path.components.count == parts.count
                    && zip(route.path.components, parts).allSatisfy { element, part in element ~= part }
            }.map(\.method)
        }
    }
}

/// Turns every error a route throws (including Hummingbird's own 404) into Paysera's error form.
struct PayseraErrorMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let logger: Logger
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ConnectionDropped {
            throw error
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = routes.methods(for: request.uri.path)
            guard !allowed.isEmpty else { return SandboxResponder.answer(for: error, logger: logger) }
            var response = APIError(
                .methodNotAllowed, "method_not_allowed",
                "\(request.method.rawValue) is not served here; use \(allowed.map(\.rawValue).joined(separator: " or ")).").response()
            response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
            return response
        } catch {
            return SandboxResponder.answer(for: error, logger: logger)
        }
    }
}
