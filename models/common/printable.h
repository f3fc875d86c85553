// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Dashwright {

// The one way text from outside (a project file, claims, a token, the command line, a database's
// error) goes into a message. A message ends up on a terminal, in a log or in a problem list: a
// quoted ESC could drive the terminal, a newline could forge a second log line, a bidi override
// could reorder the line, and a 50 MB value would be copied into every message that names it.
//
// Escaped visibly: C0 controls (\0, \t, \n, \r, else \xHH), DEL (\x7f), C1 controls, Unicode
// format characters (bidi overrides, zero-width), line and paragraph separators and unpaired
// surrogates (\uHHHH). Invalid UTF-8 has already become U+FFFD when the text was decoded, which
// shows. A backslash is kept as it is, so that escaping is idempotent: a message escaped once
// (by a core component) passes the command line's final pass unchanged.
// Longer than maxChars: cut there, "…" appended; maxChars < 0: no bound.
QString printable(QStringView text, qsizetype maxChars = 200);

// printable() between double quotes, for a value inside a sentence: "unknown value \"…\"".
QString quoted(QStringView text, qsizetype maxChars = 200);

} // namespace Dashwright
