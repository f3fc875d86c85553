// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/dashboardfilteredits.h"
#include "demo/demodocument.h"
#include "document/projectdocument.h"
#include "document/projectvalidator.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The edits of a dashboard's own filters (the properties panel's), without a window: each is one
// undo step that undoes exactly, or nothing with a reason; the result stays a valid project.
class TestDashboardFilterEdits : public QObject
{
    Q_OBJECT

private:
    static const Dashboard &restaurants(const ProjectDocument &doc)
    {
        for (const Dashboard &d : doc.project().dashboards) {
            if (d.slug == u"restaurant-overview"_s)
                return d;
        }
        qFatal("no restaurant-overview");
    }
    static QString columnId(const ProjectDocument &doc, const QString &datasetId,
                            const QString &name)
    {
        return doc.dataset(datasetId)->columnByName(name)->id;
    }

private slots:
    void addIsOneValidStep()
    {
        ProjectDocument doc(DemoDocument::build());
        const QString dashboardId = restaurants(doc).id;
        const Project before = doc.project();
        QString id;
        QString error;
        QVERIFY2(DashboardFilterEdits::add(&doc, dashboardId, &id, &error), qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), 1);
        const Filter added = restaurants(doc).filters.last();
        QCOMPARE(added.id, id);
        QVERIFY(added.viewerEditable);
        QCOMPARE(added.datasetId, restaurants(doc).widgets.first().datasetId);
        const Problems problems = ProjectValidator::validate(doc.project());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        // Typing the label is a step of its own, not folded into the add.
        QVERIFY(DashboardFilterEdits::setLabel(&doc, dashboardId, id, u"P"_s, &error));
        QVERIFY(DashboardFilterEdits::setLabel(&doc, dashboardId, id, u"Product"_s, &error));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(restaurants(doc).filters.last().label, added.label);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    void edits_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("valid"); // the project validates afterwards
        QTest::newRow("viewer can change off, unset") << u"viewer"_s << u"false"_s << true << false;
        QTest::newRow("list value") << u"value"_s << u"Farolito, El Tapatio"_s << true << true;
        QTest::newRow("cleared value") << u"value"_s << QString() << true << true;
        QTest::newRow("column") << u"column"_s << u"product"_s << true << true;
        QTest::newRow("unknown column") << u"column"_s << u"nope"_s << false << true;
        QTest::newRow("expression is null") << u"expression"_s << u"? is null"_s << true << true;
        QTest::newRow("parameter on a list expression")
                << u"parameter"_s << u"distributor"_s << false << true;
        QTest::newRow("remove") << u"remove"_s << QString() << true << true;
    }
    void edits()
    {
        QFETCH(QString, edit);
        QFETCH(QString, argument);
        QFETCH(bool, accepted);
        QFETCH(bool, valid);
        ProjectDocument doc(DemoDocument::build());
        const Dashboard &dashboard = restaurants(doc);
        const QString dashboardId = dashboard.id;
        const Filter filter = dashboard.filters.first();
        const Project before = doc.project();
        QString error;
        bool ok = false;
        if (edit == u"viewer"_s) {
            ok = DashboardFilterEdits::setViewerEditable(&doc, dashboardId, filter.id,
                                                         argument == u"true"_s, &error);
        } else if (edit == u"value"_s) {
            ok = DashboardFilterEdits::setValue(&doc, dashboardId, filter.id, argument, &error);
        } else if (edit == u"column"_s) {
            const Column *c = doc.dataset(filter.datasetId)->columnByName(argument);
            ok = DashboardFilterEdits::setColumn(&doc, dashboardId, filter.id, c ? c->id : argument,
                                                 &error);
        } else if (edit == u"expression"_s) {
            ok = DashboardFilterEdits::setExpression(&doc, dashboardId, filter.id,
                                                     *filterExpressionFromText(argument), &error);
        } else if (edit == u"parameter"_s) {
            ok = DashboardFilterEdits::setParameter(&doc, dashboardId, filter.id,
                                                    u"no-such-parameter"_s, &error);
        } else {
            ok = DashboardFilterEdits::remove(&doc, dashboardId, filter.id, &error);
        }
        QCOMPARE(ok, accepted);
        if (!accepted) {
            QVERIFY(!error.isEmpty());
            QCOMPARE(doc.undoStack()->count(), 0);
            QVERIFY(doc.project() == before);
            return;
        }
        QVERIFY2(doc.undoStack()->count() == 1 || edit == u"value"_s,
                 qPrintable(QString::number(doc.undoStack()->count())));
        QCOMPARE(ProjectValidator::validate(doc.project()).isEmpty(), valid);
        if (edit == u"value"_s && !argument.isEmpty())
            QCOMPARE(restaurants(doc).filters.first().value,
                     QVariant(QVariantList{u"Farolito"_s, u"El Tapatio"_s}));
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    // A filter that follows a parameter is never the viewer's: choosing a parameter turns the
    // flag off, and the flag is refused while a parameter is chosen.
    void parameterFiltersAreNotTheViewers()
    {
        ProjectDocument doc(DemoDocument::build());
        const Dashboard &restaurant = restaurants(doc);
        const QString dashboardId = restaurant.id;
        const Filter filter = restaurant.filters.first();
        QString error;
        QVERIFY(DashboardFilterEdits::setExpression(&doc, dashboardId, filter.id,
                                                    FilterExpression::Equals, &error));
        // The restaurant dashboard has no parameter of its own: take the performance one's.
        const Dashboard *performance = nullptr;
        for (const Dashboard &d : doc.project().dashboards) {
            if (!d.parameters.isEmpty())
                performance = &d;
        }
        QVERIFY(performance);
        const QString performanceId = performance->id;
        const Filter byParameter = performance->filters.first();
        QVERIFY(!byParameter.parameterId.isEmpty());
        QVERIFY(!DashboardFilterEdits::setViewerEditable(&doc, performanceId, byParameter.id, true,
                                                         &error));
        QVERIFY(error.contains(u"parameter"_s));
        QVERIFY(DashboardFilterEdits::setParameter(&doc, performanceId, byParameter.id, QString(),
                                                   &error));
        QVERIFY(DashboardFilterEdits::setViewerEditable(&doc, performanceId, byParameter.id, true,
                                                        &error));
        const QString parameterId = doc.dashboard(performanceId)->parameters.first().id;
        QVERIFY2(DashboardFilterEdits::setParameter(&doc, performanceId, byParameter.id,
                                                    parameterId, &error),
                 qPrintable(error));
        QVERIFY(!doc.dashboard(performanceId)->filters.first().viewerEditable);
    }
};

QTEST_GUILESS_MAIN(TestDashboardFilterEdits)
#include "tst_dashboardfilteredits.moc"
