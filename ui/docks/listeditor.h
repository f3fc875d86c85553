// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QWidget>

#include <functional>

class QLabel;
class QMimeData;
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

    // `icons` go beside the choices of the same index, where given.
    void setChoices(int column, const Choices &choices, const QList<QIcon> &icons = {});
    // Shows the rows without emitting edited(); rows equal to the shown ones leave the cells alone,
    // so that the text being typed keeps its cursor.
    void setRows(const QList<QVariantList> &rows);
    QList<QVariantList> rows() const;
    QTableWidget *table() const { return m_table; }
    // In the properties panel (the default) the table is as tall as its rows and the panel
    // scrolls as a whole; in a dialog it takes the room it is given and scrolls itself.
    void setFitToRows(bool fit);
    QSize minimumSizeHint() const override;
    // Makes the editor a place to drop data of `mimeType` on (a field well): while such a drag is
    // over it, it is highlighted, and a drop emits dropped(). Empty, it keeps a row's room for the
    // placeholder, which says what to drop.
    void setDropZone(const QString &mimeType, const QString &placeholder);
    // Why a drag of such data cannot be dropped here (empty: it can). A refused drag is not
    // highlighted, shows the forbidden cursor, and says why under the table as soon as it is over
    // it (Qt delivers no drop after the refusal).
    void setDropCheck(std::function<QString(const QMimeData *)> check);
    QString placeholderText() const;
    // A note under the table (why a drop was refused); empty hides it.
    void setMessage(const QString &message);
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void edited();
    void dropped(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createCell(int column, const QVariant &value);
    void fitHeight();
    void fitColumns();
    QList<int> naturalColumnWidths() const;
    int naturalWidth() const;
    QVariant cellValue(int row, int column) const;
    void setHighlighted(bool highlighted);
    void placePlaceholder();
    void fitMessage();

    QList<Column> m_columns;
    QList<QList<QIcon>> m_icons; // per column, the icons of its choices
    QTableWidget *m_table;
    bool m_fitToRows = true;
    QString m_dropMimeType;
    std::function<QString(const QMimeData *)> m_dropCheck;
    bool m_refusing = false; // the drag over us is refused
    QLabel *m_placeholder = nullptr;
    QLabel *m_message;
};

} // namespace Dashwright
