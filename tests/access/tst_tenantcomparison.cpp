// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/tenantcomparison.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// TenantComparison on hand-made runs: rows compared as multisets, denials and failures kept
// apart from differences, widgets matched by id.
class TestTenantComparison : public QObject
{
    Q_OBJECT

private:
    static WidgetRun run(const QString &id, const QList<QVariantList> &rows,
                         const QStringList &columns = {u"Product"_s, u"Revenue"_s})
    {
        WidgetRun r;
        r.resolution.widgetId = id;
        r.title = u"Widget "_s + id;
        QueryPlan plan;
        for (const QString &label : columns)
            plan.columns.append({label, label, ColumnType::Text, OutputColumn::Role::Dimension});
        r.resolution.plan = plan;
        r.result.rows = rows;
        return r;
    }
    static WidgetRun denied(const QString &id, const QString &reason)
    {
        WidgetRun r;
        r.resolution.widgetId = id;
        r.resolution.denied = reason;
        return r;
    }

private slots:
    void sameRowsInAnotherOrder()
    {
        const auto c = TenantComparison::compare(
                run(u"w"_s, {{u"Al pastor"_s, 10}, {u"Carnitas"_s, 5}}),
                run(u"w"_s, {{u"Carnitas"_s, 5}, {u"Al pastor"_s, 10}}));
        QCOMPARE(c.outcome, WidgetComparison::Outcome::Same);
        QCOMPARE(c.rowCountA, 2);
        QCOMPARE(c.rowCountB, 2);
        QVERIFY(c.onlyInA.isEmpty());
        QVERIFY(c.onlyInB.isEmpty());
    }

    void differentRowsOnEachSide()
    {
        const auto c = TenantComparison::compare(
                run(u"w"_s, {{u"Al pastor"_s, 10}, {u"Carnitas"_s, 5}}),
                run(u"w"_s, {{u"Al pastor"_s, 10}, {u"Carnitas"_s, 7}, {u"Horchata"_s, 1}}));
        QCOMPARE(c.outcome, WidgetComparison::Outcome::Different);
        QCOMPARE(c.onlyInA, (QList<QVariantList>{{u"Carnitas"_s, 5}}));
        QCOMPARE(c.onlyInB, (QList<QVariantList>{{u"Carnitas"_s, 7}, {u"Horchata"_s, 1}}));
        QCOMPARE(c.rowCountB, 3);
    }

    // A row twice on one side and once on the other is one row of difference.
    void rowsCountAsMultisets()
    {
        const auto c = TenantComparison::compare(run(u"w"_s, {{u"x"_s, 1}, {u"x"_s, 1}}),
                                                 run(u"w"_s, {{u"x"_s, 1}}));
        QCOMPARE(c.outcome, WidgetComparison::Outcome::Different);
        QCOMPARE(c.onlyInA, (QList<QVariantList>{{u"x"_s, 1}}));
        QVERIFY(c.onlyInB.isEmpty());
    }

    // The same values under other columns are not the same data.
    void otherColumnsDiffer()
    {
        const auto c = TenantComparison::compare(
                run(u"w"_s, {{u"x"_s, 1}}),
                run(u"w"_s, {{u"x"_s, 1}}, {u"Promotion"_s, u"Revenue"_s}));
        QCOMPARE(c.outcome, WidgetComparison::Outcome::Different);
        QVERIFY(c.columnsDiffer);
        QCOMPARE(c.onlyInA.size(), 1);
        QCOMPARE(c.onlyInB.size(), 1);
    }

    void nullsAndNaNsMatch()
    {
        const QVariantList row{QVariant(), std::nan("")};
        QCOMPARE(TenantComparison::rowKey(row),
                 TenantComparison::rowKey({QVariant(), std::nan("")}));
        QVERIFY(TenantComparison::rowKey({1}) != TenantComparison::rowKey({u"1"_s}));
        QVERIFY(!TenantComparison::hasData({}));
        QVERIFY(!TenantComparison::hasData({{QVariant(), QVariant()}}));
        QVERIFY(TenantComparison::hasData({{QVariant(), 0}}));
    }

