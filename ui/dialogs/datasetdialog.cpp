// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetdialog.h"

#include "commands/listcommands.h"
#include "commands/undomacroguard.h"
#include "data/queryexecutor.h"
#include "data/sources/datasource.h"
#include "document/projectdocument.h"
#include "fieldedits.h"
#include "projectkeystore.h"
#include "typeicons.h"
#include "typelabels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

enum KindId { TableKind, QueryKind };
enum ColumnsColumn { NameColumn, LabelColumn, TypeColumn };

QString quotedIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// The SELECT as a subquery: a closing parenthesis on its own line, so that a trailing "--"
// comment cannot swallow it, and without the statement's own semicolon.
QString previewSql(QString select)
{
    select = select.trimmed();
    while (select.endsWith(u';'))
        select = select.chopped(1).trimmed();
    return u"SELECT * FROM (\n%1\n) AS preview LIMIT %2"_s.arg(select).arg(
            DatasetDialog::previewRows);
}

// The first rows of a table for a source that takes no SQL (a broker plugin): a widget that lists
// every column row by row, as data (docs/plugin-protocol.md, POST /query), in the design view.
QueryPlan structuredPreview(const TableInfo &table)
{
    StructuredQuery query;
    query.dataset = table.name;
    query.table = table.name;
    for (const Column &column : table.columns)
        query.dimensions.append({column.name, u"none"_s, column.label,
                                 u"d%1"_s.arg(query.dimensions.size()), column.type});
    query.detail = true;
    query.pageSize = DatasetDialog::previewRows;
    QueryPlan plan;
    plan.structured = query;
    return plan;
}

} // namespace

DatasetDialog::DatasetDialog(ProjectDocument *document, ProjectKeystore *keystore, QWidget *parent)
    : ObjectDialog(parent)
    , m_document(document)
    , m_keystore(keystore)
    , m_executor(std::make_unique<QueryExecutor>(1))
    , m_tablesWatcher(new QFutureWatcher<TablesResult>(this))
    , m_columnsWatcher(new QFutureWatcher<ColumnsResult>(this))
    , m_rowsWatcher(new QFutureWatcher<QueryResult>(this))
    , m_newId(newId())
{
    setWindowTitle(tr("New dataset"));
    buildUi();
    connect(m_tablesWatcher, &QFutureWatcher<TablesResult>::finished, this,
            &DatasetDialog::tablesDone);
    connect(m_columnsWatcher, &QFutureWatcher<ColumnsResult>::finished, this,
            &DatasetDialog::columnsDone);
    connect(m_rowsWatcher, &QFutureWatcher<QueryResult>::finished, this, &DatasetDialog::rowsDone);
    if (!document->project().accounts.isEmpty())
        loadTables();
}

DatasetDialog::~DatasetDialog()
{
    m_executor->cancelAll();
    // The introspection tasks read their own copies and end on their own; the watchers, deleted
    // with the dialog, stop listening. Not waited for: a plugin that does not answer would hold
    // the UI thread until its timeout.
}

void DatasetDialog::buildUi()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_account = new QComboBox(this);
    m_account->setObjectName(u"account"_s);
    for (const Account &account : m_document->project().accounts)
        m_account->addItem(account.name, account.id);
    connect(m_account, &QComboBox::currentIndexChanged, this, &DatasetDialog::loadTables);

    auto *tableButton = new QRadioButton(tr("Table or view"), this);
    tableButton->setObjectName(u"tableKind"_s);
    auto *queryButton = new QRadioButton(tr("SQL query (one read-only SELECT)"), this);
    queryButton->setObjectName(u"queryKind"_s);
    tableButton->setChecked(true);
    m_kind = new QButtonGroup(this);
    m_kind->addButton(tableButton, TableKind);
    m_kind->addButton(queryButton, QueryKind);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(tableButton);
    kindRow->addWidget(queryButton);
    kindRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Source:"), kindRow);

    m_pages = new QStackedWidget(this);
    m_tableList = new QListWidget(m_pages);
    m_tableList->setObjectName(u"tables"_s);
    connect(m_tableList, &QListWidget::currentRowChanged, this, &DatasetDialog::tableChanged);
    m_pages->addWidget(m_tableList);
    m_sql = new QPlainTextEdit(m_pages);
    m_sql->setObjectName(u"sql"_s);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setPlaceholderText(u"SELECT …"_s);
    m_pages->addWidget(m_sql);
    connect(m_kind, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_pages->setCurrentIndex(id);
    });

    auto *previewButton = new QPushButton(tr("Preview"), this);
    previewButton->setObjectName(u"preview"_s);
    connect(previewButton, &QPushButton::clicked, this, &DatasetDialog::preview);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(previewButton, 0, Qt::AlignTop);
    previewRow->addWidget(statusLabel(), 1);

    m_columns = new QTableWidget(0, 3, this);
    m_columns->setObjectName(u"columns"_s);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Display name"), tr("Type")});
    m_columns->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    (new QVBoxLayout(columnsBox))->addWidget(m_columns);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(u"previewRows"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *previewBox = new QGroupBox(tr("First rows"), this);
    (new QVBoxLayout(previewBox))->addWidget(m_preview);

    auto *sourceBox = new QWidget(this);
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->setContentsMargins({});
    sourceLayout->addWidget(m_pages);
    sourceLayout->addLayout(previewRow);

    auto *results = new QSplitter(Qt::Horizontal, this);
    results->addWidget(columnsBox);
    results->addWidget(previewBox);
    // The columns' names, display names and types readable beside the rows.
    results->setStretchFactor(0, 2);
    results->setStretchFactor(1, 3);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(sourceBox);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatasetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatasetDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 640);
}

