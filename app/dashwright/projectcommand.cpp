// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "common/json.h"

#include "data/connectionspec.h"
#include "data/schemaintrospector.h"
#include "document/jsonobjectreader.h"
#include "document/projectfile.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

// Reaches every SQLite account and checks that each dataset's columns exist there: a project can be
// valid and still point at a missing or changed database.
Problems checkDataSources(const Project &project, const QString &projectPath)
{
    Problems problems;
    for (qsizetype i = 0; i < project.accounts.size(); ++i) {
        const Account &account = project.accounts[i];
        if (account.type != AccountType::Sqlite)
            continue; // PostgreSQL needs the keystore's password and plugins a later release
        const ConnectionSpec connection = ConnectionSpec::forAccount(account, projectPath);
        const auto tables = SchemaIntrospector::tables(connection);
        if (const auto *error = std::get_if<QString>(&tables)) {
            problems.append({jsonPathIndex(u"accounts"_s, i),
                             u"cannot read database %1: %2"_s.arg(connection.sqlitePath, *error)});
            continue;
        }
        for (qsizetype d = 0; d < project.datasets.size(); ++d) {
            const Dataset &dataset = project.datasets[d];
            if (dataset.accountId != account.id)
                continue;
            const QString path = jsonPathIndex(u"datasets"_s, d);
            QList<Column> found;
            if (dataset.kind == Dataset::Kind::Table) {
                const auto &list = std::get<QList<TableInfo>>(tables);
                const auto table
                        = std::find_if(list.cbegin(), list.cend(),
                                       [&](const TableInfo &t) { return t.name == dataset.table; });
                if (table == list.cend()) {
                    problems.append(
                            {jsonPathJoin(path, "table"),
                             u"no table or view \"%1\" in the database"_s.arg(dataset.table)});
                    continue;
                }
                found = table->columns;
            } else {
                const auto columns = SchemaIntrospector::queryColumns(connection, dataset.sql);
                if (const auto *error = std::get_if<QString>(&columns)) {
                    problems.append({jsonPathJoin(path, "sql"), *error});
                    continue;
                }
                found = std::get<QList<Column>>(columns);
            }
            for (qsizetype c = 0; c < dataset.columns.size(); ++c) {
                const QString &name = dataset.columns[c].name;
                if (std::none_of(found.cbegin(), found.cend(),
                                 [&](const Column &f) { return f.name == name; }))
                    problems.append(
                            {jsonPathJoin(jsonPathIndex(jsonPathJoin(path, "columns"), c), "name"),
                             u"no column \"%1\" in the database"_s.arg(name)});
            }
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
    const QString usage = u"dashwright project check PROJECT [--json]"_s;
    parse(parser, args, 2, usage);
    if (parser.positionalArguments().first() != u"check"_s)
        throw Failure(UsageError, args.first(),
                      u"unknown action \"%1\"\nusage: "_s.arg(parser.positionalArguments().first())
                              + usage);
    const QString path = parser.positionalArguments().at(1);

    auto loaded = ProjectFile::load(path);
    Problems dataProblems;
    if (loaded.project)
        dataProblems = checkDataSources(*loaded.project, path);

    if (parser.isSet(json)) {
        Json out;
        out["project"] = path.toStdString();
        out["valid"] = loaded.project.has_value();
        out["problems"] = problemsJson(loaded.problems);
        out["data_source_problems"] = problemsJson(dataProblems);
        printOut(QByteArray::fromStdString(out.dump(2) + '\n'));
    }
    for (const Problem &p : loaded.problems + dataProblems)
        printErr(u"dashwright: %1: %2"_s.arg(path, p.toString()));
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
