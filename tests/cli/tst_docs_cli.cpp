// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/json.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

// One `$ dashwright …` of a ```console block (docs/testing.md has the convention).
struct Example
{
    QString where;   // "docs/cli.md:120"
    QString problem; // why the block cannot be run as written, if it cannot
    QStringList args;
    int exitCode = 0;
    QStringList output; // what the docs show after the command
};

QStringList documentedFiles()
{
    QStringList files{u"README.md"_s};
    const QDir docs(QStringLiteral(DASHWRIGHT_SOURCE_DIR "/docs"));
    for (const QString &name : docs.entryList({u"*.md"_s}, QDir::Files, QDir::Name))
        files.append(u"docs/"_s + name);
    return files;
}

QStringList fileLines(const QString &relative)
{
    QFile file(QStringLiteral(DASHWRIGHT_SOURCE_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

// Words as a POSIX shell splits a plain command: quotes and backslashes, nothing else. Pipes,
// redirections, variables and substitutions make an example the test cannot run as written.
QStringList shellWords(const QString &line, QString *problem)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"' && i + 1 < line.size())
                word += line.at(++i);
            else
                word += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else if (u"|&;<>$`()"_s.contains(c)) {
            *problem = u"not a plain command (\"%1\")"_s.arg(c);
            return {};
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        *problem = u"unterminated quote"_s;
    if (inWord)
        words.append(word);
    return words;
}

QList<Example> examplesIn(const QString &file)
{
    QList<Example> examples;
    const QStringList lines = fileLines(file);
    qsizetype fence = 0; // the backticks of the open fence (CommonMark), 0 outside one
    bool inConsole = false;
    bool commandSeen = false; // in this block
    static const QRegularExpression exitLine(u"^# exit (\\d)$"_s);
    static const QRegularExpression fenceLine(u"^(```+)\\s*(\\S*)"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString where = u"%1:%2"_s.arg(file).arg(i + 1);
        if (const auto m = fenceLine.match(line); m.hasMatch()) {
            const qsizetype ticks = m.capturedLength(1);
            if (fence == 0) {
                fence = ticks;
                inConsole = m.captured(2) == u"console"_s;
                commandSeen = false;
                continue;
            }
            // Only a fence of nothing but as many backticks or more closes the open one.
            if (ticks >= fence && line.trimmed() == m.captured(1)) {
                fence = 0;
                inConsole = false;
                continue;
            }
        }
        if (!inConsole)
            continue;
        if (line.startsWith(u"$ "_s)) {
            Example example;
            example.where = where;
            QString command = line.mid(2);
            // A trailing backslash continues the command on the next line.
            while (command.endsWith(u'\\') && i + 1 < lines.size())
                command = command.chopped(1) + u' ' + lines.at(++i);
            example.args = shellWords(command, &example.problem);
            if (example.args.value(0) != u"dashwright"_s && example.problem.isEmpty())
                example.problem = u"a console example runs dashwright"_s;
            if (!example.args.isEmpty())
                example.args.removeFirst();
            examples.append(example);
            commandSeen = true;
        } else if (!commandSeen) {
            Example stray;
            stray.where = where;
            stray.problem = u"output before the first \"$ dashwright\" line"_s;
            examples.append(stray);
            commandSeen = true;
        } else if (const auto m = exitLine.match(line); m.hasMatch()) {
            examples.last().exitCode = m.captured(1).toInt();
        } else if (!line.trimmed().isEmpty()) {
            examples.last().output.append(line);
        }
    }
    return examples;
}

// A documented line with "…" standing for any text, matched against a whole line.
bool matchesALine(const QString &documented, const QString &text)
{
    QStringList pieces = documented.split(u'…');
    for (QString &piece : pieces)
        piece = QRegularExpression::escape(piece);
    const QRegularExpression pattern(u"^"_s + pieces.join(u".*"_s) + u"$"_s);
    // CSV ends its lines in CRLF; the docs cannot show the CR.
    const QStringList lines = QString(text).remove(u'\r').split(u'\n');
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &line) { return pattern.match(line).hasMatch(); });
}

// The documented object's members are exactly the output's, level by level; values are the docs'
// own (placeholders), never compared.
QString keysDiffer(const Json &documented, const Json &actual, const QString &path)
{
    if (documented.is_object()) {
        if (!actual.is_object())
            return path + u": not an object"_s;
        QStringList expected, got;
        for (auto it = documented.begin(); it != documented.end(); ++it)
            expected.append(QString::fromStdString(it.key()));
        for (auto it = actual.begin(); it != actual.end(); ++it)
            got.append(QString::fromStdString(it.key()));
        expected.sort();
        got.sort();
        if (expected != got)
            return u"%1: documented {%2}, printed {%3}"_s.arg(path, expected.join(u", "_s),
                                                              got.join(u", "_s));
        for (auto it = documented.begin(); it != documented.end(); ++it) {
            const QString differs = keysDiffer(*it, actual.at(it.key()),
                                               path + u'.' + QString::fromStdString(it.key()));
            if (!differs.isEmpty())
                return differs;
        }
    } else if (documented.is_array()) {
        if (!actual.is_array() || actual.size() < documented.size())
            return path + u": fewer entries than documented"_s;
        for (size_t i = 0; i < documented.size(); ++i) {
            const QString differs
                    = keysDiffer(documented[i], actual[i], u"%1[%2]"_s.arg(path).arg(i));
            if (!differs.isEmpty())
                return differs;
        }
    }
    return {};
}

// The top-level commands and their actions in a usage synopsis: "keys list|create PROJECT …"
// gives "keys list" and "keys create".
QSet<QString> commandsOf(const QStringList &synopsis)
{
    static const QRegularExpression word(u"^[a-z][a-z|-]*$"_s);
    QSet<QString> commands;
    for (const QString &line : synopsis) {
        QStringList forms{QString()};
        for (const QString &w : line.split(u' ', Qt::SkipEmptyParts)) {
            if (!word.match(w).hasMatch())
                break;
            QStringList longer;
            for (const QString &form : std::as_const(forms)) {
                for (const QString &alternative : w.split(u'|'))
                    longer.append(form.isEmpty() ? alternative : form + u' ' + alternative);
            }
            forms = longer;
        }
        for (const QString &form : std::as_const(forms))
            commands.insert(form);
    }
    return commands;
}

// The command lines of the first ``` block after `heading`, without "dashwright ".
QStringList synopsisAfter(const QString &file, const QString &heading)
{
    const QStringList lines = fileLines(file);
    QStringList synopsis;
    bool inBlock = false;
    for (qsizetype i = lines.indexOf(heading); i >= 0 && i < lines.size(); ++i) {
        if (lines.at(i).startsWith(u"```"_s)) {
            if (inBlock)
                break;
            inBlock = true;
        } else if (inBlock && lines.at(i).startsWith(u"dashwright "_s)) {
            synopsis.append(lines.at(i).mid(11));
        }
    }
    return synopsis;
}

} // namespace

