import Foundation
import PaylinkCore

/// The program without a terminal: messages in, frames and effects out; the test backend.
public struct InMemoryTerminal: Sendable {
    public var state: AppState
    /// Every effect `update` asked for, in order.
    public private(set) var effects: [Effect] = []

    public init(state: AppState) { self.state = state }

    /// A form on a fresh draft at a size, with a fixed clock.
    public init(
        draft: LinkDraft = LinkDraft(), width: Int = 80, height: Int = 24, now: Date, sandbox: Bool = true,
        timeZone: TimeZone = TimeZone(identifier: "UTC")!, capabilities: TerminalCapabilities = TerminalCapabilities(colours: 256, unicode: true),
        language: UILanguage = .en
    ) {
        state = AppState(
            draft: draft, width: width, height: height, now: now, timeZone: timeZone, isSandbox: sandbox,
            profileName: sandbox ? "sandbox" : "live", capabilities: capabilities)
        state.language = language
    }

    /// The frame the state draws now.
    public var screen: ScreenBuffer { TerminalProgram.view(state) }

    @discardableResult
    public mutating func send(_ msg: Msg) -> [Effect] {
        let new = TerminalProgram.update(&state, msg)
        effects += new
        return new
    }

    @discardableResult
    public mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { send(.key($0)) }
    }

    /// Types text one character at a time, as keys.
    @discardableResult
    public mutating func type(_ text: String) -> [Effect] {
        text.flatMap { send(.key(.char($0))) }
    }

    public mutating func clearEffects() { effects = [] }
}
