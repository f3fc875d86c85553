// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/parameteredits.h"
#include "demo/demodocument.h"
#include "document/projectdocument.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The parameter rules the parameters panel and the properties form share, without a widget (they
// moved from ui/ to the core): each edit is one undo step, or nothing with a reason.
class TestParameterEdits : public QObject
{
    Q_OBJECT

private:
    struct Target
    {
        QString dashboardId;
        QString parameterId;
    };
    static Target firstParameter(const ProjectDocument &doc)
    {
        for (const Dashboard &d : doc.project().dashboards) {
            if (!d.parameters.isEmpty())
                return {d.id, d.parameters.first().id};
        }
        return {};
    }

private slots:
    void edits_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("rename") << u"rename"_s << u"region_name"_s << true;
        QTest::newRow("rename to a bad name") << u"rename"_s << u"1st"_s << false;
        QTest::newRow("rename with a space") << u"rename"_s << u"a b"_s << false;
        QTest::newRow("label") << u"label"_s << u"Shop"_s << true;
        QTest::newRow("default") << u"default"_s << u"Farolito"_s << true;
        QTest::newRow("empty default") << u"default"_s << QString() << false;
        QTest::newRow("blank default") << u"default"_s << u"  "_s << false;
        QTest::newRow("allowed values with the default")
                << u"allowed"_s << u"%DEFAULT, Farolito"_s << true;
        QTest::newRow("allowed values without the default")
                << u"allowed"_s << u"Farolito, El Tapatio"_s << false;
        QTest::newRow("required in token") << u"required"_s << u"true"_s << true;
    }
    void edits()
    {
        QFETCH(QString, edit);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        ProjectDocument doc(DemoDocument::build());
        const Target t = firstParameter(doc);
        QVERIFY(!t.parameterId.isEmpty());
        const Project before = doc.project();
        text.replace(u"%DEFAULT"_s,
                     ParameterEdits::valueText(
                             doc.parameter(t.dashboardId, t.parameterId)->defaultValue));
        QString error;
        bool ok = false;
        if (edit == u"rename"_s)
            ok = ParameterEdits::rename(&doc, t.dashboardId, t.parameterId, text, &error);
        else if (edit == u"label"_s)
            ok = ParameterEdits::setLabel(&doc, t.dashboardId, t.parameterId, text, &error);
        else if (edit == u"default"_s)
            ok = ParameterEdits::setDefault(&doc, t.dashboardId, t.parameterId, text, &error);
        else if (edit == u"required"_s)
            ok = ParameterEdits::setRequiredInToken(&doc, t.dashboardId, t.parameterId,
                                                    text == u"true"_s, &error);
        else
            ok = ParameterEdits::setAllowedValues(&doc, t.dashboardId, t.parameterId, text, &error);
        QCOMPARE(ok, accepted);
        if (!accepted) {
            QVERIFY(!error.isEmpty());
            QCOMPARE(doc.undoStack()->count(), 0);
            QVERIFY(doc.project() == before);
            return;
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(!(doc.project() == before));
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    // A name the dashboard already has is refused; a new parameter never takes one.
    void namesAreUnique()
    {
        ProjectDocument doc(DemoDocument::build());
        const Target t = firstParameter(doc);
        const Dashboard *dashboard = doc.dashboard(t.dashboardId);
        const Parameter fresh = ParameterEdits::newParameter(*dashboard);
        for (const Parameter &p : dashboard->parameters)
            QVERIFY(p.name != fresh.name);
        QVERIFY(fresh.defaultValue.isValid());
    }

    void typeChangeKeepsADefault()
    {
        ProjectDocument doc(DemoDocument::build());
        const Target t = firstParameter(doc);
        QString error;
        QVERIFY2(ParameterEdits::setType(&doc, t.dashboardId, t.parameterId, ColumnType::Integer,
                                         &error),
                 qPrintable(error));
        const Parameter *p = doc.parameter(t.dashboardId, t.parameterId);
        QCOMPARE(p->type, ColumnType::Integer);
        // The default is required: a value of the new type, whatever the old one was.
        QVERIFY(p->defaultValue.isValid() && !p->defaultValue.isNull());
        QCOMPARE(ParameterEdits::valueText(QVariant(QDate(2026, 3, 1))), u"2026-03-01"_s);
        QCOMPARE(ParameterEdits::valueText(QVariant(true)), u"true"_s);
    }
};

QTEST_GUILESS_MAIN(TestParameterEdits)
#include "tst_parameteredits.moc"
