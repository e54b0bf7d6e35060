import Foundation
import TestSupport
import Testing
@testable import PaylinkStore

@Suite(.ownThread) struct AppPathsTests {
    let home = URL(fileURLWithPath: "/home/ona", isDirectory: true)

    @Test func withoutXDGVariablesTheDefaultsUnderHomeAreUsed() {
        let paths = AppPaths(environment: [:], home: home)
        #expect(paths.configFile.path == "/home/ona/.config/paylink/config.yaml")
        #expect(paths.historyFile.path == "/home/ona/.local/share/paylink/history.sqlite")
        #expect(paths.draftFile.path == "/home/ona/.local/share/paylink/draft.json")
    }

    @Test func xdgVariablesMoveConfigAndData() {
        let paths = AppPaths(environment: ["XDG_CONFIG_HOME": "/cfg", "XDG_DATA_HOME": "/data"], home: home)
        #expect(paths.configDirectory.path == "/cfg/paylink")
        #expect(paths.dataDirectory.path == "/data/paylink")
    }

    @Test func paylinkDataDirWinsOverXDGDataHome() {
        let paths = AppPaths(environment: ["XDG_DATA_HOME": "/data", "PAYLINK_DATA_DIR": "/srv/paylink"], home: home)
        #expect(paths.dataDirectory.path == "/srv/paylink")
        #expect(paths.historyFile.path == "/srv/paylink/history.sqlite")
    }

    @Test func relativeXDGValuesAreIgnoredAsTheSpecSays() {
        let paths = AppPaths(environment: ["XDG_CONFIG_HOME": "relative/cfg", "XDG_DATA_HOME": ""], home: home)
        #expect(paths.configDirectory.path == "/home/ona/.config/paylink")
        #expect(paths.dataDirectory.path == "/home/ona/.local/share/paylink")
    }

    @Test func createdDirectoriesArePrivateToTheOwner() throws {
        let temp = try TemporaryDirectory()
        let paths = AppPaths(environment: ["XDG_CONFIG_HOME": temp.appending("cfg").path, "PAYLINK_DATA_DIR": temp.appending("data").path],
                             home: temp.url)
        try paths.createDirectories()
        for directory in [paths.configDirectory, paths.dataDirectory] {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: directory.path)[.posixPermissions] as? Int)
            #expect(mode & 0o777 == 0o700, "\(directory.path) has mode \(String(mode, radix: 8))")
        }
    }
}
