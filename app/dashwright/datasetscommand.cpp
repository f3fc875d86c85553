// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "keystoreoption.h"

#include "common/json.h"
#include "data/connectionspec.h"
#include "data/schemaintrospector.h"
#include "data/sources/datasource.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

Json columnsJson(const QList<Column> &columns, bool withIds)
{
    Json array = Json::array();
    for (const Column &c : columns) {
        Json column;
        if (withIds)
            column["id"] = utf8(c.id);
        column["name"] = utf8(c.name);
        if (withIds)
            column["label"] = utf8(c.label);
        column["type"] = utf8(columnTypeName(c.type));
        array.push_back(std::move(column));
    }
    return array;
}

void listDatasets(const Project &project, bool json)
{
    Json out = Json::array();
    QString text;
    for (const Dataset &dataset : project.datasets) {
        const Account *account = project.account(dataset.accountId);
        const QString source
                = dataset.kind == Dataset::Kind::Table ? u"table "_s + dataset.table : u"query"_s;
        if (json) {
            Json d;
            d["id"] = utf8(dataset.id);
            d["name"] = utf8(dataset.name);
            d["kind"] = dataset.kind == Dataset::Kind::Table ? "table" : "query";
            if (dataset.kind == Dataset::Kind::Table)
                d["table"] = utf8(dataset.table);
            else
                d["sql"] = utf8(dataset.sql);
            d["account"] = {{"id", utf8(dataset.accountId)},
                            {"name", account ? utf8(account->name) : ""}};
            d["columns"] = columnsJson(dataset.columns, true);
            out.push_back(std::move(d));
            continue;
        }
        text += u"%1  (%2 on %3)  %4\n"_s.arg(dataset.name, source,
                                              account ? account->name : QString(), dataset.id);
        for (const Column &c : dataset.columns)
            text += u"  %1 %2 %3\n"_s.arg(c.name, -24).arg(columnTypeName(c.type), -9).arg(c.label);
    }
    if (json)
        printOut(QByteArray::fromStdString(Json{{"datasets", out}}.dump(2) + '\n'));
    else
        printOut(text);
}

// What the databases behind the accounts hold: the starting point for a new dataset.
void listTables(const Project &project, const QString &projectPath, bool json,
                const QHash<QString, QString> &secrets)
{
    Json out = Json::array();
    QString text;
    bool failed = false;
    for (const Account &account : project.accounts) {
        if (!DataSource::of(account.type).canIntrospect())
            continue;
        const auto tables = SchemaIntrospector::tables(
                ConnectionSpec::forAccount(account, projectPath, secrets.value(account.secretId)));
        if (const auto *error = std::get_if<QString>(&tables)) {
            printErr(u"dashwright: %1: %2"_s.arg(account.name, *error));
            failed = true;
            continue;
        }
        Json a{{"id", utf8(account.id)}, {"name", utf8(account.name)}, {"tables", Json::array()}};
        text += account.name + u'\n';
        for (const TableInfo &table : std::get<QList<TableInfo>>(tables)) {
            a["tables"].push_back({{"name", utf8(table.name)},
                                   {"view", table.isView},
                                   {"columns", columnsJson(table.columns, false)}});
            text += u"  %1%2\n"_s.arg(table.name, table.isView ? u" (view)"_s : QString());
            for (const Column &c : table.columns)
                text += u"    %1 %2\n"_s.arg(c.name, -24).arg(columnTypeName(c.type));
        }
        out.push_back(std::move(a));
    }
    if (json)
        printOut(QByteArray::fromStdString(Json{{"accounts", out}}.dump(2) + '\n'));
    else
        printOut(text);
    if (failed)
        throw Failure(RuntimeError, projectPath, u"some databases could not be read"_s);
}
} // namespace

int runDatasets(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON on stdout."_s);
    const QCommandLineOption tables(
            u"tables"_s, u"List the tables and views of the accounts' databases instead."_s);
    parser.addOptions({json, tables});
    addKeystoreOption(parser);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    parse(parser, args, 1, u"dashwright datasets PROJECT [--json] [--tables] [--keystore FILE]"_s);
    const QString path = parser.positionalArguments().first();
    const Project project = loadProject(path);
    if (parser.isSet(tables))
        listTables(project, path, parser.isSet(json), accountSecrets(parser, project, path));
    else
        listDatasets(project, parser.isSet(json));
    return Ok;
}

} // namespace Dashwright::Cli
