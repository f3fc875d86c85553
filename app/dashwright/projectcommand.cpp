// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "keystoreoption.h"

#include "document/projectvalidator.h"

#include "common/json.h"
#include "data/connectionspec.h"
#include "data/schemaintrospector.h"
#include "data/sources/datasource.h"
#include "data/sources/pluginsource.h"
#include "data/sqldialect.h"
#include "document/jsonobjectreader.h"
#include "document/projectfile.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <functional>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

// How long `project check` waits for a PostgreSQL server to answer: an unreachable host must not
// hold a CI job for libpq's default of forever.
constexpr int connectTimeoutSeconds = 5;

// Where a problem with dataset d is reported: `field` is relative to the dataset ("table",
// "columns[2].name"); dataset -1 is the database.
using Locate = std::function<QString(qsizetype dataset, const QString &field)>;

// Checks that each dataset of `account` finds its table (or query) and every one of its columns in
// the database `connection` reaches.
void checkDatasets(const Project &project, const Account &account, const ConnectionSpec &connection,
                   const Locate &where, const QString &prefix, Problems &problems)
{
    const auto tables = SchemaIntrospector::tables(connection);
    if (const auto *error = std::get_if<QString>(&tables)) {
        problems.append({where(-1, {}),
                         prefix
                                 + u"cannot read database %1: %2"_s.arg(
                                         DataSource::of(connection).describe(connection), *error)});
        return;
    }
    for (qsizetype d = 0; d < project.datasets.size(); ++d) {
        const Dataset &dataset = project.datasets[d];
        if (dataset.accountId != account.id)
            continue;
        QList<Column> found;
        if (dataset.kind == Dataset::Kind::Table) {
            const auto &list = std::get<QList<TableInfo>>(tables);
            const auto table = std::find_if(list.cbegin(), list.cend(), [&](const TableInfo &t) {
                return t.name == dataset.table;
            });
            if (table != list.cend()) {
                found = table->columns;
            } else {
                // Not under the name the list gives it, but perhaps as the statement names it:
                // "public.sales" for a table the search path finds as "sales", or another case
                // in SQLite.
                const auto columns = SchemaIntrospector::queryColumns(
                        connection,
                        u"SELECT * FROM "_s
                                + DataSource::of(connection).dialect().quoteTable(dataset.table));
                if (!std::holds_alternative<QList<Column>>(columns)) {
                    problems.append({where(d, u"table"_s),
                                     prefix
                                             + u"no table or view \"%1\" in the database"_s.arg(
                                                     dataset.table)});
                    continue;
                }
                found = std::get<QList<Column>>(columns);
            }
        } else {
            const auto columns = SchemaIntrospector::queryColumns(connection, dataset.sql);
            if (const auto *error = std::get_if<QString>(&columns)) {
                problems.append({where(d, u"sql"_s),
                                 prefix + u"dataset \"%1\": "_s.arg(dataset.name) + *error});
                continue;
            }
            found = std::get<QList<Column>>(columns);
        }
        for (qsizetype c = 0; c < dataset.columns.size(); ++c) {
            const QString &name = dataset.columns[c].name;
            // SQLite's names are case-insensitive, as the query that reads them.
            if (std::none_of(found.cbegin(), found.cend(), [&](const Column &f) {
                    return f.name.compare(name, Qt::CaseInsensitive) == 0;
                }))
                problems.append(
                        {where(d, u"columns[%1].name"_s.arg(c)),
                         prefix
                                 + u"no column \"%1\" of dataset \"%2\" in the database"_s.arg(
                                         name, dataset.name)});
        }
    }
}

