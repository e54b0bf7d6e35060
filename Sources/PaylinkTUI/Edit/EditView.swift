import Foundation
import PaylinkCore

extension TerminalProgram {
    /// The key bar's words in the edit form, where Ctrl-S saves a change instead of creating a link.
    static func editHelp(_ binding: KeyBinding, _ language: UILanguage) -> String {
        binding.action == .submit ? language.text(.ui(.saveChanges)) : binding.help(in: language)
    }

    /// A field the link can no longer change: its value shown muted with the word "locked", never focused.
    static func lockedLine(_ state: AppState, _ field: FieldPath, inputCol: Int, inputWidth: Int) -> [BodyLine] {
        var line = BodyLine()
        line.item = .field(field)
        line.add(TextWidth.truncate(field.label(in: state.language), to: inputCol - 5), .muted, at: 4)
        let value = state.form.draft.value(of: field).replacingOccurrences(of: "\n", with: "; ")
        line.add(TextWidth.truncate(value, to: inputWidth), .muted, at: inputCol)
        let hintCol = inputCol + TextWidth.of(TextWidth.truncate(value, to: inputWidth)) + 2
        let locked = state.text(.ui(.locked))
        if hintCol + TextWidth.of(locked) < state.width { line.add(locked, .border, at: hintCol) }
        return [line]
    }
}
