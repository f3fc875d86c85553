// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatabase.h"

#include "democatalog.h"
#include "demorandom.h"

#include "data/sources/sqlitestrict.h"

#include <QDate>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

// The database is written with the sqlite3 C API rather than QtSql: bulk generation is the whole
// job here, and the C API lets us reuse one prepared statement for every row, bind UTF-8 text
// without copying it (SQLITE_STATIC) and skip QVariant boxing — together several times faster than
// QSqlQuery for millions of rows.

namespace Dashwright {

namespace {

// Money is kept as whole quarters (0.25) until it is bound: every price, revenue and cost is then a
// multiple of 0.25, exactly representable in binary floating point, so SUMs over any subset are
// exact and the planner's results compare exactly with hand-written SQL in tests.
using Quarters = qint64;
double toMoney(Quarters q)
{
    return double(q) / 4.0;
}

const QDate firstSaleDay(2024, 1, 1);
constexpr int salesDays = 731; // 2024-01-01 .. 2025-12-31

struct DistributorSeed
{
    const char *name;
    const char *region;
    const char *city;
};

// Farolito is in the West because the broker-plugin tenant's metadata says so.
constexpr DistributorSeed distributorSeeds[] = {
        {"Demo Burrito Shop", "West", "San Francisco"},
        {"Farolito", "West", "San Francisco"},
        {"Fiesty Fiesta", "Southwest", "Austin"},
        {"El Tapatio", "Southwest", "Phoenix"},
        {"La Taqueria", "West", "San Francisco"},
        {"Taqueria Cancun", "West", "Oakland"},
        {"El Metate", "West", "San Francisco"},
        {"Papalote", "West", "Sacramento"},
        {"Pancho's Cantina", "Southwest", "Tucson"},
        {"Casa Burrito", "Southwest", "Albuquerque"},
        {"Burrito Loco", "West", "Los Angeles"},
        {"Los Compadres", "West", "San Diego"},
        {"El Sombrero", "Southwest", "San Antonio"},
        {"Tortilla Flats", "Southwest", "El Paso"},
        {"La Cocina Feliz", "Southwest", "Las Vegas"},
        {"Salsa Verde", "Southwest", "Denver"},
        {"Chile Rojo", "Midwest", "Chicago"},
        {"La Esquina", "Midwest", "Chicago"},
        {"El Rancho Grande", "Midwest", "Minneapolis"},
        {"Taco Town", "Midwest", "Detroit"},
        {"Burrito Barn", "Midwest", "Milwaukee"},
        {"La Palma", "Midwest", "Kansas City"},
        {"Mi Tierra", "Midwest", "Columbus"},
        {"El Camino", "Northeast", "New York"},
        {"Dos Hermanos", "Northeast", "New York"},
        {"La Fonda", "Northeast", "Boston"},
        {"Casa Azul", "Northeast", "Philadelphia"},
        {"Cilantro & Co", "Northeast", "Pittsburgh"},
        {"El Jefe", "Northeast", "Providence"},
        {"La Catrina", "Southeast", "Atlanta"},
        {"Burrito Bay", "Southeast", "Miami"},
        {"El Toro Bravo", "Southeast", "Nashville"},
        {"Guacamole Grill", "Southeast", "Charlotte"},
        {"La Cantina del Sol", "Southeast", "Orlando"},
        {"Bayou Burritos", "Southeast", "New Orleans"},
        {"El Farol", "Southwest", "Phoenix"},
        {"Los Amigos", "West", "Portland"},
        {"Tres Agaves", "West", "Seattle"},
        {"El Charro", "Southwest", "Tucson"},
        {"La Siesta", "Southwest", "Austin"},
        {"Aztec Kitchen", "Midwest", "Chicago"},
        {"Mariachi Express", "West", "Los Angeles"},
        {"El Nopal", "Midwest", "Detroit"},
        {"Calle Ocho", "Southeast", "Miami"},
        {"Smoky Pepper", "Northeast", "New York"},
        {"La Michoacana", "West", "San Diego"},
        {"El Pueblo", "Southwest", "Albuquerque"},
        {"Burrito Brothers", "Northeast", "Boston"},
        {"Casa Maya", "Southeast", "Atlanta"},
        {"Rio Grande Cantina", "Southwest", "El Paso"},
        {"El Sol Naciente", "Midwest", "Minneapolis"},
        {"La Hacienda", "Southwest", "San Antonio"},
        {"Viva Burrito", "West", "Sacramento"},
        {"El Paisano", "Midwest", "Milwaukee"},
        {"Tacos y Mas", "Southeast", "Orlando"},
        {"La Lupita", "Northeast", "Philadelphia"},
        {"El Pastor", "West", "Oakland"},
        {"Poblano Palace", "Southwest", "Denver"},
        {"Cinco Estrellas", "Southeast", "Nashville"},
        {"Habanero Hut", "Southeast", "Charlotte"},
        {"La Paloma", "Midwest", "Kansas City"},
        {"Frida's Kitchen", "Northeast", "Providence"},
        {"El Molcajete", "West", "Portland"},
        {"Luna Azul", "West", "Seattle"},
};
// The four named distributors come first: they always trade over the whole period.
constexpr int namedDistributors = 4;

struct ProductSeed
{
    const char *name;
    const char *category;
    Quarters price;
    Quarters cost;
    int weight; // relative popularity
};

constexpr ProductSeed productSeeds[] = {
        {"Carne Asada Burrito", "Burrito", 39, 17, 10},
        {"Al Pastor Burrito", "Burrito", 37, 16, 9},
        {"Carnitas Burrito", "Burrito", 38, 16, 8},
        {"Pollo Asado Burrito", "Burrito", 35, 14, 9},
        {"California Burrito", "Burrito", 42, 19, 7},
        {"Veggie Burrito", "Burrito", 32, 11, 5},
        {"Breakfast Burrito", "Burrito", 30, 11, 6},
        {"Horchata", "Drink", 13, 3, 7},
        {"Jarritos", "Drink", 11, 4, 6},
        {"Agua Fresca", "Drink", 12, 3, 5},
        {"Chips & Guacamole", "Side", 18, 6, 6},
        {"Elote", "Side", 15, 5, 4},
};

struct PromotionSeed
{
    const char *name;
    int discountPct;
    QDate starts;
    QDate ends;
};

const PromotionSeed promotionSeeds[] = {
        {"Spring Fiesta", 10, QDate(2024, 3, 15), QDate(2024, 4, 30)},
        {"Summer Combo 2024", 15, QDate(2024, 6, 1), QDate(2024, 8, 31)},
        {"Burrito Month", 20, QDate(2024, 10, 1), QDate(2024, 10, 31)},
        {"Holiday Feast 2024", 10, QDate(2024, 12, 1), QDate(2024, 12, 31)},
        {"Cinco de Mayo", 25, QDate(2025, 4, 28), QDate(2025, 5, 5)},
        {"Summer Combo 2025", 15, QDate(2025, 6, 1), QDate(2025, 8, 31)},
        {"Back to School", 10, QDate(2025, 8, 15), QDate(2025, 9, 15)},
        {"Holiday Feast 2025", 10, QDate(2025, 12, 1), QDate(2025, 12, 31)},
};

// Independent random streams, so that one part drawing more numbers never changes another part.
enum Stream : quint64 { CatalogStream = 1, ChainSalesStream = 2, TenantSalesStream = 3 };

struct Distributor
{
    qint64 id;
    std::string name;
    std::string region;
    std::string city;
    std::string opened;
    int firstDay; // first day of the sales period it trades on
    int weight;
};

std::string isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate).toStdString();
}