// Reaches every account's database as its data source can: it is connected to (PostgreSQL, a
// plugin) or opened (SQLite) as `query` would, with the keystore's secret; one whose schema can be
// read has each dataset's table and columns checked; one it cannot reach is listed in `notTried`.
// The databases tenant profiles' account overrides send them to are checked the same way: a
// tenant's own database lacking a column is the first thing a preview as that tenant trips on. A
// project can be valid and still point at a missing, changed or unreachable database.
void checkConnection(const Project &project, const Account &account, const DataSource &source,
                     const ConnectionSpec &connection, const Locate &where, const QString &prefix,
                     Problems &problems, Problems *notTried)
{
    // First whether it answers at all, within the timeout: a server that does not is said as
    // such, once, rather than as a schema that cannot be read.
    const std::optional<QString> error = source.probe(connection, connectTimeoutSeconds);
    if (!error) {
        if (notTried)
            notTried->append(
                    {where(-1, {}),
                     u"%1 account \"%2\": not tried (%1 accounts cannot be reached yet)"_s.arg(
                             accountTypeName(account.type), account.name)});
    } else if (!error->isEmpty()) {
        problems.append({where(-1, {}), prefix + *error});
    } else if (source.canIntrospect()) {
        checkDatasets(project, account, connection, where, prefix, problems);
    }
}

// A plugin's base URL in plain http beyond this machine, as the account or a tenant's override
// has it: warned about, as a snippet's http origin is.
void warnTransport(const QString &path, const QString &baseUrl, Problems *warnings)
{
    if (const QString warning = PluginSource::transportWarning(baseUrl); !warning.isEmpty())
        warnings->append({path, warning});
}

// `secrets`: the accounts' passwords and plugin secrets from the keystore, by secret id, as `query`
// uses them.
Problems checkDataSources(const Project &project, const QString &projectPath,
                          const QHash<QString, QString> &secrets, Problems *notTried,
                          Problems *warnings)
{
    Problems problems;
    for (qsizetype i = 0; i < project.accounts.size(); ++i) {
        const Account &account = project.accounts[i];
        const DataSource &source = DataSource::of(account.type);
        const QString accountPath = jsonPathIndex(u"accounts"_s, i);
        const QString secret = secrets.value(account.secretId);
        if (account.type == AccountType::Plugin)
            warnTransport(accountPath, account.baseUrl, warnings);
        checkConnection(
                project, account, source, source.connection(account, projectPath, secret),
                [&](qsizetype d, const QString &field) {
                    if (d < 0)
                        return accountPath;
                    return jsonPathIndex(u"datasets"_s, d) + u'.' + field;
                },
                {}, problems, notTried);
    }

    for (qsizetype t = 0; t < project.tenants.size(); ++t) {
        const TenantProfile &tenant = project.tenants[t];
        const auto overrides = tenant.claims.find("account_overrides");
        if (overrides == tenant.claims.end() || !overrides->is_object())
            continue;
        for (auto o = overrides->begin(); o != overrides->end(); ++o) {
            const Account *account = project.account(QString::fromStdString(o.key()));
            if (!account || !o->is_object())
                continue; // the claims' own validation reports it
            const DataSource &source = DataSource::of(account->type);
            QString path = jsonPathJoin(
                    jsonPathJoin(jsonPathJoin(jsonPathIndex(u"tenants"_s, t), "claims"),
                                 "account_overrides"),
                    o.key().c_str());
            // A database file is the override's "database" field, a plugin's its "base_url"; a
            // server is the whole entry.
            const bool file = !source.connection(*account, projectPath, {}).sqlitePath.isEmpty();
            if (account->type == AccountType::Plugin)
                path = jsonPathJoin(path, "base_url");
            else if (file)
                path = jsonPathJoin(path, "database");
            const QString who = u"tenant profile \"%1\": "_s.arg(tenant.name);
            // The override as the resolver applies it, refusals included.
            const QString secret = secrets.value(account->secretId);
            ConnectionSpec connection = source.connection(*account, projectPath, secret);
            Json explained = Json::object();
            if (const QString refused
                = source.applyOverride(connection, *o, projectPath, explained);
                !refused.isEmpty()) {
                problems.append({path, who + refused});
                continue;
            }
            // Nothing redirected: the account's own database, checked above.
            if (connection == source.connection(*account, projectPath, secret))
                continue;
            if (account->type == AccountType::Plugin)
                warnTransport(path, connection.host, warnings);
            const QString prefix
                    = file ? who + u"database \"%1\": "_s.arg(source.describe(connection)) : who;
            checkConnection(
                    project, *account, source, connection,
                    [&](qsizetype, const QString &) { return path; }, prefix, problems, nullptr);
        }
    }
    return problems;
}

