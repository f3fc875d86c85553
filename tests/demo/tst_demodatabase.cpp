// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/democatalog.h"
#include "demo/demodatabase.h"
#include "sqlitereader.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using Dashwright::Tests::SqliteReader;

namespace {

constexpr qint64 testRows = 20000;

bool generate(const QString &path, qint64 rows, quint64 seed, QString *error,
              const QString &only = {})
{
    DemoDatabase::Spec spec;
    spec.rows = rows;
    spec.seed = seed;
    spec.onlyDistributor = only;
    return DemoDatabase::generate(path, spec, error);
}

} // namespace

class TestDemoDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void determinism();
    void rowCount_data();
    void rowCount();
    void rejectsRowCounts_data();
    void rejectsRowCounts();
    void distributors();
    void namedDistributorsHaveRows_data();
    void namedDistributorsHaveRows();
    void moneyAndDates();
    void indexes();
    void onlyOneDistributor();
    void unknownDistributor();
    void replacesAnOlderDatabase();
    void failedRunLeavesNoHalfDatabase();

private:
    QString chainPath() const { return m_dir.filePath(u"chain.sqlite"_s); }
    QString tenantPath() const { return m_dir.filePath(u"tenant.sqlite"_s); }

    QTemporaryDir m_dir; // databases shared by the read-only checks
};

void TestDemoDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(generate(chainPath(), testRows, 42, &error), qPrintable(error));
    QVERIFY2(generate(tenantPath(), 3000, 42, &error, DemoCatalog::elTapatio.toString()),
             qPrintable(error));
}

void TestDemoDatabase::determinism()
{
    QTemporaryDir dir;
    QString error;
    const QString same = dir.filePath(u"same.sqlite"_s);
    const QString other = dir.filePath(u"other.sqlite"_s);
    const QString sameTenant = dir.filePath(u"same-tenant.sqlite"_s);
    QVERIFY2(generate(same, testRows, 42, &error), qPrintable(error));
    QVERIFY2(generate(other, testRows, 43, &error), qPrintable(error));
    QVERIFY2(generate(sameTenant, 3000, 42, &error, DemoCatalog::elTapatio.toString()),
             qPrintable(error));

    const QString sales = u"SELECT * FROM sales ORDER BY id"_s;
    const QString distributors = u"SELECT * FROM distributors ORDER BY id"_s;
    SqliteReader a(chainPath()), b(same), c(other);
    QVERIFY(a.isOpen() && b.isOpen() && c.isOpen());
    QCOMPARE(a.digest(sales), b.digest(sales));
    QCOMPARE(a.digest(distributors), b.digest(distributors));
    QVERIFY(a.digest(sales) != c.digest(sales));

    SqliteReader ta(tenantPath()), tb(sameTenant);
    QCOMPARE(ta.digest(sales), tb.digest(sales));
}

void TestDemoDatabase::rowCount_data()
{
    QTest::addColumn<qint64>("rows");
    QTest::newRow("one") << qint64(1);
    QTest::newRow("hundred") << qint64(100);
    QTest::newRow("odd") << qint64(12345);
}

void TestDemoDatabase::rowCount()
{
    QFETCH(qint64, rows);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rows.sqlite"_s);
    QString error;
    QVERIFY2(generate(path, rows, 7, &error), qPrintable(error));
    SqliteReader db(path);
    QCOMPARE(db.value(u"SELECT count(*) FROM sales"_s).toLongLong(), rows);
    QCOMPARE(db.value(u"SELECT min(id) || '-' || max(id) FROM sales"_s).toString(),
             u"1-%1"_s.arg(rows));
}

void TestDemoDatabase::rejectsRowCounts_data()
{
    QTest::addColumn<qint64>("rows");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("negative") << qint64(-5);
    QTest::newRow("above ten million") << DemoDatabase::maxRows + 1;
}

