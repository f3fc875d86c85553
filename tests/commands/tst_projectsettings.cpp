// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/setprojectsettings.h"
#include "demo/demodocument.h"
#include "document/projectdocument.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// File › Project Settings' command: the project's name and embed origins in one undo step that
// sets only what changed and puts back exactly what was there.
class TestProjectSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void setsAndRestores_data()
    {
        QTest::addColumn<QString>("name"); // empty: the demo's own
        QTest::addColumn<QStringList>("origins");
        QTest::addColumn<bool>("keepOrigins");
        QTest::addColumn<bool>("dark"); // a dark okabe-ito theme in DejaVu Serif

        QTest::newRow("name") << u"Tacos"_s << QStringList() << true << false;
        QTest::newRow("origins") << QString()
                                 << QStringList{u"https://app.example.com"_s,
                                                u"http://localhost:3000"_s}
                                 << false << false;
        QTest::newRow("both") << u"Tacos"_s << QStringList{u"https://app.example.com"_s} << false
                              << false;
        QTest::newRow("no origins") << QString() << QStringList() << false << false;
        QTest::newRow("theme") << QString() << QStringList() << true << true;
        QTest::newRow("theme and name") << u"Tacos"_s << QStringList() << true << true;
    }

    void setsAndRestores()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, origins);
        QFETCH(bool, keepOrigins);
        QFETCH(bool, dark);
        ProjectDocument doc(DemoDocument::build());
        const Project before = doc.project();
        QVERIFY(!before.embedOrigins.isEmpty());
        ProjectSettings settings = SetProjectSettings::current(doc);
        QCOMPARE(settings.name, before.name);
        QCOMPARE(settings.embedOrigins, before.embedOrigins);
        if (!name.isEmpty())
            settings.name = name;
        if (!keepOrigins)
            settings.embedOrigins = origins;
        QCOMPARE(settings.theme, before.theme);
        if (dark)
            settings.theme = {u"okabe-ito"_s, ThemeMode::Dark, u"DejaVu Serif"_s};

        QSignalSpy changed(&doc, &ProjectDocument::projectChanged);
        doc.undoStack()->push(new SetProjectSettings(&doc, settings));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), u"Change project settings"_s);
        QVERIFY(doc.isModified());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(SetProjectSettings::current(doc), settings);
        Project expected = before;
        expected.name = settings.name;
        expected.embedOrigins = settings.embedOrigins;
        expected.theme = settings.theme;
        QCOMPARE(doc.project(), expected);

        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.project(), expected);
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
    }

    // OK with nothing changed leaves no step behind (and the project unmodified).
    void unchangedIsDropped()
    {
        ProjectDocument doc(DemoDocument::build());
        QSignalSpy changed(&doc, &ProjectDocument::projectChanged);
        auto *command = new SetProjectSettings(&doc, SetProjectSettings::current(doc));
        QVERIFY(command->isObsolete());
        doc.undoStack()->push(command);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!doc.isModified());
    }

    // Two dialogs in a row are two steps: the second never merges into the first.
    void stepsStayApart()
    {
        ProjectDocument doc(DemoDocument::build());
        const Project before = doc.project();
        doc.undoStack()->push(
                new SetProjectSettings(&doc, {u"One"_s, before.embedOrigins, before.theme}));
        doc.undoStack()->push(
                new SetProjectSettings(&doc, {u"Two"_s, before.embedOrigins, before.theme}));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().name, u"One"_s);
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
    }
};

QTEST_GUILESS_MAIN(TestProjectSettings)
#include "tst_projectsettings.moc"
