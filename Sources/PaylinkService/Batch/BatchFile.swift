import CSV
import Foundation
import PaylinkCore

/// A batch file to read, as spreadsheets write it: UTF-8 with or without a BOM, `,` or `;` (found from the
/// header line), CRLF or LF, quoted cells with delimiters, quotes and line breaks. Read as a stream, any number
/// of times (once to check, once to send).
public struct BatchFile: Sendable {
    /// The file read (a copy of standard input when the batch came from there).
    public let url: URL
    /// What a person called it: the path given, or "standard input".
    public let displayName: String
    public let delimiter: UnicodeScalar
    /// Whether `url` is a copy this run made (removed by `discard()`).
    public let isCopy: Bool

    /// Opens `path` (`-` for standard input, copied to a private temporary file so it can be read twice).
    public static func open(path: String, standardInput: FileHandle = .standardInput) throws(BatchFileError) -> BatchFile {
        if path == "-" {
            let copy = FileManager.default.temporaryDirectory
                .appendingPathComponent("paylink-batch-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).csv")
            guard FileManager.default.createFile(atPath: copy.path, contents: nil, attributes: [.posixPermissions: 0o600]),
                let out = try? FileHandle(forWritingTo: copy)
            else { throw BatchFileError(.inputNotKept(path: copy.path)) }
            defer { try? out.close() }
            do {
                while let chunk = try standardInput.read(upToCount: 1 << 16), !chunk.isEmpty {
                    try out.write(contentsOf: chunk)
                }
            } catch {
                throw BatchFileError(.inputUnreadable(why: error.localizedDescription))
            }
            return BatchFile(url: copy, displayName: "standard input", delimiter: try detectDelimiter(copy), isCopy: true)
        }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw BatchFileError(.noSuchFile(path))
        }
        guard !isDirectory.boolValue else { throw BatchFileError(.folder(path)) }
        guard FileManager.default.isReadableFile(atPath: url.path) else { throw BatchFileError(.notPermitted(path)) }
        return BatchFile(url: url, displayName: path, delimiter: try detectDelimiter(url), isCopy: false)
    }

    /// Removes the copy of standard input, if this is one.
    public func discard() {
        if isCopy { try? FileManager.default.removeItem(at: url) }
    }

    /// Whether the file starts with the UTF-8 byte order mark.
    public var startsWithBOM: Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 3)) == Data([0xEF, 0xBB, 0xBF])
    }

    /// A new stream over the rows, the header already read.
    public func rows() throws(BatchFileError) -> BatchRowReader {
        try BatchRowReader(url: url, delimiter: delimiter)
    }

    /// `;` when the header line holds more semicolons than commas outside quotes (a Lithuanian Excel), else `,`.
    static func detectDelimiter(_ url: URL) throws(BatchFileError) -> UnicodeScalar {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw BatchFileError(.cannotOpen(url.path)) }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 1 << 16)) ?? Data()
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in start {
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ","): if !quoted { commas += 1 }
            case UInt8(ascii: ";"): if !quoted { semicolons += 1 }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): if !quoted { return semicolons > commas ? ";" : "," }
            default: break
            }
        }
        return semicolons > commas ? ";" : ","
    }
}

/// A row of a batch file: its number as a spreadsheet shows it (the header is row 1) and its cells.
public struct BatchRow: Sendable, Hashable {
    public var number: Int
    public var cells: [String]
}

/// Reads a batch file's rows one at a time; blank lines are skipped.
public final class BatchRowReader {
    private let reader: CSVReader
    /// The header row's cells.
    public let header: [String]
    private var number = 1

    init(url: URL, delimiter: UnicodeScalar) throws(BatchFileError) {
        guard let stream = InputStream(url: url) else { throw BatchFileError(.cannotOpen(url.path)) }
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false, delimiter: delimiter)
        } catch CSVError.stringEndianMismatch {
            throw BatchFileError(.wideText)
        } catch {
            throw BatchFileError(.unreadable(why: "\(error)"))
        }
        guard let first = reader.next() else {
            try Self.check(reader, row: 1)
            throw BatchFileError(.empty)
        }
        try Self.check(reader, row: 1)
        header = first
    }

    /// The next row with any non-empty cell, or nil at the end.
    public func next() throws(BatchFileError) -> BatchRow? {
        while let cells = reader.next() {
            number += 1
            try Self.check(reader, row: number)
            if cells.allSatisfy(\.isEmpty) { continue }
            return BatchRow(number: number, cells: cells)
        }
        try Self.check(reader, row: number + 1)
        return nil
    }

    /// Turns what CSV.swift noticed while reading `row` into an error; the end of the file is none.
    private static func check(_ reader: CSVReader, row: Int) throws(BatchFileError) {
        guard let error = reader.error else { return }
        switch error as? CSVError {
        case .cannotReadFile?: return
        case .unicodeDecoding?: throw notUTF8(row: row)
        default: throw BatchFileError(.rowUnreadable(row: row, why: "\(error)"))
        }
    }

    private static func notUTF8(row: Int) -> BatchFileError {
        BatchFileError(.notUTF8(row: row))
    }
}

/// A batch file that cannot be read at all, with the reason in words.
public struct BatchFileError: Error, Sendable, CustomStringConvertible {
    public var problem: BatchFileProblem
    public init(_ problem: BatchFileProblem) { self.problem = problem }

    public var description: String { text(language: .en) }

    /// The reason in `language`; paths and the system's words stay as they are.
    public func text(language: UILanguage) -> String { language.text(.notice(.batchFile(problem))) }
}