// The distributor table depends only on the seed, so that a tenant's own database agrees with the
// chain's on ids and opening dates.
std::vector<Distributor> makeDistributors(quint64 seed)
{
    DemoRandom random(seed, CatalogStream);
    std::vector<Distributor> result;
    qint64 id = 1;
    for (const DistributorSeed &s : distributorSeeds) {
        const bool named = id <= namedDistributors;
        // Most shops opened before the period; some open during it, so their lines start later.
        int openedOffset = 0;
        if (named || random.chance(85))
            openedOffset = -int(30 + random.below(12 * 365));
        else
            openedOffset = int(random.below(salesDays - 120));
        const int weight = named ? 5 : int(1 + random.below(6));
        result.push_back({id, s.name, s.region, s.city, isoDate(firstSaleDay.addDays(openedOffset)),
                          qMax(0, openedOffset), weight});
        ++id;
    }
    return result;
}

struct SqliteClose
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
struct SqliteFinalize
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Database = std::unique_ptr<sqlite3, SqliteClose>;
using Statement = std::unique_ptr<sqlite3_stmt, SqliteFinalize>;

// Carries the first SQLite error out of the generator as a sentence for the user.
class Writer
{
public:
    explicit Writer(sqlite3 *db)
        : m_db(db)
    { }

