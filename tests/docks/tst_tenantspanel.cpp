// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/listcommands.h"
#include "commands/settenantclaims.h"
#include "common/json.h"
#include "docks/listeditor.h"
#include "docks/metadatasection.h"
#include "docks/policyvaluessection.h"
#include "docks/tenantform.h"
#include "docks/tenantspanel.h"
#include "docksfixture.h"
#include "itemmodels/tenantmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Docks;

namespace {
// Changes the form as a person would; gets the document to look things up.
using FormEdit = std::function<void(TenantForm *, const ProjectDocument &)>;

// Screenshots for people to look at, when DASHWRIGHT_SCREENSHOTS names a folder.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DASHWRIGHT_SCREENSHOTS");
    // Layouts settle on posted events, one nesting level at a time; a test has no event loop.
    for (int level = 0; level < 8; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

template<typename T>
T *field(QWidget *form, const QString &name)
{
    T *widget = form->findChild<T *>(name);
    if (!widget)
        qWarning("no field %s", qPrintable(name));
    return widget;
}

void type(QWidget *form, const QString &name, const QString &text)
{
    auto *edit = field<QLineEdit>(form, name);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void choose(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

QTableWidget *filterTable(QWidget *form)
{
    return field<ListEditor>(form, u"filters"_s)->table();
}

void clickSecurable(QWidget *form, const QString &id)
{
    auto *list = field<QListWidget>(form, u"securables"_s);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->data(Qt::UserRole).toString() == id)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    }
}

const QString &accountId(const ProjectDocument &doc)
{
    return doc.project().accounts.first().id;
}
} // namespace

Q_DECLARE_METATYPE(FormEdit)

// The tenants panel over the demo project: profiles are created, duplicated, renamed and deleted
// undoably; each kind of claim edited through the form gives exactly the expected claims in as
// many undo steps as intended, and undo/redo restore the document exactly; text that is not JSON
// is refused; no credentials can be entered.
class TestTenantsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelListsAndRenames()
    {
        auto doc = demoDocument();
        TenantModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto &tenants = doc->project().tenants;
        QCOMPARE(model.rowCount(), tenants.size());
        QCOMPARE(model.index(2).data().toString(), tenants.at(2).name);
        QCOMPARE(model.index(2).data(TenantModel::IdRole).toString(), tenants.at(2).id);
        QCOMPARE(model.rowOf(tenants.at(2).id), 2);

        QSignalSpy refused(&model, &TenantModel::editRefused);
        const Project before = doc->project();
        QVERIFY(!model.setData(model.index(0), u"  "_s));
        QVERIFY(!model.setData(model.index(0), tenants.at(1).name));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(doc->undoStack()->count(), 0);

        QVERIFY(model.setData(model.index(0), u" Farolito "_s));
        QCOMPARE(model.index(0).data().toString(), u"Farolito"_s);
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(undoRedoRoundTrip(*doc, before));
    }

    void createDuplicateDelete()
    {
        auto doc = demoDocument();
        TenantsPanel panel(doc.get());
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(panel.objectName(), u"tenantsPanel"_s);
        const Project before = doc->project();
        const int count = int(before.tenants.size());
        QSignalSpy current(&panel, &TenantsPanel::currentTenantChanged);

        const QString added = panel.addTenant();
        QCOMPARE(panel.currentTenantId(), added);
        QCOMPARE(current.last().first().toString(), added);
        QCOMPARE(doc->tenant(added)->name, u"New tenant"_s);
        QVERIFY(doc->tenant(added)->claims == Json({{"securables", Json::array()}}));
        QCOMPARE(panel.addTenant().isEmpty(), false);
        QCOMPARE(doc->project().tenants.last().name, u"New tenant 2"_s);

        const TenantProfile original = before.tenants.at(1);
        const QString copy = panel.duplicateTenant(original.id);
        QCOMPARE(doc->tenantIndex(copy), 2);
        QCOMPARE(doc->tenant(copy)->name, original.name + u" (copy)"_s);
        QVERIFY(doc->tenant(copy)->claims == original.claims);
        QVERIFY(copy != original.id);
        QCOMPARE(panel.currentTenantId(), copy);

        QVERIFY(panel.removeTenant(before.tenants.at(0).id));
        QVERIFY(!panel.removeTenant(u"no such profile"_s));
        QCOMPARE(doc->project().tenants.size(), count + 2);
        QCOMPARE(doc->undoStack()->count(), 4);
        QVERIFY(undoRedoRoundTrip(*doc, before));
    }

