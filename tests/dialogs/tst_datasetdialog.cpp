// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/datasetdialog.h"
#include "dialogs/projectkeystore.h"
#include "dialogsfixture.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Dialogs;

// The dataset dialog on the demo database: it lists tables and views, previews a SELECT's first
// rows off the UI thread, refuses anything but one read-only SELECT, and OK is one undo step.
class TestDatasetDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(createDemo(m_dir.path(), &error), qPrintable(error));
    }

    void init()
    {
        m_doc = openDemo(m_dir.path());
        QVERIFY(m_doc);
        m_keystore = std::make_unique<ProjectKeystore>(m_doc.get());
    }

    void listsTheDemoTables()
    {
        DatasetDialog dialog(m_doc.get(), m_keystore.get());
        QSignalSpy loaded(&dialog, &DatasetDialog::tablesLoaded);
        QVERIFY(loaded.wait());
        QVERIFY(loaded.first().at(0).toBool());
        const QStringList names = dialog.tableNames();
        for (const QString &table : {u"sales"_s, u"distributors"_s, u"products"_s, u"promotions"_s})
            QVERIFY2(names.contains(table), qPrintable(names.join(u' ')));
    }

    void picksATable()
    {
        DatasetDialog dialog(m_doc.get(), m_keystore.get());
        QSignalSpy loaded(&dialog, &DatasetDialog::tablesLoaded);
        QVERIFY(loaded.wait());
        QSignalSpy previewed(&dialog, &DatasetDialog::previewFinished);
        dialog.selectTable(u"products"_s);
        QVERIFY(previewed.wait());
        QVERIFY2(previewed.first().at(0).toBool(), qPrintable(dialog.statusText()));
        QVERIFY(dialog.previewRowCount() > 0);
        screenshot(&dialog, u"dataset-table"_s);

        const Project before = m_doc->project();
        auto *columns = dialog.findChild<QTableWidget *>(u"columns"_s);
        QCOMPARE(columns->item(1, 0)->text(), u"name"_s);
        columns->item(1, 1)->setText(u"Product name"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        const Dataset *added = m_doc->dataset(dialog.datasetId());
        QVERIFY(added);
        QCOMPARE(added->kind, Dataset::Kind::Table);
        QCOMPARE(added->table, u"products"_s);
        QCOMPARE(added->accountId, before.accounts.first().id);
        QCOMPARE(added->columnByName(u"name"_s)->label, u"Product name"_s);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->project() == before);
    }

    void previewsASelect()
    {
        DatasetDialog dialog(m_doc.get(), m_keystore.get());
        QSignalSpy previewed(&dialog, &DatasetDialog::previewFinished);
        dialog.setSql(
                u"SELECT distributor, SUM(revenue) AS revenue FROM sales GROUP BY distributor -- per shop"_s);
        dialog.preview();
        QCOMPARE(previewed.count(), 0); // the answer comes through the event loop
        QVERIFY(previewed.wait());
        QVERIFY2(previewed.first().at(0).toBool(), qPrintable(dialog.statusText()));
        QVERIFY(dialog.previewRowCount() > 0);
        QVERIFY(dialog.previewRowCount() <= DatasetDialog::previewRows);
        screenshot(&dialog, u"dataset-query"_s);
        const Dataset dataset = dialog.dataset();
        QCOMPARE(dataset.kind, Dataset::Kind::Query);
        QCOMPARE(dataset.columns.size(), 2);
        QCOMPARE(dataset.columns.at(1).name, u"revenue"_s);

        dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Revenue per shop"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_doc->dataset(dialog.datasetId())->sql, dataset.sql);
    }

    void previewsAtMostTheFirstRows()
    {
        DatasetDialog dialog(m_doc.get(), m_keystore.get());
        QSignalSpy previewed(&dialog, &DatasetDialog::previewFinished);
        dialog.setSql(u"SELECT * FROM sales;"_s);
        dialog.preview();
        QVERIFY(previewed.wait());
        QVERIFY2(previewed.first().at(0).toBool(), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.previewRowCount(), DatasetDialog::previewRows);
    }

    void refusesAnythingButOneSelect_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("delete") << u"DELETE FROM sales"_s;
        QTest::newRow("two statements") << u"SELECT 1; DELETE FROM sales"_s;
        QTest::newRow("pragma") << u"PRAGMA table_info(sales)"_s;
        QTest::newRow("empty") << u"  "_s;
        QTest::newRow("unknown table") << u"SELECT * FROM nowhere"_s;
    }

    void refusesAnythingButOneSelect()
    {
        QFETCH(QString, sql);
        DatasetDialog dialog(m_doc.get(), m_keystore.get());
        QSignalSpy previewed(&dialog, &DatasetDialog::previewFinished);
        dialog.setSql(sql);
        dialog.preview();
        QVERIFY(previewed.wait());
        QVERIFY(!previewed.first().at(0).toBool());
        QCOMPARE(dialog.previewRowCount(), 0);
        dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Bad"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    // A query not previewed since it was typed has no known columns: OK refuses it.
    void refusesAnUncheckedQuery()
    {
        DatasetDialog dialog(m_doc.get(), m_keystore.get());
        QSignalSpy previewed(&dialog, &DatasetDialog::previewFinished);
        dialog.setSql(u"SELECT region FROM sales"_s);
        dialog.preview();
        QVERIFY(previewed.wait());
        dialog.setSql(u"SELECT region, product FROM sales"_s);
        dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Regions"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.statusText().contains(u"Preview"_s));
    }

    void editsKeepColumnIds()
    {
        const Dataset original = m_doc->project().datasets.last(); // the demo's SQL dataset
        QCOMPARE(original.kind, Dataset::Kind::Query);
        DatasetDialog dialog(m_doc.get(), m_keystore.get());
        QSignalSpy previewed(&dialog, &DatasetDialog::previewFinished);
        dialog.setDatasetId(original.id);
        QVERIFY(previewed.wait()); // an existing dataset previews by itself
        QVERIFY2(previewed.first().at(0).toBool(), qPrintable(dialog.statusText()));
        QVERIFY(dialog.dataset() == original);

        auto *columns = dialog.findChild<QTableWidget *>(u"columns"_s);
        columns->item(5, 1)->setText(u"Gross margin"_s);
        dialog.accept();
        QCOMPARE(m_doc->undoStack()->count(), 1);
        const Dataset *edited = m_doc->dataset(original.id);
        QCOMPARE(edited->columns.at(5).label, u"Gross margin"_s);
        QCOMPARE(edited->columns.at(5).id, original.columns.at(5).id);
        m_doc->undoStack()->undo();
        QVERIFY(*m_doc->dataset(original.id) == original);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<ProjectKeystore> m_keystore;
};

QTEST_MAIN(TestDatasetDialog)
#include "tst_datasetdialog.moc"
