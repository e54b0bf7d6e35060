// Exit statuses, output lines and shared options are used by every command file of the front program.
@_exported import PaylinkCommandLine
