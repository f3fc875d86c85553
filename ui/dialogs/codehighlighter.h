// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Dashwright {

struct CodeLanguageRules;

// Colours the code of the embed snippets (Snippet::language: html, javascript, python, go, java,
// csharp, php, ruby, shell): keywords, strings, comments and numbers, from one small table per
// language. Qt ships no syntax highlighter (KSyntaxHighlighting would be a KDE Frameworks
// dependency for nine short, known templates), so this is a scanner, not a parser: it knows
// where strings and comments begin and end, including those that span lines (block comments,
// Python docstrings, Go and JavaScript backquote strings), which is what a reader needs to see.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit CodeHighlighter(QTextDocument *document);

    // An unknown language colours nothing.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    enum class Kind { Plain, Keyword, String, Comment, Number, Tag, Attribute };
    // What the character at `position` of the document's `blockNumber`-th line is coloured as.
    Kind kindAt(int blockNumber, int position) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void apply(int start, int length, Kind kind);

    QString m_language;
    const CodeLanguageRules *m_rules = nullptr;
    QTextCharFormat m_formats[7];
};

} // namespace Dashwright
