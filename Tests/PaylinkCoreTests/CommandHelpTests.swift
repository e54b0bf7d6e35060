import Foundation
import Testing
@testable import PaylinkCore

/// The commands' abstracts and discussions, as `--help` shows them, in every language.
@Suite struct CommandHelpTests {
    /// Every language but English, the pseudo-language included.
    private static let notEnglish = UILanguage.allCases.filter { $0 != .en }
    /// The languages offered besides English; the pseudo-language accents option names on purpose.
    private static let translations = UILanguage.offered.filter { $0 != .en }

    @Test(arguments: UILanguage.allCases)
    func everyTextIsSaid(_ language: UILanguage) {
        for text in CommandHelp.allCases {
            #expect(!language.help(text).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(language) \(text)")
        }
    }

    @Test(arguments: notEnglish)
    func everyTextIsTranslated(_ language: UILanguage) {
        for text in CommandHelp.allCases {
            #expect(language.help(text) != UILanguage.en.help(text), "\(language) \(text)")
        }
    }

    @Test(arguments: translations)
    func optionNamesAndNumbersStayAsTheyAre(_ language: UILanguage) {
        for text in CommandHelp.allCases {
            let english = UILanguage.en.help(text), translation = language.help(text)
            let kept = english.matches(of: #/--[a-z-]+/#).map { String($0.output) }
                + english.matches(of: #/[0-9]+/#).map { String($0.output) }
            for word in kept {
                #expect(translation.contains(word), "\(language) \(text) lacks \(word)")
            }
        }
    }
}
