import Foundation
import PaylinkTUI
import TestSupport
import Testing

/// Where an installed or copied program finds its shipped themes: `../share/paylink/themes` beside its folder.
@Suite(.ownThread) struct ThemeFolders {
    let repositoryThemes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    @Test func aProgramFindsTheThemesInTheShareFolderBesideItsOwn() throws {
        let folder = try TemporaryDirectory(prefix: "paylink-prefix")
        let root = folder.url
        let themes = root.appendingPathComponent("share/paylink/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repositoryThemes.appendingPathComponent("light.yaml"), to: themes.appendingPathComponent("light.yaml"))
        let catalogue = ThemeCatalogue(environment: [:], executableDirectory: root.appendingPathComponent("bin").path)
        let (theme, problem) = catalogue.load("light")
        #expect(problem == nil)
        #expect(theme.name == "light")
    }

    @Test func aMissingThemeNamesEveryFolderLookedIn() {
        let catalogue = ThemeCatalogue(
            environment: ["XDG_CONFIG_HOME": "/nowhere/config"], executableDirectory: "/nowhere/prefix/bin")
        let (theme, problem) = catalogue.load("light")
        #expect(theme.name != "light")
        let text = problem ?? ""
        #expect(text.hasPrefix("theme \"light\" not found (looked in /nowhere/config/paylink/themes, "), "\(text)")
        #expect(text.contains("/nowhere/prefix/share/paylink/themes"), "\(text)")
        for directory in catalogue.directories { #expect(text.contains(directory)) }
    }
}

/// The manual page's KEYS section is written from the key table.
@Suite(.ownThread) struct KeyManual {
    @Test func everyBindingAppearsWithItsActionIdAndKeys() {
        let page = KeyTable.standard.manualSection()
        for binding in KeyTable.standard.bindings {
            #expect(page.contains("\(binding.help) [\(binding.action.rawValue)]"), "\(binding.action)")
        }
        #expect(page.contains(".It Sy \\&Ctrl-S\n"))
        #expect(page.contains(".It Sy \\&Up\n"), "arrows are named in ASCII")
        #expect(!page.contains("↑"))
    }

    @Test func aRemappedKeyIsWhatThePageShows() {
        let (table, problems) = KeyTable.remapped(["submit": ["f10"]])
        #expect(problems.isEmpty)
        #expect(table.manualSection().contains(".It Sy \\&F10\ncreate the link [submit]"))
    }
}