    void denialsWithTheirReasons()
    {
        auto c = TenantComparison::compare(denied(u"w"_s, u"no policy value"_s),
                                           run(u"w"_s, {{u"x"_s, 1}}));
        QCOMPARE(c.outcome, WidgetComparison::Outcome::DeniedA);
        QCOMPARE(c.deniedA, u"no policy value"_s);
        c = TenantComparison::compare(run(u"w"_s, {{u"x"_s, 1}}), denied(u"w"_s, u"not granted"_s));
        QCOMPARE(c.outcome, WidgetComparison::Outcome::DeniedB);
        QCOMPARE(c.deniedB, u"not granted"_s);
        c = TenantComparison::compare(denied(u"w"_s, u"a"_s), denied(u"w"_s, u"b"_s));
        QCOMPARE(c.outcome, WidgetComparison::Outcome::DeniedBoth);
        QVERIFY(c.onlyInA.isEmpty() && c.onlyInB.isEmpty());
    }

    // A side's figures are its own whatever the other side got (issue 14: Compare showed
    // "0 rows" for A on every widget whenever B was denied).
    void deniedSideLeavesTheOtherItsRows()
    {
        auto c = TenantComparison::compare(run(u"w"_s, {{u"x"_s, 1}, {u"y"_s, 2}}),
                                           denied(u"w"_s, u"not granted"_s));
        QCOMPARE(c.outcome, WidgetComparison::Outcome::DeniedB);
        QCOMPARE(c.rowCountA, 2);
        QCOMPARE(c.rowCountB, 0);
        c = TenantComparison::compare(denied(u"w"_s, u"not granted"_s),
                                      run(u"w"_s, {{u"x"_s, 1}, {u"y"_s, 2}, {u"z"_s, 3}}));
        QCOMPARE(c.outcome, WidgetComparison::Outcome::DeniedA);
        QCOMPARE(c.rowCountA, 0);
        QCOMPARE(c.rowCountB, 3);
    }

    void failuresAreNotDifferences()
    {
        WidgetRun broken = run(u"w"_s, {});
        broken.error = u"no such table"_s;
        const auto c = TenantComparison::compare(run(u"w"_s, {{u"x"_s, 1}}), broken);
        QCOMPARE(c.outcome, WidgetComparison::Outcome::Failed);
        QCOMPARE(c.errorB, u"no such table"_s);
    }

    void textWidgetsHaveNoData()
    {
        WidgetRun text;
        text.resolution.widgetId = u"t"_s;
        QCOMPARE(TenantComparison::compare(text, text).outcome, WidgetComparison::Outcome::NoData);
    }

    // Widgets are matched by id, in A's order; one B lacks is denied there.
    void matchedById()
    {
        const QList<WidgetRun> a{run(u"1"_s, {{u"x"_s, 1}}), run(u"2"_s, {{u"y"_s, 2}}),
                                 run(u"3"_s, {{u"z"_s, 3}})};
        const QList<WidgetRun> b{run(u"2"_s, {{u"y"_s, 2}}), run(u"1"_s, {{u"x"_s, 9}})};
        const auto result = TenantComparison::compare(a, b);
        QCOMPARE(result.size(), 3);
        QCOMPARE(result[0].widgetId, u"1"_s);
        QCOMPARE(result[0].outcome, WidgetComparison::Outcome::Different);
        QCOMPARE(result[1].outcome, WidgetComparison::Outcome::Same);
        QCOMPARE(result[2].outcome, WidgetComparison::Outcome::DeniedB);
        QCOMPARE(TenantComparison::outcomeName(result[2].outcome), u"denied_b"_s);
    }
};

QTEST_GUILESS_MAIN(TestTenantComparison)
#include "tst_tenantcomparison.moc"
