// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "demo/democatalog.h"
#include "demo/demopostgresql.h"
#include "demo/demoproject.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption rows(u"rows"_s, u"Sales lines to generate (default 200000)."_s,
                                  u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generator (default 1)."_s, u"S"_s);
    const QCommandLineOption postgresql(
            u"postgresql"_s,
            u"Load the data onto this PostgreSQL server instead of SQLite files "
            u"(postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE; the password goes to the "
            u"keystore only)."_s,
            u"URL"_s);
    const QCommandLineOption replace(
            u"replace"_s,
            u"With --postgresql: drop and reload the demo's tables where the server has them."_s);
    parser.addOptions({rows, seed, postgresql, replace});
    parser.addPositionalArgument(u"create"_s, u"The action."_s);
    parser.addPositionalArgument(u"DIR"_s,
                                 u"Folder to write burrito.dwproj and its databases into."_s);
    const QString usage
            = u"dashwright demo create DIR [--rows N] [--seed S] [--postgresql URL [--replace]]"_s;
    parse(parser, args, 2, usage);
    if (parser.positionalArguments().first() != u"create"_s)
        throw Failure(UsageError, args.first(),
                      u"unknown action \"%1\"\nusage: "_s.arg(parser.positionalArguments().first())
                              + usage);

    DemoOptions options;
    if (parser.isSet(rows)) {
        bool ok = false;
        options.rows = parser.value(rows).toLongLong(&ok);
        if (!ok || options.rows < 1 || options.rows > 10'000'000)
            throw Failure(UsageError, u"--rows"_s,
                          u"expected a number of rows from 1 to 10000000"_s);
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            throw Failure(UsageError, u"--seed"_s, u"expected a non-negative integer"_s);
    }
    DemoTarget target;
    if (parser.isSet(replace) && !parser.isSet(postgresql))
        throw Failure(UsageError, u"--replace"_s, u"only with --postgresql"_s);
    target.postgresqlUrl = parser.value(postgresql);
    if (parser.isSet(postgresql) && target.postgresqlUrl.isEmpty())
        throw Failure(UsageError, u"--postgresql"_s,
                      u"expected a URL postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE"_s);
    target.replace = parser.isSet(replace);
    // As "keys create" does for a keystore it starts: the passphrase, when one is set, encrypts it
    // (it may hold the server's password).
    target.keystorePassphrase = qgetenv("DASHWRIGHT_KEYSTORE_PASSPHRASE");

    const QString directory = parser.positionalArguments().at(1);
    QElapsedTimer timer;
    timer.start();
    QString error;
    DemoOutcome outcome;
    if (!DemoProject::create(directory, options, &error, &outcome, target)) {
        switch (outcome.failure) {
        case DemoOutcome::Failure::InvalidUrl:
            throw Failure(UsageError, u"--postgresql"_s, error);
        case DemoOutcome::Failure::Refused:
            throw Failure(InvalidInput, DemoPostgresql::describe(target.postgresqlUrl), error);
        case DemoOutcome::Failure::Runtime:
            throw Failure(RuntimeError,
                          target.postgresqlUrl.isEmpty()
                                  ? directory
                                  : DemoPostgresql::describe(target.postgresqlUrl),
                          error);
        }
    }
    for (const QString &warning : std::as_const(outcome.warnings))
        printErr(u"dashwright: warning: "_s + warning);
    const QDir dir(directory);
    const QString where = target.postgresqlUrl.isEmpty()
            ? QString()
            : u" on "_s + DemoPostgresql::describe(target.postgresqlUrl);
    // One multi-argument arg(): a "%2F" in a socket path or a folder's name is text, never a
    // place for the next argument.
    QString text = u"wrote %1 (%2 sales lines%3, seed %4) in %5 s\n"_s.arg(
            dir.filePath(DemoCatalog::projectFile.toString()), QString::number(options.rows), where,
            QString::number(options.seed),
            QString::number(double(timer.elapsed()) / 1000.0, 'f', 1));
    const DemoApiKey &apiKey = outcome.apiKey;
    // The API key's secret is in no file: shown here once, like "keys api-key create" does.
    text += u"API key \"%1\" for the embed server (its secret is shown only now):\n"
            u"  id:     %2\n  secret: %3\n"
            u"Mint a token with \"dashwright serve %4\" running:\n  %5\n"_s.arg(
                    DemoCatalog::apiKeyName.toString(), apiKey.id,
                    QString::fromLatin1(apiKey.secret),
                    dir.filePath(DemoCatalog::projectFile.toString()),
                    apiKeyCurlExample(apiKey.id, apiKey.secret,
                                      dir.filePath(DemoCatalog::claimsFile.toString())));
    printOut(text);
    return Ok;
}

} // namespace Dashwright::Cli
