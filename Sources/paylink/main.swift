import Foundation
import PaylinkService

setlocale(LC_ALL, "")
await CommandRunner.run(
    Paylink.self, arguments: Array(CommandLine.arguments.dropFirst()), parse: Paylink.command(for:),
    beforeExit: ServerProcess.stopBuiltInSandbox)