    bool exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }

    Statement prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return {};
        }
        return Statement(statement);
    }

    // Steps an INSERT whose values are bound, and resets it for the next row.
    bool step(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc == SQLITE_DONE)
            return true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    QString error() const { return m_error; }

private:
    sqlite3 *m_db;
    QString m_error;
};

void bindText(sqlite3_stmt *statement, int index, const std::string &text)
{
    // SQLITE_STATIC: the strings outlive the statement's use of them; SQLite need not copy.
    sqlite3_bind_text(statement, index, text.data(), int(text.size()), SQLITE_STATIC);
}

constexpr const char *schemaSql = R"sql(
CREATE TABLE distributors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL,
                           city TEXT NOT NULL, opened DATE NOT NULL);
CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL,
                       unit_price REAL NOT NULL);
CREATE TABLE promotions (id INTEGER PRIMARY KEY, name TEXT NOT NULL, discount_pct INTEGER NOT NULL,
                         starts DATE NOT NULL, ends DATE NOT NULL);
CREATE TABLE sales (id INTEGER PRIMARY KEY, sale_date DATE NOT NULL, distributor TEXT NOT NULL,
                    distributor_id INTEGER NOT NULL, region TEXT NOT NULL, product TEXT NOT NULL,
                    promotion TEXT, quantity INTEGER NOT NULL, unit_price REAL NOT NULL,
                    revenue REAL NOT NULL, cost REAL NOT NULL);
)sql";

// Created after the rows are in: building an index once from sorted data is much faster than
// updating it on every insert. Every tenant-scoped query of the demo narrows on `distributor`: the
// distributor parameter and the token filters of "Distributor performance" and "Chain overview",
// and the restaurant policy of "Restaurant overview", whose rule is on the same column. One index
// leading on it, carrying every other column those dashboards read, answers all of them from the
// index alone (a range read of one tenant that never visits the table; BENCHMARKS.md, "Switching
// the previewed tenant"). Indexes on (distributor) or (distributor, sale_date) would only repeat
// its prefix, and no demo query filters on region or distributor_id, so none is created for them.
constexpr const char *indexSql = R"sql(
CREATE INDEX sales_distributor_cover
    ON sales (distributor, sale_date, product, promotion, quantity, unit_price, revenue);
)sql";

