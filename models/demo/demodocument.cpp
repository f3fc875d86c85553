// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodocument.h"

#include "common/json.h"
#include "democatalog.h"

#include <list>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Dataset keys: the last part of "dataset/<key>", the stable name its ids derive from.
const QString salesKey = u"sales"_s;
const QString restaurantSalesKey = u"restaurant-sales"_s;

QString datasetId(const QString &key)
{
    return DemoDocument::idFor(u"dataset/"_s + key);
}

QString columnId(const QString &datasetKey, const QString &column)
{
    return DemoDocument::idFor(u"dataset/%1/column/%2"_s.arg(datasetKey, column));
}

std::string utf8(QStringView text)
{
    return text.toString().toStdString();
}

struct ColumnSpec
{
    QString name;
    QString label;
    ColumnType type;
};

Dataset tableDataset(const QString &key, const QString &name, const QString &accountId,
                     const QString &table, const QList<ColumnSpec> &columns)
{
    Dataset dataset;
    dataset.id = datasetId(key);
    dataset.name = name;
    dataset.accountId = accountId;
    dataset.kind = Dataset::Kind::Table;
    dataset.table = table;
    for (const ColumnSpec &c : columns)
        dataset.columns.append({columnId(key, c.name), c.name, c.label, c.type});
    return dataset;
}

const QList<ColumnSpec> salesColumns = {
        {u"id"_s, u"Sale id"_s, ColumnType::Integer},
        {u"sale_date"_s, u"Sale date"_s, ColumnType::Date},
        {u"distributor"_s, u"Distributor"_s, ColumnType::Text},
        {u"distributor_id"_s, u"Distributor id"_s, ColumnType::Integer},
        {u"region"_s, u"Region"_s, ColumnType::Text},
        {u"product"_s, u"Product"_s, ColumnType::Text},
        {u"promotion"_s, u"Promotion"_s, ColumnType::Text},
        {u"quantity"_s, u"Quantity"_s, ColumnType::Integer},
        {u"unit_price"_s, u"Unit price"_s, ColumnType::Number},
        {u"revenue"_s, u"Revenue"_s, ColumnType::Number},
        {u"cost"_s, u"Cost"_s, ColumnType::Number},
};

QList<Dataset> datasets(const QString &accountId)
{
    QList<Dataset> result;
    result.append(tableDataset(salesKey, u"Sales"_s, accountId, u"sales"_s, salesColumns));
    result.append(tableDataset(u"distributors"_s, u"Distributors"_s, accountId, u"distributors"_s,
                               {{u"id"_s, u"Distributor id"_s, ColumnType::Integer},
                                {u"name"_s, u"Distributor"_s, ColumnType::Text},
                                {u"region"_s, u"Region"_s, ColumnType::Text},
                                {u"city"_s, u"City"_s, ColumnType::Text},
                                {u"opened"_s, u"Opened"_s, ColumnType::Date}}));
    result.append(tableDataset(u"products"_s, u"Products"_s, accountId, u"products"_s,
                               {{u"id"_s, u"Product id"_s, ColumnType::Integer},
                                {u"name"_s, u"Product"_s, ColumnType::Text},
                                {u"category"_s, u"Category"_s, ColumnType::Text},
                                {u"unit_price"_s, u"List price"_s, ColumnType::Number}}));
    result.append(tableDataset(u"promotions"_s, u"Promotions"_s, accountId, u"promotions"_s,
                               {{u"id"_s, u"Promotion id"_s, ColumnType::Integer},
                                {u"name"_s, u"Promotion"_s, ColumnType::Text},
                                {u"discount_pct"_s, u"Discount (%)"_s, ColumnType::Integer},
                                {u"starts"_s, u"Starts"_s, ColumnType::Date},
                                {u"ends"_s, u"Ends"_s, ColumnType::Date}}));
    // A second dataset on the same table, the one the access policy protects: a policy applies to
    // every token view of its dataset and fails closed, so putting it on "Sales" would deny the
    // parameter, filter and account-override tenants. Here it can be seen working alone (DESIGN
    // §5).
    result.append(tableDataset(restaurantSalesKey, u"Restaurant sales"_s, accountId, u"sales"_s,
                               salesColumns));

    Dataset margin = tableDataset(u"sales-with-margin"_s, u"Sales with margin"_s, accountId, {},
                                  {{u"sale_date"_s, u"Sale date"_s, ColumnType::Date},
                                   {u"distributor"_s, u"Distributor"_s, ColumnType::Text},
                                   {u"product"_s, u"Product"_s, ColumnType::Text},
                                   {u"revenue"_s, u"Revenue"_s, ColumnType::Number},
                                   {u"cost"_s, u"Cost"_s, ColumnType::Number},
                                   {u"margin"_s, u"Margin"_s, ColumnType::Number}});
    margin.kind = Dataset::Kind::Query;
    margin.sql = u"SELECT sale_date, distributor, product, revenue, cost, revenue - cost AS margin "
                 u"FROM sales"_s;
    result.append(margin);
    return result;
}

