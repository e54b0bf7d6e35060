import ArgumentParser
import Foundation
import Logging
import PaylinkCore

// `paylink sandbox` and `paylink listen` are served by paylink-server; their options are declared here once, for
// the front program's help, manual and completions and for the server that parses the same arguments again.

/// Options every command that talks to the API shares.
public struct ProfileOptions: ParsableArguments {
    @Option(help: "The profile of config.yaml to use (default: PAYLINK_PROFILE, then default_profile).")
    public var profile: String?

    @Option(
        name: .customLong("ui-language"),
        help: "Language of the screen and messages: en, lt, lv, et or pl (default: ui_language in config.yaml, then LC_ALL, LC_MESSAGES, LANG).")
    public var uiLanguage: String?

    public init() {}
}

/// What `paylink sandbox` accepts: where the local Paysera emulation listens and how it misbehaves.
public struct SandboxOptions: ParsableArguments {
    /// The built-in sandbox's fixed port, so payment URLs stay valid from one run to the next.
    public static let builtInPort = 8787
    public static let abstract = UILanguage.environment.help(.sandboxAbstract)
    public static let discussion = UILanguage.environment.help(.sandboxDiscussion)
    /// The line that starts what the sandbox prints first, followed by its address.
    public static let announcement = "Sandbox listening on "

    @Option(help: "Address to listen on (loopback by default).")
    public var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    public var port = SandboxOptions.builtInPort

    @Option(help: "Address payment URLs start with, when it differs from http://host:port.")
    public var publicURL: String?

    @Option(
        name: .customLong("fault"),
        help: "Misbehave on purpose, for tests and demos: delay=5s (link creates), order-delay=5s, drop-after-create, error-rate=0.2, rate-limit=0.1 (429 with Retry-After: 1), seed=N, refund-pending (refunds stay processing), refund-fail (refunds end failed), refund-delay=2s, drop-after-refund, clock-offset=-2d (the sandbox lives two days ago) (repeatable).")
    public var faults: [String] = []

    @Option(help: "Multiply the webhook retry schedule (1 h, 6 h, 31 h after the first attempt); 0.001 makes it seconds.")
    public var webhookRetryScale: Double = 1

    @Flag(help: "Keep the state in memory only.")
    public var inMemory = false

    public init() {}
}

/// What `paylink listen` accepts: where Paysera's callbacks are received and how each is reported.
public struct ListenOptions: ParsableArguments {
    public static let abstract = UILanguage.environment.help(.listenAbstract)
    public static let discussion = UILanguage.environment.help(.listenDiscussion)

    @OptionGroup public var profileOptions: ProfileOptions

    @Option(help: "Address to listen on; 0.0.0.0 for every interface.")
    public var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    public var port = 8080

    @Option(help: "The path callbacks are posted to.")
    public var path = "/paysera/callback"

    @Flag(help: "Print one JSON object per callback.")
    public var json = false

    public init() {}
}

/// Where a running sandbox answers, for the commands that read its event log.
public struct SandboxAddressOptions: ParsableArguments {
    @Option(name: .customLong("sandbox"), help: "Address of the running sandbox (default: PAYLINK_BASE_URL, else the built-in sandbox's http://127.0.0.1:8787).")
    public var explicitAddress: String?

    /// The option, else the address every other command uses, else the built-in sandbox's.
    public var address: String {
        explicitAddress ?? ProcessInfo.processInfo.environment["PAYLINK_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "http://127.0.0.1:\(SandboxOptions.builtInPort)"
    }

    public init() {}
}

/// What `paylink sandbox events` accepts.
public struct SandboxEventsOptions: ParsableArguments {
    public static let abstract = UILanguage.environment.help(.sandboxEventsAbstract)

    @OptionGroup public var sandbox: SandboxAddressOptions

    @Option(help: "Only this order's events.")
    public var order: String?

    @Flag(help: "Print the sandbox's JSON answer.")
    public var json = false

    public init() {}
}

/// What `paylink sandbox resend EVENT_ID` accepts.
public struct SandboxResendOptions: ParsableArguments {
    public static let abstract = UILanguage.environment.help(.sandboxResendAbstract)

    @OptionGroup public var sandbox: SandboxAddressOptions

    @Argument(help: "The event's id (see `paylink sandbox events`).")
    public var eventID: String

    @Option(help: "Deliver to this URL instead of the order's callback_url.")
    public var to: String?

    @Flag(help: "Print the delivery as JSON.")
    public var json = false

    public init() {}
}

/// A logger for library code that stays silent unless PAYLINK_LOG asks otherwise (stderr is the user's).
public func quietLogger(_ label: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = environment["PAYLINK_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .critical
    return logger
}
