// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfixtures.h"
#include "commands/changeparameterdefault.h"
#include "commands/listcommands.h"
#include "commands/movewidgets.h"
#include "commands/renameparameter.h"
#include "commands/setprojectsettings.h"
#include "commands/setproperty.h"
#include "commands/undomacroguard.h"
#include "demo/demodocument.h"
#include "document/projectdocument.h"
#include "document/projectvalidator.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Dashwright;

using CommandFactory = std::function<QUndoCommand *(ProjectDocument *)>;
Q_DECLARE_METATYPE(CommandFactory)

using namespace Dashwright::Tests::Commands;

namespace {
// Logs every signal of a document as "name arg…", in emission order.
class SignalLog : public QObject
{
public:
    explicit SignalLog(ProjectDocument *document)
    {
        using D = ProjectDocument;
        listen(document, &D::dashboardAboutToBeAdded, "dashboardAboutToBeAdded");
        listen(document, &D::dashboardAdded, "dashboardAdded");
        listen(document, &D::dashboardAboutToBeRemoved, "dashboardAboutToBeRemoved");
        listen(document, &D::dashboardRemoved, "dashboardRemoved");
        listen(document, &D::dashboardChanged, "dashboardChanged");
        listen(document, &D::widgetAboutToBeAdded, "widgetAboutToBeAdded");
        listen(document, &D::widgetAdded, "widgetAdded");
        listen(document, &D::widgetAboutToBeRemoved, "widgetAboutToBeRemoved");
        listen(document, &D::widgetRemoved, "widgetRemoved");
        listen(document, &D::widgetChanged, "widgetChanged");
        listen(document, &D::parameterAboutToBeAdded, "parameterAboutToBeAdded");
        listen(document, &D::parameterAdded, "parameterAdded");
        listen(document, &D::parameterAboutToBeRemoved, "parameterAboutToBeRemoved");
        listen(document, &D::parameterRemoved, "parameterRemoved");
        listen(document, &D::parameterChanged, "parameterChanged");
        listen(document, &D::datasetAboutToBeAdded, "datasetAboutToBeAdded");
        listen(document, &D::datasetAdded, "datasetAdded");
        listen(document, &D::datasetAboutToBeRemoved, "datasetAboutToBeRemoved");
        listen(document, &D::datasetRemoved, "datasetRemoved");
        listen(document, &D::datasetChanged, "datasetChanged");
        listen(document, &D::accountAboutToBeAdded, "accountAboutToBeAdded");
        listen(document, &D::accountAdded, "accountAdded");
        listen(document, &D::accountAboutToBeRemoved, "accountAboutToBeRemoved");
        listen(document, &D::accountRemoved, "accountRemoved");
        listen(document, &D::accountChanged, "accountChanged");
        listen(document, &D::projectChanged, "projectChanged");
    }

    QStringList entries;

private:
    template<typename... Args>
    void listen(ProjectDocument *document, void (ProjectDocument::*signal)(Args...),
                const char *name)
    {
        connect(document, signal, this, [this, name](Args... args) {
            QStringList entry{QString::fromLatin1(name)};
            (entry.append(QVariant::fromValue(args).toString()), ...);
            entries.append(entry.join(u' '));
        });
    }
};

// An "…AboutToBe…" entry must be followed at once by its completion with the same arguments.
bool pairsUp(const QStringList &log, QString *why)
{
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (!log[i].contains(u"AboutToBe"_s))
            continue;
        QString done = log[i];
        done.replace(u"AboutToBe"_s, QString());
        if (i + 1 >= log.size() || log[i + 1] != done) {
            *why = u"%1 not followed by %2"_s.arg(log[i], done);
            return false;
        }
    }
    return true;
}
} // namespace