bool writeCatalog(Writer &writer, const std::vector<Distributor> &distributors)
{
    Statement insert = writer.prepare("INSERT INTO distributors VALUES (?, ?, ?, ?, ?)");
    if (!insert)
        return false;
    for (const Distributor &d : distributors) {
        sqlite3_bind_int64(insert.get(), 1, d.id);
        bindText(insert.get(), 2, d.name);
        bindText(insert.get(), 3, d.region);
        bindText(insert.get(), 4, d.city);
        bindText(insert.get(), 5, d.opened);
        if (!writer.step(insert.get()))
            return false;
    }

    insert = writer.prepare("INSERT INTO products VALUES (?, ?, ?, ?)");
    if (!insert)
        return false;
    qint64 id = 1;
    for (const ProductSeed &p : productSeeds) {
        sqlite3_bind_int64(insert.get(), 1, id++);
        sqlite3_bind_text(insert.get(), 2, p.name, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert.get(), 3, p.category, -1, SQLITE_STATIC);
        sqlite3_bind_double(insert.get(), 4, toMoney(p.price));
        if (!writer.step(insert.get()))
            return false;
    }

    insert = writer.prepare("INSERT INTO promotions VALUES (?, ?, ?, ?, ?)");
    if (!insert)
        return false;
    id = 1;
    for (const PromotionSeed &p : promotionSeeds) {
        const std::string starts = isoDate(p.starts);
        const std::string ends = isoDate(p.ends);
        sqlite3_bind_int64(insert.get(), 1, id++);
        sqlite3_bind_text(insert.get(), 2, p.name, -1, SQLITE_STATIC);
        sqlite3_bind_int(insert.get(), 3, p.discountPct);
        sqlite3_bind_text(insert.get(), 4, starts.data(), int(starts.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert.get(), 5, ends.data(), int(ends.size()), SQLITE_TRANSIENT);
        if (!writer.step(insert.get()))
            return false;
    }
    return true;
}

bool writeSales(Writer &writer, const std::vector<Distributor> &distributors, qint64 rows,
                DemoRandom &random)
{
    // Lookup tables, so that each row costs a few random draws and array reads.
    std::vector<std::string> days;
    days.reserve(salesDays);
    for (int day = 0; day < salesDays; ++day)
        days.push_back(isoDate(firstSaleDay.addDays(day)));

    std::vector<int> distributorPick;
    for (int i = 0; i < int(distributors.size()); ++i)
        distributorPick.insert(distributorPick.end(), size_t(distributors[i].weight), i);

    std::vector<int> productPick;
    std::vector<std::string> productNames;
    for (int i = 0; i < int(std::size(productSeeds)); ++i) {
        productPick.insert(productPick.end(), size_t(productSeeds[i].weight), i);
        productNames.emplace_back(productSeeds[i].name);
    }

    std::vector<std::string> promotionNames;
    std::vector<std::vector<int>> promotionsOnDay(salesDays);
    for (int i = 0; i < int(std::size(promotionSeeds)); ++i) {
        promotionNames.emplace_back(promotionSeeds[i].name);
        const int first = int(firstSaleDay.daysTo(promotionSeeds[i].starts));
        const int last = int(firstSaleDay.daysTo(promotionSeeds[i].ends));
        for (int day = qMax(0, first); day <= qMin(salesDays - 1, last); ++day)
            promotionsOnDay[size_t(day)].push_back(i);
    }

    Statement insert = writer.prepare("INSERT INTO sales VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return false;
    sqlite3_stmt *statement = insert.get();
    for (qint64 id = 1; id <= rows; ++id) {
        const Distributor &d
                = distributors[size_t(distributorPick[random.below(distributorPick.size())])];
        const int span = salesDays - d.firstDay;
        int day = d.firstDay + int(random.below(quint64(span)));
        // Business grows: some lines take the later of two days, so recent months sell more.
        if (random.chance(40))
            day = qMax(day, d.firstDay + int(random.below(quint64(span))));

        const int product = productPick[random.below(productPick.size())];
        const ProductSeed &p = productSeeds[product];

        int promotion = -1;
        const std::vector<int> &active = promotionsOnDay[size_t(day)];
        if (!active.empty() && random.chance(35))
            promotion = active[random.below(active.size())];

        qint64 quantity = 1 + qint64(random.below(3));
        if (random.chance(8)) // a catering order
            quantity += 3 + qint64(random.below(20));

        Quarters unitPrice = p.price;
        if (promotion >= 0) // rounded down to whole quarters, so money stays exact
            unitPrice = qMax<Quarters>(
                    1, unitPrice * (100 - promotionSeeds[promotion].discountPct) / 100);

        sqlite3_bind_int64(statement, 1, id);
        bindText(statement, 2, days[size_t(day)]);
        bindText(statement, 3, d.name);
        sqlite3_bind_int64(statement, 4, d.id);
        bindText(statement, 5, d.region);
        bindText(statement, 6, productNames[size_t(product)]);
        if (promotion >= 0)
            bindText(statement, 7, promotionNames[size_t(promotion)]);
        else
            sqlite3_bind_null(statement, 7);
        sqlite3_bind_int64(statement, 8, quantity);
        sqlite3_bind_double(statement, 9, toMoney(unitPrice));
        sqlite3_bind_double(statement, 10, toMoney(quantity * unitPrice));
        sqlite3_bind_double(statement, 11, toMoney(quantity * p.cost));
        if (!writer.step(statement))
            return false;
    }
    return true;
}

bool populate(sqlite3 *db, const DemoDatabase::Spec &spec, QString *error)
{
    Writer writer(db);
    std::vector<Distributor> distributors = makeDistributors(spec.seed);
    if (!spec.onlyDistributor.isEmpty()) {
        const std::string only = spec.onlyDistributor.toStdString();
        std::erase_if(distributors, [&](const Distributor &d) { return d.name != only; });
        if (distributors.empty()) {
            *error = u"no distributor is called \"%1\""_s.arg(spec.onlyDistributor);
            return false;
        }
    }
    DemoRandom random(spec.seed,
                      spec.onlyDistributor.isEmpty() ? ChainSalesStream : TenantSalesStream);

    // Generation settings, for this connection only: no rollback journal and no fsync (a failed run
    // deletes the temporary file anyway, so there is nothing to recover), one exclusive
    // transaction, and memory for the index sorts. journal_mode=OFF is not persistent: whoever
    // opens the finished file gets SQLite's defaults.
    const bool ok = writer.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                                "PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY;"
                                "PRAGMA cache_size = -65536;")
            && writer.exec(schemaSql) && writer.exec("BEGIN") && writeCatalog(writer, distributors)
            && writeSales(writer, distributors, spec.rows, random) && writer.exec(indexSql)
            && writer.exec("COMMIT")
            // Statistics let the query planner choose the tenant index; analysis_limit keeps
            // ANALYZE from reading every index row of a 10-million-row table (approximate counts
            // are plenty).
            && writer.exec("PRAGMA analysis_limit = 2000; ANALYZE;");
    if (!ok)
        *error = writer.error();
    return ok;
}

} // namespace

bool DemoDatabase::generate(const QString &path, const Spec &spec, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (spec.rows < 1 || spec.rows > maxRows) {
        *error = u"the number of rows must be between 1 and %L1, not %L2"_s.arg(maxRows).arg(
                spec.rows);
        return false;
    }

    const QString temporary = path + u".partial"_s;
    QFile::remove(temporary); // a leftover of an interrupted run
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(raw);
    QString why;
    if (rc != SQLITE_OK)
        why = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
    else if (!disableDoubleQuotedStrings(db.get()))
        why = u"SQLite refused to turn off double-quoted strings"_s;
    else
        populate(db.get(), spec, &why);
    db.reset(); // closed before the rename, so nothing is left to write

    if (why.isEmpty()
        && std::rename(QFile::encodeName(temporary).constData(),
                       QFile::encodeName(path).constData())
                != 0)
        why = u"cannot rename the finished database into place: %1"_s.arg(
                QString::fromLocal8Bit(std::strerror(errno)));
    if (!why.isEmpty()) {
        QFile::remove(temporary);
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

} // namespace Dashwright
