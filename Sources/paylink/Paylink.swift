import ArgumentParser

/// The `paylink` command: the terminal program by default, and its subcommands.
struct Paylink: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paylink",
        abstract: "Make Paysera Checkout payment links: a form, a URL, a QR code, a history.",
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, CreateCommand.self, MethodsCommand.self, ListCommand.self, ShowCommand.self, CancelCommand.self,
            ExportCommand.self, ReconcileCommand.self, HistoryCommand.self, SandboxCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
