// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/accountdialog.h"
#include "dialogs/projectkeystore.h"
#include "dialogsfixture.h"

#include "crypto/keystore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Dialogs;

// The account dialog: the fields of each type, a connection test off the UI thread, passwords into
// the keystore and never into the project file, and OK as one undo step.
class TestAccountDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(createDemo(m_dir.path(), &error), qPrintable(error));
    }

    void fieldsPerType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("sqlite") << int(AccountType::Sqlite) << QStringList{u"path"_s}
                                << QStringList{u"host"_s, u"password"_s, u"baseUrl"_s};
        QTest::newRow("postgresql")
                << int(AccountType::Postgresql)
                << QStringList{u"host"_s, u"port"_s, u"database"_s, u"user"_s, u"password"_s}
                << QStringList{u"path"_s, u"baseUrl"_s};
        QTest::newRow("plugin") << int(AccountType::Plugin)
                                << QStringList{u"baseUrl"_s, u"apiSecret"_s}
                                << QStringList{u"path"_s, u"host"_s};
    }

    void fieldsPerType()
    {
        QFETCH(int, type);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        ProjectDocument doc;
        ProjectKeystore keystore(&doc);
        AccountDialog dialog(&doc, &keystore);
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(u"type"_s);
        combo->setCurrentIndex(combo->findData(type));
        for (const QString &name : shown)
            QVERIFY2(dialog.findChild<QWidget *>(name)->isVisible(), qPrintable(name));
        for (const QString &name : hidden)
            QVERIFY2(!dialog.findChild<QWidget *>(name)->isVisible(), qPrintable(name));
        QCOMPARE(int(dialog.account().type), type);
    }

    void testConnection_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("where"); // SQLite path, or PostgreSQL host:port
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // pattern of the status text
        QTest::newRow("demo database") << int(AccountType::Sqlite) << u"burrito.sqlite"_s << true
                                       << u"^Connected: SQLite 3\\.\\d+\\.\\d+$"_s;
        QTest::newRow("missing file") << int(AccountType::Sqlite) << u"nowhere.sqlite"_s << false
                                      << u"^Connection failed: .*not found"_s;
        // Nothing listens on port 1: refused at once (or no driver), an error either way.
        QTest::newRow("postgresql refused") << int(AccountType::Postgresql) << u"127.0.0.1:1"_s
                                            << false << u"^Connection failed: "_s;
    }

    void testConnection()
    {
        QFETCH(int, type);
        QFETCH(QString, where);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        auto doc = openDemo(m_dir.path());
        QVERIFY(doc);
        ProjectKeystore keystore(doc.get());
        AccountDialog dialog(doc.get(), &keystore);
        auto *combo = dialog.findChild<QComboBox *>(u"type"_s);
        combo->setCurrentIndex(combo->findData(type));
        if (type == int(AccountType::Sqlite)) {
            dialog.findChild<QLineEdit *>(u"path"_s)->setText(where);
        } else {
            dialog.findChild<QLineEdit *>(u"host"_s)->setText(where.section(u':', 0, 0));
            dialog.findChild<QSpinBox *>(u"port"_s)->setValue(where.section(u':', 1).toInt());
            dialog.findChild<QLineEdit *>(u"database"_s)->setText(u"postgres"_s);
            dialog.findChild<QLineEdit *>(u"password"_s)->setText(u"x"_s);
        }
        QSignalSpy finished(&dialog, &AccountDialog::testFinished);
        QElapsedTimer timer;
        timer.start();
        dialog.testConnection();
        // The call returns at once; the result arrives later through the event loop.
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(dialog.statusText(), u"Connecting…"_s);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toBool(), ok);
        screenshot(&dialog,
                   u"account-"_s
                           + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        const QString status = dialog.statusText();
        QVERIFY2(QRegularExpression(expected).match(status).hasMatch(), qPrintable(status));
        QCOMPARE(doc->undoStack()->count(), 0); // testing changes nothing
    }

    void passwordGoesToTheKeystoreOnly()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(createDemo(dir.path(), &error), qPrintable(error));
        auto doc = openDemo(dir.path());
        QVERIFY(doc);
        ProjectKeystore keystore(doc.get());
        const QString password = u"pg-s3cret-7f1c"_s;

        AccountDialog dialog(doc.get(), &keystore);
        auto *combo = dialog.findChild<QComboBox *>(u"type"_s);
        combo->setCurrentIndex(combo->findData(int(AccountType::Postgresql)));
        dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Warehouse"_s);
        dialog.findChild<QLineEdit *>(u"host"_s)->setText(u"db.example.com"_s);
        dialog.findChild<QLineEdit *>(u"database"_s)->setText(u"sales"_s);
        dialog.findChild<QLineEdit *>(u"user"_s)->setText(u"analyst"_s);
        dialog.findChild<QLineEdit *>(u"password"_s)->setText(password);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(doc->undoStack()->count(), 1);

        const Account *account = doc->account(dialog.accountId());
        QVERIFY(account);
        QCOMPARE(account->host, u"db.example.com"_s);
        QVERIFY(!account->secretId.isEmpty());
        QVERIFY(doc->save(projectPath(dir.path()), &error));
        QFile projectFile(projectPath(dir.path()));
        QVERIFY(projectFile.open(QIODevice::ReadOnly));
        const QByteArray projectText = projectFile.readAll();
        QVERIFY(projectText.contains("db.example.com"));
        QVERIFY(!projectText.contains(password.toUtf8()));

        const std::optional<Keystore> stored
                = Keystore::load(QDir(dir.path()).filePath(u"burrito.dwkeys"_s), &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(stored->secret(account->secretId));
        QCOMPARE(stored->secret(account->secretId)->value, password);
        QVERIFY(!stored->signingKeys().isEmpty()); // the demo's keys are still there

        // Editing without typing a password keeps the stored one.
        AccountDialog edit(doc.get(), &keystore);
        edit.setAccountId(account->id);
        QCOMPARE(edit.findChild<QLineEdit *>(u"password"_s)->text(), QString());
        edit.findChild<QLineEdit *>(u"user"_s)->setText(u"reader"_s);
        edit.accept();
        QCOMPARE(doc->undoStack()->count(), 2);
        QCOMPARE(doc->account(account->id)->user, u"reader"_s);
        QCOMPARE(keystore.secret(account->secretId, &error), std::optional<QString>(password));
    }

    void editIsOneUndoStep()
    {
        auto doc = openDemo(m_dir.path());
        QVERIFY(doc);
        ProjectKeystore keystore(doc.get());
        const Project before = doc->project();
        AccountDialog dialog(doc.get(), &keystore);
        dialog.setAccountId(before.accounts.first().id);
        QCOMPARE(dialog.account(), before.accounts.first());
        dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Burritos"_s);
        dialog.findChild<QLineEdit *>(u"path"_s)->setText(u"other.sqlite"_s);
        dialog.accept();
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->project().accounts.first().name, u"Burritos"_s);
        QCOMPARE(doc->project().accounts.first().path, u"other.sqlite"_s);
        doc->undoStack()->undo();
        QVERIFY(doc->project() == before);

        // Unchanged: no step at all.
        AccountDialog same(doc.get(), &keystore);
        same.setAccountId(before.accounts.first().id);
        same.accept();
        QCOMPARE(doc->undoStack()->index(), 0);
    }

    void refusesIncompleteAccounts_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("no name") << int(AccountType::Sqlite) << QString();
        QTest::newRow("sqlite without path") << int(AccountType::Sqlite) << u"A"_s;
        QTest::newRow("postgresql without host") << int(AccountType::Postgresql) << u"A"_s;
        QTest::newRow("plugin without url") << int(AccountType::Plugin) << u"A"_s;
    }

    void refusesIncompleteAccounts()
    {
        QFETCH(int, type);
        QFETCH(QString, name);
        ProjectDocument doc;
        ProjectKeystore keystore(&doc);
        AccountDialog dialog(&doc, &keystore);
        auto *combo = dialog.findChild<QComboBox *>(u"type"_s);
        combo->setCurrentIndex(combo->findData(type));
        dialog.findChild<QLineEdit *>(u"name"_s)->setText(name);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.statusText().isEmpty());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
