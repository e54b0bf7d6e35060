/// A QR code laid out for the terminal: its quiet zone and how many cells each module takes.
public struct QRDrawing: Sendable, Hashable {
    public var code: QRMatrix
    /// Light modules on each side, drawn rather than left to the terminal's background.
    public var quietZone: Int
    /// Each module is `scale` columns wide and `scale` half-rows tall, so it stays square.
    public var scale: Int

    /// Modules across, quiet zone included.
    public var modules: Int { code.size + 2 * quietZone }
    public var columns: Int { modules * scale }
    /// Two modules' worth of height per cell row.
    public var rows: Int { (modules * scale + 1) / 2 }

    /// Whether the dot at half-row `y`, column `x` of the drawing is dark.
    func isDark(y: Int, x: Int) -> Bool {
        code.isDark(y / scale - quietZone, x / scale - quietZone)
    }

    /// The drawing as half-block text rows (▀ top dark, ▄ bottom dark, █ both, space both light).
    public var halfBlockRows: [String] {
        let height = modules * scale
        return (0..<rows).map { r in
            String((0..<columns).map { x -> Character in
                let top = isDark(y: 2 * r, x: x)
                let bottom = 2 * r + 1 < height && isDark(y: 2 * r + 1, x: x)
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

/// Picks the largest drawing of a URL's QR code that fits a space: level M with a 4-module quiet zone when it
/// fits, else level L, else a 2-module quiet zone; each as large as the space allows.
public struct QRFit: Sendable, Hashable {
    /// The code at level M and at level L (L needs fewer modules for the same text).
    public var medium: QRMatrix?
    public var low: QRMatrix?

    public init(medium: QRMatrix?, low: QRMatrix?) {
        self.medium = medium
        self.low = low
    }

    public init(encoding text: String) {
        self.init(medium: QRMatrix(encoding: text, level: .medium), low: QRMatrix(encoding: text, level: .low))
    }

    /// The candidates, best first.
    var candidates: [QRDrawing] {
        var list: [QRDrawing] = []
        if let medium { list.append(QRDrawing(code: medium, quietZone: 4, scale: 1)) }
        if let low {
            list.append(QRDrawing(code: low, quietZone: 4, scale: 1))
            list.append(QRDrawing(code: low, quietZone: 2, scale: 1))
        }
        return list
    }

    /// The best drawing that fits `columns`×`rows` cells, scaled up as far as it goes; nil when none fits.
    public func drawing(columns: Int, rows: Int) -> QRDrawing? {
        for candidate in candidates where candidate.columns <= columns && candidate.rows <= rows {
            var best = candidate
            while true {
                var bigger = best
                bigger.scale += 1
                guard bigger.columns <= columns, bigger.rows <= rows else { break }
                best = bigger
            }
            return best
        }
        return nil
    }

    /// The smallest drawing there is: what the terminal must hold at least.
    public var smallest: QRDrawing? { candidates.last }
}
