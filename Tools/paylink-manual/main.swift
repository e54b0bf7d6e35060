import PaylinkTUI

// Prints the manual page's KEYS section from the key table; scripts/manual.sh puts it into paylink.1.
print(KeyTable.standard.manualSection(), terminator: "")
