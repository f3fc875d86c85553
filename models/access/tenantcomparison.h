// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardrunner.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace Dashwright {

class IsolationCheck;
class Viewer;

// How one widget of a dashboard differs between two views of it (side A and side B: two tenants,
// or a tenant and the design view).
struct WidgetComparison
{
    enum class Outcome {
        Same,      // both have data, the same rows (in any order)
        Different, // both have data, and some rows are only on one side
        DeniedA,   // A is denied, B has data
        DeniedB,   // B is denied, A has data
        DeniedBoth,
        Failed, // a data-source error on either side: nothing to compare
        NoData, // a text widget: it runs no query
    };

    QString widgetId;
    QString title;
    Outcome outcome = Outcome::NoData;
    QString deniedA; // the reasons, when denied
    QString deniedB;
    QString errorA; // data-source errors
    QString errorB;
    // Each side's rows, whenever that side has data (also when the other side is denied).
    qsizetype rowCountA = 0;
    qsizetype rowCountB = 0;
    bool columnsDiffer = false; // then no row is common
    // The rows of one side that the other lacks, counted as multisets (a row twice in A and once
    // in B is once in onlyInA), each in its side's order.
    QList<QVariantList> onlyInA;
    QList<QVariantList> onlyInB;
    // A tenant-specific rule shaped the widget on either side (IsolationCheck's notion).
    bool tenantScoped = false;
    // Two different tenants see the same rows in a tenant-scoped widget: a warning sign (a copied
    // profile, a lost override), not an expectation.
    bool sameAcrossTenants = false;
};

// Compares two runs of the same dashboard widget by widget: the designer's side-by-side preview
// and `dashwright compare` show its result; the isolation check uses it to find tenants that see
// the same data. Pure data: it runs nothing.
class TenantComparison
{
public:
    // One entry per widget of `a`, in its order, matched with `b` by widget id; a widget that `b`
    // lacks (the runs were resolved for different widgets) counts as denied on side B.
    static QList<WidgetComparison> compare(const QList<WidgetRun> &a, const QList<WidgetRun> &b);
    static WidgetComparison compare(const WidgetRun &a, const WidgetRun &b);
    // The same for two viewers' runs, with tenantScoped and sameAcrossTenants filled in: what the
    // compare window and `dashwright compare` report.
    static QList<WidgetComparison> compare(const Viewer &viewerA, const QList<WidgetRun> &a,
                                           const Viewer &viewerB, const QList<WidgetRun> &b,
                                           const IsolationCheck &check);

    // A key equal for equal rows, for counting rows as multisets (NaN equals NaN here).
    static QByteArray rowKey(const QVariantList &row);
    // True when a result has a row with a value that is not NULL: an aggregate over no rows
    // still answers one row of NULLs, which is no data.
    static bool hasData(const QList<QVariantList> &rows);

    // "same", "different", "denied_a", "denied_b", "denied_both", "failed", "no_data": the names
    // `dashwright compare --json` prints.
    static QString outcomeName(WidgetComparison::Outcome outcome);
};

} // namespace Dashwright