void DatasetDialog::setAccountId(const QString &accountId)
{
    const int index = m_account->findData(accountId);
    if (index >= 0)
        m_account->setCurrentIndex(index);
}

void DatasetDialog::setDatasetId(const QString &datasetId)
{
    const Dataset *dataset = m_document->dataset(datasetId);
    if (!dataset)
        return;
    m_datasetId = datasetId;
    setWindowTitle(tr("Edit dataset “%1”").arg(dataset->name));
    m_name->setText(dataset->name);
    m_known = dataset->columns;
    setColumns(dataset->columns);
    if (dataset->kind == Dataset::Kind::Query) {
        m_kind->button(QueryKind)->setChecked(true);
        m_sql->setPlainText(dataset->sql);
        m_checkedSql = dataset->sql;
    }
    const QString accountBefore = currentAccountId();
    setAccountId(dataset->accountId);
    if (currentAccountId() == accountBefore)
        loadTables(); // to select the dataset's table once listed
}

QString DatasetDialog::currentAccountId() const
{
    return m_account->currentData().toString();
}

bool DatasetDialog::isQuery() const
{
    return m_kind->checkedId() == QueryKind;
}

bool DatasetDialog::takesSql() const
{
    const Account *account = m_document->account(currentAccountId());
    return !account || DataSource::of(account->type).takesSql();
}

void DatasetDialog::updateKinds()
{
    // A plugin's datasets are its own, listed by GET /datasets; there is no SQL to send it.
    const bool sql = takesSql();
    QAbstractButton *table = m_kind->button(TableKind);
    table->setText(sql ? tr("Table or view") : tr("Dataset of the plugin"));
    m_kind->button(QueryKind)->setVisible(sql);
    if (!sql)
        table->setChecked(true);
}

bool DatasetDialog::connectionSpec(ConnectionSpec *spec, QString *error) const
{
    const Account *account = m_document->account(currentAccountId());
    if (!account) {
        *error = tr("Choose an account first.");
        return false;
    }
    QString password;
    if (!account->secretId.isEmpty()) {
        const std::optional<QString> secret = m_keystore->accountSecret(*account, error);
        if (!secret)
            return false;
        password = *secret;
    }
    *spec = ConnectionSpec::forAccount(*account, m_document->filePath(), password);
    return true;
}

void DatasetDialog::loadTables()
{
    ConnectionSpec spec;
    QString error;
    m_tables.clear();
    m_tableList->clear();
    updateKinds();
    if (!connectionSpec(&spec, &error)) {
        showStatus(error, true);
        Q_EMIT tablesLoaded(false);
        return;
    }
    showStatus(tr("Reading the tables…"), false);
    m_tablesWatcher->setFuture(
            QtConcurrent::run([spec] { return SchemaIntrospector::tables(spec); }));
}

void DatasetDialog::tablesDone()
{
    const TablesResult result = m_tablesWatcher->result();
    if (const auto *error = std::get_if<QString>(&result)) {
        showStatus(*error, true);
        Q_EMIT tablesLoaded(false);
        return;
    }
    m_tables = std::get<QList<TableInfo>>(result);
    const Dataset *editing = m_document->dataset(m_datasetId);
    const QSignalBlocker blocker(m_tableList);
    for (const TableInfo &table : std::as_const(m_tables)) {
        auto *item = new QListWidgetItem(
                table.isView ? tr("%1 (view)").arg(table.name) : table.name, m_tableList);
        item->setData(Qt::UserRole, table.name);
        if (editing && editing->kind == Dataset::Kind::Table && editing->table == table.name
            && editing->accountId == currentAccountId())
            m_tableList->setCurrentItem(item);
    }
    showStatus(takesSql() ? tr("%n table(s) and view(s).", nullptr, int(m_tables.size()))
                          : tr("The plugin offers %n dataset(s).", nullptr, int(m_tables.size())),
               false);
    Q_EMIT tablesLoaded(true);
    // An existing dataset shows its rows straight away; a new one waits for a choice.
    if (editing && (editing->kind == Dataset::Kind::Query || m_tableList->currentItem()))
        preview();
}

