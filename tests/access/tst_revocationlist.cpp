// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/revocationlist.h"
#include "access/tokenservice.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray listWith(const QByteArray &entries)
{
    return R"({"format": "dashwright-revocations", "version": 1, "revoked": [)" + entries + "]}";
}

QByteArray entry(const QByteArray &jti, const QDateTime &expires)
{
    return R"({"jti": ")" + jti + R"(", "revoked_at": "2026-01-01T00:00:00Z", "expires_at": )"
            + (expires.isValid() ? '"' + expires.toUTC().toString(Qt::ISODate).toLatin1() + '"'
                                 : QByteArray("null"))
            + "}";
}

QStringList jtisIn(const QString &path)
{
    QStringList jtis;
    const auto json = nlohmann::ordered_json::parse(readFile(path).toStdString());
    for (const auto &e : json["revoked"])
        jtis.append(QString::fromStdString(e["jti"].get<std::string>()));
    return jtis;
}

} // namespace

// The jti revocation list every server instance reads (DESIGN §7): missing means nothing revoked,
// unreadable fails closed, a change by another writer is seen, adds are never lost, and entries
// past any possible use are pruned.
class TestRevocationList : public QObject
{
    Q_OBJECT

private slots:
    void pathFor()
    {
        QCOMPARE(RevocationList::pathFor(u"/a/b/burrito.dwproj"_s), u"/a/b/burrito.revoked"_s);
        QCOMPARE(RevocationList::pathFor(u"x.y.dwproj"_s), u"./x.y.revoked"_s);
    }

    void missingFileRevokesNothing()
    {
        QTemporaryDir dir;
        const RevocationList list(dir.filePath(u"p.revoked"_s));
        QString error;
        QCOMPARE(list.check(u"any"_s, &error), RevocationList::Status::NotRevoked);
        QVERIFY(error.isEmpty());
    }

    void addThenCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.revoked"_s);
        const RevocationList list(path);
        // Read once before the add, so that the add has to be noticed.
        QCOMPARE(list.check(u"a"_s), RevocationList::Status::NotRevoked);
        QString error;
        const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY2(RevocationList::add(path, u"a"_s, expires, &error), qPrintable(error));
        QCOMPARE(list.check(u"a"_s), RevocationList::Status::Revoked);
        QCOMPARE(list.check(u"b"_s), RevocationList::Status::NotRevoked);
        // Another instance, as another server would.
        const RevocationList other(path);
        QCOMPARE(other.check(u"a"_s), RevocationList::Status::Revoked);

        // A second add, and a repeated one, are seen by both; the repeat is listed once.
        QVERIFY2(RevocationList::add(path, u"b"_s, {}, &error), qPrintable(error));
        QVERIFY2(RevocationList::add(path, u"a"_s, expires, &error), qPrintable(error));
        QCOMPARE(list.check(u"b"_s), RevocationList::Status::Revoked);
        QCOMPARE(other.check(u"b"_s), RevocationList::Status::Revoked);
        QCOMPARE(jtisIn(path), (QStringList{u"a"_s, u"b"_s}));