// Builds the widgets of one dashboard, on one dataset, with ids derived from the dashboard's slug.
class Widgets
{
public:
    Widgets(const QString &slug, const QString &datasetKey)
        : m_slug(slug)
        , m_datasetKey(datasetKey)
    { }

    // The reference stays valid while further widgets are added (a std::list never moves them).
    Widget &add(const QString &key, WidgetType type, const QString &title, GridRect grid)
    {
        Widget w;
        w.id = DemoDocument::idFor(u"dashboard/%1/widget/%2"_s.arg(m_slug, key));
        w.type = type;
        w.title = title;
        if (type != WidgetType::Text)
            w.datasetId = datasetId(m_datasetKey);
        w.grid = grid;
        m_widgets.push_back(w);
        return m_widgets.back();
    }

    Dimension dim(const QString &column, TimeGrain grain = TimeGrain::None) const
    {
        return {columnId(m_datasetKey, column), grain};
    }

    Measure measure(const QString &column, Aggregation aggregation, const QString &label) const
    {
        return {columnId(m_datasetKey, column), aggregation, label};
    }

    QList<Widget> widgets() const { return {m_widgets.cbegin(), m_widgets.cend()}; }

private:
    QString m_slug;
    QString m_datasetKey;
    std::list<Widget> m_widgets;
};

const SortKey byFirstMeasureDescending{SortKey::Field::Measure, 0, true};
const SortKey byFirstDimension{SortKey::Field::Dimension, 0, false};

