// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/tokenservice.h"
#include "crypto/keystore.h"
#include "document/projectfile.h"

#include "common/json.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// End-to-end tests of the dashwright command: exit codes, one-line errors, and query results
// that match hand-written SQL on the same database.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run dashwright(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(DASHWRIGHT_CLI_PATH));
        process.setArguments(args);
        process.start();
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(300000))
            qFatal("dashwright did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString project() const { return m_dir.filePath(u"demo/burrito.dwproj"_s); }
    Json projectJson() const
    {
        QFile file(project());
        file.open(QIODevice::ReadOnly);
        return Json::parse(file.readAll().toStdString());
    }
    // A copy of the demo project with `change` applied, saved beside it so that relative paths
    // hold.
    QString variant(const QString &name, const std::function<void(Json &)> &change) const
    {
        Json json = projectJson();
        change(json);
        const QString path = m_dir.filePath(u"demo/"_s + name + u".dwproj"_s);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray::fromStdString(json.dump(2)));
        return path;
    }
    static std::string columnId(const Json &project, const std::string &dataset,
                                const std::string &column)
    {
        for (const Json &d : project["datasets"]) {
            if (d["name"] == dataset) {
                for (const Json &c : d["columns"]) {
                    if (c["name"] == column)
                        return c["id"];
                }
            }
        }
        return {};
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run run = dashwright(
                {u"demo"_s, u"create"_s, m_dir.filePath(u"demo"_s), u"--rows"_s, u"20000"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFile::exists(project()));
        QVERIFY(QFile::exists(m_dir.filePath(u"demo/burrito.sqlite"_s)));
        QVERIFY(QFile::exists(m_dir.filePath(u"demo/burrito.dwkeys"_s)));
        QCOMPARE(QFile::permissions(m_dir.filePath(u"demo/burrito.dwkeys"_s))
                         & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                            | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    // The summary line is the folder's name as it is: "%2F" in it (a socket path, a URL-encoded
    // name) is text, never a place for the next value.
    void demoSummaryTakesThePathLiterally()
    {
        const QString folder = m_dir.filePath(u"odd%2F%1name"_s);
        const Run run = dashwright({u"demo"_s, u"create"_s, folder, u"--rows"_s, u"50"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("wrote " + QDir(folder).filePath(u"burrito.dwproj"_s).toUtf8()
                                    + " (50 sales lines, seed 1) in "),
                 run.out.constData());
    }
    // A command of actions shows them, or their options, at --help: "usage" alone left a
    // scripter guessing.
    void groupHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("token") << QStringList{u"token"_s, u"--help"_s}
                               << QStringList{u"  sign  "_s, u"  verify  "_s, u"  inspect  "_s,
                                              u"  revoke  "_s};
        QTest::newRow("keys api-key")
                << QStringList{u"keys"_s, u"api-key"_s, u"--help"_s}
                << QStringList{u"--name <NAME>"_s, u"--json"_s, u"--keystore <FILE>"_s};
    }
    void groupHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, says);
        const Run run = dashwright(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        for (const QString &text : says)
            QVERIFY2(QString::fromUtf8(run.out).contains(text), run.out.constData());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrStart");

        const QString p = project();
        // Usage errors are one line too, naming the --help that shows the usage.
        QTest::newRow("no command")
                << QStringList() << 1
                << u"dashwright: no command given (see \"dashwright --help\")"_s;
        QTest::newRow("unknown command")
                << QStringList{u"frobnicate"_s} << 1
                << u"dashwright: frobnicate: unknown command (see \"dashwright --help\")"_s;
        QTest::newRow("unknown api-key action")
                << QStringList{u"keys"_s, u"api-key"_s, u"frob"_s, p} << 1
                << u"dashwright: keys api-key: unknown action \"frob\" (see \"dashwright keys api-key --help\")"_s;
        QTest::newRow("token verify without a token")
                << QStringList{u"token"_s, u"verify"_s, p} << 1
                << u"dashwright: token: expected 3 argument(s), got 2 (see \"dashwright token verify --help\")"_s;
        QTest::newRow("help") << QStringList{u"--help"_s} << 0 << QString();
        QTest::newRow("command help") << QStringList{u"query"_s, u"--help"_s} << 0 << QString();
        QTest::newRow("unknown option") << QStringList{u"datasets"_s, p, u"--colour"_s} << 1
                                        << u"dashwright: datasets: Unknown option 'colour'."_s;
        QTest::newRow("missing argument")
                << QStringList{u"datasets"_s} << 1
                << u"dashwright: datasets: expected 1 argument(s), got 0"_s;
        QTest::newRow("demo bad rows")
                << QStringList{u"demo"_s, u"create"_s, m_dir.filePath(u"x"_s), u"--rows"_s,
                               u"lots"_s}
                << 1 << u"dashwright: --rows: expected a number of rows from 1 to 10000000"_s;
        QTest::newRow("demo bad action")
                << QStringList{u"demo"_s, u"delete"_s, m_dir.filePath(u"x"_s)} << 1
                << u"dashwright: demo: unknown action \"delete\""_s;
        QTest::newRow("demo overwrite")
                << QStringList{u"demo"_s, u"create"_s, m_dir.filePath(u"demo"_s)} << 4
                << u"dashwright: "_s + m_dir.filePath(u"demo"_s) + u": "_s;
        QTest::newRow("check ok") << QStringList{u"project"_s, u"check"_s, p} << 0 << QString();
        QTest::newRow("check missing file")
                << QStringList{u"project"_s, u"check"_s, u"/nonexistent.dwproj"_s} << 2
                << u"dashwright: /nonexistent.dwproj: no such file"_s;
        QTest::newRow("datasets ok") << QStringList{u"datasets"_s, p} << 0 << QString();
        QTest::newRow("tables ok")
                << QStringList{u"datasets"_s, p, u"--tables"_s} << 0 << QString();
        QTest::newRow("query no dashboard")
                << QStringList{u"query"_s, p} << 1
                << u"dashwright: query: --dashboard is required (see \"dashwright query --help\")"_s;
        QTest::newRow("query unknown dashboard")
                << QStringList{u"query"_s, p, u"--dashboard"_s, u"nope"_s} << 2
                << u"dashwright: nope: no such dashboard in "_s;
        QTest::newRow("query unknown widget")
                << QStringList{u"query"_s,    p,     u"--dashboard"_s, u"distributor-performance"_s,
                               u"--widget"_s, u"w"_s}
                << 2 << u"dashwright: w: no such widget in dashboard"_s;
        QTest::newRow("query bad format")
                << QStringList{u"query"_s,       p,
                               u"--dashboard"_s, u"distributor-performance"_s,
                               u"--format"_s,    u"xml"_s}
                << 1 << u"dashwright: --format: expected json or csv, got \"xml\""_s;
        QTest::newRow("csv needs widget")
                << QStringList{u"query"_s,       p,
                               u"--dashboard"_s, u"distributor-performance"_s,
                               u"--format"_s,    u"csv"_s}
                << 1 << u"dashwright: --format csv: a CSV file holds one table"_s;
        // The demo's ids are derived from names (UUIDv5): the text widget's is stable.
        QTest::newRow("csv of a text widget")
                << QStringList{u"query"_s,       p,
                               u"--dashboard"_s, u"distributor-performance"_s,
                               u"--widget"_s,    u"dd77d3f5-2845-5366-9118-9a12f59ad50c"_s,
                               u"--format"_s,    u"csv"_s}
                << 1 << u"dashwright: --format csv: a text widget has no rows"_s;
        QTest::newRow("query ok") << QStringList{u"query"_s, p, u"--dashboard"_s,
                                                 u"distributor-performance"_s}
                                  << 0 << QString();

        // dashwright snippet: usage errors are 1, what the project or the format refuses 2.
        const QStringList snippet{u"snippet"_s, p, u"--dashboard"_s, u"restaurant-overview"_s};
        QTest::newRow("snippet no format")
                << snippet << 1 << u"dashwright: snippet: --format is required"_s;
        QTest::newRow("snippet bad format")
                << snippet + QStringList{u"--format"_s, u"cobol"_s} << 1
                << u"dashwright: --format: expected one of html, iframe, node"_s;
        QTest::newRow("snippet bad via")
                << snippet + QStringList{u"--format"_s, u"node"_s, u"--via"_s, u"carrier-pigeon"_s}
                << 1 << u"dashwright: --via: expected sign or api"_s;
        QTest::newRow("snippet html takes no key")
                << snippet + QStringList{u"--format"_s, u"html"_s, u"--kid"_s, u"k"_s} << 1
                << u"dashwright: --kid: the page's snippet signs nothing"_s;
        QTest::newRow("snippet unknown tenant")
                << snippet + QStringList{u"--format"_s, u"html"_s, u"--as"_s, u"Nobody"_s} << 2
                << u"dashwright: "_s;
        QTest::newRow("snippet unknown kid")
                << snippet + QStringList{u"--format"_s, u"node"_s, u"--kid"_s, u"nope"_s} << 2
                << u"dashwright: --kid: no key with kid \"nope\" in the keystore"_s;
        QTest::newRow("snippet go seals through the server")
                << snippet
                        + QStringList{u"--format"_s, u"go"_s, u"--sealed"_s, u"--via"_s, u"api"_s}
                << 0 << u"dashwright: warning: a template: the viewer's values marked TODO"_s;
        QTest::newRow("snippet go cannot seal")
                << snippet + QStringList{u"--format"_s, u"go"_s, u"--sealed"_s} << 2
                << u"dashwright: snippet: the go snippet cannot seal tokens"_s;
        QTest::newRow("snippet bad server")
                << snippet
                        + QStringList{u"--format"_s, u"html"_s, u"--server"_s,
                                      u"javascript:alert(1)"_s}
                << 2
                << u"dashwright: snippet: the server \"javascript:alert(1)\" is not an http(s) URL"_s;
        QTest::newRow("snippet tenant without the dashboard")
                << snippet + QStringList{u"--format"_s, u"node"_s,
                                         u"--via"_s,    u"api"_s,
                                         u"--as"_s,     u"Farolito — parameter override"_s}
                << 3
                << u"dashwright: Farolito — parameter override: its securables do not grant dashboard \"Restaurant overview\""_s;
        QTest::newRow("snippet html ok")
                << snippet + QStringList{u"--format"_s, u"html"_s} << 0 << QString();
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrStart);
        const Run run = dashwright(args);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(u"exit %1, stderr: %2"_s.arg(run.exitCode)
                                    .arg(QString::fromUtf8(run.err))));
        const QString err = QString::fromUtf8(run.err);
        if (stderrStart.isEmpty())
            QVERIFY2(err.isEmpty(), qPrintable(err));
        else
            QVERIFY2(err.startsWith(stderrStart), qPrintable(err));
        if (exitCode != 0)
            QVERIFY2(err.count(u'\n') == 1, qPrintable(err));
        // Every usage error, a wrong value included, names the --help that shows the usage.
        if (exitCode == 1)
            QVERIFY2(err.trimmed().endsWith(u" --help\")"_s), qPrintable(err));
    }

    // --filter sets a viewer-editable filter as an embedded viewer would: the access policy
    // still applies on top, and a value the dashboard refuses is invalid input in one line.
    void queryFilter_data()
    {
        QTest::addColumn<QStringList>("args"); // after the dashboard; %R the Restaurant filter
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrStart");
        QTest::addColumn<QStringList>("restaurants"); // "Revenue by restaurant" rows, on exit 0
        const QString policy = u"Farolito — access policy"_s;
        QTest::newRow("design view")
                << QStringList{u"--filter"_s, uR"(%R=["Farolito", "Fiesty Fiesta"])"_s} << 0
                << QString() << QStringList{u"Farolito"_s, u"Fiesty Fiesta"_s};
        QTest::newRow("policy on top") << QStringList{u"--as"_s, policy, u"--filter"_s,
                                                      uR"(%R=["Farolito", "Fiesty Fiesta"])"_s}
                                       << 0 << QString() << QStringList{u"Farolito"_s};
        QTest::newRow("another tenant's restaurant")
                << QStringList{u"--as"_s, policy, u"--filter"_s, uR"(%R=["Fiesty Fiesta"])"_s} << 0
                << QString() << QStringList();
        QTest::newRow("cleared") << QStringList{u"--as"_s, policy, u"--filter"_s, u"%R=null"_s} << 0
                                 << QString() << QStringList{u"Farolito"_s};
        QTest::newRow("bare word for a list")
                << QStringList{u"--filter"_s, u"%R=Farolito"_s} << 2
                << u"dashwright: restaurant-overview: filter \"Restaurant\": \"? in ?\" takes a non-empty list of values"_s
                << QStringList();
        QTest::newRow("unknown filter")
                << QStringList{u"--filter"_s, u"nope=1"_s} << 2
                << u"dashwright: restaurant-overview: no filter \"nope\" on this dashboard"_s
                << QStringList();
        QTest::newRow("object value") << QStringList{u"--filter"_s, uR"(%R={"a": 1})"_s} << 2
                                      << u"dashwright: --filter: the value for "_s << QStringList();
        QTest::newRow("no equals sign")
                << QStringList{u"--filter"_s, u"%R"_s} << 1
                << u"dashwright: --filter: expected FILTER_ID=VALUE"_s << QStringList();
        QTest::newRow("twice") << QStringList{u"--filter"_s, u"%R=null"_s, u"--filter"_s,
                                              u"%R=null"_s}
                               << 1 << u"dashwright: --filter: "_s << QStringList();
    }

    void queryFilter()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrStart);
        QFETCH(QStringList, restaurants);
        std::string filterId;
        const Json json = projectJson();
        for (const Json &d : json["dashboards"]) {
            if (d["slug"] == "restaurant-overview")
                filterId = d["filters"][0]["id"].get<std::string>();
        }
        QVERIFY(!filterId.empty());
        for (QString &arg : args)
            arg.replace(u"%R"_s, QString::fromStdString(filterId));
        const Run run = dashwright(
                QStringList{u"query"_s, project(), u"--dashboard"_s, u"restaurant-overview"_s}
                + args);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(u"exit %1, stderr: %2"_s.arg(run.exitCode).arg(err)));
        if (exitCode != 0) {
            QVERIFY2(err.startsWith(stderrStart), qPrintable(err));
            QCOMPARE(err.count(u'\n'), 1);
            return;
        }
        const Json out = Json::parse(run.out.toStdString());
        QStringList shown;
        for (const Json &w : out["widgets"]) {
            if (w["title"] != "Revenue by restaurant")
                continue;
            for (const Json &row : w["rows"])
                shown.append(QString::fromStdString(row[0].get<std::string>()));
        }
        shown.sort();
        QCOMPARE(shown, restaurants);
    }

    void malformedProjects_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QByteArray("{\"format\": \"dashwright-project\", \"sche")
                                   << u"malformed JSON at line 1"_s;
        QTest::newRow("wrong type")
                << QByteArray(R"({"format": "dashwright-project", "schema_version": "2"})")
                << u"schema_version: required integer is missing"_s;
        QTest::newRow("newer") << QByteArray(
                R"({"format": "dashwright-project", "schema_version": 3})")
                               << u"schema_version: the file uses schema version 3"_s;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << u"malformed JSON"_s;
    }

    void malformedProjects()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(u"bad.dwproj"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        for (const QStringList &args :
             {QStringList{u"project"_s, u"check"_s, path}, QStringList{u"datasets"_s, path},
              QStringList{u"query"_s, path, u"--dashboard"_s, u"x"_s}}) {
            const Run run = dashwright(args);
            QCOMPARE(run.exitCode, 2);
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(err.startsWith(u"dashwright: "_s + path + u": "_s + message), qPrintable(err));
            QCOMPARE(err.count(u'\n'), 1); // one clear line
        }
    }

    void schemaErrorsAreAllReported()
    {
        const QString path = variant(u"broken"_s, [](Json &json) {
            json["dashboards"][0]["widgets"][0]["type"] = "gauge";
            json["datasets"][0]["columns"][0]["type"] = "money";
        });
        const Run run = dashwright({u"project"_s, u"check"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        const Json out = Json::parse(run.out.toStdString());
        QVERIFY(out["valid"] == false);
        QCOMPARE(out["problems"].size(), size_t(2));
        // With --json, stderr has one line (the JSON has them all); without, every problem.
        QCOMPARE(QString::fromUtf8(run.err).count(u'\n'), 1);
        QVERIFY2(run.err.contains(": 2 problems (listed in the JSON)"), run.err.constData());
        const Run listed = dashwright({u"project"_s, u"check"_s, path});
        QCOMPARE(listed.exitCode, 2);
        QCOMPARE(QString::fromUtf8(listed.err).count(u'\n'), 2);
    }

    void missingDatabase()
    {
        const QString path = variant(
                u"nodb"_s, [](Json &json) { json["accounts"][0]["path"] = "missing.sqlite"; });
        Run run = dashwright({u"project"_s, u"check"_s, path});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("cannot read database"), run.err.constData());
        run = dashwright({u"query"_s, path, u"--dashboard"_s, u"distributor-performance"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.startsWith("dashwright: "));
        // Opening read-only never creates the file it could not find.
        QVERIFY(!QFile::exists(m_dir.filePath(u"demo/missing.sqlite"_s)));
    }

    // A tenant profile's own database lacking a column a dataset names is a data-source problem,
    // reported with the profile and the database; so is an override through a hard link.
    // An older file's embed origin that no browser sends still loads; project check warns.
    void checkWarnsAboutOriginsNoBrowserSends()
    {
        const QString path = variant(u"origins"_s, [](Json &json) {
            json["embed_origins"]
                    = Json::array({"https://App.example.com", "https://ok.example.com"});
        });
        const Run run = dashwright({u"project"_s, u"check"_s, path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("dashwright: warning: " + path.toUtf8()
                                  + ": embed_origins[0]: \"https://App.example.com\" is not "
                                    "spelled as browsers send it"),
                 run.err.constData());
        QVERIFY2(!run.err.contains("embed_origins[1]"), run.err.constData());
        const Run json = dashwright({u"project"_s, u"check"_s, path, u"--json"_s});
        QCOMPARE(Json::parse(json.out.toStdString())["warnings"].size(), 1u);
    }

    void checksTenantDatabases()
    {
        const QString lacking = m_dir.filePath(u"demo/check-without-distributor.sqlite"_s);
        QFile::remove(lacking);
        QVERIFY(QFile::copy(m_dir.filePath(u"demo/burrito.sqlite"_s), lacking));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"drop"_s);
            db.setDatabaseName(lacking);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DROP INDEX IF EXISTS sales_distributor_cover"_s));
            QVERIFY(query.exec(u"ALTER TABLE sales DROP COLUMN distributor"_s));
        }
        QSqlDatabase::removeDatabase(u"drop"_s);
        const QString path = variant(u"tenantdb"_s, [](Json &json) {
            Json &claims = json["tenants"][0]["claims"];
            claims["account_overrides"] = {{json["accounts"][0]["id"].get<std::string>(),
                                            {{"database", "check-without-distributor.sqlite"}}}};
        });
        Run run = dashwright({u"project"_s, u"check"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 4);
        const Json out = Json::parse(run.out.toStdString());
        QVERIFY(out["valid"] == true);
        bool found = false;
        for (const Json &p : out["data_source_problems"]) {
            const QString message = QString::fromStdString(p["message"]);
            if (QString::fromStdString(p["path"]).startsWith(
                        u"tenants[0].claims.account_overrides."_s)
                && message.contains(u"database \"check-without-distributor.sqlite\""_s)
                && message.contains(u"no column \"distributor\" of dataset \"Sales\""_s))
                found = true;
        }
        QVERIFY2(found, run.out.constData());

        // The same file reached through a second name: refused, whatever it holds.
        const QString linked = m_dir.filePath(u"demo/check-linked.sqlite"_s);
        QFile::remove(linked);
        QVERIFY(::link(QFile::encodeName(m_dir.filePath(u"demo/burrito.sqlite"_s)).constData(),
                       QFile::encodeName(linked).constData())
                == 0);
        const QString linkedPath = variant(u"tenantlink"_s, [](Json &json) {
            json["tenants"][0]["claims"]["account_overrides"]
                    = {{json["accounts"][0]["id"].get<std::string>(),
                        {{"database", "check-linked.sqlite"}}}};
        });
        run = dashwright({u"project"_s, u"check"_s, linkedPath});
        QFile::remove(linked);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("hard links"), run.err.constData());
    }

    // A PostgreSQL account is tried, not assumed fine: nothing listens on port 1.
    void checksPostgresqlAccount()
    {
        const QString path = variant(u"pg"_s, [](Json &json) {
            json["accounts"].push_back({{"id", "7d6f4c2a-0b1e-4c3d-9a8b-123456789abc"},
                                        {"name", "Warehouse"},
                                        {"type", "postgresql"},
                                        {"host", "127.0.0.1"},
                                        {"port", 1},
                                        {"database", "warehouse"},
                                        {"user", "analyst"}});
        });
        const Run run = dashwright({u"project"_s, u"check"_s, path});
        QCOMPARE(run.exitCode, 4);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(
                err.startsWith(
                        u"dashwright: "_s + path
                        + u": accounts[1]: could not connect to 127.0.0.1:1/warehouse as \"analyst\": "_s),
                qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
    }

    void datasetsJson()
    {
        const Run run = dashwright({u"datasets"_s, project(), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const Json out = Json::parse(run.out.toStdString());
        QVERIFY(out["datasets"].size() >= 5);
        QVERIFY(!columnId(projectJson(), "Sales", "distributor").empty());
    }

    // The done-when check: the default distributor's data, identical to hand-written SQL.
    void queryMatchesHandWrittenSql()
    {
        const Json proj = projectJson();
        const std::string revenue = columnId(proj, "Sales", "revenue");
        const std::string product = columnId(proj, "Sales", "product");
        Json dashboard;
        for (const Json &d : proj["dashboards"]) {
            if (d["slug"] == "distributor-performance")
                dashboard = d;
        }
        QVERIFY(!dashboard.is_null());
        const std::string defaultDistributor = dashboard["parameters"][0]["default"];

        const Run run = dashwright({u"query"_s, project(), u"--dashboard"_s,
                                    u"distributor-performance"_s, u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Json out = Json::parse(run.out.toStdString());
        QVERIFY(out["dashboard"] == dashboard["id"]);

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(m_dir.filePath(u"demo/burrito.sqlite"_s));
        QVERIFY(db.open());
        int compared = 0;
        for (const Json &widget : dashboard["widgets"]) {
            const Json *result = nullptr;
            for (const Json &w : out["widgets"]) {
                if (w["id"] == widget["id"])
                    result = &w;
            }
            QVERIFY(result);
            QVERIFY((*result)["denied"].is_null());
            if (!widget.contains("measures") || widget["measures"].size() != 1
                || widget.contains("filters") || widget["measures"][0]["column"] != revenue
                || widget["measures"][0]["aggregation"] != "sum")
                continue;
            const bool byProduct = widget.contains("dimensions") && widget["dimensions"].size() == 1
                    && widget["dimensions"][0]["column"] == product;
            if (widget["type"] != "kpi" && !byProduct)
                continue;
            QSqlQuery query(db);
            query.prepare(
                    byProduct
                            ? u"SELECT product, SUM(revenue) FROM sales WHERE distributor = ? GROUP BY product"_s
                            : u"SELECT SUM(revenue) FROM sales WHERE distributor = ?"_s);
            query.addBindValue(QString::fromStdString(defaultDistributor));
            QVERIFY(query.exec());
            QMap<QString, double> expected;
            while (query.next())
                expected.insert(byProduct ? query.value(0).toString() : QString(),
                                query.value(byProduct ? 1 : 0).toDouble());
            QMap<QString, double> actual;
            for (const Json &row : (*result)["rows"])
                actual.insert(byProduct ? QString::fromStdString(row[0].get<std::string>())
                                        : QString(),
                              row[byProduct ? 1 : 0].get<double>());
            QVERIFY(!expected.isEmpty());
            QCOMPARE(actual, expected); // exact: demo money is in quarters, so sums are exact
            ++compared;
        }
        QVERIFY2(compared >= 2,
                 "the demo dashboard should have a revenue KPI and revenue by product");
    }

    void explainShowsSqlAndBindingsButNoSecrets()
    {
        const Run run = dashwright({u"query"_s, project(), u"--dashboard"_s,
                                    u"distributor-performance"_s, u"--explain"_s});
        QCOMPARE(run.exitCode, 0);
        const Json out = Json::parse(run.out.toStdString());
        bool sawBinding = false;
        for (const Json &w : out["widgets"]) {
            if (w["type"] == "text")
                continue;
            QVERIFY(w["sql"].get<std::string>().find("SELECT") == 0);
            QVERIFY(w["sql"].get<std::string>().find("Demo")
                    == std::string::npos); // values are bound, not written
            for (const Json &b : w["bindings"])
                sawBinding = sawBinding || b == "Demo Burrito Shop";
            QVERIFY(w.contains("account"));
            QVERIFY(w.contains("applied"));
        }
        QVERIFY(sawBinding);
        QVERIFY(!run.out.contains("password"));
        QVERIFY(!run.out.contains("secret"));
    }

    void csvOfOneWidget()
    {
        const Json proj = projectJson();
        std::string widgetId;
        for (const Json &d : proj["dashboards"]) {
            if (d["slug"] == "distributor-performance") {
                for (const Json &w : d["widgets"]) {
                    if (w["type"] == "table")
                        widgetId = w["id"];
                }
            }
        }
        QVERIFY(!widgetId.empty());
        const Run run = dashwright({u"query"_s, project(), u"--dashboard"_s,
                                    u"distributor-performance"_s, u"--widget"_s,
                                    QString::fromStdString(widgetId), u"--format"_s, u"csv"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.split('\n');
        QVERIFY(lines.size() > 2);
        QVERIFY(lines.first().endsWith('\r'));
    }

    void asTenantProfile_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("distributor");
        QTest::addColumn<QString>("kind");
        QTest::newRow("parameter")
                << u"Farolito — parameter override"_s << u"distributor-performance"_s
                << u"Farolito"_s << u"parameter_override"_s;
        QTest::newRow("filter") << u"Fiesty Fiesta — token filter"_s << u"chain-overview"_s
                                << u"Fiesty Fiesta"_s << u"token_filter"_s;
        QTest::newRow("policy") << u"Farolito — access policy"_s << u"restaurant-overview"_s
                                << u"Farolito"_s << u"access_policy"_s;
        QTest::newRow("database") << u"El Tapatio — own database"_s << u"chain-overview"_s
                                  << QString() << u"account_override"_s;
        QTest::newRow("metadata") << u"Broker plugin — metadata"_s << u"distributor-performance"_s
                                  << QString() << u"metadata"_s;
        QTest::newRow("forgetful")
                << u"Forgetful tenant — no override"_s << u"distributor-performance"_s
                << u"Demo Burrito Shop"_s << u"parameter_default"_s;
    }

    void asTenantProfile()
    {
        QFETCH(QString, profile);
        QFETCH(QString, slug);
        QFETCH(QString, distributor);
        QFETCH(QString, kind);
        const Run run = dashwright({u"query"_s, project(), u"--dashboard"_s, slug, u"--as"_s,
                                    profile, u"--explain"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Json out = Json::parse(run.out.toStdString());
        bool sawKind = false, sawValue = distributor.isEmpty();
        for (const Json &w : out["widgets"]) {
            QVERIFY(w["denied"].is_null());
            for (const Json &a : w.value("applied", Json::array()))
                sawKind = sawKind || a["kind"] == kind.toStdString();
            for (const Json &b : w.value("bindings", Json::array()))
                sawValue = sawValue || b == distributor.toStdString();
        }
        QVERIFY(sawKind);
        QVERIFY(sawValue);
        QVERIFY(!run.out.contains("password"));
    }

    void asOptionsFailClosed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrStart");
        QTest::newRow("unknown profile")
                << QStringList{u"--dashboard"_s, u"chain-overview"_s, u"--as"_s, u"Nobody"_s}
                << QByteArray() << 2
                << u"dashwright: Nobody: no such tenant profile; the project has \""_s;
        QTest::newRow("not granted") << QStringList{u"--dashboard"_s, u"restaurant-overview"_s,
                                                    u"--as"_s, u"Fiesty Fiesta — token filter"_s}
                                     << QByteArray() << 3 << u"dashwright: "_s;
        QTest::newRow("policy value missing")
                << QStringList{u"--dashboard"_s, u"restaurant-overview"_s, u"--claims"_s, u"-"_s}
                << QByteArray("{\"securables\": [\"%R\"]}") << 3 << u"dashwright: "_s;
        QTest::newRow("malformed claims")
                << QStringList{u"--dashboard"_s, u"chain-overview"_s, u"--claims"_s, u"-"_s}
                << QByteArray("{\"securables\": [") << 2 << u"dashwright: -: malformed JSON"_s;
        QTest::newRow("invalid claims")
                << QStringList{u"--dashboard"_s, u"chain-overview"_s, u"--claims"_s, u"-"_s}
                << QByteArray("{\"securables\": [], \"role\": \"admin\"}") << 2
                << u"dashwright: claims: claims.role: unknown field"_s;
        QTest::newRow("both") << QStringList{u"--dashboard"_s, u"chain-overview"_s, u"--as"_s,
                                             u"x"_s,           u"--claims"_s,       u"-"_s}
                              << QByteArray() << 1
                              << u"dashwright: --as: choose one of --as, --claims and --token"_s;
    }

    void asOptionsFailClosed()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrStart);
        std::string restaurant;
        const Json proj = projectJson();
        for (const Json &d : proj["dashboards"]) {
            if (d["slug"] == "restaurant-overview")
                restaurant = d["id"];
        }
        input.replace("%R", QByteArray::fromStdString(restaurant));
        const Run run = dashwright(QStringList{u"query"_s, project()} + args, input);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(QString::fromUtf8(run.err))));
        QVERIFY2(QString::fromUtf8(run.err).startsWith(stderrStart), run.err.constData());
        if (exitCode == 3) {
            // The denial is explained per widget, and no row leaks.
            const Json out = Json::parse(run.out.toStdString());
            for (const Json &w : out["widgets"]) {
                QVERIFY(!w["denied"].is_null() || w["type"] == "text");
                QVERIFY(w["rows"].empty());
            }
        }
    }

    // A token minted for a profile's claims previews exactly what the profile does.
    void tokenMatchesProfile()
    {
        QString error;
        const auto keystore = Keystore::load(m_dir.filePath(u"demo/burrito.dwkeys"_s), &error);
        QVERIFY2(keystore, qPrintable(error));
        const auto project = ProjectFile::load(this->project()).project;
        QVERIFY(project);
        for (const TenantProfile &tenant : project->tenants) {
            const auto token = TokenIssuer::issue(tenant.claims, *project, *keystore, {}, &error);
            QVERIFY2(token, qPrintable(error));
            const QString dashboard
                    = QString::fromStdString(tenant.claims["securables"][0].get<std::string>());
            const Run byProfile = dashwright({u"query"_s, this->project(), u"--dashboard"_s,
                                              dashboard, u"--as"_s, tenant.name});
            const Run byToken = dashwright({u"query"_s, this->project(), u"--dashboard"_s,
                                            dashboard, u"--token"_s, u"-"_s},
                                           *token);
            QVERIFY2(byToken.exitCode == 0, byToken.err.constData());
            QCOMPARE(byToken.out, byProfile.out);

            QByteArray tampered = *token;
            tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
            const Run bad = dashwright({u"query"_s, this->project(), u"--dashboard"_s, dashboard,
                                        u"--token"_s, QString::fromLatin1(tampered)});
            QCOMPARE(bad.exitCode, 2);
            QVERIFY2(bad.err.startsWith("dashwright: token: "), bad.err.constData());
            QVERIFY(bad.out.isEmpty());
        }
    }

    // A token's kid reaches the error message escaped and bounded: one line on stderr, always.
    void hostileKidStaysOnOneLine()
    {
        const QByteArray header
                = QByteArray("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"x\\nINJECTED LOG LINE")
                + QByteArray(500, 'k') + QByteArray("\"}");
        const QByteArray token
                = header.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                + ".e30.c2ln";
        const Run run = dashwright({u"query"_s, project(), u"--dashboard"_s, u"chain-overview"_s,
                                    u"--token"_s, QString::fromLatin1(token)});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("unknown kid \"x\\nINJECTED LOG LINE"), run.err.constData());
        QVERIFY(run.err.size() < 200);
    }

    void hostileDefaultIsOnlyAValue()
    {
        const QString path = variant(u"hostile"_s, [](Json &json) {
            for (Json &d : json["dashboards"]) {
                if (d["slug"] == "distributor-performance")
                    d["parameters"][0]["default"] = "x' OR '1'='1";
            }
        });
        const Run run
                = dashwright({u"query"_s, path, u"--dashboard"_s, u"distributor-performance"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Json out = Json::parse(run.out.toStdString());
        for (const Json &w : out["widgets"]) {
            if (w["type"] == "kpi") {
                // No distributor has that name: the sum over no rows is NULL, never the chain's
                // total.
                QCOMPARE(w["rows"].size(), size_t(1));
                QVERIFY(w["rows"][0][0].is_null());
            }
        }
    }

    // The page snippets pin the script they load with the integrity value of what `dashwright
    // serve --web-root DIR` would serve from there: html the runtime, iframe the host script
    // beside it; nothing (and a warning) when it is not there.
    void snippetIntegrityFromWebRoot_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("files"); // in the web root
        QTest::addColumn<QString>("pinned");    // whose value the snippet carries; empty: none
        const QString runtime = u"dashwright-embed.js"_s;
        const QString host = u"dashwright-frame-host.js"_s;
        QTest::newRow("html") << u"html"_s << QStringList{runtime, host} << runtime;
        QTest::newRow("iframe") << u"iframe"_s << QStringList{runtime, host} << host;
        QTest::newRow("iframe, runtime alone") << u"iframe"_s << QStringList{runtime} << QString();
        // The server serves the host script only beside a runtime.
        QTest::newRow("iframe, host script alone") << u"iframe"_s << QStringList{host} << QString();
    }
    void snippetIntegrityFromWebRoot()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, files);
        QFETCH(QString, pinned);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        for (const QString &name : files) {
            QFile file(root.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("/* " + name.toUtf8() + " */\n");
        }
        const Run run
                = dashwright({u"snippet"_s, project(), u"--dashboard"_s, u"restaurant-overview"_s,
                              u"--format"_s, format, u"--web-root"_s, root.path()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const qsizetype tag = run.out.indexOf("<script ");
        QVERIFY2(tag >= 0, run.out.constData());
        const QByteArray scriptTag = run.out.mid(tag, run.out.indexOf('>', tag) - tag);
        if (pinned.isEmpty()) {
            QVERIFY2(!scriptTag.contains("integrity"), scriptTag.constData());
            QVERIFY2(run.err.contains("dashwright: warning: no integrity value"),
                     run.err.constData());
            return;
        }
        const QByteArray sri = "sha384-"
                + QCryptographicHash::hash("/* " + pinned.toUtf8() + " */\n",
                                           QCryptographicHash::Sha384)
                          .toBase64();
        QVERIFY2(scriptTag.contains(" integrity=\"" + sri + "\" crossorigin=\"anonymous\""),
                 scriptTag.constData());
        QVERIFY2(scriptTag.contains(u"/embed/v1/%1\""_s.arg(pinned).toUtf8()),
                 scriptTag.constData());
        QVERIFY2(!run.err.contains("no integrity value"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
