import PaylinkCore
import PaylinkTUI

// Prints the manual page's KEYS section from the key table, in the language named first (en when none);
// scripts/manual.sh puts it into paylink.1, and into each translated paylink.1.
let language = CommandLine.arguments.dropFirst().first.flatMap(UILanguage.init(code:)) ?? .en
print(KeyTable.standard.manualSection(language: language), terminator: "")
