// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "asoptions.h"
#include "common/json.h"
#include "keystoreoption.h"

#include "access/dashboardrunner.h"
#include "access/explanation.h"
#include "access/resolver.h"
#include "common/strictjson.h"
#include "data/csvwriter.h"
#include "data/queryexecutor.h"
#include "document/jsonvalue.h"

#include <QCommandLineParser>
#include <QLocale>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

Json runJson(const Project &project, const WidgetRun &run, bool explain)
{
    const WidgetResolution &resolution = run.resolution;
    Json widget;
    widget["id"] = utf8(resolution.widgetId);
    widget["title"] = utf8(run.title);
    widget["type"] = utf8(widgetTypeName(run.type));
    Json columns = Json::array();
    if (resolution.plan && resolution.denied.isEmpty()) {
        for (const OutputColumn &c : resolution.plan->columns)
            columns.push_back(utf8(c.label));
    }
    widget["columns"] = std::move(columns);
    widget["rows"] = jsonFromRows(run.result.rows);
    widget["denied"] = resolution.denied.isEmpty() ? Json(nullptr) : Json(utf8(resolution.denied));
    Json warnings = Json::array();
    for (const QString &w : resolution.warnings)
        warnings.push_back(utf8(w));
    widget["warnings"] = std::move(warnings);
    if (!run.error.isEmpty())
        widget["error"] = utf8(run.error);
    if (explain) {
        // The designer's access inspector shows the same explanation.
        Json explained = explainResolution(project, resolution);
        if (resolution.plan) {
            for (const char *key : {"account", "sql", "bindings"})
                widget[key] = std::move(explained[key]);
            if (explained.contains("request"))
                widget["request"] = std::move(explained["request"]);
            widget["elapsed_ms"] = double(run.result.elapsedMicroseconds) / 1000.0;
        }
        widget["applied"] = std::move(explained["applied"]);
    }
    return widget;
}

// --filter FILTER_ID=VALUE: VALUE is JSON ("Lyon" quoted, 42, ["a","b"], null), or, when it is not
// valid JSON, the bare text as a string (--filter f=Lyon), which is what a shell user means.
std::pair<QString, QVariant> filterArgument(const QString &argument)
{
    const qsizetype equals = argument.indexOf(u'=');
    if (equals <= 0)
        throw Failure(UsageError, u"--filter"_s,
                      u"expected FILTER_ID=VALUE, got \"%1\""_s.arg(argument));
    const QString id = argument.left(equals);
    const QString text = argument.mid(equals + 1);
    QString error;
    const auto json = parseStrictJson(text.toUtf8(), &error);
    if (!json)
        return {id, text};
    const bool scalar
            = json->is_string() || json->is_number() || json->is_boolean() || json->is_null();
    bool list = json->is_array();
    if (list) {
        for (const Json &item : *json)
            list = list && (item.is_string() || item.is_number() || item.is_boolean());
    }
    if (!scalar && !list)
        throw Failure(
                InvalidInput, u"--filter"_s,
                u"the value for %1 is not a string, number, boolean, null or a list of them"_s.arg(
                        id));
    return {id, variantFromJson(*json)};
}
} // namespace

