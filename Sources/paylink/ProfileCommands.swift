import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PayseraCheckout

/// `paylink profiles`: the profiles of config.yaml, the current one marked.
struct ProfilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles", abstract: "List the profiles of config.yaml (never a secret); * marks the current one.")

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "Print the profiles as JSON.")
    var json = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let config: Config
        do {
            config = try ConfigLoader.load(paths: AppPaths.current(environment: environment), environment: environment)
        } catch {
            throw CommandFailure(.invalidInput, "paylink: \(error)")
        }
        let rows = config.profileSummaries(named: profileOptions.profile)
        if json {
            printJSON(rows)
            return
        }
        let table = [["", "NAME", "KIND", "CLIENT", "API"]] + rows.map {
            [$0.current ? "*" : "", $0.name, $0.kind, $0.clientID ?? "-", $0.baseURL ?? "built-in"]
        }
        let widths = (0..<5).map { column in table.map { $0[column].count }.max() ?? 0 }
        for row in table {
            let cells = row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            printOut(TerminalText.sanitize(String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())))
        }
    }

}

/// `paylink whoami`: fetches a token with the current profile's credentials and says whose they are.
struct WhoamiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Check the current profile's credentials with the API and name the profile, client and project.")

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "Print the answer as JSON.")
    var json = false

    func run() async throws {
        let context = try await profileOptions.session()
        let identity = try await context.closing {
            do { return try await context.identity() } catch let error as CheckoutError {
                throw CommandFailure(
                    error.isRefused ? .refused : .failure,
                    "paylink: profile \(context.profile.name) could not sign in at \(context.baseURL.absoluteString): "
                        + TerminalText.sanitize(error.description))
            }
        }
        if json {
            printJSON(identity)
            return
        }
        let lines: [(String, String)] = [
            ("Profile", "\(identity.profile) (\(identity.kind))"), ("API", identity.baseURL), ("Client", identity.clientID),
            ("Project", identity.projectID ?? "not named in the token"), ("Operator", identity.operatorName),
        ]
        for (label, value) in lines {
            printOut("\(label.padding(toLength: 10, withPad: " ", startingAt: 0))\(TerminalText.sanitize(value))")
        }
    }
}
