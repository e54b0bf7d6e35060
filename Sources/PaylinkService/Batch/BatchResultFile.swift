import CSV
import Foundation
import PaylinkCore

/// The result file of a batch: every input column, then `link_id`, `order_id`, `payment_URL`, `expires_at`,
/// `status` and `error`; cells a spreadsheet would run as formulas neutralised; written whole or not at all.
public enum BatchResultFile {
    /// The columns added after the input's (those the input already has are filled in place).
    public static let resultColumns = ["link_id", "order_id", "payment_URL", "expires_at", "status", "error"]

    /// `FILE.results.csv` beside `FILE.csv`.
    public static func defaultURL(for input: URL) -> URL {
        let base = input.deletingPathExtension()
        return base.deletingLastPathComponent().appendingPathComponent(base.lastPathComponent + ".results.csv")
    }

    /// Streams the input again and writes each row with its result to a temporary file beside `output`,
    /// then renames it over `output`.
    public static func write(
        _ file: BatchFile, results: [Int: BatchRowResult], to output: URL
    ) throws(BatchFileError) {
        let reader = try file.rows()
        let header = reader.header
        let lowered = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let added = resultColumns.filter { !lowered.contains($0.lowercased()) }
        let inPlace = Dictionary(
            resultColumns.compactMap { name in lowered.firstIndex(of: name.lowercased()).map { (name, $0) } },
            uniquingKeysWith: { first, _ in first })
        let temporary = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: temporary)
        else { throw BatchFileError(.resultNoFolder(output.path)) }
        // A file that began with a BOM gets one back, so the spreadsheet that wrote it reads it as UTF-8 again.
        var buffer = Data(file.startsWithBOM ? [0xEF, 0xBB, 0xBF] : [])
        do {
            defer { try? handle.close() }
            buffer.append(try line(header + added, delimiter: file.delimiter))
            while let row = try reader.next() {
                var cells = row.cells
                if cells.count < header.count { cells += Array(repeating: "", count: header.count - cells.count) }
                let result = results[row.number]
                let values: [String: String] = [
                    "link_id": result?.linkID ?? "", "order_id": result?.orderID ?? "",
                    "payment_URL": result?.paymentURL ?? "", "expires_at": result?.expiresAtText ?? "",
                    "status": result?.status.rawValue ?? "", "error": result?.error ?? "",
                ]
                for (name, index) in inPlace where !(values[name] ?? "").isEmpty { cells[index] = values[name]! }
                cells += added.map { values[$0] ?? "" }
                buffer.append(try line(cells.map(SpreadsheetCell.neutralised), delimiter: file.delimiter))
                if buffer.count >= 1 << 16 {
                    try handle.write(contentsOf: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: buffer)
            try handle.synchronize()
        } catch let error as BatchFileError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw BatchFileError(.resultNotWritten(path: output.path, why: error.localizedDescription))
        }
        if rename(temporary.path, output.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw BatchFileError(.resultNotWritten(path: output.path, why: String(cString: strerror(errno))))
        }
    }

    /// One CSV record with its line end, quoted by CSV.swift where needed.
    static func line(_ cells: [String], delimiter: UnicodeScalar) throws -> Data {
        let stream = OutputStream.toMemory()
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: String(delimiter), newline: .crlf)
        try writer.write(row: cells)
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [13, 10])
        return data
    }
}
