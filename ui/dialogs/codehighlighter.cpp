// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Dashwright {

// A delimited span that may run over several lines: a block comment or a multi-line string.
struct CodeSpan
{
    QStringView open;
    QStringView close;
    CodeHighlighter::Kind kind;
    bool escapes; // a backslash escapes the next character (strings), or not (comments)
};

struct CodeLanguageRules
{
    QStringView name;
    QStringView keywords;                  // space-separated
    std::vector<QStringView> lineComments; // to the end of the line
    std::vector<CodeSpan> spans;           // tried before the one-line strings, longest first
    QStringView quotes;                    // one-line string delimiters
    bool html = false;                     // tags and attributes
    bool commentNeedsSpace = false;        // shell: '#' starts a comment only after a blank
};

namespace {

using Kind = CodeHighlighter::Kind;

const std::array<CodeLanguageRules, 10> &allRules()
{
    static const std::array<CodeLanguageRules, 10> rules{{
            {u"html", {}, {}, {{u"<!--", u"-->", Kind::Comment, false}}, u"\"'", true, false},
            {u"javascript",
             u"async await break case catch class const continue default delete do else export "
             u"extends false finally for from function if import in instanceof let new null of "
             u"return static super switch this throw true try typeof undefined var void while "
             u"yield",
             {u"//"},
             {{u"/*", u"*/", Kind::Comment, false}, {u"`", u"`", Kind::String, true}},
             u"\"'"},
            {u"python",
             u"and as assert async await break class continue def del elif else except False "
             u"finally for from global if import in is lambda None nonlocal not or pass raise "
             u"return True try while with yield",
             {u"#"},
             {{u"\"\"\"", u"\"\"\"", Kind::String, true}, {u"'''", u"'''", Kind::String, true}},
             u"\"'"},
            {u"go",
             u"break case chan const continue default defer else fallthrough for func go goto "
             u"if import interface map nil package range return select struct switch type var "
             u"true false",
             {u"//"},
             {{u"/*", u"*/", Kind::Comment, false}, {u"`", u"`", Kind::String, false}},
             u"\"'"},
            {u"java",
             u"abstract boolean break byte case catch char class continue default do double "
             u"else enum extends false final finally float for if implements import instanceof "
             u"int interface long new null package private protected public return short static "
             u"super switch this throw throws true try var void while",
             {u"//"},
             {{u"/*", u"*/", Kind::Comment, false}, {u"\"\"\"", u"\"\"\"", Kind::String, true}},
             u"\"'"},
            {u"csharp",
             u"abstract as async await base bool break case catch class const continue decimal "
             u"default do double else enum false finally for foreach if in int interface "
             u"internal is long namespace new null object out override private protected public "
             u"readonly return static string struct switch this throw true try using var void "
             u"while",
             {u"//"},
             {{u"/*", u"*/", Kind::Comment, false}, {u"@\"", u"\"", Kind::String, false}},
             u"\"'"},
            {u"php",
             u"array as break case catch class const continue default do echo else elseif "
             u"empty exit false fn for foreach function if isset new null private public "
             u"require require_once return static switch throw true try use while",
             {u"//", u"#"},
             {{u"/*", u"*/", Kind::Comment, false}},
             u"\"'"},
            {u"ruby",
             u"begin break case class def do else elsif end ensure false if in module next nil "
             u"not or and require require_relative rescue return self then true unless until "
             u"when while yield",
             {u"#"},
             {},
             u"\"'"},
            // The statements the planner writes (upper-case keywords; identifiers in double
            // quotes, which are not strings but read better set apart).
            {u"sql",
             u"SELECT FROM WHERE AND OR NOT IN IS NULL GROUP BY ORDER ASC DESC LIMIT OFFSET AS "
             u"SUM COUNT AVG MIN MAX DISTINCT CAST CASE WHEN THEN ELSE END LIKE ESCAPE BETWEEN "
             u"WITH ON JOIN LEFT INNER NULLS FIRST LAST TRUE FALSE",
             {u"--"},
             {{u"/*", u"*/", Kind::Comment, false}},
             u"'\""},
            {u"shell",
             u"case do done echo elif else esac exit export fi for function if in local read "
             u"return set then until while",
             {u"#"},
             {},
             u"\"'",
             false,
             true},
    }};
    return rules;
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isWordPart(QChar c, bool html)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || (html && c == u'-');
}

// The end of a string that starts at `from` (after its opening delimiter), or -1 when the line
// ends first.
qsizetype endOf(QStringView text, qsizetype from, QStringView close, bool escapes)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (escapes && text[i] == u'\\') {
            ++i;
            continue;
        }
        if (text.sliced(i).startsWith(close))
            return i + close.size();
    }
    return -1;
}

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Tones that read on a light and on a dark base.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const auto format = [&](Kind kind, QColor light, QColor darkColour) {
        QTextCharFormat &f = m_formats[int(kind)];
        f.setForeground(dark ? darkColour : light);
        f.setProperty(QTextFormat::UserProperty, int(kind));
    };
    format(Kind::Keyword, QColor(0x1f, 0x3f, 0x9f), QColor(0x8a, 0xb4, 0xf8));
    m_formats[int(Kind::Keyword)].setFontWeight(QFont::Bold);
    format(Kind::String, QColor(0x0b, 0x6e, 0x2e), QColor(0x8f, 0xd1, 0x8f));
    format(Kind::Comment, QColor(0x6a, 0x6a, 0x6a), QColor(0x9a, 0x9a, 0x9a));
    m_formats[int(Kind::Comment)].setFontItalic(true);
    format(Kind::Number, QColor(0xa3, 0x4a, 0x00), QColor(0xf0, 0xa0, 0x60));
    format(Kind::Tag, QColor(0x80, 0x1f, 0x8f), QColor(0xd0, 0x90, 0xe8));
    format(Kind::Attribute, QColor(0x8a, 0x5a, 0x00), QColor(0xe8, 0xc0, 0x70));
}

