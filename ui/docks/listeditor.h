// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QWidget>

class QTableWidget;

namespace Dashwright {

// A small table for one of a widget's lists (dimensions, measures, sort keys, filters): each cell
// a combo box of choices or a line of text, with buttons to add and remove rows. It holds no
// document state; the properties panel turns rows into the list and pushes the command.
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, QVariant>>; // label, value
    struct Column
    {
        QString title;
        Choices choices; // empty: free text
    };

    ListEditor(const QList<Column> &columns, QWidget *parent = nullptr);

    void setChoices(int column, const Choices &choices);
    // Shows the rows without emitting edited(); rows equal to the shown ones leave the cells alone,
    // so that the text being typed keeps its cursor.
    void setRows(const QList<QVariantList> &rows);
    QList<QVariantList> rows() const;
    QTableWidget *table() const { return m_table; }
    // In the properties panel (the default) the table is as tall as its rows and the panel
    // scrolls as a whole; in a dialog it takes the room it is given and scrolls itself.
    void setFitToRows(bool fit);
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createCell(int column, const QVariant &value);
    void fitHeight();
    void fitColumns();
    QList<int> naturalColumnWidths() const;
    int naturalWidth() const;
    QVariant cellValue(int row, int column) const;

    QList<Column> m_columns;
    QTableWidget *m_table;
    bool m_fitToRows = true;
};

} // namespace Dashwright
