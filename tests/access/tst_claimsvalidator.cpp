// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/resolver.h"
#include "common/printable.h"
#include "document/claimsvalidator.h"

#include "common/demofixture.h"
#include "common/json.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// Claims come from files, tokens and project files: every field of them, given a value of every
// JSON type, is either accepted or refused with a problem naming that field, and never reaches a
// typed access that throws (issue 9, part 4: a filter's "origin": null was an internal error).
// Also the one formatter that every message quoting user text goes through.
class TestClaimsValidator : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo{500};
    Project m_project;
    QString m_postgresId = Tests::DemoFixture::newId();
    QString m_pluginId = Tests::DemoFixture::newId();

    const Dashboard &performance() const
    {
        return *m_project.dashboard(u"distributor-performance"_s);
    }

    // Valid claims that use every field the validator knows.
    Json fullClaims() const
    {
        const std::string sqliteId = m_project.accounts.first().id.toStdString();
        return {
                {"securables",
                 {performance().id.toStdString(),
                  m_project.dashboard(u"chain-overview"_s)->id.toStdString()}},
                {"expiry", "2999-01-01T00:00:00Z"},
                {"inactivity_interval", 600},
                {"username", "ana"},
                {"name", "Ana"},
                {"email", "ana@example.com"},
                {"suborganization", "Farolito"},
                {"parameter_overrides", {{"distributor", "Farolito"}}},
                {"filters",
                 {{{"clause", "where"},
                   {"origin", "global"},
                   {"securable_id", m_demo.dataset(u"Sales"_s).id.toStdString()},
                   {"column_id", m_demo.column(u"Sales"_s, u"distributor"_s).id.toStdString()},
                   {"expression", "? = ?"},
                   {"value", "Farolito"}}}},
                {"policy_values", {{"restaurant_name", "Farolito"}}},
                {"account_overrides",
                 {{sqliteId, {{"database", "burrito.sqlite"}}},
                  {m_postgresId.toStdString(),
                   {{"host", "db.example.com"},
                    {"port", 5432},
                    {"database", "sales"},
                    {"user", "farolito"},
                    {"password", "secret"}}},
                  {m_pluginId.toStdString(), {{"base_url", "https://broker.example.com/"}}}}},
                {"metadata", {{"distributor_code", "FAR-001"}}},
        };
    }

    // "/filters/0/origin" → "claims.filters[0].origin"
    static QString problemPath(const QString &pointer)
    {
        QString path = u"claims"_s;
        for (const QString &part : pointer.split(u'/', Qt::SkipEmptyParts)) {
            bool index = false;
            part.toInt(&index);
            path += index ? u'[' + part + u']' : u'.' + part;
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        m_project = m_demo.project;
        Account postgres;
        postgres.id = m_postgresId;
        postgres.name = u"Warehouse"_s;
        postgres.type = AccountType::Postgresql;
        postgres.host = u"localhost"_s;
        postgres.database = u"sales"_s;
        postgres.user = u"analyst"_s;
        m_project.accounts.append(postgres);
        Account plugin;
        plugin.id = m_pluginId;
        plugin.name = u"Broker"_s;
        plugin.type = AccountType::Plugin;
        plugin.baseUrl = u"https://broker.example.com/"_s;
        m_project.accounts.append(plugin);
        // The base is valid, so that each row's problem comes from its own change.
        QCOMPARE(ClaimsValidator::validate(fullClaims(), m_project, u"claims"_s,
                                           ClaimsValidator::Secrets::Allow),
                 Problems());
    }

    void everyFieldEveryType_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");

        const QString sqlite = m_project.accounts.first().id;
        const QStringList fields = {
                u""_s, // the claims themselves
                u"/securables"_s,
                u"/securables/0"_s,
                u"/expiry"_s,
                u"/inactivity_interval"_s,
                u"/username"_s,
                u"/name"_s,
                u"/email"_s,
                u"/suborganization"_s,
                u"/parameter_overrides"_s,
                u"/parameter_overrides/distributor"_s,
                u"/filters"_s,
                u"/filters/0"_s,
                u"/filters/0/clause"_s,
                u"/filters/0/origin"_s,
                u"/filters/0/securable_id"_s,
                u"/filters/0/column_id"_s,
                u"/filters/0/expression"_s,
                u"/filters/0/value"_s,
                u"/policy_values"_s,
                u"/policy_values/restaurant_name"_s,
                u"/account_overrides"_s,
                u"/account_overrides/"_s + sqlite,
                u"/account_overrides/"_s + sqlite + u"/database"_s,
                u"/account_overrides/"_s + sqlite + u"/path"_s,
                u"/account_overrides/"_s + m_postgresId + u"/host"_s,
                u"/account_overrides/"_s + m_postgresId + u"/port"_s,
                u"/account_overrides/"_s + m_postgresId + u"/database"_s,
                u"/account_overrides/"_s + m_postgresId + u"/user"_s,
                u"/account_overrides/"_s + m_postgresId + u"/password"_s,
                u"/account_overrides/"_s + m_pluginId + u"/base_url"_s,
                u"/metadata"_s,
                u"/unknown_field"_s,
        };
        const QList<std::pair<const char *, QString>> values = {
                {"null", u"null"_s},
                {"bool", u"true"_s},
                {"int", u"42"_s},
                {"negative", u"-1"_s},
                {"float", u"4.5"_s},
                {"string", u"\"text\""_s},
                {"control characters", u"\"\\u001b[2J\\u0000\""_s},
                {"empty array", u"[]"_s},
                {"array", u"[\"text\", 1]"_s},
                {"nested array", u"[[null]]"_s},
                {"object", u"{\"k\": \"text\"}"_s},
        };
        for (const QString &field : fields) {
            for (const auto &[name, json] : values) {
                const QString label = field.isEmpty() ? u"claims"_s
                                                      : field.section(u'/', -1)
                                + (field.count(u'/') > 1 ? u" in "_s + field.section(u'/', 1, 1)
                                                         : QString());
                QTest::addRow("%s = %s", qPrintable(label), name) << field << json;
            }
        }
    }

    void everyFieldEveryType()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        Json claims = fullClaims();
        claims[Json::json_pointer(pointer.toStdString())] = Json::parse(value.toStdString());
        const QString field = problemPath(pointer);

        for (const auto secrets :
             {ClaimsValidator::Secrets::Allow, ClaimsValidator::Secrets::Refuse}) {
            Problems problems;
            try {
                problems = ClaimsValidator::validate(claims, m_project, u"claims"_s, secrets);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(u"the validator threw: "_s + QString::fromUtf8(e.what())));
            }
            // Refusing secrets, the base has its password's problem already.
            const Problems base
                    = ClaimsValidator::validate(fullClaims(), m_project, u"claims"_s, secrets);
            QStringList all;
            bool named = false;
            bool onlyBase = true;
            for (const Problem &p : problems) {
                all.append(p.toString());
                named = named || p.path == field || p.path.startsWith(field + u'.')
                        || p.path.startsWith(field + u'[');
                onlyBase = onlyBase && base.contains(p);
            }
            // Accepted (nothing beyond the base's problems), or at least one problem names the
            // field (or a member of it).
            if (!onlyBase)
                QVERIFY2(named, qPrintable(all.join(u" | "_s)));
        }

        // What the validator accepts, the resolver uses without a typed access failing; what it
        // refuses, the resolver refuses with the first problem.
        const Problems problems = ClaimsValidator::validate(claims, m_project, u"claims"_s,
                                                            ClaimsValidator::Secrets::Allow);
        const Resolver resolver(m_project, m_demo.projectPath);
        try {
            const DashboardResolution resolution = resolver.resolve(performance(), claims, {});
            QCOMPARE(resolution.error,
                     problems.isEmpty() ? QString() : problems.first().toString());
        } catch (const std::exception &e) {
            QFAIL(qPrintable(u"the resolver threw: "_s + QString::fromUtf8(e.what())));
        }
    }

    // A NUL in an SQLite override's path would make the file system read a shorter name; it is
    // refused like any path leaving the project's folder: the viewer is denied.
    void nulInOverridePathDenies()
    {
        Json claims = fullClaims();
        const std::string sqlite = m_project.accounts.first().id.toStdString();
        claims["account_overrides"]
                = {{sqlite, {{"database", std::string("burrito.sqlite\0x", 16)}}}};
        QCOMPARE(ClaimsValidator::validate(claims, m_project, u"claims"_s,
                                           ClaimsValidator::Secrets::Allow),
                 Problems());
        const DashboardResolution resolution
                = Resolver(m_project, m_demo.projectPath).resolve(performance(), claims, {});
        QVERIFY(resolution.error.isEmpty());
        int denied = 0;
        for (const WidgetResolution &w : resolution.widgets) {
            if (!w.denied.isEmpty()) {
                QVERIFY2(w.denied.contains(u"inside the project's folder"_s), qPrintable(w.denied));
                ++denied;
            }
        }
        QVERIFY(denied > 0);
    }

    void printable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Farolito — ok"_s << 200 << u"Farolito — ok"_s;
        QTest::newRow("escape") << u"a\x1b[2Jb"_s << 200 << u"a\\x1b[2Jb"_s;
        QTest::newRow("nul") << QString(u"a\0b"_s) << 200 << u"a\\0b"_s;
        QTest::newRow("newline, cr, tab") << u"1\n2\r3\t4"_s << 200 << u"1\\n2\\r3\\t4"_s;
        QTest::newRow("del and C1") << (u"\x7f"_s + QChar(0x9b)) << 200 << u"\\x7f\\u009b"_s;
        QTest::newRow("bidi override") << u"abc\u202edef"_s << 200 << u"abc\\u202edef"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << 200 << u"a\\u2028b"_s;
        QTest::newRow("lone surrogate")
                << (u"a"_s + QChar(0xd800) + u"b"_s) << 200 << u"a\\ud800b"_s;
        QTest::newRow("pair kept") << u"a😀b"_s << 200 << u"a😀b"_s;
        QTest::newRow("backslash kept") << u"C:\\x"_s << 200 << u"C:\\x"_s;
        QTest::newRow("bounded") << QString(300, u'x') << 200 << QString(200, u'x') + u'…';
        QTest::newRow("pair not split")
                << (QString(4, u'x') + u"😀"_s) << 5 << QString(4, u'x') + u'…';
        QTest::newRow("unbounded") << QString(300, u'x') << -1 << QString(300, u'x');
    }

    void printable()
    {
        QFETCH(QString, text);
        QFETCH(int, maxChars);
        QFETCH(QString, expected);
        QCOMPARE(Dashwright::printable(text, maxChars), expected);
        // Idempotent: the command line's final pass changes nothing already escaped.
        QCOMPARE(Dashwright::printable(expected, -1), expected);
    }
};

QTEST_GUILESS_MAIN(TestClaimsValidator)
#include "tst_claimsvalidator.moc"
