/// Cell text made safe for spreadsheets, shared by `paylink export` and batch result files.
public enum SpreadsheetCell {
    /// The text with a leading apostrophe when it starts with `=`, `+`, `-` or `@`, so a spreadsheet shows it
    /// instead of running it as a formula.
    public static func neutralised(_ text: String) -> String {
        text.first.map { "=+-@".contains($0) } == true ? "'" + text : text
    }
}
