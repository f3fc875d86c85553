// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantcomparison.h"

#include "isolationcheck.h"
#include "viewer.h"

#include "document/jsonvalue.h"

#include <QHash>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// The rows of `rows` left once every row of `other` has taken away one equal row.
QList<QVariantList> rowsMissingFrom(const QList<QVariantList> &rows,
                                    const QList<QVariantList> &other)
{
    QHash<QByteArray, qsizetype> available;
    for (const QVariantList &row : other)
        ++available[TenantComparison::rowKey(row)];
    QList<QVariantList> missing;
    for (const QVariantList &row : rows) {
        qsizetype &count = available[TenantComparison::rowKey(row)];
        if (count > 0)
            --count;
        else
            missing.append(row);
    }
    return missing;
}

// The columns a run answered with: the plan's labels (a result of no rows may have none).
QStringList columnsOf(const WidgetRun &run)
{
    QStringList labels;
    if (run.resolution.plan) {
        for (const OutputColumn &c : run.resolution.plan->columns)
            labels.append(c.label);
    }
    return labels;
}

bool hasQuery(const WidgetRun &run)
{
    return run.resolution.denied.isEmpty() && run.resolution.plan.has_value();
}
} // namespace

QByteArray TenantComparison::rowKey(const QVariantList &row)
{
    nlohmann::ordered_json cells = nlohmann::ordered_json::array();
    for (const QVariant &cell : row) {
        // NaN has no JSON spelling (and never equals itself): spelled out, so that it matches.
        if (cell.typeId() == QMetaType::Double && std::isnan(cell.toDouble()))
            cells.push_back("NaN");
        else
            cells.push_back(jsonFromVariant(cell));
    }
    return QByteArray::fromStdString(cells.dump());
}

bool TenantComparison::hasData(const QList<QVariantList> &rows)
{
    for (const QVariantList &row : rows) {
        for (const QVariant &cell : row) {
            if (!cell.isNull())
                return true;
        }
    }
    return false;
}

WidgetComparison TenantComparison::compare(const WidgetRun &a, const WidgetRun &b)
{
    WidgetComparison c;
    c.widgetId = a.resolution.widgetId;
    c.title = a.title;
    c.deniedA = a.resolution.denied;
    c.deniedB = b.resolution.denied;
    c.errorA = a.error;
    c.errorB = b.error;
    // Each side's count is its own, whatever the other side got: a side denied on one side still
    // has its rows on the other.
    if (hasQuery(a) && c.errorA.isEmpty())
        c.rowCountA = a.result.rows.size();
    if (hasQuery(b) && c.errorB.isEmpty())
        c.rowCountB = b.result.rows.size();
    if (!c.deniedA.isEmpty() || !c.deniedB.isEmpty()) {
        c.outcome = c.deniedB.isEmpty() ? WidgetComparison::Outcome::DeniedA
                : c.deniedA.isEmpty()   ? WidgetComparison::Outcome::DeniedB
                                        : WidgetComparison::Outcome::DeniedBoth;
        return c;
    }
    if (!hasQuery(a) && !hasQuery(b))
        return c; // NoData
    if (!c.errorA.isEmpty() || !c.errorB.isEmpty() || hasQuery(a) != hasQuery(b)) {
        c.outcome = WidgetComparison::Outcome::Failed;
        return c;
    }
    c.columnsDiffer = columnsOf(a) != columnsOf(b);
    if (c.columnsDiffer) {
        c.onlyInA = a.result.rows;
        c.onlyInB = b.result.rows;
    } else {
        c.onlyInA = rowsMissingFrom(a.result.rows, b.result.rows);
        c.onlyInB = rowsMissingFrom(b.result.rows, a.result.rows);
    }
    const bool same = !c.columnsDiffer && c.onlyInA.isEmpty() && c.onlyInB.isEmpty();
    c.outcome = same ? WidgetComparison::Outcome::Same : WidgetComparison::Outcome::Different;
    return c;
}

QList<WidgetComparison> TenantComparison::compare(const QList<WidgetRun> &a,
                                                  const QList<WidgetRun> &b)
{
    QHash<QString, const WidgetRun *> byId;
    for (const WidgetRun &run : b)
        byId.insert(run.resolution.widgetId, &run);
    QList<WidgetComparison> result;
    for (const WidgetRun &run : a) {
        if (const WidgetRun *other = byId.value(run.resolution.widgetId)) {
            result.append(compare(run, *other));
            continue;
        }
        WidgetRun missing;
        missing.resolution.widgetId = run.resolution.widgetId;
        missing.resolution.denied = u"not resolved on this side"_s;
        result.append(compare(run, missing));
    }
    return result;
}

QList<WidgetComparison> TenantComparison::compare(const Viewer &viewerA, const QList<WidgetRun> &a,
                                                  const Viewer &viewerB, const QList<WidgetRun> &b,
                                                  const IsolationCheck &check)
{
    QList<WidgetComparison> result = compare(a, b);
    QSet<QString> scoped;
    for (const QList<WidgetRun> *runs : {&a, &b}) {
        for (const WidgetRun &run : *runs) {
            if (!check.tenantSpecificRules(run.resolution).isEmpty())
                scoped.insert(run.resolution.widgetId);
        }
    }
    // Only two tenants known to differ: the same tenant under two profiles (one per override kind)
    // is expected to see the same rows, and claims that name nobody cannot be told apart.
    const QString tenantA = IsolationCheck::tenantOf(viewerA);
    const QString tenantB = IsolationCheck::tenantOf(viewerB);
    const bool differentTenants = !tenantA.isEmpty() && !tenantB.isEmpty() && tenantA != tenantB;
    for (WidgetComparison &c : result) {
        c.tenantScoped = scoped.contains(c.widgetId);
        c.sameAcrossTenants = differentTenants && c.tenantScoped
                && c.outcome == WidgetComparison::Outcome::Same;
    }
    return result;
}

QString TenantComparison::outcomeName(WidgetComparison::Outcome outcome)
{
    switch (outcome) {
    case WidgetComparison::Outcome::Same:
        return u"same"_s;
    case WidgetComparison::Outcome::Different:
        return u"different"_s;
    case WidgetComparison::Outcome::DeniedA:
        return u"denied_a"_s;
    case WidgetComparison::Outcome::DeniedB:
        return u"denied_b"_s;
    case WidgetComparison::Outcome::DeniedBoth:
        return u"denied_both"_s;
    case WidgetComparison::Outcome::Failed:
        return u"failed"_s;
    case WidgetComparison::Outcome::NoData:
        return u"no_data"_s;
    }
    return {};
}

} // namespace Dashwright
