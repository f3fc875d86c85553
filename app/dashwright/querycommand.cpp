// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "data/dashboardrunner.h"
#include "data/queryexecutor.h"
#include "document/jsonvalue.h"

#include <QCommandLineParser>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {
using Json = nlohmann::ordered_json;

Json cellJson(const QVariant &value)
{
    // NaN and infinities have no JSON spelling; SQL NULL is null anyway.
    if (value.typeId() == QMetaType::Double && !std::isfinite(value.toDouble()))
        return nullptr;
    return jsonFromVariant(value);
}

QString csvCell(const QVariant &value)
{
    if (value.isNull())
        return {};
    QString text = value.typeId() == QMetaType::Double
                       ? QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest)
                       : value.toString();
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

// The parameters that shaped a widget in the design view: those its filters and the dashboard's
// filters on its dataset refer to, each at its default.
Json appliedJson(const Dashboard &dashboard, const Widget &widget)
{
    Json applied = Json::array();
    QStringList seen;
    auto addFilter = [&](const Filter &filter, const char *kind) {
        Json entry{{"kind", kind}, {"column", utf8(filter.columnId)}, {"expression", utf8(filterExpressionText(filter.expression))}};
        if (const Parameter *parameter = dashboard.parameter(filter.parameterId)) {
            entry["parameter"] = utf8(parameter->name);
            entry["value"] = jsonFromVariant(parameter->defaultValue);
            entry["source"] = "default";
        } else {
            entry["value"] = jsonFromVariant(filter.value);
        }
        applied.push_back(std::move(entry));
    };
    for (const Filter &filter : dashboard.filters) {
        if (filter.datasetId == widget.datasetId)
            addFilter(filter, "dashboard_filter");
    }
    for (const Filter &filter : widget.filters)
        addFilter(filter, "widget_filter");
    return applied;
}

Json runJson(const Project &project, const Dashboard &dashboard, const WidgetRun &run, bool explain)
{
    Json widget;
    widget["id"] = utf8(run.widgetId);
    widget["title"] = utf8(run.title);
    widget["type"] = utf8(widgetTypeName(run.type));
    Json columns = Json::array();
    if (run.plan) {
        for (const OutputColumn &c : run.plan->columns)
            columns.push_back(utf8(c.label));
    }
    widget["columns"] = std::move(columns);
    Json rows = Json::array();
    for (const QVariantList &row : run.result.rows) {
        Json r = Json::array();
        for (const QVariant &cell : row)
            r.push_back(cellJson(cell));
        rows.push_back(std::move(r));
    }
    widget["rows"] = std::move(rows);
    widget["denied"] = run.denied.isEmpty() ? Json(nullptr) : Json(utf8(run.denied));
    Json warnings = Json::array();
    if (run.plan) {
        for (const QString &w : run.plan->warnings)
            warnings.push_back(utf8(w));
    }
    widget["warnings"] = std::move(warnings);
    if (!run.error.isEmpty())
        widget["error"] = utf8(run.error);
    if (explain && run.plan) {
        const Account *account = project.account(run.plan->accountId);
        // Only what identifies the account: never a password or a secret id's value.
        widget["account"] = {{"id", utf8(run.plan->accountId)},
                             {"name", account ? utf8(account->name) : ""},
                             {"type", account ? utf8(accountTypeName(account->type)) : ""}};
        widget["sql"] = utf8(run.plan->sql);
        widget["bindings"] = jsonFromVariant(run.plan->bindings);
        if (const Widget *w = dashboard.widget(run.widgetId))
            widget["applied"] = appliedJson(dashboard, *w);
        widget["elapsed_ms"] = double(run.result.elapsedMicroseconds) / 1000.0;
    }
    return widget;
}
} // namespace

int runQuery(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dashboardOption(u"dashboard"_s, u"Dashboard id or slug."_s, u"ID|SLUG"_s);
    const QCommandLineOption widgetOption(u"widget"_s, u"Only this widget (id)."_s, u"ID"_s);
    const QCommandLineOption formatOption(u"format"_s, u"json (default) or csv."_s, u"FORMAT"_s, u"json"_s);
    const QCommandLineOption explainOption(u"explain"_s, u"Add each widget's account, SQL, bindings and the rules applied."_s);
    parser.addOptions({dashboardOption, widgetOption, formatOption, explainOption});
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    const QString usage = u"dashwright query PROJECT --dashboard ID|SLUG [--widget ID] [--format json|csv] [--explain]"_s;
    parse(parser, args, 1, usage);
    if (!parser.isSet(dashboardOption))
        throw Failure(UsageError, args.first(), u"--dashboard is required\nusage: "_s + usage);
    const QString format = parser.value(formatOption);
    if (format != u"json"_s && format != u"csv"_s)
        throw Failure(UsageError, u"--format"_s, u"expected json or csv, got \"%1\""_s.arg(format));

    const QString path = parser.positionalArguments().first();
    const Project project = loadProject(path);
    const Dashboard *dashboard = project.dashboard(parser.value(dashboardOption));
    if (!dashboard)
        throw Failure(InvalidInput, parser.value(dashboardOption), u"no such dashboard in %1"_s.arg(path));
    QStringList widgetIds;
    if (parser.isSet(widgetOption)) {
        const QString id = parser.value(widgetOption);
        if (!dashboard->widget(id))
            throw Failure(InvalidInput, id, u"no such widget in dashboard \"%1\""_s.arg(dashboard->title));
        widgetIds.append(id);
    }

    QueryExecutor executor;
    const DashboardRunner runner(project, path, executor);
    const QList<WidgetRun> runs = runner.run(*dashboard, widgetIds, PlanOptions());

    if (format == u"csv"_s) {
        QList<const WidgetRun *> data;
        for (const WidgetRun &run : runs) {
            if (run.type != WidgetType::Text)
                data.append(&run);
        }
        if (data.size() != 1)
            throw Failure(UsageError, u"--format csv"_s, u"a CSV file holds one table: choose a widget with --widget"_s);
        const WidgetRun &run = *data.first();
        if (!run.error.isEmpty())
            throw Failure(RuntimeError, run.title, run.error);
        QStringList header;
        for (const OutputColumn &c : run.plan->columns)
            header.append(csvCell(c.label));
        QString text = header.join(u',') + u"\r\n"_s;
        for (const QVariantList &row : run.result.rows) {
            QStringList cells;
            for (const QVariant &cell : row)
                cells.append(csvCell(cell));
            text += cells.join(u',') + u"\r\n"_s;
        }
        printOut(text);
        return Ok;
    }

    Json out;
    out["dashboard"] = utf8(dashboard->id);
    out["widgets"] = Json::array();
    for (const WidgetRun &run : runs)
        out["widgets"].push_back(runJson(project, *dashboard, run, parser.isSet(explainOption)));
    printOut(QByteArray::fromStdString(out.dump(2) + '\n'));

    for (const WidgetRun &run : runs) {
        if (!run.error.isEmpty())
            throw Failure(RuntimeError, run.title.isEmpty() ? run.widgetId : run.title, run.error);
    }
    return Ok;
}

} // namespace Dashwright::Cli
