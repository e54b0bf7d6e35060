import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// A tmux server of its own running `paylink` in one pane: keys in, screen text out.
final class TUITmux {
    let socket = "paylink-tui-\(UUID().uuidString.prefix(8))"
    let outputFile: URL

    /// The raw bytes the program wrote to its terminal, when the pane is recorded.
    let recording: URL?

    /// Starts `paylink <arguments>` in a pane of the given size; after it exits the pane prints its exit code and
    /// the terminal modes that matter (`stty -a`), ending the line with `MODES.`. The environment reaches paylink through a private file, never a
    /// command line. With `record`, everything paylink writes to the terminal is kept, byte for byte.
    init(arguments: [String] = [], environment: [String: String], width: Int = 80, height: Int = 24, scratch: URL,
         record: Bool = false, term: String = "tmux-256color", stdoutIsTerminal: Bool = false) throws {
        let id = UUID().uuidString.prefix(6)
        outputFile = scratch.appendingPathComponent("tui-stdout-\(id).txt")
        recording = record ? scratch.appendingPathComponent("tui-pty-\(id).bin") : nil
        let envFile = scratch.appendingPathComponent("tui-env-\(id).sh")
        let lines = environment.merging(["TERM": term]) { _, new in new }
            .map { "\($0.key)=\(TUITmux.quote($0.value))" }.sorted()
        _ = FileManager.default.createFile(
            atPath: envFile.path, contents: Data((lines.joined(separator: "\n") + "\n").utf8), attributes: [.posixPermissions: 0o600])
        let command = ([PaylinkBinary.url.path] + arguments).map(TUITmux.quote).joined(separator: " ")
        let inner = "set -a; . \(TUITmux.quote(envFile.path)); set +a; exec \(command)"
        // A recorded pane waits for Enter, so the recording is on before paylink writes its first byte.
        let script = (record ? "read -r _; " : "") + "ulimit -c 0; "
            + "env -i /bin/bash --noprofile --norc -c \(TUITmux.quote(inner))"
            // Commands that look at standard output (`paylink batch FILE`) get the pane itself, and nothing is kept.
            + (stdoutIsTerminal ? "; echo EXIT=$?; " : " | tee \(TUITmux.quote(outputFile.path)); echo EXIT=${PIPESTATUS[0]}; ")
            + "stty -a | tr -s ' ;' '\\n\\n' "
            + "| grep -E '^-?(icanon|echo|isig|icrnl|opost|onlcr)$' | tr '\\n' ' '; echo MODES.; sleep 120"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "bash", "-c", script])
        _ = try? tmux(["set", "-g", "status", "off"])
        if let recording {
            try tmux(["pipe-pane", "-O", "cat > \(TUITmux.quote(recording.path))"])
            try tmux(["send-keys", "Enter"])
        }
    }

    deinit { _ = try? tmux(["kill-server"]) }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        // posix_spawn and waitpid rather than Process: the tmux server a call starts inherits what Process uses
        // to watch its child, and Process would then wait for ever.
        let file = TemporaryDirectory.uniqueURL(prefix: "tmux-out")
        defer { try? FileManager.default.removeItem(at: file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["/usr/bin/tmux", "-L", socket] + arguments
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        // The test's threads block most signals; tmux and the pane's programs must start with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, &cArgs, environ)
        guard spawned == 0 else { throw TUIHarnessFailure(description: "tmux did not start: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }
    /// Presses named keys ("Tab", "C-s", "BTab", "Enter").
    func press(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    /// Pastes text as a bracketed paste (tmux brackets it only when the program asked for bracketed paste).
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "e2e", text])
        try tmux(["paste-buffer", "-p", "-b", "e2e"])
    }

    func screen() -> String { (try? tmux(["capture-pane", "-p"])) ?? "" }

    /// Polls the screen until `predicate` holds or the deadline passes; returns the last screen.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if predicate(last) { return last }
            usleep(50_000)
        }
        Issue.record("timed out after \(timeout)s waiting for \(what); screen:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        waitFor("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// What the program printed to stdout (after the screen closed).
    func printed() -> String { (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "" }

    /// Everything the program wrote to its terminal so far (empty unless the pane is recorded).
    func recorded() -> Data { recording.flatMap { try? Data(contentsOf: $0) } ?? Data() }

    /// The process id of paylink itself: the pane runs bash, whose child is paylink.
    func paylinkPID() throws -> Int32 {
        let pane = try tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let pgrep = Process()
        pgrep.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        pgrep.arguments = ["-P", pane, "-x", "paylink"]
        let out = Pipe()
        pgrep.standardOutput = out
        try pgrep.run()
        pgrep.waitUntilExit()
        let child = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard let pid = child.split(separator: "\n").first.flatMap({ Int32($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw TUIHarnessFailure(description: "no paylink process under pane \(pane)")
        }
        return pid
    }

    /// Whether the pane is showing the alternate screen.
    func alternateScreenOn() -> Bool {
        ((try? tmux(["display-message", "-p", "#{alternate_on}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }
}

/// The terminal test harness could not do its part.
struct TUIHarnessFailure: Error, CustomStringConvertible {
    var description: String
}

/// A sandbox process and a scratch home wired together for a terminal test.
struct TUIWorld {
    let home: ScratchHome
    let sandbox: SandboxProcess?
    var env: [String: String]

    /// `builtIn`: no profile at all, so paylink uses its built-in sandbox (the SANDBOX badge and `p` work);
    /// otherwise a separate `paylink sandbox` process reached through PAYLINK_BASE_URL.
    init(builtIn: Bool = false) throws {
        home = try ScratchHome()
        if builtIn {
            sandbox = nil
            env = home.environment
            return
        }
        var sandboxEnv = home.environment
        sandboxEnv["PAYLINK_DATA_DIR"] = home.root.appendingPathComponent("sandbox-data").path
        let sandbox = try SandboxProcess(environment: sandboxEnv)
        self.sandbox = sandbox
        env = home.environment.merging([
            "PAYLINK_BASE_URL": sandbox.baseURL,
            "PAYSERA_CLIENT_ID": "sandbox",
            "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }
    }

    /// Runs paylink in a home the caller has already filled (its config and history), with this environment.
    init(home: ScratchHome, environment: [String: String]) {
        self.home = home
        sandbox = nil
        env = environment
    }

    /// Points paylink at another API, such as a scripted one, with the given credentials.
    init(baseURL: String, clientID: String = "sandbox", secret: String = "sandbox-secret") throws {
        home = try ScratchHome()
        sandbox = nil
        env = home.environment.merging([
            "PAYLINK_BASE_URL": baseURL, "PAYSERA_CLIENT_ID": clientID, "PAYSERA_CLIENT_SECRET": secret,
        ]) { _, new in new }
    }

    func stop() {
        sandbox?.stop()
        home.remove()
    }

    func start(_ arguments: [String] = [], width: Int = 80, height: Int = 24, record: Bool = false,
               term: String = "tmux-256color") throws -> TUITmux {
        let tui = try TUITmux(
            arguments: arguments, environment: env, width: width, height: height, scratch: home.root, record: record, term: term)
        tui.waitFor(text: "new payment link", timeout: 20)
        return tui
    }
}

/// The payment URL shown on the result screen, joined back from its wrapped lines.
func shownURL(_ screen: String) -> String? {
    let lines = screen.components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.contains("Payment URL") }) else { return nil }
    var url = ""
    for line in lines[(start + 1)...] {
        // The URL column ends where the QR code (if any) begins; take the first run of non-space text.
        let text = line.trimmingCharacters(in: .whitespaces)
        guard let first = text.split(separator: " ").first, !text.isEmpty else { break }
        url += first
    }
    return url.isEmpty ? nil : url
}

/// Seconds left in a countdown such as "2d 23:59:58".
func countdownSeconds(_ screen: String) -> Int? {
    guard let range = screen.range(of: #"expires in (\d+d )?\d\d:\d\d(:\d\d)?"#, options: .regularExpression) else { return nil }
    let text = screen[range].replacingOccurrences(of: "expires in ", with: "")
    var days = 0
    var clock = text
    if let d = text.firstIndex(of: "d") {
        days = Int(text[..<d]) ?? 0
        clock = String(text[text.index(after: d)...]).trimmingCharacters(in: .whitespaces)
    }
    let parts = clock.split(separator: ":").compactMap { Int($0) }
    let seconds = parts.reduce(0) { $0 * 60 + $1 }
    return days * 86_400 + seconds
}