void TestDemoDatabase::rejectsRowCounts()
{
    QFETCH(qint64, rows);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rows.sqlite"_s);
    QString error;
    QVERIFY(!generate(path, rows, 1, &error));
    QVERIFY2(error.contains(u"between 1 and"_s), qPrintable(error));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestDemoDatabase::distributors()
{
    SqliteReader db(chainPath());
    QVERIFY(db.value(u"SELECT count(*) FROM distributors"_s).toInt() >= 60);
    QVERIFY(db.value(u"SELECT count(DISTINCT distributor) FROM sales"_s).toInt() >= 50);
    QCOMPARE(db.value(u"SELECT count(*) FROM products"_s).toInt(), 12);
    QVERIFY(db.value(u"SELECT count(*) FROM promotions"_s).toInt() >= 5);
    // Every sale names its distributor consistently: name, id and region agree with the table.
    QCOMPARE(db.value(u"SELECT count(*) FROM sales s LEFT JOIN distributors d ON d.id = "
                      u"s.distributor_id "
                      u"WHERE d.name IS NOT s.distributor OR d.region IS NOT s.region"_s)
                     .toInt(),
             0);
    QCOMPARE(
            db.value(u"SELECT count(*) FROM sales s JOIN distributors d ON d.id = s.distributor_id "
                     u"WHERE s.sale_date < d.opened"_s)
                    .toInt(),
            0);
    QCOMPARE(
            db.value(u"SELECT count(*) FROM sales WHERE product NOT IN (SELECT name FROM products) "
                     u"OR (promotion IS NOT NULL AND promotion NOT IN (SELECT name FROM promotions))"_s)
                    .toInt(),
            0);
    // A promotion's price is only charged while it runs.
    QCOMPARE(db.value(u"SELECT count(*) FROM sales s JOIN promotions p ON p.name = s.promotion "
                      u"WHERE s.sale_date NOT BETWEEN p.starts AND p.ends"_s)
                     .toInt(),
             0);
}

void TestDemoDatabase::namedDistributorsHaveRows_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("default") << DemoCatalog::demoShop.toString();
    QTest::newRow("parameter tenant") << DemoCatalog::farolito.toString();
    QTest::newRow("filter tenant") << DemoCatalog::fiestyFiesta.toString();
    QTest::newRow("own-database tenant") << DemoCatalog::elTapatio.toString();
}

void TestDemoDatabase::namedDistributorsHaveRows()
{
    QFETCH(QString, name);
    SqliteReader db(chainPath());
    QSqlQuery query = db.query();
    QVERIFY(query.prepare(u"SELECT count(*), min(sale_date) FROM sales WHERE distributor = ?"_s));
    query.addBindValue(name);
    QVERIFY(query.exec() && query.next());
    QVERIFY2(query.value(0).toInt() > 100, qPrintable(query.value(0).toString()));
    QVERIFY(query.value(1).toString() < u"2024-02-01"_s); // trades over the whole period
}

void TestDemoDatabase::moneyAndDates()
{
    SqliteReader db(chainPath());
    // Multiples of 0.25 only, so that every sum is exact in binary floating point.
    QCOMPARE(
            db.value(u"SELECT count(*) FROM sales WHERE unit_price * 4 != CAST(unit_price * 4 AS "
                     u"INTEGER) "
                     u"OR revenue * 4 != CAST(revenue * 4 AS INTEGER) OR cost * 4 != CAST(cost * 4 AS INTEGER)"_s)
                    .toInt(),
            0);
    QCOMPARE(db.value(u"SELECT count(*) FROM sales WHERE revenue != quantity * unit_price OR "
                      u"quantity < 1 "
                      u"OR unit_price <= 0 OR cost <= 0"_s)
                     .toInt(),
             0);
    QCOMPARE(
            db.value(u"SELECT typeof(sale_date) || typeof(revenue) || typeof(quantity) FROM sales LIMIT 1"_s)
                    .toString(),
            u"textrealinteger"_s);
    QCOMPARE(
            db.value(u"SELECT count(*) FROM sales WHERE sale_date NOT GLOB "
                     u"'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' OR date(sale_date) IS NOT sale_date"_s)
                    .toInt(),
            0);
    QCOMPARE(db.value(u"SELECT min(sale_date) FROM sales"_s).toString(), u"2024-01-01"_s);
    QCOMPARE(db.value(u"SELECT max(sale_date) FROM sales"_s).toString(), u"2025-12-31"_s);
    const double sum = db.value(u"SELECT sum(revenue) FROM sales"_s).toDouble();
    const qint64 quarters
            = db.value(u"SELECT sum(CAST(revenue * 4 AS INTEGER)) FROM sales"_s).toLongLong();
    QCOMPARE(sum * 4, double(quarters)); // exact, not fuzzy
    QVERIFY(db.value(u"SELECT count(*) FROM sales WHERE promotion IS NOT NULL"_s).toInt() > 0);
}

