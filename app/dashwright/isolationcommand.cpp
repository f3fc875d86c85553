// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "keystoreoption.h"

#include "access/isolationcheck.h"
#include "common/json.h"
#include "common/printable.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {
using Report = IsolationReport;

Json widgetJson(const Report::WidgetRef &w)
{
    Json json{{"dashboard", utf8(w.dashboardId)}, {"dashboard_title", utf8(w.dashboardTitle)}};
    if (!w.widgetId.isEmpty()) {
        json["widget"] = utf8(w.widgetId);
        json["widget_title"] = utf8(w.widgetTitle);
    }
    return json;
}

Json stringsJson(const QStringList &list)
{
    Json json = Json::array();
    for (const QString &s : list)
        json.push_back(utf8(s));
    return json;
}

Json sharedJson(const Report::SharedData &s)
{
    Json widgets = Json::array();
    for (const Report::WidgetRef &w : s.widgets)
        widgets.push_back(widgetJson(w));
    return {{"dashboard", utf8(s.dashboardId)},
            {"dashboard_title", utf8(s.dashboardTitle)},
            {"profile_a", utf8(s.profileA)},
            {"tenant_a", utf8(s.tenantA)},
            {"profile_b", utf8(s.profileB)},
            {"tenant_b", utf8(s.tenantB)},
            {"widgets", widgets},
            {"widgets_compared", s.widgetsCompared},
            {"everywhere", s.everywhere()}};
}

Json notesJson(const QList<Report::Note> &notes)
{
    Json json = Json::array();
    for (const Report::Note &n : notes) {
        Json note = widgetJson(n.widget);
        note["profile"] = utf8(n.profile);
        note["reason"] = utf8(n.reason);
        json.push_back(std::move(note));
    }
    return json;
}

Json reportJson(const Report &report)
{
    Json out{{"profiles", report.profiles},
             {"dashboard_runs", report.dashboardRuns},
             {"clean",
              !report.hasFindings() && report.profiles > 0 && report.errors.isEmpty()
                      && report.invalidProfiles.isEmpty()}};
    out["unrestricted"] = Json::array();
    for (const Report::Unrestricted &u : report.unrestricted) {
        Json entry = widgetJson(u.widget);
        entry["profiles"] = stringsJson(u.profiles);
        entry["profiles_run"] = u.profilesRun;
        entry["every_profile"] = u.forEveryProfile();
        out["unrestricted"].push_back(std::move(entry));
    }
    out["shared_data"] = Json::array();
    for (const Report::SharedData &s : report.sharedData)
        out["shared_data"].push_back(sharedJson(s));
    out["same_tenant"] = Json::array();
    for (const Report::SharedData &s : report.sameTenant)
        out["same_tenant"].push_back(sharedJson(s));
    out["coincidences"] = Json::array();
    for (const Report::SharedData &s : report.coincidences)
        out["coincidences"].push_back(sharedJson(s));
    out["denied"] = notesJson(report.denials);
    out["invalid_profiles"] = notesJson(report.invalidProfiles);
    out["errors"] = notesJson(report.errors);
    return out;
}

QString sharedLine(const Report::SharedData &s)
{
    QStringList titles;
    for (const Report::WidgetRef &w : s.widgets)
        titles.append(w.widgetTitle);
    // Escaped: the names come from the project file (one line each, no control characters).
    return u"  "_s
            + printable(
                    u"%1: \"%2\" (%3) and \"%4\" (%5): the same rows in %6 of %7 tenant-scoped widgets: %8"_s
                            .arg(s.dashboardTitle, s.profileA, s.tenantA, s.profileB, s.tenantB)
                            .arg(s.widgets.size())
                            .arg(s.widgetsCompared)
                            .arg(titles.join(u", "_s)),
                    -1)
            + u'\n';
}

