import Foundation
import TestSupport
import Testing
import PaylinkCore
@testable import PaylinkStore

/// A config directory in a temporary folder with `config.yaml` written at a chosen mode.
@Suite(.ownThread)
struct ConfigFixture {
    let temp: TemporaryDirectory
    let paths: AppPaths

    init(_ yaml: String?, mode: Int = 0o600) throws {
        temp = try TemporaryDirectory()
        paths = AppPaths(environment: ["XDG_CONFIG_HOME": temp.appending("config").path,
                                       "XDG_DATA_HOME": temp.appending("data").path], home: temp.url)
        if let yaml {
            try FileManager.default.createDirectory(at: paths.configDirectory, withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: paths.configFile)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: paths.configFile.path)
        }
    }

    func load(_ environment: [String: String] = [:]) throws(ConfigError) -> Config {
        try ConfigLoader.load(paths: paths, environment: environment)
    }
}

let twoProfiles = """
    default_profile: shop
    theme: default
    keys: { copy: ["c", "y"], quit: ctrl-c }
    profiles:
      shop:
        base_url: https://api.paysera.com
        client_id: shop-id
        client_secret: shop-secret-value
        default_currency: eur
        default_language: LT
        default_country: lt
      kiosk:
        base_url: http://127.0.0.1:8099
        client_id: kiosk-id
        client_secret: kiosk-secret-value
    """

@Suite(.ownThread) struct ProfileSelectionTests {
    @Test func defaultProfileIsUsedWhenNothingElseNamesOne() throws {
        let profile = try ConfigFixture(twoProfiles).load().resolveProfile(named: nil)
        #expect(profile.name == "shop")
        #expect(profile.baseURL?.absoluteString == "https://api.paysera.com")
        #expect(profile.clientID == "shop-id")
        #expect(profile.clientSecret.reveal() == "shop-secret-value")
        #expect(profile.defaults == ProfileDefaults(currency: "EUR", language: "lt", country: "LT"))
        #expect(!profile.isBuiltInSandbox)
    }

    @Test func paylinkProfileBeatsDefaultProfile() throws {
        let profile = try ConfigFixture(twoProfiles).load(["PAYLINK_PROFILE": "kiosk"]).resolveProfile(named: nil)
        #expect(profile.name == "kiosk")
        #expect(profile.clientID == "kiosk-id")
    }

    @Test func profileOptionBeatsPaylinkProfile() throws {
        let profile = try ConfigFixture(twoProfiles).load(["PAYLINK_PROFILE": "kiosk"]).resolveProfile(named: "shop")
        #expect(profile.name == "shop")
    }

    @Test func environmentOverridesTheProfilesAddressAndCredentials() throws {
        let config = try ConfigFixture(twoProfiles).load([
            "PAYLINK_BASE_URL": "http://127.0.0.1:9999",
            "PAYSERA_CLIENT_ID": "env-id",
            "PAYSERA_CLIENT_SECRET": "env-secret",
        ])
        let profile = try config.resolveProfile(named: "kiosk")
        #expect(profile.name == "kiosk")
        #expect(profile.baseURL?.absoluteString == "http://127.0.0.1:9999")
        #expect(profile.clientID == "env-id")
        #expect(profile.clientSecret.reveal() == "env-secret")
    }

    @Test func noConfigFileMeansTheBuiltInSandbox() throws {
        let profile = try ConfigFixture(nil).load().resolveProfile(named: nil)
        #expect(profile.isBuiltInSandbox)
        #expect(profile.name == "sandbox")
        #expect(profile.clientID == "sandbox")
        #expect(profile.clientSecret.reveal() == "sandbox-secret")
    }