QStringList DatasetDialog::tableNames() const
{
    QStringList names;
    for (const TableInfo &table : m_tables)
        names.append(table.name);
    return names;
}

void DatasetDialog::selectTable(const QString &name)
{
    m_kind->button(TableKind)->setChecked(true);
    m_tableList->setCurrentRow(int(tableNames().indexOf(name)));
}

void DatasetDialog::setSql(const QString &sql)
{
    m_kind->button(QueryKind)->setChecked(true);
    m_sql->setPlainText(sql);
}

void DatasetDialog::tableChanged()
{
    const int row = m_tableList->currentRow();
    if (row < 0 || row >= m_tables.size())
        return;
    if (m_name->text().isEmpty())
        m_name->setText(m_tables.at(row).name);
    setColumns(m_tables.at(row).columns);
    preview();
}

void DatasetDialog::preview()
{
    ConnectionSpec spec;
    QString error;
    if (!connectionSpec(&spec, &error)) {
        finishPreview(false, error);
        return;
    }
    showStatus(tr("Reading…"), false);
    if (isQuery()) {
        // First the check that it is one read-only SELECT, which also gives its columns; then
        // the rows (columnsDone).
        const QString sql = m_sql->toPlainText();
        m_columnsWatcher->setFuture(QtConcurrent::run(
                [spec, sql] { return SchemaIntrospector::queryColumns(spec, sql); }));
        return;
    }
    const QListWidgetItem *item = m_tableList->currentItem();
    if (!item) {
        finishPreview(false, tr("Choose a table or view."));
        return;
    }
    if (!takesSql()) {
        const int row = m_tableList->currentRow();
        if (row < 0 || row >= m_tables.size()) {
            finishPreview(false, tr("Choose a table or view."));
            return;
        }
        m_previewHeaders.clear();
        for (const Column &column : m_tables.at(row).columns)
            m_previewHeaders.append(column.name);
        m_rowsWatcher->setFuture(
                m_executor->submit(u"preview"_s, spec, structuredPreview(m_tables.at(row))));
        return;
    }
    m_previewHeaders.clear();
    const QString sql = u"SELECT * FROM %1 LIMIT %2"_s
                                .arg(quotedIdentifier(item->data(Qt::UserRole).toString()))
                                .arg(previewRows);
    m_rowsWatcher->setFuture(m_executor->submit(u"preview"_s, spec, sql, {}));
}

void DatasetDialog::columnsDone()
{
    const ColumnsResult result = m_columnsWatcher->result();
    if (const auto *error = std::get_if<QString>(&result)) {
        m_checkedSql.clear();
        finishPreview(false, *error);
        return;
    }
    m_checkedSql = m_sql->toPlainText();
    m_previewHeaders.clear();
    setColumns(std::get<QList<Column>>(result));
    ConnectionSpec spec;
    QString error;
    if (!connectionSpec(&spec, &error)) {
        finishPreview(false, error);
        return;
    }
    m_rowsWatcher->setFuture(m_executor->submit(u"preview"_s, spec, previewSql(m_checkedSql), {}));
}

