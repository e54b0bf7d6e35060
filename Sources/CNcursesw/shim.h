#ifndef PAYLINK_CNCURSESW_SHIM_H
#define PAYLINK_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide-character API must be asked for here.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>
#include <stdio.h>
#include <string.h>
#include <langinfo.h>
#include <sys/ioctl.h>
#include <unistd.h>

// Swift cannot import function-like macros or mutable globals; these accessors stand in for them.
static inline WINDOW *pl_stdscr(void) { return stdscr; }
static inline int pl_colors(void) { return COLORS; }
static inline int pl_color_pairs(void) { return COLOR_PAIRS; }
static inline int pl_lines(void) { return LINES; }
static inline int pl_cols(void) { return COLS; }
static inline int pl_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int pl_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int pl_key_f(int n) { return KEY_F(n); }
static inline int pl_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t pl_a_normal(void) { return A_NORMAL; }
static inline attr_t pl_a_bold(void) { return A_BOLD; }
static inline attr_t pl_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pl_a_reverse(void) { return A_REVERSE; }
static inline attr_t pl_a_dim(void) { return A_DIM; }
static inline int pl_err(void) { return ERR; }
static inline int pl_ok(void) { return OK; }
static inline int pl_key_code_yes(void) { return KEY_CODE_YES; }

/// Draws one wide-character cell string with attributes and a colour pair at (y, x).
static inline int pl_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// Reads a terminfo string capability, or NULL when the terminal lacks it.
static inline const char *pl_tigetstr(const char *name) {
    char *s = tigetstr(name);
    if (s == (char *)-1 || s == NULL) return NULL;
    return s;
}

static inline int pl_putp_flush(const char *s) {
    int r = putp(s);
    fflush(stdout);
    return r;
}

/// Formats a terminfo string that takes two string parameters (such as `Ms`); Swift cannot call variadic tiparm.
static inline const char *pl_tiparm_ss(const char *cap, const char *a, const char *b) {
    return tiparm(cap, a, b);
}

/// The terminal's size from the kernel, for SIGWINCH; returns 0 on success.
static inline int pl_winsize(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/// Whether the current locale's character set is UTF-8 (call after setlocale).
static inline int pl_locale_is_utf8(void) {
    const char *set = nl_langinfo(CODESET);
    return set != NULL && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0);
}

/// Opens curses on the process's stdout and stdin (Swift 6 cannot read the C stdio globals safely).
static inline SCREEN *pl_newterm(const char *term) { return newterm(term, stdout, stdin); }

/// Writes bytes straight to stdout and flushes, outside curses' own buffer.
static inline void pl_write_flush(const char *s) {
    fputs(s, stdout);
    fflush(stdout);
}
#endif
