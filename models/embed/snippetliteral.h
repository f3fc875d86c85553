// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/json.h"

#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace Dashwright {

// The languages whose source the snippets write literals in.
enum class CodeLanguage { JavaScript, Python, Go, Java, CSharp, Php, Ruby };

// A JSON value as the snippet shows it: some leaves are references to the viewer's values (the
// integrator's variables), some members carry comments saying what the claim does. Both are keyed
// by the member's JSON pointer ("/policy_values/restaurant_name").
// Its implicit moves and destructor throw nothing; clang-tidy 14 reports them through
// its members' inline code.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct AnnotatedJson
{
    Json value;
    std::map<std::string, std::string> references; // pointer → the viewer's key
    std::map<std::string, QStringList> comments;   // pointer → lines before that member
};

// A member name as one token of a JSON pointer (RFC 6901: "~" as "~0", "/" as "~1").
std::string jsonPointerToken(const std::string &key);

// Writes `json` as a literal of `language`: a dictionary/map of objects and arrays that the
// language's JOSE library or JSON encoder takes as claims. Strings are escaped for the language
// (interpolation characters included: PHP's $, Ruby's #), so no value of a claim can end the
// literal or run code; comments are single-line and stripped of line breaks for the same reason.
// `indent` is the indentation of the line the literal starts on; continuation lines get it plus
// one level.
QString codeLiteral(const AnnotatedJson &json, CodeLanguage language, const QString &indent);

// A string literal of the language, escaped as above.
QString codeString(const QString &text, CodeLanguage language);

// One comment line of the language ("// …" or "# …"), from text that may hold anything.
QString codeComment(const QString &text, CodeLanguage language);

// Java sources are read in the platform's encoding by `java File.java` on JDK 17 (ASCII under a
// C locale): every character outside ASCII becomes a \uXXXX escape, which javac reads the same
// everywhere.
QString javaAsciiSource(const QString &source);

} // namespace Dashwright