void DatasetDialog::rowsDone()
{
    const QueryResult result = m_rowsWatcher->result();
    if (result.cancelled)
        return;
    m_preview->clear();
    if (!result.ok()) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        finishPreview(false, result.error);
        return;
    }
    m_preview->setColumnCount(int(result.columns.size()));
    // A plugin answers its result columns by position (d0, d1, …): show the table's names.
    m_preview->setHorizontalHeaderLabels(
            m_previewHeaders.size() == result.columns.size() ? m_previewHeaders : result.columns);
    m_preview->setRowCount(int(result.rows.size()));
    for (int row = 0; row < result.rows.size(); ++row) {
        const QVariantList &values = result.rows.at(row);
        for (int column = 0; column < values.size(); ++column) {
            const QVariant &value = values.at(column);
            auto *item = new QTableWidgetItem(value.isNull() ? u"NULL"_s : value.toString());
            if (value.isNull())
                item->setForeground(palette().placeholderText());
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    finishPreview(true, tr("The first %n row(s).", nullptr, int(result.rows.size())));
}

void DatasetDialog::finishPreview(bool ok, const QString &message)
{
    showStatus(message, !ok);
    Q_EMIT previewFinished(ok, message);
}

bool DatasetDialog::isBusy() const
{
    return m_tablesWatcher->isRunning() || m_columnsWatcher->isRunning()
            || m_rowsWatcher->isRunning();
}

int DatasetDialog::previewRowCount() const
{
    return m_preview->rowCount();
}

void DatasetDialog::setColumns(const QList<Column> &read)
{
    // What was typed so far survives a new preview, matched by the column's database name.
    for (const Column &column : columns()) {
        m_known.removeIf([&](const Column &c) { return c.name == column.name; });
        m_known.append(column);
    }
    m_columns->setRowCount(0);
    m_columns->setRowCount(int(read.size()));
    for (int row = 0; row < read.size(); ++row) {
        Column column = read.at(row);
        const auto known = std::find_if(m_known.cbegin(), m_known.cend(),
                                        [&](const Column &c) { return c.name == column.name; });
        if (known != m_known.cend())
            column = *known;
        else
            column.id = newId();
        auto *name = new QTableWidgetItem(column.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setData(Qt::UserRole, column.id);
        m_columns->setItem(row, NameColumn, name);
        m_columns->setItem(row, LabelColumn, new QTableWidgetItem(column.label));
        auto *type = new QComboBox(m_columns);
        for (int t = int(ColumnType::Text); t <= int(ColumnType::Boolean); ++t)
            type->addItem(columnTypeIcon(ColumnType(t)), columnTypeLabel(ColumnType(t)), t);
        type->setCurrentIndex(type->findData(int(column.type)));
        m_columns->setCellWidget(row, TypeColumn, type);
    }
    m_columns->resizeColumnToContents(NameColumn);
}

QList<Column> DatasetDialog::columns() const
{
    QList<Column> result;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        Column column;
        column.name = m_columns->item(row, NameColumn)->text();
        column.id = m_columns->item(row, NameColumn)->data(Qt::UserRole).toString();
        column.label = m_columns->item(row, LabelColumn)->text().trimmed();
        if (column.label.isEmpty())
            column.label = column.name;
        const auto *type = static_cast<QComboBox *>(m_columns->cellWidget(row, TypeColumn));
        column.type = ColumnType(type->currentData().toInt());
        result.append(column);
    }
    return result;
}

Dataset DatasetDialog::dataset() const
{
    Dataset dataset;
    const Dataset *editing = m_document->dataset(m_datasetId);
    dataset.id = editing ? editing->id : m_newId;
    dataset.name = m_name->text().trimmed();
    dataset.accountId = currentAccountId();
    if (isQuery()) {
        dataset.kind = Dataset::Kind::Query;
        dataset.sql = m_sql->toPlainText().trimmed();
    } else {
        dataset.kind = Dataset::Kind::Table;
        const QListWidgetItem *item = m_tableList->currentItem();
        // Tables not listed (a database out of reach): the dataset keeps its own.
        if (item)
            dataset.table = item->data(Qt::UserRole).toString();
        else if (editing)
            dataset.table = editing->table;
    }
    dataset.columns = columns();
    return dataset;
}

bool DatasetDialog::apply(QString *error)
{
    const Dataset dataset = this->dataset();
    if (dataset.name.isEmpty()) {
        *error = tr("Give the dataset a name.");
        return false;
    }
    if (!m_document->account(dataset.accountId)) {
        *error = tr("Choose an account.");
        return false;
    }
    if (dataset.kind == Dataset::Kind::Table && dataset.table.isEmpty()) {
        *error = tr("Choose a table or view.");
        return false;
    }
    if (dataset.kind == Dataset::Kind::Query
        && (dataset.sql.isEmpty() || m_checkedSql.trimmed() != dataset.sql)) {
        *error = tr("Preview the query first, so that its columns are known.");
        return false;
    }
    if (dataset.columns.isEmpty()) {
        *error = tr("The dataset has no columns.");
        return false;
    }

    const Dataset *current = m_document->dataset(m_datasetId);
    if (!current) {
        m_document->undoStack()->push(new AddDataset(m_document, dataset));
        m_datasetId = dataset.id;
        return true;
    }
    const Dataset before = *current; // the commands change the document's dataset as they go
    if (before == dataset)
        return true;
    UndoMacroGuard macro(m_document->undoStack(), tr("Edit dataset “%1”").arg(dataset.name));
    pushChangedFields(m_document, {QString(), dataset.id}, before, dataset, &Dataset::name,
                      &Dataset::accountId, &Dataset::kind, &Dataset::table, &Dataset::sql,
                      &Dataset::columns);
    return true;
}

} // namespace Dashwright