void TestDemoDatabase::indexes()
{
    SqliteReader db(chainPath());
    const QStringList indexes
            = db.column(u"SELECT name || '(' || (SELECT group_concat(name) FROM "
                        u"pragma_index_info(m.name)) || ')' FROM sqlite_master m "
                        u"WHERE type = 'index' AND tbl_name = 'sales' ORDER BY name"_s);
    QCOMPARE(indexes,
             QStringList{u"sales_distributor_cover(distributor,sale_date,product,promotion,"
                         u"quantity,unit_price,revenue)"_s});
    QCOMPARE(db.value(u"SELECT count(*) FROM sqlite_stat1 WHERE idx = 'sales_distributor_cover'"_s)
                     .toInt(),
             1); // ANALYZEd
    // One tenant's statements of each kind the demo dashboards run are read from the index alone.
    const QStringList statements = {
            u"SELECT sum(revenue) FROM sales WHERE distributor = 'Farolito' AND sale_date >= '2025-01-01'"_s,
            u"SELECT product, promotion, sum(quantity), sum(revenue) FROM sales WHERE distributor "
            u"= 'Farolito' "
            u"GROUP BY 1, 2"_s,
            u"SELECT product, avg(unit_price), sum(quantity) FROM sales WHERE distributor = 'Farolito' GROUP BY 1"_s,
            u"SELECT strftime('%Y-%m', sale_date), sum(revenue) FROM sales WHERE distributor = "
            u"'Farolito' "
            u"GROUP BY 1"_s,
            u"SELECT count(DISTINCT distributor) FROM sales WHERE distributor = 'Fiesty Fiesta'"_s,
    };
    for (const QString &sql : statements) {
        QSqlQuery explain = db.query();
        QVERIFY(explain.exec(u"EXPLAIN QUERY PLAN "_s + sql));
        QStringList plan;
        while (explain.next())
            plan.append(explain.value(u"detail"_s).toString());
        QVERIFY2(plan.join(u' ').contains(
                         u"SEARCH sales USING COVERING INDEX sales_distributor_cover"_s),
                 qPrintable(sql + u": "_s + plan.join(u' ')));
    }
    QCOMPARE(db.value(u"PRAGMA journal_mode"_s).toString(),
             u"delete"_s); // the generation setting is gone
    QVERIFY(!QFileInfo::exists(chainPath() + u".partial"_s));
}

void TestDemoDatabase::onlyOneDistributor()
{
    SqliteReader tenant(tenantPath());
    QVERIFY(tenant.isOpen());
    QCOMPARE(tenant.column(u"SELECT DISTINCT distributor FROM sales"_s),
             QStringList{u"El Tapatio"_s});
    QCOMPARE(tenant.column(u"SELECT name FROM distributors"_s), QStringList{u"El Tapatio"_s});
    QCOMPARE(tenant.value(u"SELECT count(*) FROM sales"_s).toLongLong(), 3000);
    QCOMPARE(tenant.value(u"SELECT count(*) FROM products"_s).toInt(), 12);
    // The same schema as the chain's, its index included.
    QCOMPARE(tenant.column(u"SELECT name FROM sqlite_master WHERE type = 'index'"_s),
             QStringList{u"sales_distributor_cover"_s});

    // The same distributor as in the chain's database: same id, region and opening date.
    SqliteReader chain(chainPath());
    const QString row
            = u"SELECT id || region || opened FROM distributors WHERE name = 'El Tapatio'"_s;
    QCOMPARE(tenant.value(row).toString(), chain.value(row).toString());
    QCOMPARE(tenant.value(u"SELECT DISTINCT distributor_id FROM sales"_s).toString(),
             chain.value(u"SELECT id FROM distributors WHERE name = 'El Tapatio'"_s).toString());
}

void TestDemoDatabase::unknownDistributor()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!generate(dir.filePath(u"x.sqlite"_s), 10, 1, &error, u"Nobody's Burritos"_s));
    QVERIFY2(error.contains(u"Nobody's Burritos"_s), qPrintable(error));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestDemoDatabase::replacesAnOlderDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    QString error;
    QVERIFY(generate(path, 50, 1, &error));
    QVERIFY(generate(path, 70, 1, &error));
    SqliteReader db(path);
    QCOMPARE(db.value(u"SELECT count(*) FROM sales"_s).toInt(), 70);
}

void TestDemoDatabase::failedRunLeavesNoHalfDatabase()
{
    // A directory where the database should go: the finished file cannot be renamed into place.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"db.sqlite/blocker"_s));
    QString error;
    QVERIFY(!generate(dir.filePath(u"db.sqlite"_s), 500, 1, &error));
    QVERIFY2(error.contains(u"db.sqlite"_s) && error.contains(u"rename"_s), qPrintable(error));
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestDemoDatabase)
#include "tst_demodatabase.moc"
