// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfixtures.h"
#include "commands/listcommands.h"
#include "commands/setproperty.h"
#include "commands/widgetclipboard.h"
#include "demo/demodocument.h"
#include "document/projectvalidator.h"

#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Commands;

// Copy and paste of widgets: fresh ids, placed below the content, parameters carried along or
// reused, one undo step, a valid project, and nothing pushed for what cannot be pasted.
class TestWidgetClipboard : public QObject
{
    Q_OBJECT

private slots:
    void pasteMakesFreshValidCopies()
    {
        ProjectDocument doc(DemoDocument::build());
        const Project before = doc.project();
        const QString d = dashboardId(doc);
        const QStringList copied{widgetId(doc, 1), widgetId(doc, 3)};
        const QByteArray data = WidgetClipboard::copy(doc.project(), d, copied);
        QVERIFY(!data.isEmpty());
        QCOMPARE(WidgetClipboard::mimeType(), u"application/x-dashwright-widgets"_s);

        QString error;
        const QStringList ids = WidgetClipboard::paste(&doc, d, data, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ids.size(), 2);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY2(ProjectValidator::validate(doc.project()).isEmpty(),
                 qPrintable(problemText(ProjectValidator::validate(doc.project()))));
        int bottom = 0;
        for (const Widget &w : before.dashboards.first().widgets)
            bottom = std::max(bottom, w.grid.y + w.grid.height);
        for (int i = 0; i < 2; ++i) {
            const Widget *original = before.dashboards.first().widget(copied[i]);
            const Widget *pasted = doc.widget(d, ids[i]);
            QVERIFY(pasted);
            QVERIFY(!copied.contains(ids[i]));
            QCOMPARE(pasted->title, original->title);
            QCOMPARE(pasted->measures, original->measures);
            QVERIFY(pasted->grid.y >= bottom);
            QCOMPARE(pasted->grid.x, original->grid.x);
            for (qsizetype f = 0; f < pasted->filters.size(); ++f)
                QVERIFY(pasted->filters[f].id != original->filters[f].id);
        }
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
    }

    void pasteBringsItsParameter()
    {
        ProjectDocument doc(DemoDocument::build());
        const QString source = dashboardId(doc, 0);
        const QString target = dashboardId(doc, 1);
        const Parameter distributor = firstDashboard(doc).parameters.first();
        const Filter dashboardFilter = firstDashboard(doc).filters.first();
        // A widget filter that takes the parameter.
        Widget kpi = firstDashboard(doc).widgets.first();
        Filter byParameter = dashboardFilter;
        byParameter.id.clear();
        byParameter.datasetId.clear();
        kpi.filters = {byParameter};
        doc.undoStack()->push(
                new SetProperty(&doc, {source, kpi.id}, &Widget::filters, kpi.filters));

        const QByteArray data = WidgetClipboard::copy(doc.project(), source, {kpi.id});
        const Project before = doc.project();
        const QStringList ids = WidgetClipboard::paste(&doc, target, data);
        QCOMPARE(ids.size(), 1);
        const Dashboard *pastedInto = doc.dashboard(target);
        QCOMPARE(pastedInto->parameters.size(), before.dashboards[1].parameters.size() + 1);
        const Parameter &added = pastedInto->parameters.last();
        QVERIFY(added.id != distributor.id);
        QCOMPARE(added.name, distributor.name);
        QCOMPARE(doc.widget(target, ids[0])->filters.first().parameterId, added.id);
        QVERIFY2(ProjectValidator::validate(doc.project()).isEmpty(),
                 qPrintable(problemText(ProjectValidator::validate(doc.project()))));

        // Pasted again into the same dashboard: the parameter is reused, not duplicated.
        WidgetClipboard::paste(&doc, target, data);
        QCOMPARE(doc.dashboard(target)->parameters.size(),
                 before.dashboards[1].parameters.size() + 1);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
    }

    void pasteRefusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("widgets");
        QTest::newRow("a project")
                << QByteArray(R"({"format": "dashwright-project", "schema_version": 2})");
        QTest::newRow("other version")
                << QByteArray(R"({"format": "dashwright-widgets", "schema_version": 99})");
        QTest::newRow("no widgets") << QByteArray(
                R"({"format": "dashwright-widgets", "schema_version": 2, "id": "x", "name": "x",)"
                R"( "accounts": [], "datasets": [], "dashboards": []})");
    }

    void pasteRefusesGarbage()
    {
        QFETCH(QByteArray, data);
        ProjectDocument doc(DemoDocument::build());
        QString error;
        QVERIFY(WidgetClipboard::paste(&doc, dashboardId(doc), data, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.project(), DemoDocument::build());
    }

    void pasteLeavesOutUnknownDatasets()
    {
        ProjectDocument doc(DemoDocument::build());
        Project other = DemoDocument::build();
        other.dashboards.first().widgets.first().datasetId = newId(u"elsewhere"_s);
        const QByteArray data = WidgetClipboard::copy(
                other, other.dashboards.first().id,
                {other.dashboards.first().widgets[0].id, other.dashboards.first().widgets[1].id});
        QString error;
        QCOMPARE(WidgetClipboard::paste(&doc, dashboardId(doc), data, &error).size(), 1);
        QVERIFY(!error.isEmpty());
        QVERIFY(ProjectValidator::validate(doc.project()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWidgetClipboard)
#include "tst_widgetclipboard.moc"
