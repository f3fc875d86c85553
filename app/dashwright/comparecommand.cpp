// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "document/jsonvalue.h"

#include "asoptions.h"
#include "common/json.h"
#include "common/printable.h"
#include "keystoreoption.h"

#include "access/isolationcheck.h"
#include "access/tenantcomparison.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

Json sideJson(const TenantProfile &profile)
{
    return {{"profile", utf8(profile.name)},
            {"id", utf8(profile.id)},
            {"tenant", utf8(IsolationCheck::tenantOf(profile))}};
}

// hasRows: the widget runs a query (not a text widget).
Json comparisonJson(const WidgetComparison &c, bool hasRows)
{
    Json widget{{"id", utf8(c.widgetId)},
                {"title", utf8(c.title)},
                {"outcome", utf8(TenantComparison::outcomeName(c.outcome))}};
    switch (c.outcome) {
    case WidgetComparison::Outcome::Same:
    case WidgetComparison::Outcome::Different:
        widget["rows_a"] = c.rowCountA;
        widget["rows_b"] = c.rowCountB;
        widget["columns_differ"] = c.columnsDiffer;
        widget["only_in_a"] = jsonFromRows(c.onlyInA);
        widget["only_in_b"] = jsonFromRows(c.onlyInB);
        break;
    // The side that is not denied has its own rows (a text widget has none to count).
    case WidgetComparison::Outcome::DeniedA:
        if (hasRows)
            widget["rows_b"] = c.rowCountB;
        break;
    case WidgetComparison::Outcome::DeniedB:
        if (hasRows)
            widget["rows_a"] = c.rowCountA;
        break;
    case WidgetComparison::Outcome::DeniedBoth:
    case WidgetComparison::Outcome::Failed:
    case WidgetComparison::Outcome::NoData:
        break;
    }
    widget["tenant_scoped"] = c.tenantScoped;
    // Two different tenants, the same rows where a tenant-specific rule applied: the compare
    // window's warning.
    widget["same_across_tenants"] = c.sameAcrossTenants;
    widget["denied_a"] = c.deniedA.isEmpty() ? Json(nullptr) : Json(utf8(c.deniedA));
    widget["denied_b"] = c.deniedB.isEmpty() ? Json(nullptr) : Json(utf8(c.deniedB));
    if (!c.errorA.isEmpty() || !c.errorB.isEmpty()) {
        widget["error_a"] = utf8(c.errorA);
        widget["error_b"] = utf8(c.errorB);
    }
    return widget;
}

QString rows(qsizetype count)
{
    return count == 1 ? u"1 row"_s : u"%1 rows"_s.arg(count);
}

// One line per widget: what differs, in numbers, and why a side has nothing.
QString comparisonLine(const WidgetComparison &c, bool hasRows)
{
    const QString title = c.title.isEmpty() ? c.widgetId : c.title;
    QString detail;
    switch (c.outcome) {
    case WidgetComparison::Outcome::Same:
        detail = c.sameAcrossTenants
                ? u"same (%1): a tenant-scoped widget shows both tenants the same rows"_s.arg(
                        rows(c.rowCountA))
                : u"same (%1)"_s.arg(rows(c.rowCountA));
        break;
    case WidgetComparison::Outcome::Different:
        detail = u"different: A %1, B %2; %3 only in A, %4 only in B%5"_s
                         .arg(rows(c.rowCountA), rows(c.rowCountB))
                         .arg(c.onlyInA.size())
                         .arg(c.onlyInB.size())
                         .arg(c.columnsDiffer ? u" (other columns)"_s : QString());
        break;
    case WidgetComparison::Outcome::DeniedA:
        detail = u"denied for A: "_s + c.deniedA;
        if (hasRows)
            detail += u"; B %1"_s.arg(rows(c.rowCountB));
        break;
    case WidgetComparison::Outcome::DeniedB:
        detail = u"denied for B: "_s + c.deniedB;
        if (hasRows)
            detail += u"; A %1"_s.arg(rows(c.rowCountA));
        break;
    case WidgetComparison::Outcome::DeniedBoth:
        detail = u"denied for both: A: %1; B: %2"_s.arg(c.deniedA, c.deniedB);
        break;
    case WidgetComparison::Outcome::Failed:
        detail = u"failed: "_s + (c.errorA.isEmpty() ? c.errorB : c.errorA);
        break;
    case WidgetComparison::Outcome::NoData:
        detail = u"no data (text)"_s;
        break;
    }
    // Names and reasons come from the project and the claims: escaped, so that the line stays one
    // line and a control character never reaches the terminal.
    return u"  "_s + printable(title + u": "_s + detail, -1) + u'\n';
}
} // namespace

