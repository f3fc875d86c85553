// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sources/datasource.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Dashwright;

using Columns = std::optional<QSet<QString>>;

// Which columns lead an index, read from SQLite's own schema, and read again after a change.
class TestIndexAdvisor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(u"indexes.sqlite"_s); }
    ConnectionSpec connection() const
    {
        ConnectionSpec spec;
        spec.type = AccountType::Sqlite;
        spec.sqlitePath = path();
        return spec;
    }
    bool exec(const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            db.setDatabaseName(path());
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery query(db);
                if (!query.exec(sql)) {
                    qWarning() << sql << query.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(exec({
                u"CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT, e TEXT UNIQUE)"_s,
                u"CREATE INDEX t_a_b ON t (a, b)"_s,
                u"CREATE INDEX t_partial ON t (c) WHERE c IS NOT NULL"_s,
                u"CREATE INDEX t_expression ON t (lower(d))"_s,
                u"CREATE VIEW v AS SELECT * FROM t"_s,
                u"CREATE TABLE \"odd \"\"name\"\"\" (x TEXT, y TEXT)"_s,
                u"CREATE INDEX odd_y ON \"odd \"\"name\"\"\" (Y)"_s,
                u"CREATE TABLE k (code TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID"_s,
                u"CREATE TABLE p (id INT PRIMARY KEY, q TEXT)"_s,
        }));
    }

    void leadingColumns_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<Columns>("expected");
        // b is second in its index, c's index is partial, d's is on an expression; e is UNIQUE.
        QTest::newRow("table") << u"t"_s << Columns(QSet<QString>{u"id"_s, u"a"_s, u"e"_s});
        QTest::newRow("name in another case")
                << u"T"_s << Columns(QSet<QString>{u"id"_s, u"a"_s, u"e"_s});
        QTest::newRow("name to be quoted") << u"odd \"name\""_s << Columns(QSet<QString>{u"y"_s});
        QTest::newRow("without rowid") << u"k"_s << Columns(QSet<QString>{u"code"_s});
        QTest::newRow("INT primary key, not the rowid")
                << u"p"_s << Columns(QSet<QString>{u"id"_s});
        QTest::newRow("view") << u"v"_s << Columns();
        QTest::newRow("no such table") << u"nothing"_s << Columns();
        QTest::newRow("not a name") << u"t; DROP TABLE t"_s << Columns();
    }

    void leadingColumns()
    {
        QFETCH(QString, table);
        QFETCH(Columns, expected);
        QCOMPARE(DataSource::of(connection()).leadingIndexColumns(connection(), table), expected);
    }

    void unknownWithoutAnSqliteFile()
    {
        ConnectionSpec missing = connection();
        missing.sqlitePath = m_dir.filePath(u"missing.sqlite"_s);
        QCOMPARE(DataSource::of(missing).leadingIndexColumns(missing, u"t"_s), Columns());
        ConnectionSpec postgres;
        postgres.type = AccountType::Postgresql;
        postgres.database = u"t"_s;
        QCOMPARE(DataSource::of(postgres).leadingIndexColumns(postgres, u"t"_s), Columns());
    }

    void readAgainAfterAChange()
    {
        QVERIFY(!DataSource::of(connection())
                         .leadingIndexColumns(connection(), u"t"_s)
                         ->contains(u"b"_s));
        // The cache compares the file's modification time, to the millisecond.
        QThread::msleep(5);
        QVERIFY(exec({u"CREATE INDEX t_b ON t (b)"_s}));
        QVERIFY(DataSource::of(connection())
                        .leadingIndexColumns(connection(), u"t"_s)
                        ->contains(u"b"_s));
        QThread::msleep(5);
        QVERIFY(exec({u"DROP INDEX t_b"_s}));
        QVERIFY(!DataSource::of(connection())
                         .leadingIndexColumns(connection(), u"t"_s)
                         ->contains(u"b"_s));
    }
};

QTEST_GUILESS_MAIN(TestIndexAdvisor)
#include "tst_indexadvisor.moc"