Dashboard distributorPerformance()
{
    const QString slug = u"distributor-performance"_s;
    Dashboard dashboard;
    dashboard.id = DemoDocument::idFor(u"dashboard/"_s + slug);
    dashboard.slug = slug;
    dashboard.title = u"Distributor performance"_s;
    dashboard.description
            = u"One distributor's sales: what sells, when, and which promotions pay."_s;

    Parameter distributor;
    distributor.id = DemoDocument::idFor(u"dashboard/%1/parameter/distributor"_s.arg(slug));
    distributor.name = u"distributor"_s;
    distributor.label = u"Distributor"_s;
    distributor.type = ColumnType::Text;
    // A token that forgets to override the parameter sees the demo shop, never the whole chain.
    distributor.defaultValue = DemoCatalog::demoShop.toString();
    dashboard.parameters.append(distributor);

    Filter byDistributor;
    byDistributor.id = DemoDocument::idFor(u"dashboard/%1/filter/distributor"_s.arg(slug));
    byDistributor.label = u"Distributor"_s;
    byDistributor.datasetId = datasetId(salesKey);
    byDistributor.columnId = columnId(salesKey, u"distributor"_s);
    byDistributor.expression = FilterExpression::Equals;
    byDistributor.parameterId = distributor.id;
    dashboard.filters.append(byDistributor);

    Widgets w(slug, salesKey);
    Widget &revenue = w.add(u"total-revenue"_s, WidgetType::Kpi, u"Total revenue"_s, {0, 0, 3, 2});
    revenue.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    revenue.numberFormat = u"0,0.00"_s;

    Widget &burritos = w.add(u"burritos-sold"_s, WidgetType::Kpi, u"Burritos sold"_s, {3, 0, 3, 2});
    burritos.measures = {w.measure(u"quantity"_s, Aggregation::Sum, u"Burritos"_s)};
    burritos.numberFormat = u"0,0"_s;
    // Drinks and sides are sold too; every burrito's product name ends in "Burrito".
    Filter onlyBurritos;
    onlyBurritos.id
            = DemoDocument::idFor(u"dashboard/%1/widget/burritos-sold/filter/product"_s.arg(slug));
    onlyBurritos.label = u"Burritos only"_s;
    onlyBurritos.columnId = columnId(salesKey, u"product"_s);
    onlyBurritos.expression = FilterExpression::Like;
    onlyBurritos.value = u"%Burrito"_s;
    burritos.filters = {onlyBurritos};

    Widget &about = w.add(u"about"_s, WidgetType::Text, u"About this dashboard"_s, {6, 0, 6, 2});
    about.text
            = u"Sales of one Burrito Factory distributor over the last two years. The distributor "
              u"comes from the `distributor` parameter: each tenant's token overrides it, and a "
              u"token that forgets to falls back to the Demo Burrito Shop."_s;

    Widget &byMonth
            = w.add(u"revenue-by-month"_s, WidgetType::Line, u"Revenue by month"_s, {0, 2, 8, 4});
    byMonth.dimensions = {w.dim(u"sale_date"_s, TimeGrain::Month)};
    byMonth.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    byMonth.sort = {byFirstDimension};

    Widget &byPromotion = w.add(u"revenue-by-promotion"_s, WidgetType::Donut,
                                u"Revenue by promotion"_s, {8, 2, 4, 4});
    byPromotion.dimensions = {w.dim(u"promotion"_s)};
    byPromotion.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    byPromotion.sort = {byFirstMeasureDescending};

    Widget &byProduct = w.add(u"revenue-by-product"_s, WidgetType::Bar, u"Revenue by product"_s,
                              {0, 6, 6, 4});
    byProduct.dimensions = {w.dim(u"product"_s)};
    byProduct.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    byProduct.sort = {byFirstMeasureDescending};

    Widget &stacked = w.add(u"quantity-by-product-and-promotion"_s, WidgetType::StackedBar,
                            u"Quantity by product and promotion"_s, {6, 6, 6, 4});
    stacked.dimensions = {w.dim(u"product"_s), w.dim(u"promotion"_s)};
    stacked.measures = {w.measure(u"quantity"_s, Aggregation::Sum, u"Quantity"_s)};
    stacked.sort = {byFirstDimension};

    Widget &scatter = w.add(u"price-vs-volume"_s, WidgetType::Scatter,
                            u"Price vs volume by product"_s, {0, 10, 5, 4});
    scatter.dimensions = {w.dim(u"product"_s)};
    scatter.measures = {w.measure(u"unit_price"_s, Aggregation::Avg, u"Average unit price"_s),
                        w.measure(u"quantity"_s, Aggregation::Sum, u"Quantity"_s)};

    Widget &table = w.add(u"top-product-lines"_s, WidgetType::Table, u"Top product lines"_s,
                          {5, 10, 7, 4});
    table.dimensions = {w.dim(u"product"_s), w.dim(u"promotion"_s)};
    table.measures = {w.measure(u"quantity"_s, Aggregation::Sum, u"Quantity"_s),
                      w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    table.sort = {{SortKey::Field::Measure, 1, true}};
    table.limit = 25;

    dashboard.widgets = w.widgets();
    return dashboard;
}

Dashboard chainOverview()
{
    const QString slug = u"chain-overview"_s;
    Dashboard dashboard;
    dashboard.id = DemoDocument::idFor(u"dashboard/"_s + slug);
    dashboard.slug = slug;
    dashboard.title = u"Chain overview"_s;
    dashboard.description
            = u"The whole chain, with no parameter: tenants narrow it with a token filter "
              u"or their own database."_s;

    Widgets w(slug, salesKey);
    Widget &revenue = w.add(u"total-revenue"_s, WidgetType::Kpi, u"Total revenue"_s, {0, 0, 4, 2});
    revenue.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    revenue.numberFormat = u"0,0.00"_s;

    Widget &quantity = w.add(u"items-sold"_s, WidgetType::Kpi, u"Items sold"_s, {4, 0, 4, 2});
    quantity.measures = {w.measure(u"quantity"_s, Aggregation::Sum, u"Items"_s)};
    quantity.numberFormat = u"0,0"_s;

    Widget &distributors
            = w.add(u"distributor-count"_s, WidgetType::Kpi, u"Distributors"_s, {8, 0, 4, 2});
    distributors.measures
            = {w.measure(u"distributor"_s, Aggregation::CountDistinct, u"Distributors"_s)};

    Widget &top = w.add(u"top-distributors"_s, WidgetType::Bar, u"Top 10 distributors by revenue"_s,
                        {0, 2, 6, 5});
    top.dimensions = {w.dim(u"distributor"_s)};
    top.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    top.sort = {byFirstMeasureDescending};
    top.limit = 10;

    Widget &byMonth
            = w.add(u"revenue-by-month"_s, WidgetType::Line, u"Revenue by month"_s, {6, 2, 6, 5});
    byMonth.dimensions = {w.dim(u"sale_date"_s, TimeGrain::Month)};
    byMonth.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    byMonth.sort = {byFirstDimension};

    dashboard.widgets = w.widgets();
    return dashboard;
}

Dashboard restaurantOverview()
{
    const QString slug = u"restaurant-overview"_s;
    Dashboard dashboard;
    dashboard.id = DemoDocument::idFor(u"dashboard/"_s + slug);
    dashboard.slug = slug;
    dashboard.title = u"Restaurant overview"_s;
    dashboard.description
            = u"A restaurant's own sales, limited by the multi-tenant access policy."_s;

    // The viewer picks restaurants among those the access policy lets them read: an embed offers
    // the choices under the tenant's own resolution, so no restaurant sees another's name in the
    // list. Unset at first: every restaurant the viewer may read.
    Filter restaurants;
    restaurants.id = DemoDocument::idFor(u"dashboard/%1/filter/restaurant"_s.arg(slug));
    restaurants.label = u"Restaurant"_s;
    restaurants.datasetId = datasetId(restaurantSalesKey);
    restaurants.columnId = columnId(restaurantSalesKey, u"distributor"_s);
    restaurants.expression = FilterExpression::In;
    restaurants.viewerEditable = true;
    dashboard.filters.append(restaurants);

    Widgets w(slug, restaurantSalesKey);
    Widget &revenue = w.add(u"total-revenue"_s, WidgetType::Kpi, u"Total revenue"_s, {0, 0, 4, 2});
    revenue.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    revenue.numberFormat = u"0,0.00"_s;

    Widget &byRestaurant = w.add(u"revenue-by-restaurant"_s, WidgetType::Bar,
                                 u"Revenue by restaurant"_s, {4, 0, 8, 2});
    byRestaurant.dimensions = {w.dim(u"distributor"_s)};
    byRestaurant.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    byRestaurant.sort = {byFirstMeasureDescending};
    byRestaurant.limit = 10;

    Widget &byMonth
            = w.add(u"revenue-by-month"_s, WidgetType::Area, u"Revenue by month"_s, {0, 2, 6, 4});
    byMonth.dimensions = {w.dim(u"sale_date"_s, TimeGrain::Month)};
    byMonth.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    byMonth.sort = {byFirstDimension};

    Widget &byProduct = w.add(u"revenue-by-product"_s, WidgetType::Pie, u"Revenue by product"_s,
                              {6, 2, 6, 4});
    byProduct.dimensions = {w.dim(u"product"_s)};
    byProduct.measures = {w.measure(u"revenue"_s, Aggregation::Sum, u"Revenue"_s)};
    byProduct.sort = {byFirstMeasureDescending};

    dashboard.widgets = w.widgets();
    return dashboard;
}

AccessPolicy restaurantPolicy()
{
    AccessPolicy policy;
    policy.id = DemoDocument::idFor(u"access-policy/multi-tenant-restaurant"_s);
    policy.name = u"Multi-tenant restaurant policy"_s;
    policy.description = u"Limit access to a restaurant, based on the access token"_s;
    policy.datasetId = datasetId(restaurantSalesKey);
    policy.columns = {u"*"_s};
    PolicyRule rule;
    rule.columnId = columnId(restaurantSalesKey, u"distributor"_s);
    rule.op = PolicyOperator::Equals;
    rule.value = u"${{ restaurant_name }}"_s;
    policy.rows = {rule};
    return policy;
}

TenantProfile tenant(const QString &key, const QString &name, Json claims)
{
    return {DemoDocument::idFor(u"tenant/"_s + key), name, std::move(claims)};
}

QList<TenantProfile> tenants(const QString &accountId)
{
    const std::string performance
            = utf8(DemoDocument::idFor(u"dashboard/distributor-performance"_s));
    const std::string chain = utf8(DemoDocument::idFor(u"dashboard/chain-overview"_s));
    const std::string restaurant = utf8(DemoDocument::idFor(u"dashboard/restaurant-overview"_s));

    QList<TenantProfile> result;
    result.append(
            tenant(u"farolito-parameter"_s, u"Farolito — parameter override"_s,
                   {{"securables", Json::array({performance})},
                    {"username", "farolito-owner"},
                    {"suborganization", utf8(DemoCatalog::farolito)},
                    {"parameter_overrides", {{"distributor", utf8(DemoCatalog::farolito)}}}}));

    Json filter = {{"clause", "where"},
                   {"origin", "global"},
                   {"securable_id", utf8(datasetId(salesKey))},
                   {"column_id", utf8(columnId(salesKey, u"distributor"_s))},
                   {"expression", "? = ?"},
                   {"value", utf8(DemoCatalog::fiestyFiesta)}};
    result.append(tenant(u"fiesty-fiesta-filter"_s, u"Fiesty Fiesta — token filter"_s,
                         {{"securables", Json::array({chain})},
                          {"username", "fiesty-fiesta-owner"},
                          {"suborganization", utf8(DemoCatalog::fiestyFiesta)},
                          {"filters", Json::array({filter})}}));

    result.append(tenant(u"farolito-policy"_s, u"Farolito — access policy"_s,
                         {{"securables", Json::array({restaurant})},
                          {"username", "farolito-owner"},
                          {"suborganization", utf8(DemoCatalog::farolito)},
                          {"policy_values", {{"restaurant_name", utf8(DemoCatalog::farolito)}}}}));

    // For SQLite the override's "database" is the file, relative to the project file.
    result.append(tenant(
            u"el-tapatio-database"_s, u"El Tapatio — own database"_s,
            {{"securables", Json::array({chain})},
             {"username", "el-tapatio-owner"},
             {"suborganization", utf8(DemoCatalog::elTapatio)},
             {"account_overrides",
              {{utf8(accountId), {{"database", utf8(DemoCatalog::elTapatioDatabaseFile)}}}}}}));

    // Metadata is for broker plugins (a later issue); the parameter override keeps the dashboard
    // meaningful without one.
    result.append(tenant(u"broker-metadata"_s, u"Broker plugin — metadata"_s,
                         {{"securables", Json::array({performance})},
                          {"username", "farolito-owner"},
                          {"suborganization", utf8(DemoCatalog::farolito)},
                          {"parameter_overrides", {{"distributor", utf8(DemoCatalog::farolito)}}},
                          {"metadata", {{"distributor_code", "FAR-001"}, {"region", "West"}}}}));

    // Forgets the parameter override: sees the parameter's default, the demo shop.
    result.append(tenant(u"forgetful"_s, u"Forgetful tenant — no override"_s,
                         {{"securables", Json::array({performance})},
                          {"username", "forgetful-owner"},
                          {"suborganization", "Forgetful Cantina"}}));
    return result;
}

Project project(const Account &account)
{
    Project project;
    project.id = DemoDocument::idFor(u"project/burrito-factory"_s);
    project.name = u"Burrito Factory"_s;
    project.embedOrigins = {u"http://localhost:8080"_s};
    project.accounts = {account};
    project.datasets = datasets(account.id);
    project.dashboards = {distributorPerformance(), chainOverview(), restaurantOverview()};
    project.accessPolicies = {restaurantPolicy()};
    project.tenants = tenants(account.id);
    return project;
}

} // namespace

