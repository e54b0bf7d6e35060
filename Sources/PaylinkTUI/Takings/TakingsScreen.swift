import Foundation
import PaylinkCore
import PaylinkStore

/// What the takings screen shows: one period's figures, broken down three ways.
public struct TakingsBoard: Sendable, Hashable {
    /// By hour for a day, by day for a week or a month: the bar chart.
    public var chart: Takings
    public var byOperator: Takings
    public var byMethod: Takings
    public init(chart: Takings, byOperator: Takings, byMethod: Takings) {
        self.chart = chart
        self.byOperator = byOperator
        self.byMethod = byMethod
    }
}

/// The takings screen: a day (or week, or month) at a glance, kept current while it shows.
public struct TakingsState: Sendable, Hashable {
    public var span: TakingsPeriod.Span = .day
    /// Nil until the screen is first opened (then today).
    public var period: TakingsPeriod?
    public var board: TakingsBoard?
    /// The currency the chart shows; nil picks the one that took most.
    public var chartCurrency: String?
    /// Why the last read failed.
    public var failure: String?
    /// When the figures were last asked for.
    public var lastAsked: Date?
    /// The screen to go back to.
    public var returnTo: Screen = .form

    /// How often the figures are read again while the screen shows (payments keep coming).
    public static let refreshEvery: TimeInterval = 1

    /// The currencies with figures, the chart's first.
    public var currencies: [String] { board?.chart.totals.map(\.currency) ?? [] }

    /// The currency the chart draws: the chosen one, else the one that was paid most.
    public var shownCurrency: String? {
        guard let board else { return nil }
        if let chartCurrency, board.chart.totals.contains(where: { $0.currency == chartCurrency }) { return chartCurrency }
        return board.chart.totals.max { ($0.paid, $1.currency) < ($1.paid, $0.currency) }?.currency
    }
}

/// The takings screen's pure update.
public enum TakingsProgram {
    static func open(_ state: inout AppState) -> [Effect] {
        guard state.screen != .takings else { return [] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.timeZone
        state.takings.returnTo = state.screen == .qr ? .result : state.screen
        state.takings.period = TakingsPeriod.containing(state.now, span: state.takings.span, calendar: calendar)
        state.screen = .takings
        state.notice = nil
        return ask(&state)
    }

    static func ask(_ state: inout AppState) -> [Effect] {
        guard let period = state.takings.period else { return [] }
        state.takings.lastAsked = state.now
        return [.loadTakings(period, span: state.takings.span)]
    }

    static func ticked(_ state: inout AppState) -> [Effect] {
        guard state.screen == .takings else { return [] }
        if let last = state.takings.lastAsked, state.now.timeIntervalSince(last) < TakingsState.refreshEvery { return [] }
        return ask(&state)
    }

    static func loaded(_ state: inout AppState, _ period: TakingsPeriod, _ result: Result<TakingsBoard, MessageError>) {
        guard state.takings.period == period else { return }
        switch result {
        case .success(let board):
            state.takings.board = board
            state.takings.failure = nil
        case .failure(let error):
            state.takings.failure = TerminalText.sanitize(error.message)
        }
    }

    static func key(_ state: inout AppState, _ action: Action?) -> [Effect] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.timeZone
        guard let period = state.takings.period else { return [] }
        func show(_ next: TakingsPeriod) -> [Effect] {
            state.takings.period = next
            state.takings.board = nil
            return ask(&state)
        }
        switch action {
        case .previousPeriod: return show(period.moved(by: -1, span: state.takings.span, calendar: calendar))
        case .nextPeriod: return show(period.moved(by: 1, span: state.takings.span, calendar: calendar))
        case .showDay, .showWeek, .showMonth:
            state.takings.span = action == .showDay ? .day : action == .showWeek ? .week : .month
            // The new span holds today when the one shown does, else the first day shown.
            let anchor = period.start <= state.now && state.now < period.end ? state.now : period.start
            return show(TakingsPeriod.containing(anchor, span: state.takings.span, calendar: calendar))
        case .today:
            return show(TakingsPeriod.containing(state.now, span: state.takings.span, calendar: calendar))
        case .nextCurrency:
            let all = state.takings.currencies
            guard !all.isEmpty else { return [] }
            let current = state.takings.shownCurrency.flatMap { all.firstIndex(of: $0) } ?? 0
            state.takings.chartCurrency = all[(current + 1) % all.count]
            return []
        case .back, .takings:
            state.screen = state.takings.returnTo == .takings ? .form : state.takings.returnTo
            return []
        case .leave:
            state.quitting = true
            return [.quit]
        default:
            return []
        }
    }
}
