import Foundation
import PackagePlugin

/// Writes the commit the program is built from into a Swift file before every build, so `--version` can name it.
@main
struct BuildCommitPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let outputs = context.pluginWorkDirectoryURL.appending(path: "generated")
        let file = outputs.appending(path: "BuildCommit.swift").path(percentEncoded: false)
        let package = context.package.directoryURL.path(percentEncoded: false)
        return [
            .prebuildCommand(
                displayName: "Recording the commit paylink is built from",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.script, "build-commit", package, file],
                outputFilesDirectory: outputs)
        ]
    }

    /// The commit from git; else from a `.commit` file that `git archive` fills in (export-subst); else "unknown".
    /// The file is rewritten only when the text changes, so an unchanged commit recompiles nothing.
    static let script = #"""
        dir="$1"; out="$2"
        commit=$(git -c safe.directory='*' -C "$dir" rev-parse --short=12 HEAD 2>/dev/null)
        if [ -n "$commit" ]; then
          git -c safe.directory='*' -C "$dir" diff --quiet HEAD -- Sources Package.swift 2>/dev/null || commit="$commit-modified"
        elif [ -f "$dir/.commit" ] && ! grep -q 'Format' "$dir/.commit"; then
          commit=$(head -c 12 "$dir/.commit")
        fi
        [ -n "$commit" ] || commit=unknown
        mkdir -p "$(dirname "$out")"
        text="let buildCommit = \"$commit\""
        [ -f "$out" ] && [ "$(cat "$out")" = "$text" ] || printf '%s\n' "$text" > "$out"
        """#
}
