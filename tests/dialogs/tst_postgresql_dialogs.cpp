// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The designer's PostgreSQL dialogs against a throw-away PostgreSQL 15 cluster: the account
// dialog's "Test connection" reaches the server and keeps the statement timeout, and the dataset
// dialog lists the server's tables, schema-qualified outside the search path.
//
// Skipped with a message when PostgreSQL 15 is not installed, except when CI is set.
#include "dialogs/accountdialog.h"
#include "dialogs/datasetdialog.h"
#include "dialogs/projectkeystore.h"
#include "dialogsfixture.h"

#include "common/clirun.h"
#include "common/json.h"
#include "common/pgcluster.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Dialogs;

class TestPostgresqlDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        DASHWRIGHT_START_PG_CLUSTER(m_cluster);
        QVERIFY2(m_cluster.psql(u"postgres"_s, "CREATE DATABASE live;"),
                 qPrintable(m_cluster.error()));
        QVERIFY2(m_cluster.psql(u"live"_s, R"(
CREATE TABLE sales (id INTEGER, distributor TEXT);
CREATE SCHEMA archive;
CREATE TABLE archive.items (id BIGINT);
)"),
                 qPrintable(m_cluster.error()));
        QString error;
        QVERIFY2(createDemo(m_dir.path(), &error), qPrintable(error));
        // The demo's one account, pointed at the server.
        Json project = Json::parse(readWholeFile(projectPath(m_dir.path())).toStdString());
        Json &account = project["accounts"][0];
        account.erase("path");
        account["type"] = "postgresql";
        account["host"] = "127.0.0.1";
        account["port"] = m_cluster.port();
        account["database"] = "live";
        account["user"] = "dashwright";
        account["statement_timeout"] = 5;
        QVERIFY(writeWholeFile(projectPath(m_dir.path()),
                               QByteArray::fromStdString(project.dump(2))));
    }

    void testConnection()
    {
        auto doc = openDemo(m_dir.path());
        QVERIFY(doc);
        ProjectKeystore keystore(doc.get());
        AccountDialog dialog(doc.get(), &keystore);
        dialog.setAccountId(doc->project().accounts.first().id);
        auto *timeout = dialog.findChild<QSpinBox *>(u"statementTimeout"_s);
        QVERIFY(timeout);
        QCOMPARE(timeout->value(), 5);
        timeout->setValue(0);
        QCOMPARE(dialog.account().statementTimeout, 0);
        QSignalSpy finished(&dialog, &AccountDialog::testFinished);
        dialog.testConnection();
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().startsWith(u"Connected: PostgreSQL 15"_s),
                 qPrintable(dialog.statusText()));
    }

    void datasetDialogListsTables()
    {
        auto doc = openDemo(m_dir.path());
        QVERIFY(doc);
        ProjectKeystore keystore(doc.get());
        DatasetDialog dialog(doc.get(), &keystore);
        QSignalSpy loaded(&dialog, &DatasetDialog::tablesLoaded);
        QVERIFY(loaded.wait(15000));
        QVERIFY2(loaded.first().at(0).toBool(), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.tableNames(), (QStringList{u"archive.items"_s, u"sales"_s}));
    }

private:
    QTemporaryDir m_dir;
    Tests::PgCluster m_cluster;
};

QTEST_MAIN(TestPostgresqlDialogs)
#include "tst_postgresql_dialogs.moc"