Json problemsJson(const Problems &problems)
{
    Json array = Json::array();
    for (const Problem &p : problems)
        array.push_back({{"path", p.path.toStdString()}, {"message", p.message.toStdString()}});
    return array;
}
} // namespace

int runProject(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON on stdout."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"check"_s, u"The action."_s);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    addKeystoreOption(parser);
    const QString usage = u"dashwright project check PROJECT [--json] [--keystore FILE]"_s;
    parse(parser, args, 2, usage);
    if (parser.positionalArguments().first() != u"check"_s)
        throw Failure(UsageError, args.first(),
                      u"unknown action \"%1\"\nusage: "_s.arg(parser.positionalArguments().first())
                              + usage);
    const QString path = parser.positionalArguments().at(1);

    auto loaded = ProjectFile::load(path);
    Problems dataProblems;
    Problems notTried;
    // Embed origins an older file may hold that load but never match a browser's Origin, and
    // plugins reached in plain http beyond this machine.
    Problems originWarnings
            = loaded.project ? ProjectValidator::embedOriginWarnings(*loaded.project) : Problems();
    if (loaded.project)
        dataProblems = checkDataSources(*loaded.project, path,
                                        accountSecrets(parser, *loaded.project, path), &notTried,
                                        &originWarnings);
    if (parser.isSet(json)) {
        Json out;
        out["project"] = path.toStdString();
        out["valid"] = loaded.project.has_value();
        out["problems"] = problemsJson(loaded.problems);
        out["data_source_problems"] = problemsJson(dataProblems);
        out["not_tried"] = problemsJson(notTried);
        out["warnings"] = problemsJson(originWarnings);
        printOut(QByteArray::fromStdString(out.dump(2) + '\n'));
        // The JSON lists them all; stderr has the one line of an error (or nothing).
        if (const qsizetype n = loaded.problems.size() + dataProblems.size(); n > 0)
            printErr(u"dashwright: %1: %2 (listed in the JSON)"_s.arg(
                    path, n == 1 ? u"1 problem"_s : u"%1 problems"_s.arg(n)));
    } else {
        for (const Problem &p : loaded.problems + dataProblems)
            printErr(u"dashwright: %1: %2"_s.arg(path, p.toString()));
        for (const Problem &p : std::as_const(notTried))
            printErr(u"dashwright: warning: %1: %2"_s.arg(path, p.toString()));
        for (const Problem &p : std::as_const(originWarnings))
            printErr(u"dashwright: warning: %1: %2"_s.arg(path, p.toString()));
    }
    if (!loaded.project)
        return InvalidInput;
    if (!dataProblems.isEmpty())
        return RuntimeError;
    if (!parser.isSet(json)) {
        const Project &p = *loaded.project;
        qsizetype widgets = 0;
        for (const Dashboard &d : p.dashboards)
            widgets += d.widgets.size();
        const auto count = [](qsizetype n, const QString &one, const QString &many) {
            return QString::number(n) + u' ' + (n == 1 ? one : many);
        };
        printOut(u"%1: ok: %2\n"_s.arg(
                path,
                QStringList{
                        count(p.accounts.size(), u"account"_s, u"accounts"_s),
                        count(p.datasets.size(), u"dataset"_s, u"datasets"_s),
                        count(p.dashboards.size(), u"dashboard"_s, u"dashboards"_s),
                        count(widgets, u"widget"_s, u"widgets"_s),
                        count(p.accessPolicies.size(), u"access policy"_s, u"access policies"_s),
                        count(p.tenants.size(), u"tenant profile"_s, u"tenant profiles"_s)}
                        .join(u", "_s)));
    }
    return Ok;
}

} // namespace Dashwright::Cli
