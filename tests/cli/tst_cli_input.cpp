// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/json.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using Dashwright::Json;

// Hostile or broken input through the dashwright command (issue 9, parts 4 to 6): claims of the
// wrong JSON types, files that never end or never open, huge projects, control characters. Each
// is refused with its exit code and one escaped line on stderr, in bounded time.
class TestCliInput : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1; // -2: still running at the deadline (killed)
        QByteArray out;
        QByteArray err;
        qint64 msecs = 0;

        QString describe() const
        {
            return u"exit %1 after %2 ms, stderr: %3"_s.arg(exitCode).arg(msecs).arg(
                    QString::fromUtf8(err.left(3000)));
        }
    };

    // With a deadline: a regression that hangs or reads forever fails its row, not the run.
    static Run dashwright(const QStringList &args, int deadlineMsecs = 60000)
    {
        QProcess process;
        process.setProgram(QStringLiteral(DASHWRIGHT_CLI_PATH));
        process.setArguments(args);
        QElapsedTimer timer;
        timer.start();
        process.start();
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(deadlineMsecs)) {
            process.kill();
            process.waitForFinished(5000);
            run.exitCode = -2;
        } else {
            run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        }
        run.msecs = timer.elapsed();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // DESIGN §3: exactly one line, and nothing on it that a terminal would interpret.
    static bool oneCleanLine(const QByteArray &err)
    {
        if (err.count('\n') != 1 || !err.endsWith('\n'))
            return false;
        for (qsizetype i = 0; i + 1 < err.size(); ++i) {
            const uchar c = uchar(err[i]);
            if (c < 0x20 || c == 0x7f)
                return false;
        }
        return true;
    }

    QString project() const { return m_dir.filePath(u"demo/burrito.dwproj"_s); }
    Json projectJson() const
    {
        QFile file(project());
        file.open(QIODevice::ReadOnly);
        return Json::parse(file.readAll().toStdString());
    }
    // A copy of the demo project with `change` applied, beside it so that relative paths hold.
    QString variant(const QString &name, const std::function<void(Json &)> &change) const
    {
        Json json = projectJson();
        change(json);
        return write(u"demo/"_s + name + u".dwproj"_s, QByteArray::fromStdString(json.dump(2)));
    }
    QString write(const QString &name, const QByteArray &contents) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // The demo's token-filter profile, the one with a filter.
    static Json &filterProfile(Json &project)
    {
        for (Json &tenant : project["tenants"]) {
            if (tenant["claims"].contains("filters"))
                return tenant;
        }
        qFatal("the demo has no profile with a filter");
    }
    std::string sqliteAccountId() const { return projectJson()["accounts"][0]["id"]; }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run run = dashwright(
                {u"demo"_s, u"create"_s, m_dir.filePath(u"demo"_s), u"--rows"_s, u"2000"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }

    // Part 4: a claim of the wrong JSON type is invalid input naming the field, in every command
    // that reads claims — never "internal error" (exit 4), never a problem left unlisted.
    void wrongClaimTypes_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        const QList<std::tuple<const char *, QString, QString>> cases = {
                {"filters[0].origin", u"/filters/0/origin"_s, u"null"_s},
                {"filters[0].origin", u"/filters/0/origin"_s, u"42"_s},
                {"filters[0].clause", u"/filters/0/clause"_s, u"true"_s},
                {"filters[0].value", u"/filters/0/value"_s, u"{\"a\": 1}"_s},
                {"filters[0].securable_id", u"/filters/0/securable_id"_s, u"[]"_s},
                {"securables[0]", u"/securables/0"_s, u"null"_s},
                {"expiry", u"/expiry"_s, u"4.5"_s},
                {"policy_values", u"/policy_values"_s, u"null"_s},
        };
        for (const char *command :
             {"query --claims", "token sign", "project check", "isolation-check"}) {
            for (const auto &[field, pointer, value] : cases)
                QTest::addRow("%s: %s = %s", command, field, qPrintable(value))
                        << QString::fromLatin1(command) << pointer << value
                        << QString::fromLatin1(field);
        }
    }

    void wrongClaimTypes()
    {
        QFETCH(QString, command);
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, field);
        const auto change = [&](Json &claims) {
            claims[Json::json_pointer(pointer.toStdString())] = Json::parse(value.toStdString());
        };
        Run run;
        if (command == u"query --claims"_s || command == u"token sign"_s) {
            Json json = projectJson();
            Json claims = filterProfile(json)["claims"];
            change(claims);
            const QString file = write(u"claims.json"_s, QByteArray::fromStdString(claims.dump()));
            run = command == u"token sign"_s
                    ? dashwright({u"token"_s, u"sign"_s, project(), u"--claims"_s, file})
                    : dashwright({u"query"_s, project(), u"--dashboard"_s, u"chain-overview"_s,
                                  u"--claims"_s, file});
        } else {
            const QString path = variant(
                    u"typed"_s, [&](Json &json) { change(filterProfile(json)["claims"]); });
            run = command == u"project check"_s ? dashwright({u"project"_s, u"check"_s, path})
                                                : dashwright({u"isolation-check"_s, path});
        }
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(oneCleanLine(run.err), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(field.toUtf8() + ": "), qPrintable(run.describe()));
        QVERIFY2(!run.err.contains("internal error"), qPrintable(run.describe()));
    }

    // Part 5: files that are not regular files are refused at once; a file's size is what is
    // read, not what the file system reports.
    void unboundedFiles_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");

        const QString fifo = m_dir.filePath(u"keys.fifo"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString claims = write(u"ok-claims.json"_s, "{\"securables\": []}");
        QTest::newRow("keystore /dev/zero")
                << QStringList{u"keys"_s, u"list"_s, project(), u"--keystore"_s, u"/dev/zero"_s}
                << u"dashwright: /dev/zero: not a regular file"_s;
        QTest::newRow("keystore FIFO")
                << QStringList{u"keys"_s, u"list"_s, project(), u"--keystore"_s, fifo}
                << u"dashwright: %1: not a regular file"_s.arg(fifo);
        QTest::newRow("token sign, keystore /dev/zero")
                << QStringList{u"token"_s, u"sign"_s,       project(),     u"--claims"_s,
                               claims,     u"--keystore"_s, u"/dev/zero"_s}
                << u"dashwright: /dev/zero: not a regular file"_s;
        QTest::newRow("token sign, keystore FIFO")
                << QStringList{u"token"_s, u"sign"_s,       project(), u"--claims"_s,
                               claims,     u"--keystore"_s, fifo}
                << u"dashwright: %1: not a regular file"_s.arg(fifo);
        QTest::newRow("project /dev/zero") << QStringList{u"project"_s, u"check"_s, u"/dev/zero"_s}
                                           << u"dashwright: /dev/zero: not a regular file"_s;
        QTest::newRow("project FIFO") << QStringList{u"query"_s, fifo, u"--dashboard"_s, u"x"_s}
                                      << u"dashwright: %1: not a regular file"_s.arg(fifo);
        QTest::newRow("claims /dev/zero")
                << QStringList{u"query"_s,          project(),     u"--dashboard"_s,
                               u"chain-overview"_s, u"--claims"_s, u"/dev/zero"_s}
                << u"dashwright: /dev/zero: too large for claims"_s;
    }

    void unboundedFiles()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = dashwright(args, 20000);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(oneCleanLine(run.err), qPrintable(run.describe()));
        QVERIFY2(QString::fromUtf8(run.err).startsWith(message), qPrintable(run.describe()));
        QVERIFY2(run.msecs < 10000, qPrintable(run.describe()));
    }

    // A valid project but for its size: refused before it is parsed (a 50 MB string took 17 s and
    // 3 GB to load).
    void hugeProject()
    {
        Json json = projectJson();
        json["name"] = std::string(65 * 1024 * 1024, 'x');
        const QString path = write(u"demo/huge.dwproj"_s, QByteArray::fromStdString(json.dump()));
        json = Json();
        const Run run = dashwright({u"project"_s, u"check"_s, path}, 30000);
        QFile::remove(path);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(oneCleanLine(run.err), qPrintable(run.describe()));
        QVERIFY2(run.err.contains("larger than 64 MiB"), qPrintable(run.describe()));
        QVERIFY2(run.msecs < 10000, qPrintable(run.describe()));
    }

    // A long account path is quoted short, once per widget, on stdout and stderr alike.
    void longPathIsQuotedShort()
    {
        const QString path = variant(u"longpath"_s, [](Json &json) {
            json["accounts"][0]["path"] = std::string(4000, 'p') + ".sqlite";
        });
        const Run run = dashwright({u"query"_s, path, u"--dashboard"_s, u"chain-overview"_s});
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY2(oneCleanLine(run.err), qPrintable(run.describe()));
        QVERIFY2(run.err.size() < 400, qPrintable(run.describe()));
        const Json out = Json::parse(run.out.toStdString());
        for (const Json &w : out["widgets"]) {
            if (w.contains("error") && w["error"].is_string())
                QVERIFY(w["error"].get<std::string>().size() < 400);
        }
    }

    // Part 6: one line, escaped, whatever the input holds.
    void oneEscapedLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("contains");

        const QString p = project();
        const std::string sqlite = sqliteAccountId();

        QTest::newRow("invalid project, query")
                << QStringList{u"query"_s,
                               variant(u"twoproblems"_s,
                                       [](Json &json) {
                                           json["dashboards"][0]["widgets"][0]["type"] = "gauge";
                                           json["datasets"][0]["columns"][0]["type"] = "money";
                                       }),
                               u"--dashboard"_s, u"chain-overview"_s}
                << 2 << u"(and 1 more: dashwright project check lists them)"_s;
        QTest::newRow("ESC in a profile name")
                << QStringList{u"query"_s,          p,         u"--dashboard"_s,
                               u"chain-overview"_s, u"--as"_s, u"evil\x1b[2J\x1b]0;title\x07"_s}
                << 2 << u"dashwright: evil\\x1b[2J\\x1b]0;title\\x07: no such tenant profile"_s;
        QTest::newRow("ESC and NUL in a project's profile name") << QStringList{
                u"project"_s, u"check"_s, variant(u"evilname"_s, [](Json &json) {
                    const std::string name("x\x1b[31m\0y", 8);
                    json["tenants"][0]["name"] = name;
                    json["tenants"][1]["name"] = name;
                })} << 2 << u"duplicate tenant profile name \"x\\x1b[31m\\0y\""_s;
        QTest::newRow("ESC in an account path") << QStringList{
                u"query"_s,
                variant(u"escpath"_s,
                        [](Json &json) { json["accounts"][0]["path"] = "burrito\x1b[2J.sqlite"; }),
                u"--dashboard"_s,
                u"chain-overview"_s} << 4 << u"burrito\\x1b[2J.sqlite"_s;
        QTest::newRow("NUL in an account path")
                << QStringList{u"query"_s,
                               variant(u"nulpath"_s,
                                       [](Json &json) {
                                           json["accounts"][0]["path"]
                                                   = std::string("burrito.sqlite\0x", 16);
                                       }),
                               u"--dashboard"_s, u"chain-overview"_s}
                << 2 << u"accounts[0].path: a file path cannot contain a NUL character"_s;
        std::string chain;
        const Json demo = projectJson();
        for (const Json &d : demo["dashboards"]) {
            if (d["slug"] == "chain-overview")
                chain = d["id"];
        }
        Json claims = {{"securables", {chain}},
                       {"account_overrides",
                        {{sqlite, {{"database", std::string("burrito.sqlite\0x", 16)}}}}}};
        QTest::newRow("NUL in an account override's path")
                << QStringList{u"query"_s,
                               p,
                               u"--dashboard"_s,
                               u"chain-overview"_s,
                               u"--claims"_s,
                               write(u"nul-claims.json"_s, QByteArray::fromStdString(claims.dump()))}
                << 3
                << u"the account override's database must be a path inside the project's folder"_s;
        QTest::newRow("unreachable PostgreSQL")
                << QStringList{u"query"_s,
                               variant(u"postgres"_s,
                                       [](Json &json) {
                                           Json &a = json["accounts"][0];
                                           a.erase("path");
                                           a["type"] = "postgresql";
                                           a["host"] = "127.0.0.1";
                                           a["port"] = 1;
                                           a["database"] = "sales";
                                           a["user"] = "analyst";
                                       }),
                               u"--dashboard"_s, u"chain-overview"_s}
                << 4 << u"could not connect to 127.0.0.1:1/sales as \"analyst\": "_s;
        QTest::newRow("usage error names the command once")
                << QStringList{u"token"_s, u"mint"_s} << 1
                << u"dashwright: token: unknown action \"mint\""_s;
    }

    // What the hostile round found: human-readable stdout printed names from the project raw,
    // `token sign` listed every claims problem on a line of its own, and minted tokens too large
    // for any verifier.
    void namesOnStdoutAreEscaped()
    {
        const QString evil = variant(u"evilnames"_s, [](Json &json) {
            json["tenants"][0]["name"] = "Evil\x1b[2J\x1b]0;pwned\x07\nline2\r";
        });
        const Json tenants = projectJson()["tenants"];
        const QString second = QString::fromStdString(tenants[1]["name"]);
        for (const QStringList &args :
             {QStringList{u"isolation-check"_s, evil},
              QStringList{u"compare"_s, evil, u"--dashboard"_s, u"chain-overview"_s, u"--as"_s,
                          QString::fromStdString(tenants[0]["id"]), u"--as"_s, second}}) {
            const Run run = dashwright(args);
            QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.describe()));
            QVERIFY2(!run.out.isEmpty(), qPrintable(run.describe()));
            QVERIFY2(!run.out.contains('\x1b') && !run.out.contains('\x07')
                             && !run.out.contains('\r'),
                     run.out.constData());
            QVERIFY2(!run.out.contains("\nline2"), run.out.constData());
        }
    }

    void tokenSignSaysItOnce()
    {
        const Run several
                = dashwright({u"token"_s, u"sign"_s, project(), u"--claims"_s,
                              write(u"several.json"_s, R"({"securables": [], "filters": [{}]})")});
        QVERIFY2(several.exitCode == 2, qPrintable(several.describe()));
        QVERIFY2(oneCleanLine(several.err), qPrintable(several.describe()));
        QVERIFY2(several.err.contains(" more)"), qPrintable(several.describe()));

        std::string chain;
        const Json demo = projectJson(); // kept: a loop over a temporary's member would dangle
        for (const Json &d : demo["dashboards"]) {
            if (d["slug"] == "chain-overview")
                chain = d["id"];
        }
        const Json huge = {{"securables", {chain}}, {"suborganization", std::string(20000, 'x')}};
        const Run large
                = dashwright({u"token"_s, u"sign"_s, project(), u"--claims"_s,
                              write(u"huge.json"_s, QByteArray::fromStdString(huge.dump()))});
        QVERIFY2(large.exitCode == 2, qPrintable(large.describe()));
        QVERIFY2(large.out.isEmpty(), large.out.left(200).constData());
        QVERIFY2(large.err.contains("larger than the 16384 bytes a verifier accepts"),
                 qPrintable(large.describe()));
    }

    // Output that cannot be written (a full disk, here /dev/full) is the command's failure: exit
    // 4 and one line, never a cut token or report that passes as written.
    void unwritableOutputFails()
    {
        if (!QFileInfo::exists(u"/dev/full"_s))
            QSKIP("no /dev/full on this system");
        for (const QStringList &args :
             {QStringList{u"project"_s, u"check"_s, project(), u"--json"_s},
              QStringList{u"datasets"_s, project()}}) {
            QProcess process;
            process.setProgram(QStringLiteral(DASHWRIGHT_CLI_PATH));
            process.setArguments(args);
            process.setStandardOutputFile(u"/dev/full"_s);
            process.start();
            QVERIFY(process.waitForFinished(60000));
            const QByteArray err = process.readAllStandardError();
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QVERIFY2(process.exitCode() == 4, err.constData());
            QVERIFY2(oneCleanLine(err), err.constData());
            QVERIFY2(err.startsWith("dashwright: standard output: cannot write: "),
                     err.constData());
        }
    }

    void oneEscapedLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, contains);
        const Run run = dashwright(args);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        // A usage error too: it names the --help that shows the usage.
        const QByteArray firstLine = run.err.left(run.err.indexOf('\n') + 1);
        QVERIFY2(oneCleanLine(run.err), qPrintable(run.describe()));
        QVERIFY2(firstLine.startsWith("dashwright: "), qPrintable(run.describe()));
        QVERIFY2(QString::fromUtf8(firstLine).contains(contains), qPrintable(run.describe()));
        QVERIFY2(!run.err.contains("dashwright: dashwright"), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cli_input.moc"
