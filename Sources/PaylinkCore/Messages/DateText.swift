import Foundation

extension UILanguage {
    /// Short month names, January first.
    var monthNames: [String] {
        switch self {
        case .en, .pseudo: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        case .lt: ["saus.", "vas.", "kov.", "bal.", "geg.", "birž.", "liep.", "rugp.", "rugs.", "spal.", "lapkr.", "gruod."]
        case .lv: ["janv.", "febr.", "marts", "apr.", "maijs", "jūn.", "jūl.", "aug.", "sept.", "okt.", "nov.", "dec."]
        case .et: ["jaan", "veebr", "märts", "apr", "mai", "juuni", "juuli", "aug", "sept", "okt", "nov", "dets"]
        case .pl: ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
        }
    }

    /// Short weekday names, Sunday first (as `Calendar` counts them).
    var weekdayNames: [String] {
        switch self {
        case .en, .pseudo: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        case .lt: ["sk", "pr", "an", "tr", "kt", "pn", "št"]
        case .lv: ["Sv", "P", "O", "T", "C", "Pk", "S"]
        case .et: ["P", "E", "T", "K", "N", "R", "L"]
        case .pl: ["niedz.", "pon.", "wt.", "śr.", "czw.", "pt.", "sob."]
        }
    }

    /// The short name of a weekday as `Calendar` counts them (1 is Sunday).
    public func weekdayName(_ weekday: Int) -> String { weekdayNames[max(0, min(6, weekday - 1))] }

    /// A day and time as the language writes it: "Sat 28 Nov 14:02", "lapkr. 28 d. 14:02", "28 lis 14:02".
    ///
    /// Written by hand from civil parts, so no locale data need be installed and lists stay fast.
    public func dateTime(
        year: Int, month: Int, day: Int, weekday: Int?, hour: Int?, minute: Int, withYear: Bool
    ) -> String {
        let m = monthNames[max(0, min(11, month - 1))]
        let time = hour.map { "\($0 < 10 ? "0" : "")\($0):\(minute < 10 ? "0" : "")\(minute)" }
        let w = weekday.map { weekdayNames[max(0, min(6, $0 - 1))] }
        var parts: [String] = []
        switch self {
        case .en, .pseudo:
            if let w { parts.append(w) }
            parts.append(withYear ? "\(day) \(m) \(year)" : "\(day) \(m)")
        case .lt:
            if withYear { parts.append("\(year) m.") }
            parts.append("\(m) \(day) d.")
            if let w { parts.append(w) }
        case .lv:
            if let w { parts.append(w + ",") }
            parts.append(withYear ? "\(year). g. \(day). \(m)" : "\(day). \(m)")
        case .et:
            if let w { parts.append(w + ",") }
            parts.append(withYear ? "\(day). \(m) \(year)" : "\(day). \(m)")
        case .pl:
            if let w { parts.append(w) }
            parts.append(withYear ? "\(day) \(m) \(year)" : "\(day) \(m)")
        }
        if let time { parts.append(time) }
        return parts.joined(separator: " ")
    }

    /// A list's compact date: "25 Nov 12:00" in English, "11-25 12:00" in Lithuanian, "25.11 12:00" in the others;
    /// the year instead of the time for another year. At most 12 columns.
    public func listDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, withYear: Bool) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let time = "\(two(hour)):\(two(minute))"
        switch self {
        case .en, .pseudo:
            let head = "\(day < 10 ? " " : "")\(day) \(monthNames[max(0, min(11, month - 1))])"
            return withYear ? "\(head) \(year)" : "\(head) \(time)"
        case .lt: return withYear ? "\(year)-\(two(month))-\(two(day))" : "\(two(month))-\(two(day)) \(time)"
        case .lv: return withYear ? "\(two(day)).\(two(month)).\(year)." : "\(two(day)).\(two(month)). \(time)"
        case .et, .pl: return withYear ? "\(two(day)).\(two(month)).\(year)" : "\(two(day)).\(two(month)) \(time)"
        }
    }

    /// `dateTime` for a moment in a time zone; the year shown when it is not `now`'s year.
    public func dateTime(_ date: Date, now: Date, timeZone: TimeZone, weekday: Bool = true, time: Bool = true) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: date)
        let thisYear = calendar.component(.year, from: now)
        return dateTime(
            year: c.year ?? 0, month: c.month ?? 1, day: c.day ?? 1, weekday: weekday ? c.weekday : nil,
            hour: time ? c.hour ?? 0 : nil, minute: c.minute ?? 0, withYear: c.year != thisYear)
    }
}
