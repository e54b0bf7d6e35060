import Foundation
import PaylinkCore

/// Copying to the desktop clipboard and opening the browser through the usual desktop tools.
enum Clipboard {
    /// The tool that reaches the desktop clipboard, by which display is available.
    static func tool(environment: [String: String]) -> (name: String, arguments: [String])? {
        if environment["WAYLAND_DISPLAY"].map({ !$0.isEmpty }) == true, find("wl-copy", environment) != nil {
            return ("wl-copy", [])
        }
        if environment["DISPLAY"].map({ !$0.isEmpty }) == true {
            if find("xclip", environment) != nil { return ("xclip", ["-selection", "clipboard"]) }
            if find("xsel", environment) != nil { return ("xsel", ["--clipboard", "--input"]) }
        }
        return nil
    }

    /// Copies through a desktop tool when a display exists; the answer says which ways were used (OSC 52 always is).
    static func copy(_ text: String, environment: [String: String]) -> Message {
        guard let tool = tool(environment: environment), let path = find(tool.name, environment) else {
            return .screen(.copiedThrough(tool: nil, failed: false))
        }
        let ok = runTool(path, tool.arguments, input: text, environment: environment)
        return .screen(.copiedThrough(tool: tool.name, failed: !ok))
    }

    /// Opens the URL in the desktop's browser; the answer, and whether it worked.
    static func open(_ url: String, environment: [String: String]) -> (Message, succeeded: Bool) {
        guard let path = find("xdg-open", environment) else { return (.screen(.xdgOpenMissing), false) }
        return runTool(path, [url], input: nil, environment: environment)
            ? (.screen(.openedInBrowser), true) : (.screen(.xdgOpenFailed), false)
    }

    static func find(_ name: String, _ environment: [String: String]) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a tool with its output kept off the screen.
    private static func runTool(_ path: String, _ arguments: [String], input: String?, environment: [String: String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : pipe
        do {
            try process.run()
        } catch {
            return false
        }
        if let input {
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try? pipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