QString notesText(const QString &heading, const QList<Report::Note> &notes)
{
    if (notes.isEmpty())
        return {};
    QString text = heading + u'\n';
    for (const Report::Note &n : notes) {
        const QString where = n.widget.widgetId.isEmpty()
                ? n.widget.dashboardTitle
                : n.widget.dashboardTitle + u" / "_s + n.widget.widgetTitle;
        text += u"  "_s + printable(u"%1, as \"%2\": %3"_s.arg(where, n.profile, n.reason), -1)
                + u'\n';
    }
    return text;
}

QString reportText(const Report &report)
{
    QString text
            = u"Isolation check: %1 tenant profiles, %2 dashboard runs\n"_s.arg(report.profiles)
                      .arg(report.dashboardRuns);
    if (!report.unrestricted.isEmpty()) {
        text += u"Widgets no tenant-specific rule restricted (they show these profiles what they show everybody):\n"_s;
        for (const Report::Unrestricted &u : report.unrestricted) {
            const QString whom = u.forEveryProfile()
                    ? u"every profile that ran it (%1): chain-wide, intended?"_s.arg(u.profilesRun)
                    : u"%1 (%2 of %3 profiles)"_s.arg(u.profiles.join(u", "_s))
                              .arg(u.profiles.size())
                              .arg(u.profilesRun);
            text += u"  "_s
                    + printable(u"%1 / %2: %3"_s.arg(u.widget.dashboardTitle, u.widget.widgetTitle,
                                                     whom),
                                -1)
                    + u'\n';
        }
    }
    if (!report.sharedData.isEmpty()) {
        text += u"Different tenants seeing the same data:\n"_s;
        for (const Report::SharedData &s : report.sharedData)
            text += sharedLine(s);
    }
    if (!report.coincidences.isEmpty()) {
        text += u"Different tenants with the same single figure in some widgets (worth a look; not findings):\n"_s;
        for (const Report::SharedData &s : report.coincidences)
            text += sharedLine(s);
    }
    if (!report.sameTenant.isEmpty()) {
        text += u"The same tenant under several profiles (the same rows are expected; not findings):\n"_s;
        for (const Report::SharedData &s : report.sameTenant)
            text += sharedLine(s);
    }
    text += notesText(u"Denied (the engine failed closed; not findings):"_s, report.denials);
    text += notesText(u"Profiles whose claims do not resolve:"_s, report.invalidProfiles);
    text += notesText(u"Data-source errors (the check is incomplete):"_s, report.errors);
    const qsizetype findings = report.unrestricted.size() + report.sharedData.size();
    text += findings == 0 ? u"No findings.\n"_s : u"%1 finding(s).\n"_s.arg(findings);
    return text;
}
} // namespace

int runIsolationCheck(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print the report as JSON."_s);
    parser.addOption(jsonOption);
    addKeystoreOption(parser);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    const QString usage = u"dashwright isolation-check PROJECT [--keystore FILE] [--json]"_s;
    parse(parser, args, 1, usage);

    const QString path = parser.positionalArguments().first();
    const Project project = loadProject(path);
    QueryExecutor executor;
    Resolver::Options options;
    options.secrets = accountSecrets(parser, project, path);
    const Report report = IsolationCheck(project, path).run(executor, options);
    printOut(parser.isSet(jsonOption) ? QByteArray::fromStdString(reportJson(report).dump(2) + '\n')
                                      : reportText(report).toUtf8());

    // An incomplete check first (4, then 2), then its findings (3).
    if (!report.errors.isEmpty())
        throw Failure(RuntimeError, report.errors.first().profile, report.errors.first().reason);
    if (!report.invalidProfiles.isEmpty())
        throw Failure(InvalidInput, report.invalidProfiles.first().profile,
                      report.invalidProfiles.first().reason);
    if (report.hasFindings())
        throw Failure(AccessDenied, path,
                      u"%1 isolation finding(s)"_s.arg(report.unrestricted.size()
                                                       + report.sharedData.size()));
    return Ok;
}

} // namespace Dashwright::Cli