    void activationRequestsPreview()
    {
        auto doc = demoDocument();
        TenantsPanel panel(doc.get());
        QSignalSpy preview(&panel, &TenantsPanel::previewRequested);
        panel.setCurrentTenantId(doc->project().tenants.at(3).id);
        QCOMPARE(panel.currentTenantId(), doc->project().tenants.at(3).id);
        QTest::keyClick(panel.view(), Qt::Key_Return);
        QCOMPARE(preview.count(), 1);
        QCOMPARE(preview.first().first().toString(), doc->project().tenants.at(3).id);
    }

    // Each demo profile is valid, and the form shows what it grants.
    void showsEveryDemoProfile()
    {
        auto doc = demoDocument();
        TenantsPanel panel(doc.get());
        panel.resize(520, 1500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (const TenantProfile &tenant : doc->project().tenants) {
            panel.setCurrentTenantId(tenant.id);
            QCOMPARE(panel.form()->tenantId(), tenant.id);
            QCOMPARE(panel.form()->problems(), QString());
            const Json securables = tenant.claims["securables"];
            auto *list = field<QListWidget>(panel.form(), u"securables"_s);
            int checked = 0;
            for (int row = 0; row < list->count(); ++row)
                checked += list->item(row)->checkState() == Qt::Checked;
            QCOMPARE(checked, int(securables.size()));
            QCOMPARE(field<QLineEdit>(panel.form(), u"username"_s)->text(),
                     QString::fromStdString(tenant.claims.value("username", "")));
            screenshot(&panel,
                       u"tenantspanel-"_s + tenant.name.section(u' ', 0, 0).toLower() + u'-'
                               + QString::number(doc->tenantIndex(tenant.id)));
        }
    }

    void claimEdits_data()
    {
        QTest::addColumn<int>("tenant");
        QTest::addColumn<FormEdit>("edit");
        QTest::addColumn<std::function<Json(const ProjectDocument &, Json)>>("expected");
        QTest::addColumn<int>("steps");
        using Expect = std::function<Json(const ProjectDocument &, Json)>;
        const auto row
                = [](const char *name, int tenant, FormEdit edit, Expect expected, int steps) {
                      QTest::newRow(name) << tenant << edit << expected << steps;
                  };
        row(
                "type an email", 0,
                [](TenantForm *f, const ProjectDocument &) {
                    type(f, u"email"_s, u"ana@example.com"_s);
                },
                [](const ProjectDocument &, Json c) {
                    c["email"] = "ana@example.com";
                    return c;
                },
                1);
        row(
                "clear the username", 0,
                [](TenantForm *f, const ProjectDocument &) {
                    auto *edit = field<QLineEdit>(f, u"username"_s);
                    edit->selectAll();
                    QTest::keyClick(edit, Qt::Key_Delete);
                },
                [](const ProjectDocument &, Json c) {
                    c.erase("username");
                    return c;
                },
                1);
        row(
                "inactivity interval", 0,
                [](TenantForm *f, const ProjectDocument &) {
                    field<QSpinBox>(f, u"inactivity_interval"_s)->setValue(600);
                },
                [](const ProjectDocument &, Json c) {
                    c["inactivity_interval"] = 600;
                    return c;
                },
                1);
        row(
                "grant a dashboard", 0,
                [](TenantForm *f, const ProjectDocument &d) {
                    clickSecurable(f, d.project().dashboards.at(1).id);
                },
                [](const ProjectDocument &d, Json c) {
                    c["securables"].push_back(utf8(d.project().dashboards.at(1).id));
                    return c;
                },
                1);
        row(
                "grant a dataset, revoke the dashboard", 0,
                [](TenantForm *f, const ProjectDocument &d) {
                    clickSecurable(f, d.project().datasets.at(0).id);
                    clickSecurable(f, d.project().dashboards.at(0).id);
                },
                [](const ProjectDocument &d, Json c) {
                    c["securables"] = Json::array({utf8(d.project().datasets.at(0).id)});
                    return c;
                },
                2);
        row(
                "override a parameter", 5,
                [](TenantForm *f, const ProjectDocument &) {
                    field<QCheckBox>(f, u"override/distributor"_s)->click();
                    type(f, u"value/distributor"_s, u"El Tapatio"_s);
                },
                [](const ProjectDocument &, Json c) {
                    c["parameter_overrides"] = {{"distributor", "El Tapatio"}};
                    return c;
                },
                2);
        row(
                "stop overriding a parameter", 0,
                [](TenantForm *f, const ProjectDocument &) {
                    field<QCheckBox>(f, u"override/distributor"_s)->click();
                },
                [](const ProjectDocument &, Json c) {
                    c.erase("parameter_overrides");
                    return c;
                },
                1);
        row(
                "filter value", 1,
                [](TenantForm *f, const ProjectDocument &) {
                    // Typed at once: whether keys merge depends on focus, which offscreen lacks.
                    auto *value = qobject_cast<QLineEdit *>(filterTable(f)->cellWidget(0, 3));
                    value->setText(u"El Farolito"_s);
                    Q_EMIT value->textEdited(value->text());
                },
                [](const ProjectDocument &, Json c) {
                    c["filters"][0]["value"] = "El Farolito";
                    return c;
                },
                1);
        row(
                "filter expression to a list", 1,
                [](TenantForm *f, const ProjectDocument &) {
                    choose(qobject_cast<QComboBox *>(filterTable(f)->cellWidget(0, 2)),
                           u"? in ?"_s);
                },
                [](const ProjectDocument &, Json c) {
                    c["filters"][0]["expression"] = "? in ?";
                    c["filters"][0]["value"] = Json::array({"Fiesty Fiesta"});
                    return c;
                },
                1);
        row(
                "filter clause, origin and no value", 1,
                [](TenantForm *f, const ProjectDocument &) {
                    choose(qobject_cast<QComboBox *>(filterTable(f)->cellWidget(0, 4)),
                           u"having"_s);
                    choose(qobject_cast<QComboBox *>(filterTable(f)->cellWidget(0, 5)),
                           u"initialization"_s);
                    choose(qobject_cast<QComboBox *>(filterTable(f)->cellWidget(0, 2)),
                           u"? is null"_s);
                },
                [](const ProjectDocument &, Json c) {
                    c["filters"][0]["clause"] = "having";
                    c["filters"][0]["origin"] = "initialization";
                    c["filters"][0]["expression"] = "? is null";
                    c["filters"][0].erase("value");
                    return c;
                },
                3);
        row(
                "filter on another dataset takes its column", 1,
                [](TenantForm *f, const ProjectDocument &d) {
                    choose(qobject_cast<QComboBox *>(filterTable(f)->cellWidget(0, 0)),
                           d.project().datasets.at(1).id);
                },
                [](const ProjectDocument &d, Json c) {
                    const Dataset &dataset = d.project().datasets.at(1);
                    c["filters"][0]["securable_id"] = utf8(dataset.id);
                    c["filters"][0]["column_id"] = utf8(dataset.columns.first().id);
                    return c;
                },
                1);
        row(
                "add and remove filters", 0,
                [](TenantForm *f, const ProjectDocument &) {
                    auto *editor = field<ListEditor>(f, u"filters"_s);
                    QMetaObject::invokeMethod(field<QWidget>(editor, u"add"_s), "click");
                    QMetaObject::invokeMethod(field<QWidget>(editor, u"add"_s), "click");
                    editor->table()->setCurrentCell(0, 3);
                    QMetaObject::invokeMethod(field<QWidget>(editor, u"remove"_s), "click");
                },
                [](const ProjectDocument &d, Json c) {
                    const Dataset &dataset = d.project().datasets.first();
                    c["filters"] = Json::array({{{"clause", "where"},
                                                 {"origin", "global"},
                                                 {"securable_id", utf8(dataset.id)},
                                                 {"column_id", utf8(dataset.columns.first().id)},
                                                 {"expression", "? = ?"}}});
                    return c;
                },
                3);
        row(
                "policy value", 2,
                [](TenantForm *f, const ProjectDocument &) {
                    type(f, u"policy/restaurant_name"_s, u"El Tapatio"_s);
                },
                [](const ProjectDocument &, Json c) {
                    c["policy_values"]["restaurant_name"] = "El Tapatio";
                    return c;
                },
                1);
        row(
                "policy value cleared", 2,
                [](TenantForm *f, const ProjectDocument &) {
                    auto *edit = field<QLineEdit>(f, u"policy/restaurant_name"_s);
                    edit->selectAll();
                    QTest::keyClick(edit, Qt::Key_Backspace);
                },
                [](const ProjectDocument &, Json c) {
                    c.erase("policy_values");
                    return c;
                },
                1);
        row(
                "override an account's database", 0,
                [](TenantForm *f, const ProjectDocument &d) {
                    field<QCheckBox>(f, u"account/"_s + accountId(d))->click();
                    type(f, u"account/%1/database"_s.arg(accountId(d)), u"tapatio.sqlite"_s);
                },
                [](const ProjectDocument &d, Json c) {
                    c["account_overrides"]
                            = {{utf8(accountId(d)), {{"database", "tapatio.sqlite"}}}};
                    return c;
                },
                2);
        row(
                "stop overriding an account", 3,
                [](TenantForm *f, const ProjectDocument &d) {
                    field<QCheckBox>(f, u"account/"_s + accountId(d))->click();
                },
                [](const ProjectDocument &, Json c) {
                    c.erase("account_overrides");
                    return c;
                },
                1);
        row(
                "metadata", 4,
                [](TenantForm *f, const ProjectDocument &) {
                    field<QPlainTextEdit>(f, u"metadata"_s)
                            ->setPlainText(u"{\"region\": [\"East\", 2]}"_s);
                },
                [](const ProjectDocument &, Json c) {
                    c["metadata"] = {{"region", Json::array({"East", 2})}};
                    return c;
                },
                1);
        row(
                "metadata added", 0,
                [](TenantForm *f, const ProjectDocument &) {
                    field<QPlainTextEdit>(f, u"metadata"_s)->setPlainText(u"42"_s);
                },
                [](const ProjectDocument &, Json c) {
                    c["metadata"] = 42;
                    return c;
                },
                1);
    }

    void claimEdits()
    {
        QFETCH(int, tenant);
        QFETCH(FormEdit, edit);
        using Expect = std::function<Json(const ProjectDocument &, Json)>;
        QFETCH(Expect, expected);
        QFETCH(int, steps);
        auto doc = demoDocument();
        TenantsPanel panel(doc.get());
        const TenantProfile profile = doc->project().tenants.at(tenant);
        panel.setCurrentTenantId(profile.id);
        const Project before = doc->project();

        edit(panel.form(), *doc);
        const Json claims = doc->tenant(profile.id)->claims;
        const Json wanted = expected(*doc, profile.claims);
        QVERIFY2(claims == wanted, (claims.dump() + "\n  expected " + wanted.dump()).c_str());
        QCOMPARE(doc->undoStack()->count(), steps);
        QVERIFY(undoRedoRoundTrip(*doc, before));
        // The form follows undo: the profile's claims as they were, shown again.
        QCOMPARE(panel.form()->problems(), QString());
    }

    // Typed editors: allowed values as a list, a date as a date.
    void typedParameterOverrides()
    {
        auto doc = demoDocument();
        const QString dashboardId = dashboard(*doc).id;
        Parameter year{u"9a7c1b7e-0000-4000-8000-000000000001"_s,
                       u"year"_s,
                       u"Year"_s,
                       ColumnType::Integer,
                       QVariant(qint64(2025)),
                       {qint64(2024), qint64(2025)}};
        Parameter since{u"9a7c1b7e-0000-4000-8000-000000000002"_s,
                        u"since"_s,
                        u"Since"_s,
                        ColumnType::Date,
                        QVariant(QDate(2025, 1, 1)),
                        {}};
        doc->undoStack()->push(new AddParameter(doc.get(), dashboardId, year));
        doc->undoStack()->push(new AddParameter(doc.get(), dashboardId, since));
        TenantsPanel panel(doc.get());
        const TenantProfile profile = doc->project().tenants.at(0);
        panel.setCurrentTenantId(profile.id);
        const Project before = doc->project();
        const int stepsBefore = doc->undoStack()->count();

        auto *yearEditor = field<QComboBox>(panel.form(), u"value/year"_s);
        QVERIFY(yearEditor);
        QCOMPARE(yearEditor->count(), 2);
        QVERIFY(!yearEditor->isEnabled());
        field<QCheckBox>(panel.form(), u"override/year"_s)->click();
        QVERIFY(yearEditor->isEnabled());
        choose(yearEditor, QVariant(qint64(2024)));
        auto *sinceEditor = field<QDateEdit>(panel.form(), u"value/since"_s);
        QVERIFY(sinceEditor);
        field<QCheckBox>(panel.form(), u"override/since"_s)->click();
        sinceEditor->setDate(QDate(2026, 3, 4));

        Json wanted = profile.claims;
        wanted["parameter_overrides"]["year"] = 2024;
        wanted["parameter_overrides"]["since"] = "2026-03-04";
        const Json claims = doc->tenant(profile.id)->claims;
        QVERIFY2(claims == wanted, claims.dump().c_str());
        QCOMPARE(doc->undoStack()->count() - stepsBefore, 4);
        QCOMPARE(panel.form()->problems(), QString());
        while (doc->undoStack()->index() > stepsBefore)
            doc->undoStack()->undo();
        QCOMPARE(doc->project(), before);
        QVERIFY(!field<QCheckBox>(panel.form(), u"override/year"_s)->isChecked());
    }

    void invalidMetadataIsRefused()
    {
        auto doc = demoDocument();
        TenantsPanel panel(doc.get());
        const TenantProfile profile = doc->project().tenants.at(4);
        panel.setCurrentTenantId(profile.id);
        auto *text = field<QPlainTextEdit>(panel.form(), u"metadata"_s);
        QVERIFY(text->toPlainText().contains(u"FAR-001"_s));

        text->setPlainText(u"{\"region\": "_s);
        QVERIFY(panel.form()->metadata()->error().contains(u"JSON"_s));
        text->setPlainText(u"{\"a\": 1, \"a\": 2}"_s); // duplicate names are refused too
        QVERIFY(!panel.form()->metadata()->error().isEmpty());
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(doc->tenant(profile.id)->claims == profile.claims);
        // The text being typed stays, however wrong.
        QCOMPARE(text->toPlainText(), u"{\"a\": 1, \"a\": 2}"_s);

        text->setPlainText(u"{\"a\": 1}"_s);
        QCOMPARE(panel.form()->metadata()->error(), QString());
        QVERIFY(doc->tenant(profile.id)->claims["metadata"] == Json({{"a", 1}}));
        text->setPlainText(QString());
        QVERIFY(!doc->tenant(profile.id)->claims.contains("metadata"));
        QCOMPARE(doc->undoStack()->count(), 1); // typing merges
        doc->undoStack()->undo();
        QVERIFY(text->toPlainText().contains(u"FAR-001"_s));
    }

    void placeholderFields_data()
    {
        QTest::addColumn<bool>("extraPolicy");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("demo") << false << QStringList{u"restaurant_name"_s};
        QTest::newRow("nested, IN and literal rules")
                << true << QStringList{u"codes"_s, u"region"_s, u"restaurant_name"_s};
    }

    void placeholderFields()
    {
        QFETCH(bool, extraPolicy);
        QFETCH(QStringList, names);
        Project project = DemoDocument::build();
        if (extraPolicy) {
            AccessPolicy policy = project.accessPolicies.first();
            policy.id = u"9a7c1b7e-0000-4000-8000-000000000003"_s;
            PolicyRule literal = policy.rows.first();
            literal.value = u"West"_s;
            PolicyRule region = literal;
            region.value = u"${{region}}"_s;
            PolicyRule codes = literal;
            codes.op = PolicyOperator::In;
            codes.value = u"${{ codes }}"_s;
            literal.andRules = {region};
            literal.orRules = {codes};
            policy.rows = {literal};
            project.accessPolicies.append(policy);
        }
        ProjectDocument doc(project);
        TenantsPanel panel(&doc);
        QCOMPARE(panel.form()->policyValues()->placeholderNames(), names);
        QStringList fields;
        for (QLineEdit *edit : panel.form()->findChildren<QLineEdit *>()) {
            if (edit->objectName().startsWith(u"policy/"_s))
                fields.append(edit->objectName().mid(7));
        }
        fields.sort();
        QCOMPARE(fields, names);
        if (extraPolicy) {
            // An IN rule's placeholder takes a list.
            panel.setCurrentTenantId(doc.project().tenants.at(2).id);
            type(panel.form(), u"policy/codes"_s, u"A, B"_s);
            QVERIFY(doc.project().tenants.at(2).claims["policy_values"]["codes"]
                    == Json::array({"A", "B"}));
        }
    }

    void credentialsCannotBeEntered()
    {
        auto doc = demoDocument();
        Account postgres;
        postgres.id = u"9a7c1b7e-0000-4000-8000-000000000004"_s;
        postgres.name = u"Warehouse"_s;
        postgres.type = AccountType::Postgresql;
        postgres.host = u"db.example.com"_s;
        doc->undoStack()->push(new AddAccount(doc.get(), postgres));
        TenantsPanel panel(doc.get());
        const QString tenantId = doc->project().tenants.at(0).id;
        panel.setCurrentTenantId(tenantId);

        QStringList fields;
        for (QWidget *widget : panel.findChildren<QWidget *>()) {
            if (widget->objectName().startsWith(u"account/%1/"_s.arg(postgres.id)))
                fields.append(widget->objectName().section(u'/', -1));
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                QVERIFY2(edit->echoMode() == QLineEdit::Normal, qPrintable(edit->objectName()));
            QVERIFY2(!widget->objectName().contains(u"password"_s, Qt::CaseInsensitive),
                     qPrintable(widget->objectName()));
        }
        fields.sort();
        QCOMPARE(fields, (QStringList{u"database"_s, u"host"_s, u"port"_s, u"user"_s}));

        field<QCheckBox>(panel.form(), u"account/"_s + postgres.id)->click();
        field<QSpinBox>(panel.form(), u"account/%1/port"_s.arg(postgres.id))->setValue(6543);
        type(panel.form(), u"account/%1/user"_s.arg(postgres.id), u"tenant"_s);
        QVERIFY(doc->tenant(tenantId)->claims["account_overrides"][utf8(postgres.id)]
                == Json({{"port", 6543}, {"user", "tenant"}}));
        QCOMPARE(panel.form()->problems(), QString());

        // A password that got into a profile some other way is named as a problem.
        Json claims = doc->tenant(tenantId)->claims;
        claims["account_overrides"][utf8(postgres.id)]["password"] = "secret";
        doc->undoStack()->push(new SetTenantClaims(doc.get(), tenantId, claims));
        QVERIFY(panel.form()->problems().contains(u"credentials"_s));
    }
};

QTEST_MAIN(TestTenantsPanel)
#include "tst_tenantspanel.moc"