    @Test func baseURLFromTheEnvironmentAloneIsNotTheSandbox() throws {
        let profile = try ConfigFixture(nil).load([
            "PAYLINK_BASE_URL": "http://127.0.0.1:8080", "PAYSERA_CLIENT_ID": "sandbox",
            "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]).resolveProfile(named: nil)
        #expect(!profile.isBuiltInSandbox)
        #expect(profile.baseURL?.port == 8080)
    }

    @Test func baseURLWithoutClientIDSaysWhatIsMissing() throws {
        let config = try ConfigFixture(nil).load(["PAYLINK_BASE_URL": "http://127.0.0.1:8080"])
        #expect {
            try config.resolveProfile(named: nil)
        } throws: { error in
            "\(error)".contains("client_id") && "\(error)".contains("PAYSERA_CLIENT_ID")
        }
    }

    @Test func theOnlyProfileIsTheDefault() throws {
        let yaml = """
            profiles:
              solo:
                base_url: https://api.paysera.com
                client_id: solo
                client_secret_command: printf solo-secret
            """
        let profile = try ConfigFixture(yaml, mode: 0o644).load().resolveProfile(named: nil)
        #expect(profile.name == "solo")
        #expect(profile.clientSecret.reveal() == "solo-secret")
    }

    @Test func anUnknownProfileIsNamedWithTheKnownOnes() throws {
        let config = try ConfigFixture(twoProfiles).load(["PAYLINK_PROFILE": "shpo"])
        #expect(throws: ConfigError.unknownProfile(name: "shpo", requestedBy: "PAYLINK_PROFILE",
                                                  path: config.path, known: ["kiosk", "shop"])) {
            try config.resolveProfile(named: nil)
        }
    }

    @Test func badBaseURLNamesTheSetting() throws {
        let yaml = """
            profiles:
              shop: { base_url: "api.paysera.com", client_id: a, client_secret_command: "printf x" }
            """
        let config = try ConfigFixture(yaml).load()
        #expect {
            try config.resolveProfile(named: nil)
        } throws: { error in
            "\(error)".contains("profiles.shop.base_url") && "\(error)".contains("https://")
        }
    }

    @Test func secretAndSecretCommandTogetherAreRefused() throws {
        let yaml = """
            profiles:
              shop: { base_url: "https://api.paysera.com", client_id: a, client_secret: b, client_secret_command: "printf c" }
            """
        let config = try ConfigFixture(yaml).load()
        #expect {
            try config.resolveProfile(named: nil)
        } throws: { error in
            "\(error)".contains("keep only one")
        }
    }

    @Test func keysAndThemeAreHandedOn() throws {
        let config = try ConfigFixture(twoProfiles).load()
        #expect(config.theme == "default")
        #expect(config.keys == ["copy": ["c", "y"], "quit": ["ctrl-c"]])
        #expect(config.warnings.isEmpty)
    }
}

@Suite(.ownThread) struct ConfigFileSafetyTests {
    @Test func aSecretInAFileOthersCanReadIsRefusedWithTheFix() throws {
        let fixture = try ConfigFixture(twoProfiles, mode: 0o644)
        let path = fixture.paths.configFile.path
        #expect(throws: ConfigError.insecurePermissions(path: path, mode: 0o644)) { try fixture.load() }
        let message = "\(ConfigError.insecurePermissions(path: path, mode: 0o644))"
        #expect(message.contains("chmod 600 \(path)"))
        #expect(message.contains(path))
    }

    @Test func theSameFileMadePrivateLoads() throws {
        let fixture = try ConfigFixture(twoProfiles, mode: 0o644)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: fixture.paths.configFile.path)
        #expect(try fixture.load().resolveProfile(named: nil).name == "shop")
    }

    @Test func aBrokenFileWithASecretIsStillRefusedForItsPermissions() throws {
        let fixture = try ConfigFixture("profiles:\n  shop:\n    client_secret: [oops\n", mode: 0o640)
        #expect {
            try fixture.load()
        } throws: { error in
            (error as? ConfigError).map { if case .insecurePermissions = $0 { true } else { false } } ?? false
        }
    }

    @Test func aSecretCommandInAReadableFileIsFine() throws {
        let yaml = """
            profiles:
              shop:
                base_url: https://api.paysera.com
                client_id: abc
                client_secret_command: "printf 'from-command\\n'"
            """
        let profile = try ConfigFixture(yaml, mode: 0o644).load().resolveProfile(named: "shop")
        #expect(profile.clientSecret.reveal() == "from-command")
    }

    @Test func aYAMLErrorNamesTheFileAndLineWithoutQuotingIt() throws {
        let yaml = """
            default_profile: shop
            profiles:
              shop:
                client_secret: "top-secret-text
                client_id: abc
            """
        let fixture = try ConfigFixture(yaml)
        do {
            _ = try fixture.load()
            Issue.record("a broken file loaded")
        } catch {
            guard case .syntax(let path, let line, _, _) = error else {
                Issue.record("expected a syntax error, got \(error)")
                return
            }
            #expect(path == fixture.paths.configFile.path)
            #expect(line != nil && (4...6).contains(line ?? 0))
            let message = "\(error)"
            #expect(message.hasPrefix(fixture.paths.configFile.path + " line "))
            #expect(!message.contains("top-secret-text"))
        }
    }

    @Test func aWrongKindOfValueNamesTheSettingAndLine() throws {
        let yaml = """
            default_profile: shop
            profiles:
              shop:
                base_url: https://api.paysera.com
                client_id: [1, 2]
            """
        let fixture = try ConfigFixture(yaml)
        #expect(throws: ConfigError.invalidValue(path: fixture.paths.configFile.path, line: 5,
                                                setting: "profiles.shop.client_id", problem: .shouldBe(.text))) {
            try fixture.load()
        }
    }

    @Test func unknownSettingsAreIgnoredAndReportedWithLineAndSuggestion() throws {
        let yaml = """
            default_profile: shop
            colour: blue
            profiles:
              shop:
                base_url: https://api.paysera.com
                clinet_id: abc
                client_id: abc
                client_secret_command: printf x
            """
        let config = try ConfigFixture(yaml).load()
        #expect(config.warnings.count == 2)
        let said = config.warnings.map(\.description)
        #expect(said.contains("line 2: unknown setting colour is ignored"))
        #expect(said.contains(
            "line 6: unknown setting profiles.shop.clinet_id is ignored (did you mean profiles.shop.client_id?)"))
        #expect(config.warnings.map { $0.text(language: .lt) }.contains(
            "6 eilutė: nežinomas nustatymas profiles.shop.clinet_id nepaisomas (gal norėjote profiles.shop.client_id?)"))
        #expect(try config.resolveProfile(named: nil).clientID == "abc")
    }

    @Test func anEmptyFileIsAnEmptyConfiguration() throws {
        let config = try ConfigFixture("# nothing yet\n").load()
        #expect(config.file == ConfigFile())
        #expect(try config.resolveProfile(named: nil).isBuiltInSandbox)
    }
}

