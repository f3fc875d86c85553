// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dashwright serve`: the command-line face of the embed server (server/); the server itself is a
// library of its own.
#include "cli.h"

#include "keystoreoption.h"

#include "embed/embedapi.h"
#include "embed/webbundleintegrity.h"
#include "embedserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <openssl/crypto.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

int intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int low, int high)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < low || value > high)
        throw Failure(UsageError, u"--"_s + option.names().first(),
                      u"expected a number from %1 to %2"_s.arg(low).arg(high));
    return value;
}

} // namespace

int runServe(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption bindOption(u"bind"_s, u"Address to listen on (default 127.0.0.1)."_s,
                                        u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOption(u"port"_s, u"Port (default 8750; 0: any free port)."_s,
                                        u"PORT"_s, u"8750"_s);
    const QCommandLineOption connectionsOption(
            u"max-connections"_s, u"Open connections at most (default 256)."_s, u"N"_s, u"256"_s);
    const QCommandLineOption workersOption(
            u"workers"_s, u"Query worker threads (default: the CPU count, at least 4)."_s, u"N"_s,
            u"0"_s);
    const QCommandLineOption cacheTtlOption(
            u"cache-ttl"_s, u"Seconds a query result is reused (default 60; 0: no cache)."_s,
            u"SECONDS"_s, u"60"_s);
    const QCommandLineOption queryTimeoutOption(
            u"query-timeout"_s,
            u"Seconds a request's statements may run before they are cancelled (default 30)."_s,
            u"SECONDS"_s, u"30"_s);
    const QCommandLineOption cacheSizeOption(
            u"cache-size"_s, u"Result cache size in MiB (default 64)."_s, u"MIB"_s, u"64"_s);
    const QCommandLineOption accessLogOption(
            u"access-log"_s,
            u"Where the JSON-lines access log goes: FILE, - (stdout, default) or off."_s,
            u"FILE|-|off"_s, u"-"_s);
    const QCommandLineOption webRootOption(
            u"web-root"_s,
            u"Directory of dashwright-embed.js (default: the installed one, else the build tree's)."_s,
            u"DIR"_s);
    const QCommandLineOption checkOption(
            u"check"_s, u"Load the project and keystore, reach the databases, and exit."_s);
    parser.addOptions({bindOption, portOption, connectionsOption, workersOption, queryTimeoutOption,
                       cacheTtlOption, cacheSizeOption, accessLogOption, webRootOption,
                       checkOption});
    addKeystoreOption(parser);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    const QString usage
            = u"dashwright serve PROJECT [--bind ADDRESS] [--port PORT] [--keystore FILE] [--max-connections N] [--workers N] [--query-timeout SECONDS] [--cache-ttl SECONDS] [--cache-size MIB] [--access-log FILE|-|off] [--web-root DIR] [--check]"_s;
    parse(parser, args, 1, usage);

    const QString projectPath = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    if (!QFileInfo(projectPath).isFile())
        throw Failure(InvalidInput, parser.positionalArguments().first(),
                      u"no such project file"_s);
    const QString keystore = QFileInfo(keystorePath(parser, projectPath)).absoluteFilePath();
    Server::Options options;
    options.bind = parser.value(bindOption);
    options.port = quint16(intOption(parser, portOption, 0, 65535));
    options.maxConnections = intOption(parser, connectionsOption, 1, 100000);
    options.queryWorkers = intOption(parser, workersOption, 0, 256);
    options.cacheTtl = std::chrono::seconds(intOption(parser, cacheTtlOption, 0, 86400));
    options.queryTimeout = std::chrono::seconds(intOption(parser, queryTimeoutOption, 1, 3600));
    options.cacheBytes = qint64(intOption(parser, cacheSizeOption, 1, 65536)) * 1024 * 1024;
    // A revoked API key or a retired key stops working on its own; the project waits for SIGHUP
    // (a half-finished design is not published by saving it).
    options.watchedFiles = {keystore};
    // The web runtime: where it was asked to be, else where a package installs it (beside bin/),
    // else where scripts/setup.sh builds it in this build tree.
    if (parser.isSet(webRootOption))
        options.webRoots = {QFileInfo(parser.value(webRootOption)).absoluteFilePath()};
    else
        options.webRoots = defaultWebRoots();

    // Asked once (or read from the environment): a reload on SIGHUP opens the keystore again.
    QByteArray passphrase = keystorePassphrase(keystore);
    const Server::EmbedServer::Loader loader
            = [projectPath, keystore, passphrase](const EmbedState *keepProject, QString *error) {
                  return keepProject
                          ? EmbedState::withKeystore(*keepProject, keystore, passphrase, error)
                          : EmbedState::load(projectPath, keystore, passphrase, error);
              };

    if (parser.isSet(checkOption)) {
        QString error;
        const std::shared_ptr<const EmbedState> state = loader(nullptr, &error);
        if (!state)
            throw Failure(InvalidInput, u"serve --check"_s, error);
        QueryExecutor executor(1);
        const EmbedReply ready = EmbedApi(executor, nullptr).readyz(*state);
        if (ready.status != 200)
            throw Failure(RuntimeError, u"serve --check"_s,
                          QString::fromStdString(ready.body.value("message", std::string())));
        printOut(
                u"ok: project \"%1\": %2 dashboard(s), %3 signing key(s), every account answers\n"_s
                        .arg(state->project().name)
                        .arg(state->project().dashboards.size())
                        .arg(state->keystore().signingKeys().size()));
        return Ok;
    }

    const QString accessLog = parser.value(accessLogOption);
    FILE *logFile = nullptr;
    if (accessLog == u"off"_s) {
        options.accessLog = nullptr;
    } else if (accessLog != u"-"_s) {
        logFile = std::fopen(QFile::encodeName(accessLog).constData(), "a");
        if (!logFile)
            throw Failure(RuntimeError, accessLog, u"cannot open the access log for appending"_s);
        options.accessLog = logFile;
    }

    QString error;
    bool served = false;
    {
        Server::EmbedServer server(options, loader);
        served = server.exec(&error);
    }
    if (!passphrase.isEmpty())
        OPENSSL_cleanse(passphrase.data(), size_t(passphrase.size()));
    if (logFile)
        (void)std::fclose(logFile); // the server has stopped: nothing is left to report it to
    if (!served)
        throw Failure(error.startsWith(u"--bind"_s) ? UsageError : RuntimeError, u"serve"_s, error);
    return Ok;
}

} // namespace Dashwright::Cli