// The command examples of README.md and docs/*.md, run against the demo as a reader would run
// them: the exit code, the lines and the JSON members they show.
class TestDocsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void start(const QStringList &args, QProcess &process) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DASHWRIGHT_KEYSTORE"_s, u"DASHWRIGHT_KEYSTORE_PASSPHRASE"_s,
                                    u"DASHWRIGHT_KEYSTORE_NEW_PASSPHRASE"_s})
            env.remove(name);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(DASHWRIGHT_CLI_PATH), args);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            qFatal("dashwright did not finish");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // As the README's first command makes it: ./demo/burrito.dwproj for the examples.
        QProcess process;
        start({u"demo"_s, u"create"_s, u"demo"_s}, process);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void examples_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("output");
        for (const QString &file : documentedFiles()) {
            for (const Example &e : examplesIn(file))
                QTest::newRow(qPrintable(e.where)) << e.problem << e.args << e.exitCode << e.output;
        }
    }

    void examples()
    {
        if (!QTest::currentDataTag())
            QSKIP("no examples (mainPagesHaveExamples fails)");
        QFETCH(QString, problem);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, output);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QProcess process;
        start(args, process);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QString describe = u"exit %1\nstdout: %2\nstderr: %3"_s.arg(process.exitCode())
                                         .arg(out.left(3000), err.left(2000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == exitCode,
                 qPrintable(describe));
        // Documented JSON: the members printed are the members documented.
        if (!output.isEmpty()
            && (output.first().startsWith(u'{') || output.first().startsWith(u'['))) {
            const Json documented = Json::parse(output.join(u'\n').toStdString(), nullptr, false);
            QVERIFY2(!documented.is_discarded(), "the documented output is not JSON");
            const Json printed = Json::parse(out.toStdString(), nullptr, false);
            QVERIFY2(!printed.is_discarded(), qPrintable(describe));
            const QString differs = keysDiffer(documented, printed, u"$"_s);
            QVERIFY2(differs.isEmpty(), qPrintable(differs));
            return;
        }
        // Lines: "dashwright: …" ones are on stderr, the others on stdout.
        for (const QString &line : std::as_const(output)) {
            const bool error = line.startsWith(u"dashwright: "_s);
            QVERIFY2(matchesALine(line, error ? err : out),
                     qPrintable(u"not printed: %1\n%2"_s.arg(line, describe)));
        }
        // Errors are one line (with the documented one, if any).
        if (exitCode != 0)
            QVERIFY2(err.count(u'\n') == 1, qPrintable(describe));
    }

    // The README and the command line's page show what commands do, in examples this test runs.
    void mainPagesHaveExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("README.md") << u"README.md"_s;
        QTest::newRow("docs/cli.md") << u"docs/cli.md"_s;
    }
    void mainPagesHaveExamples()
    {
        QFETCH(QString, file);
        QVERIFY(!examplesIn(file).isEmpty());
    }

    // `dashwright --help`, the synopses of docs/cli.md and README.md and docs/cli.md's table of
    // commands name the same commands (and, the synopses, the same actions).
    void helpAndDocsListTheSameCommands()
    {
        QProcess process;
        start({u"--help"_s}, process);
        QCOMPARE(process.exitCode(), 0);
        const QStringList help = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
        QStringList helpCommands;
        for (qsizetype i = help.indexOf(u"Commands:"_s) + 1; i > 0 && i < help.size(); ++i) {
            const QString &line = help.at(i);
            if (line.isEmpty() || line.startsWith(u"  AS ="_s))
                break;
            if (line.startsWith(u"  "_s) && line.size() > 2 && line.at(2).isLower())
                helpCommands.append(line.mid(2));
        }
        const QSet<QString> expected = commandsOf(helpCommands);
        QVERIFY(expected.contains(u"query"_s) && expected.contains(u"keys api-key revoke"_s));
        QCOMPARE(commandsOf(synopsisAfter(u"docs/cli.md"_s, u"## Commands"_s)), expected);
        QCOMPARE(commandsOf(synopsisAfter(u"README.md"_s, u"## The command line"_s)), expected);

        QSet<QString> topLevel;
        for (const QString &command : expected)
            topLevel.insert(command.section(u' ', 0, 0));
        // The table's rows: "| `token sign` / `verify` … | …" names "token".
        QSet<QString> table;
        const QStringList cli = fileLines(u"docs/cli.md"_s);
        static const QRegularExpression row(u"^\\| `([a-z-]+)[^`]*` .*\\|"_s);
        for (qsizetype i = cli.indexOf(u"| command | what it does |"_s) + 2;
             i > 1 && i < cli.size() && cli.at(i).startsWith(u'|'); ++i) {
            if (const auto m = row.match(cli.at(i)); m.hasMatch())
                table.insert(m.captured(1));
        }
        QCOMPARE(table, topLevel);
    }
};

QTEST_GUILESS_MAIN(TestDocsCli)
#include "tst_docs_cli.moc"
