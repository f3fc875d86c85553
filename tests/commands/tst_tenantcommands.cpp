// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfixtures.h"
#include "commands/listcommands.h"
#include "commands/setproperty.h"
#include "commands/settenantclaims.h"
#include "common/json.h"
#include "demo/demodocument.h"
#include "document/projectdocument.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Commands;

using TenantCommandFactory = std::function<QUndoCommand *(ProjectDocument *)>;
Q_DECLARE_METATYPE(TenantCommandFactory)

namespace {

const TenantProfile &tenantAt(const ProjectDocument &doc, int row)
{
    return doc.project().tenants.at(row);
}

// The claims of a profile with one member set, the way the tenant form changes them.
Json withMember(const ProjectDocument &doc, int row, const char *key, Json value)
{
    Json claims = tenantAt(doc, row).claims;
    claims[key] = std::move(value);
    return claims;
}
} // namespace

// The tenant profile commands on the demo project: add, duplicate, remove, rename and claims
// edits each restore the document exactly; typing in one field merges, other fields and discrete
// edits do not; an edit back to where it started vanishes; structural signals pair up.
class TestTenantCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data()
    {
        QTest::addColumn<TenantCommandFactory>("make");
        const auto row
                = [](const char *name, TenantCommandFactory make) { QTest::newRow(name) << make; };
        row("add at end", [](ProjectDocument *d) {
            return new AddTenant(d, {newId(u"tenant"_s), u"New"_s, Json::object()});
        });
        row("add at row 0", [](ProjectDocument *d) {
            return new AddTenant(d, {newId(u"tenant"_s), u"New"_s, Json::object()}, 0);
        });
        row("duplicate", [](ProjectDocument *d) {
            TenantProfile copy = tenantAt(*d, 1);
            copy.id = newId(u"copy"_s);
            copy.name += u" (copy)"_s;
            return new AddTenant(d, copy, 2);
        });
        row("remove", [](ProjectDocument *d) { return new RemoveTenant(d, tenantAt(*d, 2).id); });
        row("rename", [](ProjectDocument *d) {
            return new SetTenantProperty<QString>(d, {QString(), tenantAt(*d, 0).id},
                                                  &TenantProfile::name, u"Farolito"_s);
        });
        row("claims", [](ProjectDocument *d) {
            return new SetTenantClaims(d, tenantAt(*d, 0).id,
                                       withMember(*d, 0, "email", "ana@example.com"));
        });
        row("claims emptied", [](ProjectDocument *d) {
            return new SetTenantClaims(d, tenantAt(*d, 3).id, Json::object());
        });
    }

    void roundTrip()
    {
        QFETCH(TenantCommandFactory, make);
        ProjectDocument doc(DemoDocument::build());
        const Project before = doc.project();
        doc.undoStack()->push(make(&doc));
        QCOMPARE(doc.undoStack()->count(), 1);
        const Project after = doc.project();
        QVERIFY(after != before);
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.project(), after);
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
    }

    // Item models need "about to" before the list changes and its completion right after.
    void structuralSignalsInOrder()
    {
        ProjectDocument doc(DemoDocument::build());
        QStringList log;
        const auto record = [&](const QString &what, int row) {
            log.append(u"%1 %2 %3"_s.arg(what).arg(row).arg(doc.project().tenants.size()));
        };
        connect(&doc, &ProjectDocument::tenantAboutToBeAdded, this,
                [&](int r) { record(u"aboutToBeAdded"_s, r); });
        connect(&doc, &ProjectDocument::tenantAdded, this, [&](int r) { record(u"added"_s, r); });
        connect(&doc, &ProjectDocument::tenantAboutToBeRemoved, this,
                [&](int r) { record(u"aboutToBeRemoved"_s, r); });
        connect(&doc, &ProjectDocument::tenantRemoved, this,
                [&](int r) { record(u"removed"_s, r); });
        const int n = int(doc.project().tenants.size());

        doc.undoStack()->push(new AddTenant(&doc, {newId(u"t"_s), u"T"_s, Json::object()}, 1));
        doc.undoStack()->undo();
        doc.undoStack()->push(new RemoveTenant(&doc, tenantAt(doc, 4).id));
        const auto entry = [](const char *what, int row, int size) {
            return u"%1 %2 %3"_s.arg(QString::fromLatin1(what)).arg(row).arg(size);
        };
        QCOMPARE(log,
                 (QStringList{entry("aboutToBeAdded", 1, n), entry("added", 1, n + 1),
                              entry("aboutToBeRemoved", 1, n + 1), entry("removed", 1, n),
                              entry("aboutToBeRemoved", 4, n), entry("removed", 4, n - 1)}));

        QSignalSpy changed(&doc, &ProjectDocument::tenantChanged);
        const QString id = tenantAt(doc, 0).id;
        doc.undoStack()->push(new SetTenantClaims(&doc, id, withMember(doc, 0, "name", "Ana")));
        doc.undoStack()->push(new SetTenantProperty<QString>(&doc, {QString(), id},
                                                             &TenantProfile::name, u"A"_s));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).first().toString(), id);
    }

    void typingMerges()
    {
        ProjectDocument doc(DemoDocument::build());
        const QString id = tenantAt(doc, 2).id;
        const Json original = tenantAt(doc, 2).claims;
        for (const char *text : {"E", "El", "El T"}) {
            Json values = Json::object({{"restaurant_name", text}});
            doc.undoStack()->push(new SetTenantClaims(&doc, id,
                                                      withMember(doc, 2, "policy_values", values),
                                                      u"policy_values/restaurant_name"_s));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(tenantAt(doc, 2).claims["policy_values"]["restaurant_name"] == "El T");

        // Another field, another profile, or an edit that does not merge is another step.
        doc.undoStack()->push(
                new SetTenantClaims(&doc, id, withMember(doc, 2, "email", "e"), u"email"_s));
        doc.undoStack()->push(new SetTenantClaims(&doc, tenantAt(doc, 0).id,
                                                  withMember(doc, 0, "email", "f"), u"email"_s));
        doc.undoStack()->push(new SetTenantClaims(&doc, id, withMember(doc, 2, "email", "g")));
        doc.undoStack()->push(new SetTenantClaims(&doc, id, withMember(doc, 2, "email", "h")));
        QCOMPARE(doc.undoStack()->count(), 5);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(tenantAt(doc, 2).claims == original);
        QCOMPARE(doc.project(), DemoDocument::build());
    }

    // Securables toggled on and off again are two steps: discrete edits never merge.
    void discreteEditsDoNotMerge()
    {
        ProjectDocument doc(DemoDocument::build());
        const QString id = tenantAt(doc, 0).id;
        const Json securables = tenantAt(doc, 0).claims["securables"];
        Json more = securables;
        more.push_back(dashboardId(doc, 1).toStdString());
        doc.undoStack()->push(
                new SetTenantClaims(&doc, id, withMember(doc, 0, "securables", more)));
        doc.undoStack()->push(
                new SetTenantClaims(&doc, id, withMember(doc, 0, "securables", securables)));
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.project(), DemoDocument::build());
    }

    void typingBackToTheStartLeavesNothing()
    {
        ProjectDocument doc(DemoDocument::build());
        const QString id = tenantAt(doc, 0).id;
        const Json original = tenantAt(doc, 0).claims;
        doc.undoStack()->push(
                new SetTenantClaims(&doc, id, withMember(doc, 0, "username", "x"), u"username"_s));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->push(new SetTenantClaims(&doc, id, original, u"username"_s));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.project(), DemoDocument::build());
    }

    void noOpEditIsDropped()
    {
        ProjectDocument doc(DemoDocument::build());
        const TenantProfile &tenant = tenantAt(doc, 0);
        QSignalSpy changed(&doc, &ProjectDocument::tenantChanged);
        doc.undoStack()->push(new SetTenantClaims(&doc, tenant.id, tenant.claims));
        doc.undoStack()->push(new SetTenantProperty<QString>(&doc, {QString(), tenant.id},
                                                             &TenantProfile::name, tenant.name));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!doc.isModified());
    }
};

QTEST_GUILESS_MAIN(TestTenantCommands)
#include "tst_tenantcommands.moc"
