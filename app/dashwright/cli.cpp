// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "common/printable.h"
#include "document/jsonvalue.h"
#include "document/projectfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

QByteArray readInput(const QString &name, const QString &what)
{
    constexpr qint64 maximumInput = qint64(1024) * 1024;
    QFile file;
    const bool opened = name == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened)
        throw Failure(InvalidInput, name, u"cannot read: "_s + file.errorString());
    QByteArray data = file.read(maximumInput + 1);
    if (data.size() > maximumInput)
        throw Failure(InvalidInput, name, u"too large for %1"_s.arg(what));
    return data;
}

QByteArray tokenArgument(const QString &argument)
{
    return argument == u"-"_s ? readInput(argument, u"a token"_s).trimmed() : argument.toUtf8();
}

void printOut(const QByteArray &bytes)
{
    // A token or a report cut short (a full disk, a closed pipe) must not pass as written.
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
        throw Failure(RuntimeError, u"standard output"_s,
                      u"cannot write: "_s + QString::fromLocal8Bit(std::strerror(errno)));
}

void printOut(const QString &text)
{
    printOut(text.toUtf8());
}

void printErr(const QString &line)
{
    // The last line of defence of DESIGN §3's one line per error: whatever a message quotes (a
    // path, a name from a project, a database's error), what reaches the terminal is one line,
    // without a control character, of bounded length. Messages that quote user text have escaped
    // and bounded it already (printable.h); escaping again changes nothing.
    constexpr qsizetype maximumLine = 2000;
    const QByteArray bytes = printable(line, maximumLine).toUtf8() + '\n';
    // An error line that cannot be written has nowhere else to go; the exit status still tells.
    (void)std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

namespace {
// Qt's own warnings (QFile, QSql drivers, plugins) would reach stderr unprefixed and, for some,
// over several lines: they go through printErr as one "dashwright: warning: …" line each.
void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Without a desktop session (CI, a container) Qt warns that XDG_RUNTIME_DIR is unset and
    // picks a folder itself: nothing the user could act on.
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR"_s))
        return;
    const QString kind = type == QtCriticalMsg || type == QtFatalMsg ? u"error"_s
            : type == QtWarningMsg                                   ? u"warning"_s
                                                                     : u"note"_s;
    printErr(u"dashwright: %1: %2"_s.arg(kind, message.simplified()));
}
} // namespace

void installMessageHandler()
{
    qInstallMessageHandler(messageHandler);
}

void parse(QCommandLineParser &parser, const QStringList &args, int positionals,
           const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(args))
        throw Failure(UsageError, args.value(0), parser.errorText() + u"\nusage: "_s + usage);
    if (parser.isSet(help)) {
        printOut(u"usage: "_s + usage + u"\n\n"_s + parser.helpText().section(u'\n', 2));
        throw Failure(Ok, {}, {});
    }
    if (parser.positionalArguments().size() != positionals)
        throw Failure(UsageError, args.value(0),
                      u"expected %1 argument(s), got %2\nusage: "_s.arg(positionals)
                                      .arg(parser.positionalArguments().size())
                              + usage);
}

namespace {
// "dashwright keys api-key" from "dashwright keys api-key create|list|revoke PROJECT …": the words
// of a usage line before its first argument, the command whose --help shows the rest.
QString commandOfUsage(const QString &usage)
{
    static const QRegularExpression word(u"^[a-z][a-z-]*$"_s);
    QStringList words;
    for (const QString &w : usage.split(u' ', Qt::SkipEmptyParts)) {
        if (!word.match(w).hasMatch())
            break;
        words.append(w);
    }
    return words.join(u' ');
}
} // namespace

int runCommand(const std::function<int(const QStringList &)> &command, const QString &name,
               const QStringList &args)
{
    try {
        const int status = command(args);
        // Buffered output is written here at the latest: a failure is the command's failure.
        if (std::fflush(stdout) != 0)
            throw Failure(RuntimeError, u"standard output"_s,
                          u"cannot write: "_s + QString::fromLocal8Bit(std::strerror(errno)));
        return status;
    } catch (const Failure &failure) {
        if (failure.code != Ok) {
            // A usage error carries its command's usage; it stays one line (DESIGN §3), naming
            // the --help that prints the usage rather than printing it: scripts read stderr's
            // one line, and a person is one command away from the options.
            // A wrong value (`--format xml`) is a usage error too, and names its command's.
            const qsizetype usage = failure.reason.indexOf(u"\nusage: "_s);
            QString why = failure.reason;
            if (usage >= 0)
                why = u"%1 (see \"%2 --help\")"_s.arg(
                        failure.reason.left(usage), commandOfUsage(failure.reason.mid(usage + 8)));
            else if (failure.code == UsageError && !why.contains(u"--help"_s))
                why += u" (see \"dashwright %1 --help\")"_s.arg(name);
            printErr(u"dashwright: %1: %2"_s.arg(failure.subject, why));
        }
        return failure.code;
    } catch (const std::exception &e) {
        printErr(u"dashwright: %1: internal error: %2"_s.arg(name, QString::fromUtf8(e.what())));
        return RuntimeError;
    }
}

Project loadProject(const QString &path)
{
    auto result = ProjectFile::load(path);
    if (result.project)
        return std::move(*result.project);
    // One line, like every error (DESIGN §3); "project check" is the command that lists them all.
    const Problems &problems = result.problems;
    QString reason = problems.first().toString();
    if (problems.size() > 1)
        reason += u" (and %1 more: dashwright project check lists them)"_s.arg(problems.size() - 1);
    throw Failure(InvalidInput, path, reason);
}

} // namespace Dashwright::Cli