// The undo commands on the demo project: each restores the document exactly, typing and drags
// merge, no-op edits vanish, "modified" follows saving, signals come in begin/end order, and a
// macro is one step.
class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demoIsValid()
    {
        QVERIFY2(ProjectValidator::validate(DemoDocument::build()).isEmpty(), "fixture");
    }

    void roundTrip_data()
    {
        QTest::addColumn<CommandFactory>("make");
        const auto row = [](const char *name, CommandFactory make) { QTest::newRow(name) << make; };
        row("add widget at end",
            [](ProjectDocument *d) { return new AddWidget(d, dashboardId(*d), newWidget()); });
        row("add widget at row 0",
            [](ProjectDocument *d) { return new AddWidget(d, dashboardId(*d), newWidget(), 0); });
        row("remove widget", [](ProjectDocument *d) {
            return new RemoveWidget(d, dashboardId(*d), widgetId(*d, 2));
        });
        row("add parameter", [](ProjectDocument *d) {
            return new AddParameter(d, dashboardId(*d), newParameter());
        });
        row("remove parameter", [](ProjectDocument *d) {
            return new RemoveParameter(d, dashboardId(*d),
                                       firstDashboard(*d).parameters.first().id);
        });
        row("rename parameter", [](ProjectDocument *d) {
            return new RenameParameter(d, dashboardId(*d), firstDashboard(*d).parameters.first().id,
                                       u"shop"_s);
        });
        row("change parameter default", [](ProjectDocument *d) -> QUndoCommand * {
            return ChangeParameterDefault::create(d, dashboardId(*d),
                                                  firstDashboard(*d).parameters.first().id,
                                                  u"somewhere else"_s)
                    .release();
        });
        row("add dataset", [](ProjectDocument *d) {
            Dataset copy = d->project().datasets.first();
            copy.id = newId(u"dataset"_s);
            for (Column &column : copy.columns)
                column.id = newId(u"dataset/"_s + column.name);
            copy.name = u"Copy"_s;
            return new AddDataset(d, copy, 1);
        });
        row("remove dataset", [](ProjectDocument *d) {
            return new RemoveDataset(d, d->project().datasets.last().id);
        });
        row("add account", [](ProjectDocument *d) {
            Account a;
            a.id = newId(u"account"_s);
            a.name = u"Warehouse"_s;
            a.type = AccountType::Postgresql;
            a.host = u"db"_s;
            return new AddAccount(d, a, 0);
        });
        row("remove account", [](ProjectDocument *d) {
            return new RemoveAccount(d, d->project().accounts.first().id);
        });
        row("add dashboard", [](ProjectDocument *d) {
            Dashboard b;
            b.id = newId(u"dashboard"_s);
            b.slug = u"empty"_s;
            b.title = u"Empty"_s;
            return new AddDashboard(d, b);
        });
        row("remove dashboard",
            [](ProjectDocument *d) { return new RemoveDashboard(d, dashboardId(*d)); });
        row("move widget", [](ProjectDocument *d) {
            return new MoveWidgets(d, dashboardId(*d), widgetId(*d), GridRect{6, 9, 3, 2}, true);
        });
        row("resize two widgets", [](ProjectDocument *d) {
            return new MoveWidgets(d, dashboardId(*d),
                                   {{widgetId(*d, 0), GridRect{0, 0, 2, 2}},
                                    {widgetId(*d, 1), GridRect{2, 0, 5, 3}}},
                                   true);
        });
        row("widget title", [](ProjectDocument *d) {
            return new SetProperty(d, {dashboardId(*d), widgetId(*d)}, &Widget::title,
                                   u"Turnover"_s);
        });
        row("widget measures", [](ProjectDocument *d) {
            QList<Measure> measures = firstDashboard(*d).widgets.first().measures;
            measures.first().aggregation = Aggregation::Avg;
            return new SetProperty(d, {dashboardId(*d), widgetId(*d)}, &Widget::measures, measures);
        });
        row("widget type", [](ProjectDocument *d) {
            return new SetWidgetProperty<WidgetType>(d, {dashboardId(*d), widgetId(*d, 4)},
                                                     &Widget::type, WidgetType::Bar);
        });
        row("parameter label", [](ProjectDocument *d) {
            return new SetProperty(d, {dashboardId(*d), firstDashboard(*d).parameters.first().id},
                                   &Parameter::label, u"Shop"_s);
        });
        row("dashboard title", [](ProjectDocument *d) {
            return new SetProperty(d, {QString(), dashboardId(*d)}, &Dashboard::title, u"Shops"_s);
        });
        row("dashboard filters", [](ProjectDocument *d) {
            return new SetProperty(d, {QString(), dashboardId(*d)}, &Dashboard::filters,
                                   QList<Filter>());
        });
        row("dataset name", [](ProjectDocument *d) {
            return new SetProperty(d, {QString(), d->project().datasets.first().id}, &Dataset::name,
                                   u"Orders"_s);
        });
        row("project name",
            [](ProjectDocument *d) { return new SetProperty(d, {}, &Project::name, u"Tacos"_s); });
        row("embed origins", [](ProjectDocument *d) {
            return new SetProperty(d, {}, &Project::embedOrigins,
                                   QStringList{u"https://a.example"_s});
        });
        row("project settings", [](ProjectDocument *d) {
            return new SetProjectSettings(
                    d, {u"Tacos"_s, {u"https://a.example"_s, u"http://localhost:3000"_s}, Theme()});
        });
        row("project theme", [](ProjectDocument *d) {
            return new SetProjectSettings(d,
                                          {d->project().name,
                                           d->project().embedOrigins,
                                           {u"viridis"_s, ThemeMode::Dark, u"Noto Sans"_s}});
        });
        row("account path", [](ProjectDocument *d) {
            return new SetProperty(d, {QString(), d->project().accounts.first().id}, &Account::path,
                                   u"x.db"_s);
        });
    }

    void roundTrip()
    {
        QFETCH(CommandFactory, make);
        ProjectDocument doc(DemoDocument::build());
        const Project before = doc.project();
        std::unique_ptr<QUndoCommand> command(make(&doc));
        QVERIFY(command);
        QVERIFY(!command->isObsolete());
        command->redo();
        const Project after = doc.project();
        QVERIFY(after != before);
        command->undo();
        QCOMPARE(doc.project(), before);
        command->redo();
        QCOMPARE(doc.project(), after);
        command->undo();
        QCOMPARE(doc.project(), before);

        // The same through the stack, which is how the designer runs them.
        doc.undoStack()->push(make(&doc));
        QCOMPARE(doc.project(), after);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.project(), after);
    }

    // Every command tells the views what it changed, structural changes as begin/end pairs.
    void signalsTellTheViews_data() { roundTrip_data(); }

    void signalsTellTheViews()
    {
        QFETCH(CommandFactory, make);
        ProjectDocument doc(DemoDocument::build());
        SignalLog log(&doc);
        std::unique_ptr<QUndoCommand> command(make(&doc));
        QString why;
        for (int step = 0; step < 3; ++step) {
            log.entries.clear();
            step == 1 ? command->undo() : command->redo();
            QVERIFY(!log.entries.isEmpty());
            QVERIFY2(pairsUp(log.entries, &why), qPrintable(why));
        }
    }

    void typingMerges()
    {
        ProjectDocument doc(DemoDocument::build());
        const ObjectRef ref{dashboardId(doc), widgetId(doc)};
        const QString original = doc.widget(ref.dashboardId, ref.id)->title;
        for (const QString &text : {u"T"_s, u"To"_s, u"Tot"_s, u"Total"_s})
            doc.undoStack()->push(new SetProperty(&doc, ref, &Widget::title, text));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.widget(ref.dashboardId, ref.id)->title, u"Total"_s);

        // Another field, or another widget, is another step.
        doc.undoStack()->push(new SetProperty(&doc, ref, &Widget::numberFormat, u"0.0"_s));
        doc.undoStack()->push(
                new SetProperty(&doc, {ref.dashboardId, widgetId(doc, 1)}, &Widget::title, u"B"_s));
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.widget(ref.dashboardId, ref.id)->title, original);
        QCOMPARE(doc.project(), DemoDocument::build());
    }

    void typingBackToTheStartLeavesNothing()
    {
        ProjectDocument doc(DemoDocument::build());
        const ObjectRef ref{dashboardId(doc), widgetId(doc)};
        const QString original = doc.widget(ref.dashboardId, ref.id)->title;
        doc.undoStack()->push(new SetProperty(&doc, ref, &Widget::title, original + u"!"_s));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->push(new SetProperty(&doc, ref, &Widget::title, original));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.project(), DemoDocument::build());
    }

    void noOpEditIsDropped()
    {
        ProjectDocument doc(DemoDocument::build());
        const ObjectRef ref{dashboardId(doc), widgetId(doc)};
        QSignalSpy changed(&doc, &ProjectDocument::widgetChanged);
        doc.undoStack()->push(new SetProperty(&doc, ref, &Widget::title,
                                              doc.widget(ref.dashboardId, ref.id)->title));
        doc.undoStack()->push(new MoveWidgets(&doc, ref.dashboardId, ref.id,
                                              doc.widget(ref.dashboardId, ref.id)->grid, true));
        doc.undoStack()->push(new RenameParameter(&doc, ref.dashboardId,
                                                  firstDashboard(doc).parameters[0].id,
                                                  firstDashboard(doc).parameters[0].name));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!doc.isModified());
    }

    void dragMergesUntilCommit()
    {
        ProjectDocument doc(DemoDocument::build());
        const QString d = dashboardId(doc);
        const QString w = widgetId(doc);
        const GridRect start = doc.widget(d, w)->grid;
        for (int y = 1; y <= 4; ++y)
            doc.undoStack()->push(
                    new MoveWidgets(&doc, d, w, GridRect{0, y, start.width, start.height}, false));
        doc.undoStack()->push(
                new MoveWidgets(&doc, d, w, GridRect{1, 5, start.width, start.height}, true));
        QCOMPARE(doc.undoStack()->count(), 1);
        const GridRect afterFirst = doc.widget(d, w)->grid;
        QCOMPARE(afterFirst, (GridRect{1, 5, start.width, start.height}));

        // The next drag does not fold into the committed one.
        doc.undoStack()->push(
                new MoveWidgets(&doc, d, w, GridRect{2, 5, start.width, start.height}, false));
        doc.undoStack()->push(
                new MoveWidgets(&doc, d, w, GridRect{3, 5, start.width, start.height}, true));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.widget(d, w)->grid, afterFirst);
        doc.undoStack()->undo();
        QCOMPARE(doc.widget(d, w)->grid, start);

        // A drag that ends where it began leaves no step.
        doc.undoStack()->clear();
        doc.undoStack()->push(
                new MoveWidgets(&doc, d, w, GridRect{0, 9, start.width, start.height}, false));
        doc.undoStack()->push(new MoveWidgets(&doc, d, w, start, true));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.widget(d, w)->grid, start);
    }

    void renameKeepsFilters()
    {
        ProjectDocument doc(DemoDocument::build());
        const Project before = doc.project();
        const QString d = dashboardId(doc);
        const Parameter p = firstDashboard(doc).parameters.first();
        const QList<Filter> filters = firstDashboard(doc).filters;
        QSignalSpy tenantChanged(&doc, &ProjectDocument::tenantChanged);
        for (const QString &name : {u"s"_s, u"sh"_s, u"shop"_s})
            doc.undoStack()->push(new RenameParameter(&doc, d, p.id, name));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.parameter(d, p.id)->name, u"shop"_s);
        QCOMPARE(firstDashboard(doc).filters, filters);
        // The tenant profiles that overrode the parameter by its old name follow the rename, in
        // place, so the project stays valid.
        int followed = 0;
        for (const TenantProfile &tenant : doc.project().tenants) {
            const auto &overrides
                    = tenant.claims.value("parameter_overrides", nlohmann::ordered_json::object());
            QVERIFY(!overrides.contains(p.name.toStdString()));
            followed += overrides.contains("shop") ? 1 : 0;
        }
        QVERIFY(followed > 0);
        QVERIFY(tenantChanged.count() >= followed);
        const Problems problems = ProjectValidator::validate(doc.project());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        doc.undoStack()->redo();
        QCOMPARE(doc.parameter(d, p.id)->name, u"shop"_s);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    // Typing passes through in-between names; one of them ("d") is another dashboard's parameter.
    // The profiles follow the whole rename, not a step of it, and undo/redo stay exact inverses.
    void renameThroughAnotherDashboardsName()
    {
        Project project = DemoDocument::build();
        const Parameter renamed = project.dashboards[0].parameters.first();
        Parameter other = renamed;
        other.id = u"00000000-0000-4000-8000-00000000d00d"_s;
        other.name = u"d"_s;
        project.dashboards[1].parameters.append(other);
        ProjectDocument doc(project);
        doc.undoStack()->setClean();
        doc.undoStack()->push(new SetProperty(&doc, {QString(), project.dashboards[0].id},
                                              &Dashboard::title, u"Edited"_s));
        const Project before = doc.project();
        for (const QString &name : {u"d"_s, u"di"_s, u"shop"_s})
            doc.undoStack()->push(
                    new RenameParameter(&doc, project.dashboards[0].id, renamed.id, name));
        QCOMPARE(doc.undoStack()->count(), 2);
        int followed = 0;
        for (const TenantProfile &tenant : doc.project().tenants) {
            const auto overrides
                    = tenant.claims.value("parameter_overrides", nlohmann::ordered_json::object());
            QVERIFY(!overrides.contains("d"));
            QVERIFY(!overrides.contains(renamed.name.toStdString()));
            followed += overrides.contains("shop") ? 1 : 0;
        }
        QVERIFY(followed > 0);
        const Project after = doc.project();
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        doc.undoStack()->redo();
        QVERIFY(doc.project() == after);
    }

    // When another dashboard has a parameter of the same name, the profiles' override still
    // serves it: the key stays, and the validator names the renamed dashboard's lost override.
    void renameLeavesSharedOverrides()
    {
        Project project = DemoDocument::build();
        const Parameter shared = project.dashboards[0].parameters.first();
        Parameter twin = shared;
        twin.id = u"00000000-0000-4000-8000-00000000beef"_s;
        project.dashboards[1].parameters.append(twin);
        ProjectDocument doc(project);
        doc.undoStack()->push(
                new RenameParameter(&doc, project.dashboards[0].id, shared.id, u"shop"_s));
        for (const TenantProfile &tenant : doc.project().tenants)
            QVERIFY(!tenant.claims.value("parameter_overrides", nlohmann::ordered_json::object())
                             .contains("shop"));
        QVERIFY(doc.project().tenants == project.tenants);
    }

    void parameterDefaultIsTypeChecked_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("integer") << QVariant(qint64(2026)) << true << QVariant(qint64(2026));
        QTest::newRow("integral text") << QVariant(u"2024"_s) << true << QVariant(qint64(2024));
        QTest::newRow("fraction") << QVariant(1.5) << false << QVariant();
        QTest::newRow("words") << QVariant(u"last year"_s) << false << QVariant();
        QTest::newRow("null") << QVariant() << false << QVariant();
        QTest::newRow("not allowed") << QVariant(qint64(1999)) << false << QVariant();
    }

    void parameterDefaultIsTypeChecked()
    {
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(QVariant, stored);
        ProjectDocument doc(DemoDocument::build());
        const QString d = dashboardId(doc);
        Parameter year = newParameter(ColumnType::Integer);
        year.allowedValues = {qint64(2024), qint64(2025), qint64(2026)};
        doc.undoStack()->push(new AddParameter(&doc, d, year));
        QString error;
        auto command = ChangeParameterDefault::create(&doc, d, year.id, value, &error);
        QCOMPARE(bool(command), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        if (!command)
            return;
        doc.undoStack()->push(command.release());
        QCOMPARE(doc.parameter(d, year.id)->defaultValue, stored);
        QCOMPARE(doc.parameter(d, year.id)->defaultValue.typeId(), stored.typeId());
        QVERIFY(ProjectValidator::validate(doc.project()).isEmpty());
    }

    void defaultEditsMerge()
    {
        ProjectDocument doc(DemoDocument::build());
        const QString d = dashboardId(doc);
        const QString p = firstDashboard(doc).parameters.first().id;
        for (const QString &text : {u"a"_s, u"ab"_s, u"abc"_s})
            doc.undoStack()->push(ChangeParameterDefault::create(&doc, d, p, text).release());
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.parameter(d, p)->defaultValue, QVariant(u"abc"_s));
        // The canvas re-renders what depends on it: every widget on the filtered dataset.
        QCOMPARE(doc.widgetsUsingParameter(d, p).size(),
                 firstDashboard(doc).widgets.size() - 1); // not text
    }

    void modifiedFollowsSaving()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"demo.dwproj"_s);
        ProjectDocument doc(DemoDocument::build());
        QSignalSpy modified(&doc, &ProjectDocument::modifiedChanged);
        QSignalSpy pathChanged(&doc, &ProjectDocument::filePathChanged);
        QVERIFY(!doc.isModified());
        const ObjectRef ref{dashboardId(doc), widgetId(doc)};
        doc.undoStack()->push(new SetProperty(&doc, ref, &Widget::title, u"A"_s));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().first().toBool(), true);

        QString error;
        QVERIFY2(doc.save(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.last().first().toBool(), false);
        QCOMPARE(doc.filePath(), path);
        QCOMPARE(pathChanged.count(), 1);

        // Typing after a save is a step of its own, so undo can return to the saved state.
        doc.undoStack()->push(new SetProperty(&doc, ref, &Widget::title, u"AB"_s));
        QCOMPARE(doc.undoStack()->count(), 2);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(!doc.isModified());

        const Project saved = doc.project();
        ProjectDocument reopened;
        Problems problems;
        QVERIFY2(reopened.load(path, &problems), qPrintable(problemText(problems)));
        QCOMPARE(reopened.project(), saved);
        QVERIFY(!reopened.isModified());
        QCOMPARE(reopened.filePath(), path);
        QCOMPARE(reopened.undoStack()->count(), 0);

        // Opening a file over a modified document: the old history goes, clean again.
        QSignalSpy aboutToReset(&doc, &ProjectDocument::projectAboutToBeReset);
        QSignalSpy reset(&doc, &ProjectDocument::projectReset);
        doc.undoStack()->push(new SetProperty(&doc, ref, &Widget::title, u"C"_s));
        QVERIFY(doc.isModified());
        modified.clear();
        QVERIFY(doc.load(path));
        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.first().first().toBool(), false);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.project(), saved);

        QVERIFY(!reopened.load(dir.filePath(u"missing.dwproj"_s), &problems));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(reopened.project(), saved);
    }

    void structuralSignalsInOrder()
    {
        ProjectDocument doc(DemoDocument::build());
        QStringList log;
        const int widgets = int(firstDashboard(doc).widgets.size());
        const auto record = [&](const QString &what, int dashboardRow, int row) {
            // What item models need: "about to" before the list changes, the other after.
            log.append(u"%1 %2 %3 %4"_s.arg(what)
                               .arg(dashboardRow)
                               .arg(row)
                               .arg(firstDashboard(doc).widgets.size()));
        };
        connect(&doc, &ProjectDocument::widgetAboutToBeAdded, this,
                [&](int d, int r) { record(u"aboutToBeAdded"_s, d, r); });
        connect(&doc, &ProjectDocument::widgetAdded, this,
                [&](int d, int r) { record(u"added"_s, d, r); });
        connect(&doc, &ProjectDocument::widgetAboutToBeRemoved, this,
                [&](int d, int r) { record(u"aboutToBeRemoved"_s, d, r); });
        connect(&doc, &ProjectDocument::widgetRemoved, this,
                [&](int d, int r) { record(u"removed"_s, d, r); });
        QSignalSpy changed(&doc, &ProjectDocument::widgetChanged);

        doc.undoStack()->push(new AddWidget(&doc, dashboardId(doc), newWidget(), 1));
        doc.undoStack()->undo();
        const QString n = QString::number(widgets);
        const QString n1 = QString::number(widgets + 1);
        QCOMPARE(log,
                 (QStringList{u"aboutToBeAdded 0 1 "_s + n, u"added 0 1 "_s + n1,
                              u"aboutToBeRemoved 0 1 "_s + n1, u"removed 0 1 "_s + n}));
        QCOMPARE(changed.count(), 0);

        const ObjectRef ref{dashboardId(doc), widgetId(doc, 3)};
        doc.undoStack()->push(new SetProperty(&doc, ref, &Widget::limit, 7));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first(), (QVariantList{ref.dashboardId, ref.id}));

        QSignalSpy parameterChanged(&doc, &ProjectDocument::parameterChanged);
        QSignalSpy dashboardRemoved(&doc, &ProjectDocument::dashboardRemoved);
        QSignalSpy aboutToRemoveDashboard(&doc, &ProjectDocument::dashboardAboutToBeRemoved);
        doc.undoStack()->push(new RenameParameter(&doc, ref.dashboardId,
                                                  firstDashboard(doc).parameters[0].id, u"x"_s));
        QCOMPARE(parameterChanged.count(), 1);
        doc.undoStack()->push(new RemoveDashboard(&doc, dashboardId(doc, 2)));
        QCOMPARE(aboutToRemoveDashboard.count(), 1);
        QCOMPARE(dashboardRemoved.first().first().toInt(), 2);
    }

    void macroGuardIsOneStep()
    {
        ProjectDocument doc(DemoDocument::build());
        const QString d = dashboardId(doc);
        {
            UndoMacroGuard macro(doc.undoStack(), u"Tidy up"_s);
            doc.undoStack()->push(new RemoveWidget(&doc, d, widgetId(doc, 0)));
            doc.undoStack()->push(
                    new SetProperty(&doc, {QString(), d}, &Dashboard::title, u"Tidy"_s));
            doc.undoStack()->push(new AddWidget(&doc, d, newWidget()));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), u"Tidy up"_s);
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), DemoDocument::build());
        doc.undoStack()->redo();
        QCOMPARE(firstDashboard(doc).title, u"Tidy"_s);

        // finish() ends the macro early; the guard's end of scope then ends nothing more.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        {
            UndoMacroGuard early(doc.undoStack(), u"Early"_s);
            doc.undoStack()->push(
                    new SetProperty(&doc, {QString(), d}, &Dashboard::title, u"Early"_s));
            early.finish();
            doc.undoStack()->push(new SetProperty(&doc, {QString(), d}, &Dashboard::description,
                                                  u"After"_s, u"Describe"_s));
        }
        QCOMPARE(doc.undoStack()->count(), 3);
        QCOMPARE(doc.undoStack()->undoText(), u"Describe"_s);
        doc.undoStack()->undo();
        QCOMPARE(doc.undoStack()->undoText(), u"Early"_s);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
