import CQRencode

/// A QR code's modules (true = dark), made by libqrencode at a chosen error-correction level.
public struct QRMatrix: Sendable, Hashable {
    /// How much of the code may be damaged and still read: M (15 %) by default, L (7 %) when space is short.
    public enum Level: Sendable, Hashable {
        case low, medium

        var encoded: QRecLevel { self == .low ? QR_ECLEVEL_L : QR_ECLEVEL_M }
        /// The letter the QR standard uses.
        public var letter: String { self == .low ? "L" : "M" }
    }

    public let size: Int
    public let modules: [Bool]
    public let level: Level
    /// Light modules around the code that scanners need.
    public static let quietZone = 4

    public init?(encoding text: String, level: Level = .medium) {
        guard let code = QRcode_encodeString(text, 0, level.encoded, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { return nil }
        size = width
        self.level = level
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
        QRDrawing(code: self, quietZone: QRMatrix.quietZone, scale: 1).halfBlockRows
    }
}
