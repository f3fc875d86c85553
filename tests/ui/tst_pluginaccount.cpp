// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The designer on a broker plugin account (issue 13), end to end, against two instances of the
// reference plugin on loopback: instance A asks for the account's secret and maps FAR-001 to
// Farolito, instance B asks for none and maps FAR-001 to El Tapatio. The analyst tests the
// account (a wrong secret, the right one, then the one stored in the keystore), adds a dataset
// from the plugin's list with its typed columns and first rows, designs a chart on it and sees
// its rows; QA previews a tenant chosen by metadata and a tenant routed to instance B through the
// tenant form's base URL override, and the canvas shows each one's rows as `dashwright query --as`
// gives them. With DASHWRIGHT_SCREENSHOTS=DIR, the screenshots test saves the dialogs and the
// window there in English and German at two sizes.
#include "canvas/canvasdatacontroller.h"
#include "canvas/dashboardcanvas.h"
#include "commands/listcommands.h"
#include "common/clirun.h"
#include "common/demofixture.h"
#include "common/json.h"
#include "common/pluginprocess.h"
#include "dialogs/accountdialog.h"
#include "dialogs/datasetdialog.h"
#include "dialogs/projectkeystore.h"
#include "docks/datapanel.h"
#include "docks/tenantform.h"
#include "docks/tenantspanel.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "mainwindow.h"
#include "preview/previewselector.h"
#include "preview/tenantpreview.h"

#include "../dialogs/dialogsfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using Tests::PluginProcess;
using Tests::Dialogs::ScopedTranslation;

namespace {

const QByteArray secretA = "plugin-s3cret-a-91f";
const QString wrongSecret = u"not-the-plugin-s3cret"_s;
const QString metadataTenant = u"Farolito — metadata"_s;
const QString routedTenant = u"El Tapatio — own plugin"_s;
// The English plural forms come from dashwright_en.qm, which the designer loads and a test does
// not: "4 dataset(s)" here.
const QRegularExpression offersFour(u"^Connected: the plugin offers 4 dataset(s|\\(s\\))$"_s);

// A canvas value as `query --format json` writes it.
Json jsonValue(const QVariant &value)
{
    if (value.isNull())
        return nullptr;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    default:
        return value.toString().toStdString();
    }
}

// Equal as JSON, reals to a relative 1e-9.
bool sameValue(const Json &a, const Json &b)
{
    if (a.is_number() && b.is_number()) {
        const double x = a.get<double>();
        const double y = b.get<double>();
        return std::abs(x - y) <= 1e-9 * std::max({1.0, std::abs(x), std::abs(y)});
    }
    return a == b;
}

bool sameRows(const QList<QVariantList> &canvas, const Json &cli)
{
    if (!cli.is_array() || std::size_t(canvas.size()) != cli.size())
        return false;
    for (qsizetype r = 0; r < canvas.size(); ++r) {
        const Json &row = cli[std::size_t(r)];
        if (std::size_t(canvas[r].size()) != row.size())
            return false;
        for (qsizetype c = 0; c < canvas[r].size(); ++c) {
            if (!sameValue(jsonValue(canvas[r][c]), row[std::size_t(c)]))
                return false;
        }
    }
    return true;
}

// The plugin's --log lines.
QList<Json> logLines(const QString &path)
{
    QList<Json> lines;
    for (const QByteArray &line : readWholeFile(path).split('\n')) {
        if (!line.isEmpty())
            lines.append(Json::parse(line.toStdString()));
    }
    return lines;
}

void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DASHWRIGHT_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

class TestPluginAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        const QDir dir(m_demo.dir.path());
        m_logA = dir.filePath(u"a.log"_s);
        m_logB = dir.filePath(u"b.log"_s);
        const QString error
                = Tests::startPluginPair(m_a, m_b, m_demo.databasePath(), m_logA, m_logB, secretA);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(dir.mkpath(u"broker"_s));
        m_project = dir.filePath(u"broker/broker.dwproj"_s);
    }

    // The analyst: the account, tested; a dataset from the plugin's list; a chart with its rows;
    // two tenant profiles, one routed to instance B through the form's base URL field.
    void analystDesignsOnThePlugin()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.saveAs(m_project));

        // "Test connection" asks GET /datasets, off the UI thread, with the secret typed.
        AccountDialog *account = window.dataPanel()->addAccount();
        auto *type = account->findChild<QComboBox *>(u"type"_s);
        type->setCurrentIndex(type->findData(int(AccountType::Plugin)));
        account->findChild<QLineEdit *>(u"name"_s)->setText(u"Burrito broker"_s);
        account->findChild<QLineEdit *>(u"baseUrl"_s)->setText(m_a.url);
        auto *secret = account->findChild<QLineEdit *>(u"apiSecret"_s);
        auto *testButton = account->findChild<QPushButton *>(u"testConnection"_s);
        QVERIFY(testButton->isEnabled());
        secret->setText(wrongSecret);
        QString status = testConnection(account);
        QVERIFY2(QRegularExpression(u"^Connection failed: plugin at %1: GET /datasets answered "
                                    u"HTTP 401"_s.arg(QRegularExpression::escape(m_a.url)))
                         .match(status)
                         .hasMatch(),
                 qPrintable(status));
        QVERIFY(!status.contains(u'\n'));
        QVERIFY(!status.contains(wrongSecret));
        secret->setText(QString::fromLatin1(secretA));
        status = testConnection(account);
        QVERIFY2(offersFour.match(status).hasMatch(), qPrintable(status));
        QCOMPARE(window.document()->undoStack()->count(), 0); // testing changes nothing
        account->accept();
        QCOMPARE(window.document()->project().accounts.size(), 1);
        const Account broker = window.document()->project().accounts.first();
        QCOMPARE(broker.type, AccountType::Plugin);
        QVERIFY(!broker.secretId.isEmpty());
        m_accountId = broker.id;

        // Edited with the secret field left empty: the test uses the keystore's secret.
        AccountDialog *edit = window.dataPanel()->editAccount(broker.id);
        QVERIFY(edit->findChild<QLineEdit *>(u"apiSecret"_s)->text().isEmpty());
        status = testConnection(edit);
        QVERIFY2(offersFour.match(status).hasMatch(), qPrintable(status));
        edit->reject();

        // The dataset dialog lists the plugin's datasets (GET /datasets with the keystore's
        // secret) and reads the first rows of one through POST /query; there is no SQL to write.
        DatasetDialog *dataset = window.dataPanel()->addDataset(broker.id);
        QSignalSpy loaded(dataset, &DatasetDialog::tablesLoaded);
        if (dataset->tableNames().isEmpty())
            QVERIFY(loaded.wait(20000));
        QCOMPARE(dataset->tableNames(),
                 (QStringList{u"sales"_s, u"distributors"_s, u"products"_s, u"promotions"_s}));
        QVERIFY2(dataset->statusText().startsWith(u"The plugin offers 4 dataset"_s),
                 qPrintable(dataset->statusText()));
        QVERIFY(!dataset->findChild<QRadioButton *>(u"queryKind"_s)->isVisible());
        QSignalSpy previewed(dataset, &DatasetDialog::previewFinished);
        dataset->selectTable(u"sales"_s);
        QVERIFY(previewed.wait(20000));
        QVERIFY2(previewed.last().at(0).toBool(), qPrintable(previewed.last().at(1).toString()));
        QCOMPARE(dataset->previewRowCount(), DatasetDialog::previewRows);
        const auto *rows = dataset->findChild<QTableWidget *>(u"previewRows"_s);
        QCOMPARE(rows->horizontalHeaderItem(1)->text(), u"sale_date"_s);
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d$"_s)
                        .match(rows->item(0, 1)->text())
                        .hasMatch());
        const Dataset designed = dataset->dataset();
        QCOMPARE(designed.table, u"sales"_s);
        QCOMPARE(designed.columnByName(u"sale_date"_s)->type, ColumnType::Date);
        QCOMPARE(designed.columnByName(u"distributor"_s)->type, ColumnType::Text);
        dataset->accept();
        QCOMPARE(window.document()->project().datasets.size(), 1);

        // A bar chart from the palette: the plugin answers its rows, asked with the secret.
        const QString dashboardId = window.selection()->dashboardId();
        m_dashboardId = dashboardId;
        auto finished = watch(window);
        window.canvas()->paletteActions().at(int(WidgetType::Bar))->trigger();
        m_widgetId = window.document()->dashboard(dashboardId)->widgets.last().id;
        const WidgetRun design = settledRun(window, *finished);
        QVERIFY2(design.error.isEmpty(), qPrintable(design.error));
        QVERIFY(design.result.rows.size() > 1);
        const Json lastQuery = lastLine(m_logA, "/query");
        QCOMPARE(lastQuery.value("secret", ""), std::string("right"));

        // A wrong secret typed into the account reaches the canvas at once, and so does the
        // right one again: the account itself does not change, only the keystore.
        for (const QString &typed : {wrongSecret, QString::fromLatin1(secretA)}) {
            AccountDialog *again = window.dataPanel()->editAccount(broker.id);
            again->findChild<QLineEdit *>(u"apiSecret"_s)->setText(typed);
            finished = watch(window);
            again->accept();
            QCOMPARE(window.document()->project().accounts.first(), broker);
            const WidgetRun run = settledRun(window, *finished);
            if (typed == wrongSecret) {
                QVERIFY2(run.error.contains(u"HTTP 401"_s), qPrintable(run.error));
                QVERIFY(!run.error.contains(wrongSecret));
            } else {
                QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
                QCOMPARE(run.result.rows, design.result.rows);
            }
        }

        // The tenants: metadata alone, and metadata with a base URL override typed in the form.
        const auto grants = Json::array({dashboardId.toStdString()});
        const Json metadata{{"distributor_code", "FAR-001"}};
        const QString metadataId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString routedId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const auto &[id, name] :
             {std::pair(metadataId, metadataTenant), std::pair(routedId, routedTenant)}) {
            window.document()->undoStack()->push(
                    new AddTenant(window.document(),
                                  {id, name,
                                   Json{{"securables", grants},
                                        {"username", name.section(u' ', 0, 1).toStdString()},
                                        {"metadata", metadata}}}));
        }
        window.tenantsPanel()->show();
        window.tenantsPanel()->setCurrentTenantId(routedId);
        auto *form = window.tenantsPanel()->form();
        auto *overridden = form->findChild<QCheckBox *>(u"account/"_s + broker.id);
        QVERIFY(overridden);
        overridden->click();
        auto *baseUrl = form->findChild<QLineEdit *>(u"account/%1/base_url"_s.arg(broker.id));
        QVERIFY(baseUrl);
        QVERIFY(baseUrl->isEnabled());
        QCOMPARE(baseUrl->placeholderText(), m_a.url);
        QTest::keyClicks(baseUrl, m_b.url);
        const Json claims = window.document()->tenant(routedId)->claims;
        QVERIFY2(claims["account_overrides"][broker.id.toStdString()]
                         == Json({{"base_url", m_b.url.toStdString()}}),
                 claims.dump().c_str());
        QVERIFY(window.save());

        // The saved project holds no secret, and the CLI's design view is the canvas's.
        QVERIFY(!readWholeFile(m_project).contains(secretA));
        QVERIFY(!readWholeFile(m_project).contains(wrongSecret.toUtf8()));
        const Json cli = query({});
        QVERIFY(cli.is_object() && cli.contains("widgets"));
        QVERIFY2(sameRows(design.result.rows, cli["widgets"][0]["rows"]), cli.dump().c_str());
    }

    // QA: each tenant's canvas rows are `query --as` for it; the routed tenant's requests go to
    // instance B without the secret, the metadata tenant's to A with it.
    void tenantsPreviewTheirPluginRows()
    {
        QVERIFY2(!m_widgetId.isEmpty(), "the analyst's test ran first");
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        auto finished = watch(window);
        QVERIFY(window.loadProject(m_project));
        const WidgetRun design = settledRun(window, *finished);
        QVERIFY2(design.error.isEmpty() && !design.result.rows.isEmpty(), qPrintable(design.error));
        QList<QList<QVariantList>> seen;
        for (const QString &tenant : {metadataTenant, routedTenant}) {
            finished = watch(window);
            QVERIFY(window.previewSelector()->choose(tenant));
            QCOMPARE(window.preview()->mode(), TenantPreview::Mode::Profile);
            const WidgetRun run = settledRun(window, *finished);
            QVERIFY2(run.error.isEmpty() && run.resolution.denied.isEmpty(),
                     qPrintable(run.error + run.resolution.denied));
            const Json cli = query({u"--as"_s, tenant});
            QVERIFY(cli.is_object() && cli.contains("widgets"));
            QVERIFY2(sameRows(run.result.rows, cli["widgets"][0]["rows"]), cli.dump().c_str());
            QVERIFY(!run.result.rows.isEmpty());
            seen.append(run.result.rows);
            const Json line = lastLine(tenant == routedTenant ? m_logB : m_logA, "/query");
            QCOMPARE(line.value("secret", ""),
                     std::string(tenant == routedTenant ? "absent" : "right"));
            QVERIFY2(line["viewer"]["metadata"] == Json({{"distributor_code", "FAR-001"}}),
                     line.dump().c_str());
        }
        // The same code is another distributor on instance B: the override took effect.
        QVERIFY(seen.at(0) != seen.at(1));
    }

    void screenshots_data() { Tests::Dialogs::screenshotMatrix(); }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("DASHWRIGHT_SCREENSHOTS"))
            QSKIP("DASHWRIGHT_SCREENSHOTS names no folder");
        QVERIFY2(!m_accountId.isEmpty(), "the analyst's test ran first");
        QFETCH(QString, language);
        QFETCH(QSize, size);
        ScopedTranslation translation(language);
        QVERIFY(translation.ok(language));
        // English as the designer shows it, with its plural forms.
        QTranslator english;
        if (language == u"en"_s && english.load(u":/i18n/dashwright_en.qm"_s))
            QCoreApplication::installTranslator(&english);
        const QString tag
                = u"plugin-%1-%2x%3-"_s.arg(language).arg(size.width()).arg(size.height());

        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto finished = watch(window);
        QVERIFY(window.loadProject(m_project));
        settledRun(window, *finished);
        finished = watch(window);
        QVERIFY(window.previewSelector()->choose(routedTenant));
        window.tenantsPanel()->show();
        window.tenantsPanel()->raise();
        window.tenantsPanel()->setCurrentTenantId(window.document()->project().tenants.at(1).id);
        settledRun(window, *finished);
        shot(&window, tag + u"window"_s);

        AccountDialog *account = window.dataPanel()->editAccount(m_accountId);
        testConnection(account);
        shot(account, tag + u"account"_s);
        account->reject();

        DatasetDialog *dataset
                = window.dataPanel()->editDataset(window.document()->project().datasets.first().id);
        QSignalSpy previewed(dataset, &DatasetDialog::previewFinished);
        QVERIFY(previewed.wait(20000));
        shot(dataset, tag + u"dataset"_s);
        dataset->reject();
    }

