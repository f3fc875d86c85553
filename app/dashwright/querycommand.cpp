// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "crypto/tokenservice.h"
#include "keystoreoption.h"
#include "data/csvwriter.h"
#include "data/queryexecutor.h"
#include "document/jsonvalue.h"
#include "document/strictjson.h"

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
    Json rows = Json::array();
    for (const QVariantList &row : run.result.rows) {
        Json r = Json::array();
        for (const QVariant &cell : row)
            r.push_back(cellJson(cell));
        rows.push_back(std::move(r));
    }
    widget["rows"] = std::move(rows);
    widget["denied"] = resolution.denied.isEmpty() ? Json(nullptr) : Json(utf8(resolution.denied));
    Json warnings = Json::array();
    for (const QString &w : resolution.warnings)
        warnings.push_back(utf8(w));
    widget["warnings"] = std::move(warnings);
    if (!run.error.isEmpty())
        widget["error"] = utf8(run.error);
    if (explain && resolution.plan) {
        const Account *account = project.account(resolution.accountId);
        // Only what identifies the account: never a password or a secret id's value.
        widget["account"] = {{"id", utf8(resolution.accountId)},
                             {"name", account ? utf8(account->name) : ""},
                             {"type", account ? utf8(accountTypeName(account->type)) : ""}};
        widget["sql"] = utf8(resolution.plan->sql);
        widget["bindings"] = jsonFromVariant(resolution.plan->bindings);
        widget["elapsed_ms"] = double(run.result.elapsedMicroseconds) / 1000.0;
    }
    if (explain)
        widget["applied"] = resolution.applied;
    return widget;
}

struct AsOptions
{
    QCommandLineOption as{u"as"_s, u"Preview as this tenant profile (name or id)."_s, u"TENANT_PROFILE"_s};
    QCommandLineOption claims{u"claims"_s, u"Preview with the authorization claims in this JSON file (- for stdin)."_s, u"FILE"_s};
    QCommandLineOption token{u"token"_s, u"Preview exactly what this token grants, once verified (- for stdin)."_s, u"TOKEN"_s};
};

// The claims of the AS options: a tenant profile, a claims file, or a verified token (signed or
// sealed); none: the design view.
std::optional<Json> claimsFor(const QCommandLineParser &parser, const AsOptions &options, const Project &project,
                              const QString &projectPath)
{
    const int chosen = int(parser.isSet(options.as)) + int(parser.isSet(options.claims)) + int(parser.isSet(options.token));
    if (chosen > 1)
        throw Failure(UsageError, u"--as"_s, u"choose one of --as, --claims and --token"_s);
    if (parser.isSet(options.as)) {
        const TenantProfile *tenant = project.tenant(parser.value(options.as));
        if (!tenant)
            throw Failure(InvalidInput, parser.value(options.as), u"no such tenant profile in the project"_s);
        return tenant->claims;
    }
    if (parser.isSet(options.claims)) {
        const QString name = parser.value(options.claims);
        const QByteArray bytes = readInput(name, u"claims"_s);
        QString error;
        auto json = parseStrictJson(bytes, &error);
        if (!json)
            throw Failure(InvalidInput, name, error);
        return *json;
    }
    if (parser.isSet(options.token)) {
        const QString value = parser.value(options.token);
        const QByteArray token = tokenArgument(value);
        const Keystore keystore = openKeystore(parser, projectPath);
        const TokenVerifier verifier(project, keystore);
        QString error;
        const auto verified = verifier.verify(token, &error);
        if (!verified)
            throw Failure(InvalidInput, u"token"_s, error);
        return verified->claims;
    }
    return std::nullopt;
}
} // namespace

int runQuery(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dashboardOption(u"dashboard"_s, u"Dashboard id or slug."_s, u"ID|SLUG"_s);
    const QCommandLineOption widgetOption(u"widget"_s, u"Only this widget (id)."_s, u"ID"_s);
    const QCommandLineOption formatOption(u"format"_s, u"json (default) or csv."_s, u"FORMAT"_s, u"json"_s);
    const QCommandLineOption explainOption(u"explain"_s, u"Add each widget's account, SQL, bindings and the rules applied."_s);
    const AsOptions asOptions;
    parser.addOptions({dashboardOption, widgetOption, formatOption, explainOption, asOptions.as, asOptions.claims, asOptions.token});
    addKeystoreOption(parser);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    const QString usage = u"dashwright query PROJECT --dashboard ID|SLUG [--widget ID] [--as TENANT_PROFILE | --claims FILE|- | --token TOKEN|-] [--keystore FILE] [--format json|csv] [--explain]"_s;
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

    const std::optional<Json> claims = claimsFor(parser, asOptions, project, path);
    const Resolver resolver(project, path);
    Resolver::Options options;
    options.widgetIds = widgetIds;
    const DashboardResolution resolution = claims ? resolver.resolve(*dashboard, *claims, options)
                                                  : resolver.resolveDesign(*dashboard, options);
    if (!resolution.error.isEmpty())
        throw Failure(InvalidInput, u"claims"_s, resolution.error);

    QueryExecutor executor;
    const DashboardRunner runner(executor);
    const QList<WidgetRun> runs = runner.run(*dashboard, resolution);

    if (format == u"csv"_s) {
        QList<const WidgetRun *> data;
        for (const WidgetRun &run : runs) {
            if (run.type != WidgetType::Text)
                data.append(&run);
        }
        if (data.size() != 1)
            throw Failure(UsageError, u"--format csv"_s, u"a CSV file holds one table: choose a widget with --widget"_s);
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
    out["dashboard"] = utf8(dashboard->id);
    out["widgets"] = Json::array();
    for (const WidgetRun &run : runs)
        out["widgets"].push_back(runJson(project, run, parser.isSet(explainOption)));
    printOut(QByteArray::fromStdString(out.dump(2) + '\n'));

    // Data-source errors first (exit 4), then denials (exit 3): the JSON above says it all per widget.
    for (const WidgetRun &run : runs) {
        if (!run.error.isEmpty())
            throw Failure(RuntimeError, run.title.isEmpty() ? run.resolution.widgetId : run.title, run.error);
    }
    for (const WidgetRun &run : runs) {
        if (!run.resolution.denied.isEmpty())
            throw Failure(AccessDenied, run.title.isEmpty() ? run.resolution.widgetId : run.title, run.resolution.denied);
    }
    return Ok;
}

} // namespace Dashwright::Cli