void CodeHighlighter::setLanguage(const QString &language)
{
    m_language = language;
    m_rules = nullptr;
    for (const CodeLanguageRules &rules : allRules())
        if (rules.name == language)
            m_rules = &rules;
    rehighlight();
}

CodeHighlighter::Kind CodeHighlighter::kindAt(int blockNumber, int position) const
{
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!block.isValid() || !block.layout())
        return Kind::Plain;
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (position >= range.start && position < range.start + range.length)
            return Kind(range.format.property(QTextFormat::UserProperty).toInt());
    return Kind::Plain;
}

void CodeHighlighter::apply(int start, int length, Kind kind)
{
    setFormat(start, length, m_formats[int(kind)]);
}

void CodeHighlighter::highlightBlock(const QString &line)
{
    setCurrentBlockState(-1);
    if (!m_rules)
        return;
    const CodeLanguageRules &rules = *m_rules;
    const QStringView text(line);
    const qsizetype n = text.size();
    qsizetype i = 0;

    // A span left open by the line above (the block state is its index in rules.spans).
    if (const int open = previousBlockState(); open >= 0 && open < int(rules.spans.size())) {
        const CodeSpan &span = rules.spans[open];
        const qsizetype end = endOf(text, 0, span.close, span.escapes);
        if (end < 0) {
            apply(0, int(n), span.kind);
            setCurrentBlockState(open);
            return;
        }
        apply(0, int(end), span.kind);
        i = end;
    }

    bool inTag = false; // html: between "<name" and ">"
    while (i < n) {
        const QStringView rest = text.sliced(i);
        bool matched = false;
        for (qsizetype s = 0; s < qsizetype(rules.spans.size()) && !matched; ++s) {
            const CodeSpan &span = rules.spans[s];
            if (!rest.startsWith(span.open))
                continue;
            matched = true;
            const qsizetype end = endOf(text, i + span.open.size(), span.close, span.escapes);
            if (end < 0) {
                apply(int(i), int(n - i), span.kind);
                setCurrentBlockState(int(s));
                return;
            }
            apply(int(i), int(end - i), span.kind);
            i = end;
        }
        if (matched)
            continue;
        for (QStringView prefix : rules.lineComments) {
            if (rest.startsWith(prefix)
                && (!rules.commentNeedsSpace || i == 0 || text[i - 1].isSpace())) {
                apply(int(i), int(n - i), Kind::Comment);
                return;
            }
        }
        const QChar c = text[i];
        // html: quotes delimit attribute values only; elsewhere they are the page's text.
        if (rules.quotes.contains(c) && (!rules.html || inTag)) {
            const qsizetype end = endOf(text, i + 1, text.sliced(i, 1), true);
            const qsizetype stop = end < 0 ? n : end;
            apply(int(i), int(stop - i), Kind::String);
            i = stop;
            continue;
        }
        if (rules.html && c == u'<' && i + 1 < n
            && (text[i + 1].isLetter() || text[i + 1] == u'/' || text[i + 1] == u'!')) {
            qsizetype end = i + 1;
            while (end < n
                   && (isWordPart(text[end], true) || text[end] == u'/' || text[end] == u'!'))
                ++end;
            apply(int(i), int(end - i), Kind::Tag);
            inTag = true;
            i = end;
            continue;
        }
        if (rules.html && inTag && (c == u'>' || rest.startsWith(u"/>"))) {
            const qsizetype length = c == u'>' ? 1 : 2;
            apply(int(i), int(length), Kind::Tag);
            inTag = false;
            i += length;
            continue;
        }
        const bool wordBefore = i > 0 && isWordPart(text[i - 1], rules.html);
        if (c.isDigit() && !wordBefore && !rules.html) {
            qsizetype end = i + 1;
            while (end < n
                   && (text[end].isLetterOrNumber() || text[end] == u'.' || text[end] == u'_'))
                ++end;
            apply(int(i), int(end - i), Kind::Number);
            i = end;
            continue;
        }
        if (isWordStart(c) && !wordBefore) {
            qsizetype end = i + 1;
            while (end < n && isWordPart(text[end], rules.html))
                ++end;
            const QStringView word = text.sliced(i, end - i);
            if (rules.html) {
                if (inTag)
                    apply(int(i), int(end - i), Kind::Attribute);
            } else if (!word.startsWith(u'$')) {
                // Whole words of the table; a space-separated list keeps the tables short.
                for (QStringView keyword : rules.keywords.tokenize(u' ')) {
                    if (keyword == word) {
                        apply(int(i), int(end - i), Kind::Keyword);
                        break;
                    }
                }
            }
            i = end;
            continue;
        }
        ++i;
    }
}

} // namespace Dashwright
