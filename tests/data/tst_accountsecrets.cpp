// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// An account gets a keystore secret only of the kind it takes: a project file (shared, edited by
// many) naming the production database's password from a plugin account must not send it to the
// plugin's base URL as X-Secret.
#include "data/accountsecrets.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

Q_DECLARE_METATYPE(Dashwright::AccountType)
Q_DECLARE_METATYPE(Dashwright::StoredSecret::Kind)

class TestAccountSecrets : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data()
    {
        QTest::addColumn<AccountType>("type");
        QTest::addColumn<StoredSecret::Kind>("kind");
        QTest::addColumn<bool>("given");
        using K = StoredSecret::Kind;
        QTest::newRow("postgresql, password") << AccountType::Postgresql << K::Password << true;
        QTest::newRow("postgresql, api key") << AccountType::Postgresql << K::ApiKey << false;
        QTest::newRow("plugin, api key") << AccountType::Plugin << K::ApiKey << true;
        QTest::newRow("plugin, password") << AccountType::Plugin << K::Password << false;
        QTest::newRow("sqlite, password") << AccountType::Sqlite << K::Password << false;
    }

    void kinds()
    {
        QFETCH(AccountType, type);
        QFETCH(StoredSecret::Kind, kind);
        QFETCH(bool, given);
        Project project;
        Account account;
        account.id = u"a"_s;
        account.type = type;
        account.secretId = u"s"_s;
        project.accounts = {account};
        const QHash<QString, QString> secrets = accountSecrets(
                project,
                {StoredSecret{u"s"_s, kind, u"v"_s}, StoredSecret{u"other"_s, kind, u"w"_s}});
        QCOMPARE(secrets.contains(u"s"_s), given);
        // Never a secret no account names.
        QVERIFY(!secrets.contains(u"other"_s));
    }

    // Named by a database account and by a plugin account: it fits one of them only, and is
    // given to neither (the resolver looks secrets up by id alone).
    void sharedAcrossKinds()
    {
        Project project;
        Account database;
        database.id = u"db"_s;
        database.type = AccountType::Postgresql;
        database.secretId = u"s"_s;
        Account plugin = database;
        plugin.id = u"plugin"_s;
        plugin.type = AccountType::Plugin;
        project.accounts = {database, plugin};
        QVERIFY(accountSecrets(project,
                               {StoredSecret{u"s"_s, StoredSecret::Kind::Password, u"v"_s}})
                        .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountSecrets)
#include "tst_accountsecrets.moc"
