// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/schemaintrospector.h"
#include "document/dataset.h"
#include "objectdialog.h"

#include <QFutureWatcher>

#include <memory>
#include <variant>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace Dashwright {

class ProjectDocument;
class ProjectKeystore;
class QueryExecutor;
struct QueryResult;

// Adds or edits a dataset: a table or view picked from the account's database (on a broker plugin,
// one of the datasets it lists, with their typed columns), or one read-only SELECT, with a preview
// of the first rows (read off the UI thread), and the columns' display names and types. OK is one
// undo step.
class DatasetDialog : public ObjectDialog
{
    Q_OBJECT

public:
    static constexpr int previewRows = 20;

    DatasetDialog(ProjectDocument *document, ProjectKeystore *keystore, QWidget *parent = nullptr);
    ~DatasetDialog() override;

    // Edits that dataset instead of adding one.
    void setDatasetId(const QString &datasetId);
    QString datasetId() const { return m_datasetId; }
    // For a new dataset: the account to start on (default: the project's first).
    void setAccountId(const QString &accountId);

    // The dataset as the dialog describes it (a new one has fresh ids).
    Dataset dataset() const;

    // Lists the account's tables and views (off the UI thread); tablesLoaded() tells when.
    void loadTables();
    QStringList tableNames() const;
    void selectTable(const QString &name);
    void setSql(const QString &sql);
    // Checks the SELECT (or reads the table) and shows its columns and first rows, off the UI
    // thread; previewFinished() tells when.
    void preview();
    bool isBusy() const;
    int previewRowCount() const;

Q_SIGNALS:
    void tablesLoaded(bool ok);
    void previewFinished(bool ok, const QString &message);

private:
    using TablesResult = std::variant<QList<TableInfo>, QString>;
    using ColumnsResult = std::variant<QList<Column>, QString>;

    void buildUi();
    bool isQuery() const;
    // False on an account whose source takes no SQL (a broker plugin).
    bool takesSql() const;
    void updateKinds();
    QString currentAccountId() const;
    bool connectionSpec(ConnectionSpec *spec, QString *error) const;
    void tablesDone();
    void columnsDone();
    void rowsDone();
    void tableChanged();
    void setColumns(const QList<Column> &columns);
    QList<Column> columns() const;
    void finishPreview(bool ok, const QString &message);
    bool apply(QString *error) override;

    ProjectDocument *m_document;
    ProjectKeystore *m_keystore;
    std::unique_ptr<QueryExecutor> m_executor;
    QFutureWatcher<TablesResult> *m_tablesWatcher;
    QFutureWatcher<ColumnsResult> *m_columnsWatcher;
    QFutureWatcher<QueryResult> *m_rowsWatcher;
    QList<TableInfo> m_tables;
    QString m_datasetId;
    QString m_newId;
    QList<Column> m_known; // the columns as last read or saved, by name: ids and edits survive
    QString m_checkedSql;  // the SELECT whose columns the table shows
    QStringList m_previewHeaders; // the columns' names, when the rows come by position

    QLineEdit *m_name;
    QComboBox *m_account;
    QButtonGroup *m_kind;
    QStackedWidget *m_pages;
    QListWidget *m_tableList;
    QPlainTextEdit *m_sql;
    QTableWidget *m_columns;
    QTableWidget *m_preview;
};

} // namespace Dashwright