@Suite(.ownThread) struct SecretCommandTests {
    let profileWithCommand = { (command: String) in
        """
        profiles:
          shop:
            base_url: https://api.paysera.com
            client_id: abc
            client_secret_command: '\(command)'
        """
    }

    @Test func theCommandsOutputIsTheSecretWithoutTheTrailingNewLine() throws {
        let profile = try ConfigFixture(profileWithCommand("echo \"  pa ss  \"")).load().resolveProfile(named: nil)
        #expect(profile.clientSecret.reveal() == "  pa ss  ")
    }

    @Test func theCommandSeesTheInjectedEnvironment() throws {
        let config = try ConfigFixture(profileWithCommand("printf %s \"$SHOP_SECRET\"")).load(["SHOP_SECRET": "from-env"])
        #expect(try config.resolveProfile(named: nil).clientSecret.reveal() == "from-env")
    }

    @Test func aFailingCommandIsAClearError() throws {
        let config = try ConfigFixture(profileWithCommand("exit 3")).load()
        #expect(throws: ConfigError.secretCommandFailed(profile: "shop", command: "exit 3",
                                                       reason: .exitStatus(3))) {
            try config.resolveProfile(named: nil)
        }
        let message = "\(ConfigError.secretCommandFailed(profile: "shop", command: "exit 3", reason: .exitStatus(3)))"
        #expect(message == "The client_secret_command of profile \"shop\" (exit 3) failed with exit status 3.")
        #expect(ConfigError.secretCommandFailed(profile: "shop", command: "exit 3", reason: .exitStatus(3)).text(language: .lt)
            == "Profilio „shop“ client_secret_command (exit 3) nepateikė slaptažodžio: baigėsi klaida, išėjimo kodas 3.")
    }

    @Test func aCommandThatPrintsNothingIsAnError() throws {
        let config = try ConfigFixture(profileWithCommand("true")).load()
        #expect(throws: ConfigError.secretCommandFailed(profile: "shop", command: "true", reason: .printedNothing)) {
            try config.resolveProfile(named: nil)
        }
    }

    @Test func theEnvironmentSecretMeansTheCommandIsNeverRun() throws {
        let config = try ConfigFixture(profileWithCommand("exit 1")).load(["PAYSERA_CLIENT_SECRET": "env"])
        #expect(try config.resolveProfile(named: nil).clientSecret.reveal() == "env")
    }
}

@Suite(.ownThread) struct SecretPrintingTests {
    let secretText = "hunter2-do-not-print"

    @Test func aResolvedProfileNeverPrintsItsSecret() throws {
        let profile = ResolvedProfile(name: "shop", baseURL: URL(string: "https://api.paysera.com"), clientID: "abc",
                                      clientSecret: Secret(secretText))
        var dumped = ""
        dump(profile, to: &dumped)
        var dumpedSecret = ""
        dump(profile.clientSecret, to: &dumpedSecret)
        let texts = [
            "\(profile)", String(reflecting: profile), String(describing: profile), dumped,
            "\(profile.clientSecret)", String(reflecting: profile.clientSecret), dumpedSecret,
            String(describing: Mirror(reflecting: profile).children.map(\.value)),
        ]
        for text in texts {
            #expect(!text.contains(secretText), "printed: \(text)")
        }
        #expect(dumped.contains("redacted"))
        #expect(profile.clientSecret.reveal() == secretText)
    }

    @Test func encodingASecretWritesOnlyTheRedactedMarker() throws {
        let json = String(decoding: try JSONEncoder().encode(["client_secret": Secret(secretText)]), as: UTF8.self)
        #expect(!json.contains(secretText))
        #expect(json.contains("redacted"))
    }

    @Test func theLoadedConfigNeverPrintsTheSecretsItRead() throws {
        let config = try ConfigFixture(twoProfiles).load()
        var dumped = ""
        dump(config.file, to: &dumped)
        #expect(!dumped.contains("shop-secret-value"))
        #expect(!"\(config.file)".contains("shop-secret-value"))
        #expect(!String(reflecting: config.file).contains("kiosk-secret-value"))
    }
}