int runCompare(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dashboardOption(u"dashboard"_s, u"Dashboard id or slug."_s,
                                             u"ID|SLUG"_s);
    const QCommandLineOption asOption(u"as"_s,
                                      u"A tenant profile (name or id); given twice: A, then B."_s,
                                      u"TENANT_PROFILE"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the comparison as JSON."_s);
    parser.addOptions({dashboardOption, asOption, jsonOption});
    addKeystoreOption(parser);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    const QString usage = u"dashwright compare PROJECT --dashboard ID|SLUG --as A --as B "
                          u"[--keystore FILE] [--json]"_s;
    parse(parser, args, 1, usage);
    if (!parser.isSet(dashboardOption) || parser.values(asOption).size() != 2)
        throw Failure(UsageError, args.first(),
                      u"--dashboard and two --as are required\nusage: "_s + usage);

    const QString path = parser.positionalArguments().first();
    const Project project = loadProject(path);
    const Dashboard &dashboard = dashboardArgument(project, parser.value(dashboardOption), path);
    QList<const TenantProfile *> profiles;
    for (const QString &name : parser.values(asOption)) {
        const TenantProfile *profile = project.tenant(name);
        if (!profile)
            throw Failure(InvalidInput, name, unknownTenantMessage(project));
        profiles.append(profile);
    }
    QList<Viewer> viewers;
    for (const TenantProfile *profile : std::as_const(profiles)) {
        QString error;
        std::optional<Viewer> viewer = Viewer::profile(project, *profile, &error);
        if (!viewer)
            throw Failure(InvalidInput, profile->name, error);
        viewers.append(std::move(*viewer));
    }
    QueryExecutor executor;
    Resolver::Options options;
    options.secrets = accountSecrets(parser, project, path);
    const QList<WidgetRun> a = runAs(project, path, dashboard, viewers[0], executor, options);
    const QList<WidgetRun> b = runAs(project, path, dashboard, viewers[1], executor, options);
    const QList<WidgetComparison> comparison = TenantComparison::compare(
            viewers[0], a, viewers[1], b, IsolationCheck(project, path));

    const auto hasRows = [&](const WidgetComparison &c) {
        const Widget *widget = dashboard.widget(c.widgetId);
        return widget && widget->type != WidgetType::Text;
    };
    QMap<QString, int> summary;
    for (const WidgetComparison &c : comparison)
        ++summary[TenantComparison::outcomeName(c.outcome)];
    if (parser.isSet(jsonOption)) {
        Json out{{"dashboard", utf8(dashboard.id)},
                 {"a", sideJson(*profiles[0])},
                 {"b", sideJson(*profiles[1])}};
        out["widgets"] = Json::array();
        for (const WidgetComparison &c : comparison)
            out["widgets"].push_back(comparisonJson(c, hasRows(c)));
        out["summary"] = Json::object();
        for (auto it = summary.cbegin(); it != summary.cend(); ++it)
            out["summary"][utf8(it.key())] = it.value();
        printOut(QByteArray::fromStdString(out.dump(2) + '\n'));
    } else {
        QString text = u"%1\nA: %2\nB: %3\n"_s.arg(printable(dashboard.title),
                                                   printable(profiles[0]->name),
                                                   printable(profiles[1]->name));
        for (const WidgetComparison &c : comparison)
            text += comparisonLine(c, hasRows(c));
        QStringList counts;
        for (auto it = summary.cbegin(); it != summary.cend(); ++it)
            counts.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
        printOut(text + counts.join(u", "_s) + u'\n');
    }
    // A comparison that ran is a result, denials and differences included; only a data-source
    // error leaves it incomplete.
    for (const WidgetComparison &c : comparison) {
        if (c.outcome == WidgetComparison::Outcome::Failed)
            throw Failure(RuntimeError, c.title, c.errorA.isEmpty() ? c.errorB : c.errorA);
    }
    return Ok;
}

} // namespace Dashwright::Cli
