import Foundation
import PaylinkTUI

StartupPhases.mark("loader and runtime")
setlocale(LC_ALL, "")
await CommandRunner.run(
    Paylink.self, arguments: Array(CommandLine.arguments.dropFirst()), parse: EntryPoint.parse,
    beforeExit: EntryPoint.finish)
