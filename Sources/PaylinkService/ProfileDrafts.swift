import Foundation
import PaylinkCore
import PaylinkStore

extension ProfileSession {
    /// The draft defaults of the profile.
    public var draftDefaults: DraftDefaults { Self.draftDefaults(profile, chosen: chosenLanguage, orderURLs: true) }

    /// A profile's draft defaults without opening a session: checking a batch needs no API. Throws the config's error.
    public static func draftDefaults(
        profileName: String?, uiLanguage option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigError) -> DraftDefaults {
        let config = try ConfigLoader.load(paths: AppPaths.current(environment: environment), environment: environment)
        let profile = try config.resolveProfile(named: profileName)
        let chosen = UILanguage.chosen(option: option, config: config.uiLanguage, environment: environment)
        return draftDefaults(profile, chosen: chosen, orderURLs: false)
    }

    private static func draftDefaults(_ profile: ResolvedProfile, chosen: UILanguage?, orderURLs: Bool) -> DraftDefaults {
        let defaults = profile.defaults
        // A new link speaks the language the screen was asked to speak unless the profile names one.
        return DraftDefaults(
            currency: defaults.currency, language: defaults.language ?? chosen?.linkLanguage,
            country: defaults.country, uiLanguage: chosen ?? .en,
            orderURLs: orderURLs
                ? [
                    .successURL: defaults.successURL, .failureURL: defaults.failureURL,
                    .cancelURL: defaults.cancelURL, .callbackURL: defaults.callbackURL,
                ].compactMapValues { $0 } : [:])
    }
}
