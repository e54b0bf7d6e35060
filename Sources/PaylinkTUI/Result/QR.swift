import CQRencode

/// A QR code's modules (true = dark), made by libqrencode at error-correction level M.
public struct QRMatrix: Sendable, Hashable {
    public let size: Int
    public let modules: [Bool]
    /// Light modules around the code that scanners need.
    public static let quietZone = 4

    public init?(encoding text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { return nil }
        size = width
        modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
    }

    public func isDark(_ row: Int, _ col: Int) -> Bool {
        guard row >= 0, col >= 0, row < size, col < size else { return false }
        return modules[row * size + col]
    }

    /// Columns the drawing takes, quiet zone included.
    public var columns: Int { size + 2 * QRMatrix.quietZone }
    /// Rows the drawing takes: two modules per cell row.
    public var rows: Int { (columns + 1) / 2 }

    /// The code as half-block text rows (▀ top dark, ▄ bottom dark, █ both), quiet zone included.
    public var halfBlockRows: [String] {
        let q = QRMatrix.quietZone
        return (0..<rows).map { r in
            String((0..<columns).map { c -> Character in
                let top = isDark(2 * r - q, c - q)
                let bottom = isDark(2 * r + 1 - q, c - q)
                switch (top, bottom) {
                case (true, true): return "█"
                case (true, false): return "▀"
                case (false, true): return "▄"
                case (false, false): return " "
                }
            })
        }
    }
}
