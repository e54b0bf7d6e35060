import Foundation
import TestSupport
import Testing

/// Two profiles on two sandboxes, one of them reached as a live API would be: `P` in the terminal program.
@Suite(.serialized, .ownThread)
struct TUIProfileTests {
    /// A home whose config has `shop` (looks live: its address is no loopback name) and `north` (a sandbox);
    /// both default to Lithuanian and LT.
    struct TwoProfiles {
        let home: ScratchHome
        let sandboxes: [SandboxProcess]
        let environment: [String: String]

        init() throws {
            home = try ScratchHome()
            var started: [SandboxProcess] = []
            for client in ["shop-client", "north-client"] {
                var environment = home.environment
                environment["PAYSERA_CLIENT_ID"] = client
                started.append(try SandboxProcess(environment: environment, extraArguments: ["--in-memory"]))
            }
            sandboxes = started
            let port = URL(string: started[0].baseURL)?.port ?? 0
            let configDirectory = home.root.appendingPathComponent("config/paylink")
            try FileManager.default.createDirectory(at: configDirectory, withIntermediateDirectories: true)
            // The IPv4-mapped address reaches the loopback sandbox, yet is no loopback name: the profile counts as live.
            try """
                default_profile: shop
                profiles:
                  shop:
                    base_url: http://[::ffff:127.0.0.1]:\(port)
                    client_id: shop-client
                    default_language: lt
                    default_country: LT
                  north:
                    base_url: \(started[1].baseURL)
                    client_id: north-client
                    default_language: lt
                    default_country: LT
                """.write(to: configDirectory.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
            var environment = home.environment
            environment["PAYSERA_CLIENT_SECRET"] = "sandbox-secret"
            self.environment = environment
        }

        func stop() {
            sandboxes.forEach { $0.stop() }
            home.remove()
        }
    }

    @Test("A live link made before P never shows under the sandbox's badge; the new form has the profile's defaults")
    func aLiveLinkStaysWithItsProfileAndTheFormTakesTheDefaults() throws {
        let world = try TwoProfiles()
        defer { world.stop() }
        for (width, height) in [(80, 24), (60, 20)] {
            let tui = try TUITmux(
                arguments: ["--reference", "LIVE-\(width)", "--amount", "5.00", "--name", "Gyvas šaukštas"],
                environment: world.environment, width: width, height: height, scratch: world.home.root)
            let form = tui.waitFor(text: "new payment link", timeout: 20)
            #expect(form.components(separatedBy: "\n").first?.contains("LIVE") == true, "\(form)")
            try tui.press("C-s")
            let made = tui.waitFor(text: "Payment URL", timeout: 15)
            let url = try #require(shownURL(made), "no URL on:\n\(made)")
            let urlStart = String(url.prefix(24))
            try tui.press("P")
            tui.waitFor(text: "switch profile")
            try tui.press("Up", "Enter")
            let switched = tui.waitFor(text: "Now using profile north", timeout: 15)
            // The SANDBOX badge waits on an 800 ms probe of the API, which a loaded machine may miss; LIVE must be gone.
            let header = switched.components(separatedBy: "\n").first ?? ""
            #expect(header.contains("north") && !header.contains("LIVE"), "\(switched)")
            #expect(!switched.contains(urlStart), "the live link under the sandbox's badge:\n\(switched)")
            #expect(!switched.contains("sandbox: pay"), "\(switched)")
            try tui.press("Escape", "Escape")
            let after = tui.waitFor(text: "new payment link")
            #expect(!after.contains(urlStart) && !after.contains("sandbox: pay"), "\(after)")
            // The form is the new profile's: its default language and country are filled in.
            let lines = after.components(separatedBy: "\n")
            // A short screen scrolls the form to its focus: whichever of the two rows shows must hold its default.
            let language = lines.filter { $0.contains("Language") }, country = lines.filter { $0.contains("Country") }
            #expect(!(language + country).isEmpty, "\(after)")
            #expect(language.allSatisfy { $0.contains(" lt ") } && country.allSatisfy { $0.contains(" LT ") }, "\(after)")
            if height >= 24 { #expect(!language.isEmpty && !country.isEmpty, "\(after)") }
            // A link made on the new profile, then n: the new form starts from this profile's defaults too.
            try tui.press("C-s")
            let north = tui.waitFor(text: "Payment URL", timeout: 15)
            #expect(north.components(separatedBy: "\n").first?.contains("LIVE") == false, "\(north)")
            try tui.press("n")
            let fresh = tui.waitFor(text: "new payment link").components(separatedBy: "\n")
            #expect(fresh.contains { $0.contains("Language") && $0.contains(" lt ") }, "\(fresh.joined(separator: "\n"))")
            if height >= 24 { #expect(fresh.contains { $0.contains("Country") && $0.contains(" LT ") }, "\(fresh.joined(separator: "\n"))") }
            try tui.press("C-c")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
        }
    }
}
