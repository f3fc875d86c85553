// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/json.h"
#include "document/project.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

class QCommandLineParser;
class QCoreApplication;

namespace Dashwright::Cli {

// The exit codes of the command-line contract.
enum ExitCode {
    Ok = 0,
    UsageError = 1,
    InvalidInput = 2,
    AccessDenied = 3,
    RuntimeError = 4,
};

// Ends a command: main() prints "dashwright: <what>: <why>" on stderr and exits with `code`.
class Failure : public std::exception
{
public:
    Failure(ExitCode code, QString what, QString why)
        : code(code)
        , subject(std::move(what))
        , reason(std::move(why))
    { }
    const char *what() const noexcept override { return "dashwright failure"; }

    ExitCode code;
    QString subject;
    QString reason;
};

// Parses a sub-command's arguments (args[0] is the command path, e.g. "dashwright query");
// --help prints the usage and exits 0, an unknown option or a wrong count of positionals is a
// usage error.
void parse(QCommandLineParser &parser, const QStringList &args, int positionals,
           const QString &usage);

// Loads and validates a project; fails with InvalidInput naming the first problem and how many
// more there are.
Project loadProject(const QString &path);

// FILE, or standard input for "-", refused past 1 MiB (no token or claims object comes near it);
// `what` names the input in the error ("claims", "a token").
QByteArray readInput(const QString &name, const QString &what);
// A TOKEN argument, or standard input for "-"; surrounding white space (a trailing newline) is not
// part of the token.
QByteArray tokenArgument(const QString &argument);

void printOut(const QString &text);
void printOut(const QByteArray &bytes);
// One line on stderr, control characters escaped and length bounded (printable.h).
void printErr(const QString &line);
// Qt's warnings go through printErr as "dashwright: warning: …"; called before the application
// object exists, whose construction may warn already.
void installMessageHandler();

// Runs one command with its arguments ("dashwright <command>" first), turning a Failure into its
// one-line message on stderr and its exit code.
int runCommand(const std::function<int(const QStringList &)> &command, const QString &name,
               const QStringList &args);

int runDemo(const QStringList &args);
int runProject(const QStringList &args);
int runDatasets(const QStringList &args);
int runQuery(const QStringList &args);
int runKeys(const QStringList &args);
// "keys api-key …", args[0] being "keys api-key".
int runApiKeys(const QStringList &args);
// How a backend mints a token with an API key from `dashwright serve` on its default address.
QString apiKeyCurlExample(const QString &id, const QByteArray &secret, const QString &claimsFile);
int runToken(const QStringList &args);
// In dashwright: starts the dashwright-preview program beside it with the same arguments.
int runPreviewProgram(const QStringList &args);
// In dashwright-preview: the command itself.
int runPreview(const QStringList &args);
int runCompare(const QStringList &args);
int runIsolationCheck(const QStringList &args);
int runServe(const QStringList &args);
int runSnippet(const QStringList &args);

} // namespace Dashwright::Cli