private:
    // Runs the dialog's test and waits for its answer, checking it returned at once.
    static QString testConnection(AccountDialog *dialog)
    {
        QSignalSpy finished(dialog, &AccountDialog::testFinished);
        QElapsedTimer timer;
        timer.start();
        dialog->testConnection();
        if (timer.elapsed() >= 1000 || !finished.isEmpty()
            || dialog->statusText()
                    != QCoreApplication::translate("Dashwright::AccountDialog", "Connecting…"))
            return u"the test did not run in the background"_s;
        if (!finished.wait(20000))
            return u"no answer in 20 s"_s;
        return dialog->statusText();
    }

    // The chart's run once a query started after `finished` was made has ended.
    WidgetRun settledRun(MainWindow &window, QSignalSpy &finished) const
    {
        CanvasDataController *controller = window.canvas()->dataController();
        const bool settled = QTest::qWaitFor(
                [&] {
                    const bool ran = std::any_of(finished.cbegin(), finished.cend(),
                                                 [&](const QVariantList &signal) {
                                                     return signal.at(0).toString() == m_widgetId;
                                                 });
                    return ran && controller->run(m_widgetId) && !controller->isLoading(m_widgetId);
                },
                20000);
        if (!settled)
            qWarning("the chart did not finish in 20 s");
        return settled ? *controller->run(m_widgetId) : WidgetRun{};
    }

    static std::unique_ptr<QSignalSpy> watch(MainWindow &window)
    {
        return std::make_unique<QSignalSpy>(window.canvas()->dataController(),
                                            &CanvasDataController::widgetFinished);
    }

    Json query(const QStringList &as) const
    {
        const CliRun r = runDashwright(QStringList{u"query"_s, m_project, u"--dashboard"_s,
                                                   m_dashboardId, u"--format"_s, u"json"_s}
                                       + as);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return Json::parse(r.out.toStdString(), nullptr, false);
    }

    static Json lastLine(const QString &log, const char *path)
    {
        const QList<Json> lines = logLines(log);
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            if (it->value("path", "") == path)
                return *it;
        }
        return Json::object();
    }

    Tests::DemoFixture m_demo{2000};
    PluginProcess m_a;
    PluginProcess m_b;
    QString m_logA;
    QString m_logB;
    QString m_project;
    QString m_accountId;
    QString m_dashboardId;
    QString m_widgetId;
};

QTEST_MAIN(TestPluginAccount)
#include "tst_pluginaccount.moc"
