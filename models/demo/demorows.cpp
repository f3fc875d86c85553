// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demorows.h"

#include "demorandom.h"

#include <QDate>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Dashwright::DemoRows {

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
            openedOffset = -int(30 + random.below(quint64(12) * 365));
        else
            openedOffset = int(random.below(salesDays - 120));
        const int weight = named ? 5 : int(1 + random.below(6));
        result.push_back({id, s.name, s.region, s.city, isoDate(firstSaleDay.addDays(openedOffset)),
                          qMax(0, openedOffset), weight});
        ++id;
    }
    return result;
}

constexpr Column distributorColumns[] = {{"id", Type::Integer},
                                         {"name", Type::Text},
                                         {"region", Type::Text},
                                         {"city", Type::Text},
                                         {"opened", Type::Date}};
constexpr Column productColumns[] = {{"id", Type::Integer},
                                     {"name", Type::Text},
                                     {"category", Type::Text},
                                     {"unit_price", Type::Real}};
constexpr Column promotionColumns[] = {{"id", Type::Integer},
                                       {"name", Type::Text},
                                       {"discount_pct", Type::Integer},
                                       {"starts", Type::Date},
                                       {"ends", Type::Date}};
constexpr Column salesColumns[] = {{"id", Type::Integer},
                                   {"sale_date", Type::Date},
                                   {"distributor", Type::Text},
                                   {"distributor_id", Type::Integer},
                                   {"region", Type::Text},
                                   {"product", Type::Text},
                                   {"promotion", Type::Text, true},
                                   {"quantity", Type::Integer},
                                   {"unit_price", Type::Real},
                                   {"revenue", Type::Real},
                                   {"cost", Type::Real}};

constexpr Table allTables[] = {{"distributors", distributorColumns},
                               {"products", productColumns},
                               {"promotions", promotionColumns},
                               {"sales", salesColumns}};

// Every tenant-scoped query of the demo narrows on `distributor`: the distributor parameter and
// the token filters of "Distributor performance" and "Chain overview", and the restaurant policy
// of "Restaurant overview", whose rule is on the same column. One index leading on it, carrying
// every other column those dashboards read, answers all of them from the index alone (a range
// read of one tenant that never visits the table; BENCHMARKS.md, "Switching the previewed
// tenant"). Indexes on (distributor) or (distributor, sale_date) would only repeat its prefix, and
// no demo query filters on region or distributor_id, so none is created for them.
constexpr const char *salesCoverColumns[]
        = {"distributor", "sale_date", "product", "promotion", "quantity", "unit_price", "revenue"};
constexpr Index allIndexes[] = {{"sales_distributor_cover", "sales", salesCoverColumns}};

Value integer(qint64 v)
{
    return {Value::Kind::Integer, v, 0, {}};
}
Value real(double v)
{
    return {Value::Kind::Real, 0, v, {}};
}
Value text(std::string_view v)
{
    return {Value::Kind::Text, 0, 0, v};
}

bool writeCatalog(Sink &sink, const std::vector<Distributor> &distributors)
{
    if (!sink.begin(allTables[0]))
        return false;
    for (const Distributor &d : distributors) {
        const Value row[]
                = {integer(d.id), text(d.name), text(d.region), text(d.city), text(d.opened)};
        if (!sink.row(row))
            return false;
    }
    if (!sink.end(allTables[0]) || !sink.begin(allTables[1]))
        return false;
    qint64 id = 1;
    for (const ProductSeed &p : productSeeds) {
        const Value row[] = {integer(id++), text(p.name), text(p.category), real(toMoney(p.price))};
        if (!sink.row(row))
            return false;
    }
    if (!sink.end(allTables[1]) || !sink.begin(allTables[2]))
        return false;
    id = 1;
    for (const PromotionSeed &p : promotionSeeds) {
        const std::string starts = isoDate(p.starts);
        const std::string ends = isoDate(p.ends);
        const Value row[]
                = {integer(id++), text(p.name), integer(p.discountPct), text(starts), text(ends)};
        if (!sink.row(row))
            return false;
    }
    return sink.end(allTables[2]);
}

bool writeSales(Sink &sink, const std::vector<Distributor> &distributors, qint64 rows,
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
    for (int i = 0; i < int(std::size(productSeeds)); ++i)
        productPick.insert(productPick.end(), size_t(productSeeds[i].weight), i);

    std::vector<std::vector<int>> promotionsOnDay(salesDays);
    for (int i = 0; i < int(std::size(promotionSeeds)); ++i) {
        const int first = int(firstSaleDay.daysTo(promotionSeeds[i].starts));
        const int last = int(firstSaleDay.daysTo(promotionSeeds[i].ends));
        for (int day = qMax(0, first); day <= qMin(salesDays - 1, last); ++day)
            promotionsOnDay[size_t(day)].push_back(i);
    }

    if (!sink.begin(allTables[3]))
        return false;
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

        const Value row[] = {integer(id),
                             text(days[size_t(day)]),
                             text(d.name),
                             integer(d.id),
                             text(d.region),
                             text(p.name),
                             promotion >= 0 ? text(promotionSeeds[promotion].name) : Value(),
                             integer(quantity),
                             real(toMoney(unitPrice)),
                             real(toMoney(quantity * unitPrice)),
                             real(toMoney(quantity * p.cost))};
        if (!sink.row(row))
            return false;
    }
    return sink.end(allTables[3]);
}

} // namespace

std::span<const Table> tables()
{
    return allTables;
}

std::span<const Index> indexes()
{
    return allIndexes;
}

bool generate(const DemoDatabase::Spec &spec, Sink &sink, QString *error)
{
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
    if (writeCatalog(sink, distributors) && writeSales(sink, distributors, spec.rows, random))
        return true;
    *error = sink.error();
    return false;
}

} // namespace Dashwright::DemoRows