        // The documented format; not secret, so others may read it.
        const auto json = nlohmann::ordered_json::parse(readFile(path).toStdString());
        QVERIFY(json["format"] == "dashwright-revocations");
        QVERIFY(json["version"] == 1);
        QVERIFY(json["revoked"][0]["expires_at"] == expires.toString(Qt::ISODate).toStdString());
        QVERIFY(json["revoked"][1]["expires_at"].is_null());
        QVERIFY(json["revoked"][0]["revoked_at"].is_string());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0644);
        QVERIFY(!QFile::exists(path + u".lock"_s));
    }

    // Written by something else than add() (a deploy script copying the file in): seen too, even
    // when the size stays the same.
    void rereadsAReplacedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.revoked"_s);
        QVERIFY(writeFile(path, listWith(entry("aaaa", {}))));
        const RevocationList list(path);
        QCOMPARE(list.check(u"aaaa"_s), RevocationList::Status::Revoked);
        QCOMPARE(list.check(u"bbbb"_s), RevocationList::Status::NotRevoked);
        QVERIFY(writeFile(path, listWith(entry("bbbb", {}))));
        QCOMPARE(list.check(u"bbbb"_s), RevocationList::Status::Revoked);
        QCOMPARE(list.check(u"aaaa"_s), RevocationList::Status::NotRevoked);
        QVERIFY(QFile::remove(path));
        QCOMPARE(list.check(u"bbbb"_s), RevocationList::Status::NotRevoked);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << u"malformed JSON"_s;
        QTest::newRow("torn") << listWith(entry("a", {})).chopped(3) << u"malformed JSON"_s;
        QTest::newRow("not an object") << QByteArray("[]") << u"a JSON object is required"_s;
        QTest::newRow("wrong format")
                << QByteArray(R"({"format": "dashwright-keystore", "version": 1, "revoked": []})")
                << u"not a Dashwright revocation list"_s;
        QTest::newRow("newer version") << QByteArray(
                R"({"format": "dashwright-revocations", "version": 2, "revoked": []})")
                                       << u"version 2 is newer"_s;
        QTest::newRow("no revoked")
                << QByteArray(R"({"format": "dashwright-revocations", "version": 1})")
                << u"revoked: an array is required"_s;
        QTest::newRow("unknown member")
                << QByteArray(R"({"format": "dashwright-revocations", "version": 1, "revoked": [],
                                  "extra": 1})")
                << u"unknown member \"extra\""_s;
        QTest::newRow("entry not an object") << listWith("\"a\"") << u"revoked[0]: an object"_s;
        QTest::newRow("jti a number")
                << listWith(entry("a", {}).replace("\"a\"", "7")) << u"revoked[0].jti"_s;
        QTest::newRow("empty jti") << listWith(entry("", {})) << u"revoked[0].jti"_s;
        QTest::newRow("bad revoked_at")
                << listWith(entry("a", {}).replace("2026-01-01T00:00:00Z", "today"))
                << u"revoked[0].revoked_at"_s;
        QTest::newRow("no expires_at")
                << listWith(entry("a", {}).replace(", \"expires_at\": null", ""))
                << u"revoked[0].expires_at"_s;
        QTest::newRow("bad expires_at") << listWith(entry("a", {}).replace("null", "\"soon\""))
                                        << u"revoked[0].expires_at"_s;
        QTest::newRow("entry unknown member")
                << listWith(entry("a", {}).replace("}", ", \"why\": \"x\"}"))
                << u"revoked[0]: unknown member \"why\""_s;
        QTest::newRow("duplicate member")
                << QByteArray(R"({"format": "dashwright-revocations", "version": 1, "revoked": [],
                                  "revoked": []})")
                << u"duplicate member name"_s;
    }

    // An unreadable list fails closed: the caller refuses every token, and add() leaves it alone
    // rather than drop what it revoked.
    void malformed()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.revoked"_s);
        QVERIFY(writeFile(path, listWith(entry("good", {}))));
        const RevocationList list(path);
        QCOMPARE(list.check(u"good"_s), RevocationList::Status::Revoked);

        QVERIFY(writeFile(path, contents));
        QString error;
        QCOMPARE(list.check(u"good"_s, &error), RevocationList::Status::Unreadable);
        QVERIFY2(error.startsWith(path + u": "_s) && error.contains(message), qPrintable(error));
        error.clear();
        QCOMPARE(list.check(u"other"_s, &error), RevocationList::Status::Unreadable);
        QVERIFY(!error.isEmpty());

        QVERIFY(!RevocationList::add(path, u"new"_s, {}, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(readFile(path), contents);

        // Mended, it is read again.
        QVERIFY(writeFile(path, listWith(entry("good", {}))));
        QCOMPARE(list.check(u"good"_s), RevocationList::Status::Revoked);
    }

    void unreadableKinds()
    {
        QTemporaryDir dir;
        // A folder, a symbolic link to nothing: there, but no list to read.
        const QString folder = dir.filePath(u"folder.revoked"_s);
        QVERIFY(QDir().mkpath(folder));
        QString error;
        QCOMPARE(RevocationList(folder).check(u"a"_s, &error), RevocationList::Status::Unreadable);
        QVERIFY(!error.isEmpty());
        const QString dangling = dir.filePath(u"dangling.revoked"_s);
        QVERIFY(QFile::link(dir.filePath(u"nowhere"_s), dangling));
        QCOMPARE(RevocationList(dangling).check(u"a"_s, &error),
                 RevocationList::Status::Unreadable);
        QVERIFY(!RevocationList::add(dangling, u"a"_s, {}, &error));
    }

    void badJtiRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.revoked"_s);
        QString error;
        QVERIFY(!RevocationList::add(path, QString(), {}, &error));
        QVERIFY(!RevocationList::add(path, QString(2000, u'x'), {}, &error));
        QVERIFY(!QFile::exists(path));
    }

    // Entries whose exp lies further back than any token can live (plus leeway) go on the next
    // add; the rest, and those of unknown expiry, stay.
    void prunesLongExpiredEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.revoked"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 horizon = TokenVerifier::maximumLifetime + TokenVerifier::leewaySeconds;
        QVERIFY(writeFile(path,
                          listWith(entry("ancient", now.addDays(-30)) + ","
                                   + entry("past-horizon", now.addSecs(-horizon - 120)) + ","
                                   + entry("within-horizon", now.addSecs(-horizon + 120)) + ","
                                   + entry("live", now.addSecs(600)) + ","
                                   + entry("unknown", {}))));
        QString error;
        QVERIFY2(RevocationList::add(path, u"new"_s, now.addSecs(60), &error), qPrintable(error));
        QCOMPARE(jtisIn(path),
                 (QStringList{u"within-horizon"_s, u"live"_s, u"unknown"_s, u"new"_s}));
    }

    // Two threads adding at once, each with its own reader checking meanwhile: every jti ends up
    // listed, and no check ever sees a torn file.
    void concurrentAddsLoseNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.revoked"_s);
        constexpr int perThread = 25;
        std::atomic<int> failures = 0;
        std::atomic<int> unreadable = 0;
        const auto writer = [&](const QString &prefix) {
            const RevocationList reader(path);
            for (int i = 0; i < perThread; ++i) {
                QString error;
                if (!RevocationList::add(path, prefix + QString::number(i), {}, &error)) {
                    qWarning("%s", qPrintable(error));
                    ++failures;
                }
                if (reader.check(prefix + QString::number(i)) == RevocationList::Status::Unreadable)
                    ++unreadable;
            }
        };
        std::thread a(writer, u"a"_s);
        std::thread b(writer, u"b"_s);
        a.join();
        b.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(unreadable.load(), 0);
        const QStringList jtis = jtisIn(path);
        QCOMPARE(jtis.size(), 2 * perThread);
        const RevocationList list(path);
        for (int i = 0; i < perThread; ++i) {
            QCOMPARE(list.check(u"a"_s + QString::number(i)), RevocationList::Status::Revoked);
            QCOMPARE(list.check(u"b"_s + QString::number(i)), RevocationList::Status::Revoked);
        }
    }

    // One list checked from many threads while it changes: thread-safe, and the answer is always
    // Revoked or NotRevoked.
    void concurrentChecks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.revoked"_s);
        QString error;
        QVERIFY(RevocationList::add(path, u"x"_s, {}, &error));
        const RevocationList list(path);
        std::atomic<bool> stop = false;
        std::atomic<int> wrong = 0;
        std::vector<std::thread> readers;
        for (int t = 0; t < 3; ++t)
            readers.emplace_back([&] {
                while (!stop) {
                    if (list.check(u"x"_s) != RevocationList::Status::Revoked)
                        ++wrong;
                }
            });
        for (int i = 0; i < 20; ++i)
            QVERIFY(RevocationList::add(path, u"y"_s + QString::number(i), {}, &error));
        stop = true;
        for (std::thread &t : readers)
            t.join();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(list.check(u"y19"_s), RevocationList::Status::Revoked);
    }
};

QTEST_GUILESS_MAIN(TestRevocationList)
#include "tst_revocationlist.moc"
