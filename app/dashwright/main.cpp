// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashwright command: dispatches to one function per command (cli.h).
#include "cli.h"
#include "data/sqlruntime.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Dashwright::Cli;

namespace {
const QString usage = uR"(usage: dashwright COMMAND [ARGS]

Commands:
  demo create DIR [--rows N] [--seed S] [--postgresql URL [--replace]]
                                             write the Burrito Factory demo project (and an API key),
                                             its data in SQLite files or on a PostgreSQL server
  project check PROJECT [--json]             validate a project and reach its databases
  datasets PROJECT [--json] [--tables]       list datasets and columns (--tables: the databases' tables)
  query PROJECT --dashboard ID|SLUG [--widget ID] [AS] [--filter FILTER_ID=VALUE]...
        [--format json|csv] [--explain]      run a dashboard's queries (AS: as whom, else the defaults;
                                             --filter: a viewer-editable filter's value, JSON;
                                             csv: one widget's rows, --widget unless there is one)
  preview PROJECT --dashboard ID|SLUG [AS] --png OUT [--size WxH]
                                             draw the dashboard as a tenant (or the design view) to a PNG
  compare PROJECT --dashboard ID|SLUG --as A --as B [--json]
                                             two tenant profiles side by side, widget by widget
  isolation-check PROJECT [--json]           every profile on every dashboard it grants: unrestricted
                                             widgets, different tenants seeing the same data (exit 3)
  token sign PROJECT --claims FILE|- [--kid KID] [--sealed] [--expires-in SECONDS]
                                             mint a signed (or sealed) token for authorization claims
  token verify PROJECT TOKEN|- [--json [--show-credentials]]
                                             check a token against the project and its keys
  token inspect TOKEN|-                      decode a token's header and claims WITHOUT verifying them
  token revoke PROJECT JTI|TOKEN|-           list a token's jti in NAME.revoked (every server refuses it)
  keys list|create|rotate|retire PROJECT [--alg ALG] [--kid KID] [--json]
                                             the keystore's signing and sealing keys (never their secrets)
  keys export PROJECT (--jwks | --kid KID --jwk [--private])
                                             public keys as a JWKS, or one key as a JWK
  keys passphrase PROJECT [--remove]         encrypt the keystore with a passphrase, change or remove it
  keys api-key create|list|revoke PROJECT [ID] [--name NAME] [--json]
                                             the embed server's API keys (a secret is shown once)
  snippet PROJECT --dashboard ID|SLUG --format FORMAT [AS] [--kid KID] [--via sign|api] [--sealed]
        [--server URL] [--expires-in SECONDS] [--web-root DIR] [--out FILE] [--json]
                                             what an integrator pastes: the page's html or iframe, or the
                                             back end that mints tokens (node, python, go, java, csharp,
                                             php, ruby, curl); AS: that tenant's claims, else a template
  serve PROJECT [--bind ADDRESS] [--port PORT] [--check] [--access-log FILE|-|off] …
                                             the embed server: tokens in, dashboards' data out (SIGHUP reloads)
  AS = --as TENANT_PROFILE | --claims FILE|- | --token TOKEN|-
  Every command that reads a project takes --keystore FILE (default $DASHWRIGHT_KEYSTORE, else
  NAME.dwkeys beside NAME.dwproj): keys, and the accounts' passwords and plugin secrets.

Exit codes: 0 ok, 1 usage error, 2 invalid input, 3 access denied, 4 data source or runtime error.
Run "dashwright COMMAND --help" for a command's options.
)"_s;
} // namespace

int main(int argc, char *argv[])
{
    installMessageHandler();
    QCoreApplication app(argc, argv);
    // QtSql first used here, every query thread joined before app goes (see SqlRuntime).
    const Dashwright::SqlRuntime sqlRuntime;
    QCoreApplication::setApplicationName(u"dashwright"_s);
    QCoreApplication::setOrganizationName(u"Dashwright"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DASHWRIGHT_VERSION));

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        printOut(usage);
        return Ok;
    }
    if (command == u"--version"_s) {
        printOut(u"dashwright " DASHWRIGHT_VERSION "\n"_s);
        return Ok;
    }
    static const QHash<QString, std::function<int(const QStringList &)>> commands = {
            {u"demo"_s, runDemo},
            {u"project"_s, runProject},
            {u"datasets"_s, runDatasets},
            {u"query"_s, runQuery},
            {u"keys"_s, runKeys},
            {u"token"_s, runToken},
            {u"preview"_s, runPreviewProgram},
            {u"compare"_s, runCompare},
            {u"isolation-check"_s, runIsolationCheck},
            {u"serve"_s, runServe},
            {u"snippet"_s, runSnippet},
    };
    const auto it = commands.constFind(command);
    if (it == commands.constEnd()) {
        // One line like every error; the list of commands is one --help away.
        printErr((command.isEmpty() ? u"dashwright: no command given"_s
                                    : u"dashwright: %1: unknown command"_s.arg(command))
                 + u" (see \"dashwright --help\")"_s);
        return UsageError;
    }
    // The command sees its name as the program name, then its own arguments; errors about the
    // command line name it ("dashwright: token: …"), the program's name coming first once.
    QStringList commandArgs = args.mid(2);
    commandArgs.prepend(command);
    return runCommand(*it, command, commandArgs);
}
