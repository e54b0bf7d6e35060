import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PayseraCheckout

/// `paylink profiles`: the profiles of config.yaml, the current one marked.
struct ProfilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles", abstract: UILanguage.environment.help(.profilesAbstract))

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "Print the profiles as JSON.")
    var json = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let config: Config
        do {
            config = try ConfigLoader.load(paths: AppPaths.current(environment: environment), environment: environment)
        } catch {
            throw CommandFailure(.invalidInput, "paylink: " + error.text(language: profileOptions.language))
        }
        let rows = config.profileSummaries(named: profileOptions.profile)
        if json {
            printJSON(rows)
            return
        }
        ProfileSummary.table(rows, language: profileOptions.language).forEach(printOut)
    }

}

/// `paylink whoami`: fetches a token with the current profile's credentials and says whose they are.
struct WhoamiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: UILanguage.environment.help(.whoamiAbstract))

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "Print the answer as JSON.")
    var json = false

    func run() async throws {
        let context = try await profileOptions.session()
        let identity = try await context.closing {
            do { return try await context.identity() } catch let error as CheckoutError {
                throw CommandFailure(
                    error.isRefused ? .refused : .failure,
                    "paylink: " + context.uiLanguage.text(.command(.couldNotSignIn(
                        profile: context.profile.name, url: context.baseURL.absoluteString,
                        why: TerminalText.sanitize(context.uiLanguage.text(.notice(.api(error))))))))
            }
        }
        if json {
            printJSON(identity)
            return
        }
        identity.lines(language: context.uiLanguage).forEach(printOut)
    }
}
