import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI

/// Why the customer display of a till cannot start.
public enum DisplayRefusal: Error {
    /// config.yaml cannot be used; the sentence says why.
    case config(String)
    /// There is no history file at `path` yet.
    case noHistory(path: String)
    /// The history could not be read; the sentence says why.
    case unreadable(String)
    /// No till of that name has run with the history at `path`; `tills` are those that have.
    case unknownTill(tills: [String], path: String)

    /// Whether what was asked for cannot be used (config.yaml, an unknown till), rather than a failure here.
    public var isInvalidInput: Bool {
        switch self {
        case .config, .unknownTill: true
        case .noHistory, .unreadable: false
        }
    }

    /// What the person is told, in `language`, for the display of `till`.
    public func sentence(till: TillName, language: UILanguage) -> String {
        switch self {
        case .config(let sentence), .unreadable(let sentence): sentence
        case .noHistory(let path): language.text(.command(.displayNoHistory(path: path, till: "\(till)")))
        case .unknownTill(let tills, let path): language.text(.command(.displayUnknownTill(till: "\(till)", path: path, tills: tills)))
        }
    }
}

extension DisplayOptions {
    /// The display of `till`, following the history of this machine's data directory: the shop's names from
    /// config.yaml, the idle screen's language `language` for every profile, else each profile's default_language,
    /// and the locale's for the rest. `warn` hears the config's warnings.
    public static func following(
        till: TillName, language: String?, theme: String?, noColor: Bool, environment: [String: String],
        warn: (String) -> Void
    ) throws(DisplayRefusal) -> DisplayOptions {
        let paths = AppPaths.current(environment: environment)
        let config: Config
        do {
            config = try ConfigLoader.load(paths: paths, environment: environment)
        } catch {
            throw .config(error.text(language: UILanguage.choose(option: nil, config: nil, environment: environment)))
        }
        let said = UILanguage.choose(option: nil, config: config.uiLanguage, environment: environment)
        config.warnings.forEach { warn($0.text(language: said)) }
        let file = paths.historyFile
        guard FileManager.default.fileExists(atPath: file.path) else { throw .noHistory(path: file.path) }
        let showing: TillShowing?
        let tills: [String]
        do {
            let history = try HistoryStore.open(paths: paths, project: nil)
            showing = try history.showing(onTill: till)
            tills = try history.tills()
        } catch let error as HistoryUnavailable {
            throw .unreadable(error.text(language: said))
        } catch {
            throw .unreadable(said.text(.notice(.historyCannotOpen(path: file.path, why: "\(error)"))))
        }
        guard showing != nil else { throw .unknownTill(tills: tills, path: file.path) }
        var shopNames: [String: String] = [:]
        shopNames[""] = config.file.shopName(profile: nil)
        for name in config.file.profiles.keys { shopNames[name] = config.file.shopName(profile: name) }
        var shopLanguages: [String: String] = [:]
        shopLanguages[""] = language ?? [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first(where: CustomerWords.speaks)
        if language == nil {
            for (name, profile) in config.file.profiles { shopLanguages[name] = profile.defaultLanguage }
        }
        var options = DisplayOptions(
            till: till, historyFile: file, shopNames: shopNames,
            shopLanguages: shopLanguages, themeName: theme ?? config.theme, noColor: noColor,
            environment: environment)
        options.themeDirectories = [paths.configDirectory.appendingPathComponent("themes").path]
        return options
    }

    /// The tills that have run with this machine's history, for shell completion; none when there is no history yet.
    public static func knownTills() -> [String] {
        let paths = AppPaths.current()
        guard FileManager.default.fileExists(atPath: paths.historyFile.path),
            let history = try? HistoryStore.open(paths: paths, project: nil)
        else { return [] }
        return (try? history.tills()) ?? []
    }
}
