import Foundation

/// Writes a line to standard error.
public func printError(_ text: String) {
    // A closed stream (the terminal went away) is not worth a crash.
    try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
}

/// Writes a line to standard output and flushes it at once (scripts read it while we run).
public func printOut(_ text: String) {
    try? FileHandle.standardOutput.write(contentsOf: Data((text + "\n").utf8))
}

/// Writes JSON text to standard output as one line, terminal controls escaped: every `--json` output goes through here.
public func printJSONText(_ data: Data) {
    var line = terminalSafeJSON(data)
    if line.last != UInt8(ascii: "\n") { line.append(UInt8(ascii: "\n")) }
    try? FileHandle.standardOutput.write(contentsOf: line)
}

/// Writes one JSON object on its own line (keys sorted), terminal controls escaped.
public func printJSONLine(_ object: [String: Any]) {
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return }
    printJSONText(data)
}

/// JSON text with DEL and the C1 controls written as `\u` escapes: JSON allows them raw inside strings, and
/// a terminal would act on them.
public func terminalSafeJSON(_ data: Data) -> Data {
    let text = String(decoding: data, as: UTF8.self)
    guard text.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) }) else { return data }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if (0x7F...0x9F).contains(scalar.value) {
            out.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
        } else {
            out.append(scalar)
        }
    }
    return Data(String(out).utf8)
}

/// The encoder of every `--json` value: indented, keys sorted, slashes as they are.
public let jsonEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
}()

/// Writes a value as JSON on standard output, terminal controls escaped.
public func printJSON<T: Encodable>(_ value: T) {
    printJSONText((try? jsonEncoder.encode(value)) ?? Data("null".utf8))
}

/// A value as a JSON document for a file or standard output: indented, terminal controls escaped, ending in a newline.
public func jsonDocument<T: Encodable>(_ value: T) -> Data {
    terminalSafeJSON((try? jsonEncoder.encode(value)) ?? Data("null".utf8)) + Data("\n".utf8)
}

/// Asks `question` on standard error and reads the answer from standard input; only y or yes is a yes.
public func askOnTerminal(_ question: String) -> Bool {
    try? FileHandle.standardError.write(contentsOf: Data(question.utf8))
    guard let answer = readLine() else { return false }
    return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
}

/// Writes `data` to the file `--output` names (whole or not at all), else to standard output.
public func writeOutput(_ data: Data, to output: String?) throws {
    guard let output else {
        try? FileHandle.standardOutput.write(contentsOf: data)
        return
    }
    do { try data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
        throw CommandFailure(.failure, "--output: cannot write \(output): \(error.localizedDescription)")
    }
}
