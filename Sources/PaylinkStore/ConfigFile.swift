/// The contents of `config.yaml`: profiles, the default one, the theme and key remapping.
public struct ConfigFile: Codable, Sendable, Hashable {
    /// The profile used when neither `--profile` nor `PAYLINK_PROFILE` names one.
    public var defaultProfile: String?
    /// Theme name, handed on to the terminal program.
    public var theme: String?
    /// Action id → keys, handed on to the terminal program's key table.
    public var keys: [String: [String]]
    /// The language the programs speak (`ui_language: lt`); `--ui-language` wins, the locale variables come after.
    public var uiLanguage: String?
    /// Profile name → its settings.
    public var profiles: [String: ProfileConfig]
    /// The shop's name on the customer display, unless the till's profile names its own.
    public var shopName: String?

    public init(
        defaultProfile: String? = nil, theme: String? = nil, keys: [String: [String]] = [:],
        profiles: [String: ProfileConfig] = [:]
    ) {
        self.defaultProfile = defaultProfile
        self.theme = theme
        self.keys = keys
        self.profiles = profiles
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case defaultProfile = "default_profile"
        case theme, keys, profiles
        case uiLanguage = "ui_language"
        case shopName = "shop_name"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        defaultProfile = try c.decodeIfPresent(String.self, forKey: .defaultProfile)
        theme = try c.decodeIfPresent(String.self, forKey: .theme)
        keys = try c.decodeIfPresent([String: KeyList].self, forKey: .keys)?.mapValues(\.keys) ?? [:]
        profiles = try c.decodeIfPresent([String: ProfileConfig].self, forKey: .profiles) ?? [:]
        uiLanguage = try c.decodeIfPresent(String.self, forKey: .uiLanguage)
        shopName = try c.decodeIfPresent(String.self, forKey: .shopName)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(defaultProfile, forKey: .defaultProfile)
        try c.encodeIfPresent(theme, forKey: .theme)
        if !keys.isEmpty { try c.encode(keys, forKey: .keys) }
        if !profiles.isEmpty { try c.encode(profiles, forKey: .profiles) }
        try c.encodeIfPresent(uiLanguage, forKey: .uiLanguage)
        try c.encodeIfPresent(shopName, forKey: .shopName)
    }

    /// The shop's name the customer display shows for a till working with `profile`.
    public func shopName(profile: String?) -> String? {
        let named = profile.flatMap { profiles[$0]?.shopName } ?? shopName
        return named.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }

    /// Whether any profile writes its client secret into the file itself.
    public var holdsSecret: Bool { profiles.values.contains { $0.clientSecret != nil } }
}

/// One key or a list of keys: `quit: ctrl-c` and `quit: ["ctrl-c", "q"]` both work.
private struct KeyList: Decodable {
    var keys: [String]
    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let one = try? c.decode(String.self) {
            keys = [one]
        } else {
            keys = try c.decode([String].self)
        }
    }
}

/// One profile of the config file: where the API is and how to authenticate.
public struct ProfileConfig: Codable, Sendable, Hashable {
    public var baseURL: String?
    public var clientID: String?
    /// Written in the file itself; the file must then be private to its owner.
    public var clientSecret: Secret?
    /// A shell command whose standard output is the secret (`pass show paysera/shop`).
    public var clientSecretCommand: String?
    public var defaultCurrency: String?
    public var defaultLanguage: String?
    public var defaultCountry: String?
    /// Who makes links with this profile (`metadata.created_by`); default USER@hostname.
    public var operatorName: String?
    /// The order addresses new links' orders get unless told otherwise.
    public var defaultSuccessURL: String?
    public var defaultFailureURL: String?
    public var defaultCancelURL: String?
    public var defaultCallbackURL: String?
    /// The shop's name on the customer display of a till working with this profile.
    public var shopName: String?

    public init(
        baseURL: String? = nil, clientID: String? = nil, clientSecret: Secret? = nil,
        clientSecretCommand: String? = nil, defaultCurrency: String? = nil, defaultLanguage: String? = nil,
        defaultCountry: String? = nil, operatorName: String? = nil
    ) {
        self.baseURL = baseURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.clientSecretCommand = clientSecretCommand
        self.defaultCurrency = defaultCurrency
        self.defaultLanguage = defaultLanguage
        self.defaultCountry = defaultCountry
        self.operatorName = operatorName
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case baseURL = "base_url"
        case clientID = "client_id"
        case clientSecret = "client_secret"
        case clientSecretCommand = "client_secret_command"
        case defaultCurrency = "default_currency"
        case defaultLanguage = "default_language"
        case defaultCountry = "default_country"
        case operatorName = "operator"
        case defaultSuccessURL = "default_success_url"
        case defaultFailureURL = "default_failure_url"
        case defaultCancelURL = "default_cancel_url"
        case defaultCallbackURL = "default_callback_url"
        case shopName = "shop_name"
    }
}