int runQuery(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dashboardOption(u"dashboard"_s, u"Dashboard id or slug."_s,
                                             u"ID|SLUG"_s);
    const QCommandLineOption widgetOption(u"widget"_s, u"Only this widget (id)."_s, u"ID"_s);
    const QCommandLineOption formatOption(u"format"_s, u"json (default) or csv."_s, u"FORMAT"_s,
                                          u"json"_s);
    const QCommandLineOption explainOption(
            u"explain"_s, u"Add each widget's account, SQL, bindings and the rules applied."_s);
    const QCommandLineOption filterOption(
            u"filter"_s,
            u"Set a viewer-editable dashboard filter, as an embedded viewer would: "
            u"FILTER_ID=VALUE, "
            "VALUE in JSON (text that is not JSON is taken as a string); repeatable."_s,
            u"FILTER_ID=VALUE"_s);
    const AsOptions asOptions;
    parser.addOptions({dashboardOption, widgetOption, formatOption, explainOption, filterOption});
    asOptions.addTo(parser);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    const QString usage
            = u"dashwright query PROJECT --dashboard ID|SLUG [--widget ID] [--as TENANT_PROFILE | --claims FILE|- | --token TOKEN|-] [--keystore FILE] [--filter FILTER_ID=VALUE]... [--format json|csv] [--explain]"_s;
    parse(parser, args, 1, usage);
    if (!parser.isSet(dashboardOption))
        throw Failure(UsageError, args.first(), u"--dashboard is required\nusage: "_s + usage);
    const QString format = parser.value(formatOption);
    if (format != u"json"_s && format != u"csv"_s)
        throw Failure(UsageError, u"--format"_s, u"expected json or csv, got \"%1\""_s.arg(format));

    const QString path = parser.positionalArguments().first();
    const Project project = loadProject(path);
    const Dashboard &dashboard = dashboardArgument(project, parser.value(dashboardOption), path);
    QStringList widgetIds;
    if (parser.isSet(widgetOption)) {
        const QString id = parser.value(widgetOption);
        if (!dashboard.widget(id))
            throw Failure(InvalidInput, id,
                          u"no such widget in dashboard \"%1\""_s.arg(dashboard.title));
        widgetIds.append(id);
    }

    const Viewer viewer = viewerFor(parser, asOptions, project, path);
    Resolver::Options options;
    options.widgetIds = widgetIds;
    options.secrets = accountSecrets(parser, project, path);
    for (const QString &argument : parser.values(filterOption)) {
        auto [id, value] = filterArgument(argument);
        if (options.filterValues.contains(id))
            throw Failure(UsageError, u"--filter"_s, u"%1 is given twice"_s.arg(id));
        options.filterValues.insert(id, value);
    }
    QueryExecutor executor;
    QStringList dashboardWarnings;
    const QList<WidgetRun> runs
            = runAs(project, path, dashboard, viewer, executor, options, &dashboardWarnings);

    if (format == u"csv"_s) {
        QList<const WidgetRun *> data;
        for (const WidgetRun &run : runs) {
            if (run.type != WidgetType::Text)
                data.append(&run);
        }
        if (data.isEmpty() && parser.isSet(widgetOption))
            throw Failure(UsageError, u"--format csv"_s,
                          u"a text widget has no rows: choose a widget with data"_s);
        if (data.size() != 1)
            throw Failure(UsageError, u"--format csv"_s,
                          u"a CSV file holds one table: choose a widget with --widget"_s);
        const WidgetRun &run = *data.first();
        if (!run.resolution.denied.isEmpty())
            throw Failure(AccessDenied, run.title, run.resolution.denied);
        if (!run.error.isEmpty())
            throw Failure(RuntimeError, run.title, run.error);
        QStringList header;
        for (const OutputColumn &c : run.resolution.plan->columns)
            header.append(c.label);
        const QString text = CsvWriter::table(header, run.result.rows);
        printOut(text);
        return Ok;
    }

    Json out;
    out["dashboard"] = utf8(dashboard.id);
    // About the dashboard as a whole (an override of a parameter it does not have), said once
    // here rather than on every widget.
    out["warnings"] = Json::array();
    for (const QString &w : std::as_const(dashboardWarnings))
        out["warnings"].push_back(utf8(w));
    out["widgets"] = Json::array();
    for (const WidgetRun &run : runs)
        out["widgets"].push_back(runJson(project, run, parser.isSet(explainOption)));
    printOut(QByteArray::fromStdString(out.dump(2) + '\n'));

    // Data-source errors first (exit 4), then denials (exit 3): the JSON above says it all per
    // widget.
    failOnProblems(runs);
    return Ok;
}

} // namespace Dashwright::Cli
