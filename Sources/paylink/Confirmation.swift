import Foundation

/// Asks `question` on standard error and reads the answer from standard input; only y or yes is a yes.
func askOnTerminal(_ question: String) -> Bool {
    try? FileHandle.standardError.write(contentsOf: Data(question.utf8))
    guard let answer = readLine() else { return false }
    return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
}
