import Hummingbird
import Logging

/// All routes of the sandbox, one group per resource.
enum SandboxRouter {
    static func build(state: SandboxState) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        router.add(middleware: PayseraErrorMiddleware(logger: state.config.logger))
        TokenRoutes.add(to: router, state: state)
        OrderRoutes.add(to: router, state: state)
        LinkRoutes.add(to: router, state: state)
        MethodRoutes.add(to: router, state: state)
        PaymentPage.add(to: router, state: state)
        SandboxRoutes.add(to: router, state: state)
        return router
    }
}

/// Turns every error a route throws (including Hummingbird's own 404) into Paysera's error form.
struct PayseraErrorMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ConnectionDropped {
            throw error
        } catch {
            return SandboxResponder.answer(for: error, logger: logger)
        }
    }
}