QUuid DemoDocument::idNamespace()
{
    return QUuid(u"6f0d3c1e-9b5a-4c2e-8d47-1a2b3c4d5e6f"_s);
}

QString DemoDocument::idFor(const QString &name)
{
    return QUuid::createUuidV5(idNamespace(), name).toString(QUuid::WithoutBraces);
}

Project DemoDocument::build()
{
    Account account;
    account.id = idFor(u"account/burrito-factory-sqlite"_s);
    account.name = u"Burrito Factory (SQLite)"_s;
    account.type = AccountType::Sqlite;
    account.path = DemoCatalog::databaseFile.toString();
    return project(account);
}

Project DemoDocument::build(const Postgresql &server)
{
    Account account;
    account.id = idFor(u"account/burrito-factory-postgresql"_s);
    account.name = u"Burrito Factory (PostgreSQL)"_s;
    account.type = AccountType::Postgresql;
    account.host = server.host;
    account.port = server.port;
    account.database = server.database;
    account.user = server.user;
    account.secretId = server.secretId;
    Project result = project(account);

    const std::string accountId = utf8(account.id);
    const QString elTapatio = idFor(u"tenant/el-tapatio-database"_s);
    for (qsizetype i = 0; i < result.tenants.size(); ++i) {
        if (result.tenants[i].id != elTapatio)
            continue;
        if (server.elTapatioDatabase.isEmpty())
            result.tenants.removeAt(i);
        else // the database of its own on the same server, rather than a file
            result.tenants[i].claims["account_overrides"][accountId]["database"]
                    = utf8(server.elTapatioDatabase);
        break;
    }
    if (!server.rlsUser.isEmpty()) {
        // The server's row-level security, not the token, narrows this tenant to its rows: the
        // override only switches the database user, on the chain dashboard no rule narrows.
        const std::string chain = utf8(idFor(u"dashboard/chain-overview"_s));
        result.tenants.append(
                tenant(u"farolito-rls"_s, u"Farolito — database user (RLS)"_s,
                       {{"securables", Json::array({chain})},
                        {"username", "farolito-owner"},
                        {"suborganization", utf8(DemoCatalog::farolito)},
                        {"account_overrides", {{accountId, {{"user", utf8(server.rlsUser)}}}}}}));
    }
    return result;
}

} // namespace Dashwright
