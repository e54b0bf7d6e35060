import PaylinkStore
import PayseraCheckout

extension HistoryStore {
    /// Files this profile's rows under the project its access token names; uses the token the client already holds
    /// (call it after a request succeeded, so no extra request is made) and changes nothing when no project is named.
    public func learnProject(from client: CheckoutClient) async {
        guard project != nil, let token = try? await client.token(), let id = TokenClaims(token: token)?.projectID else {
            return
        }
        try? learnProject(id: id)
    }
}
