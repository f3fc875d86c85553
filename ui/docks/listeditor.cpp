// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listeditor.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
// A wrapped note whose height the editor sets itself (fitMessage): a QLabel that wraps asks its
// layout for height-for-width, and the properties panel's form, wrapping its rows in a narrow
// panel, then under-counted its height and squeezed a list above to nothing.
class NoteLabel : public QLabel
{
public:
    using QLabel::QLabel;
    bool hasHeightForWidth() const override { return false; }
};
} // namespace

ListEditor::ListEditor(const QList<Column> &columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_icons(columns.size())
    , m_table(new QTableWidget(0, int(columns.size()), this))
{
    QStringList titles;
    for (const Column &column : columns)
        titles.append(column.title);
    m_table->setHorizontalHeaderLabels(titles);
    m_table->verticalHeader()->hide();
    // Columns as wide as their title and choices (fitColumns), the room left shared out; a
    // header too narrow still ends in "…", never cut at both ends.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->viewport()->installEventFilter(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(u"add"_s);
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(u"remove"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        QList<QVariantList> rows = this->rows();
        QVariantList row;
        for (const Column &column : std::as_const(m_columns))
            row.append(column.choices.isEmpty() ? QVariant(QString())
                                                : column.choices.first().second);
        rows.append(row);
        setRows(rows);
        Q_EMIT edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row
                = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
        if (row < 0)
            return;
        QList<QVariantList> rows = this->rows();
        rows.removeAt(row);
        setRows(rows);
        Q_EMIT edited();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    m_message = new NoteLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    // A note that stands out from the fields, in the colours of a tooltip.
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::ToolTipBase);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_message->setMargin(4);
    // As wide as the editor and as tall as its wrapped text (fitMessage).
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    // As tall as its rows, never stretched: the form below it moves up instead.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    fitHeight();
}

void ListEditor::setFitToRows(bool fit)
{
    m_fitToRows = fit;
    m_table->setVerticalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Preferred, fit ? QSizePolicy::Maximum : QSizePolicy::Expanding);
    if (fit) {
        fitHeight();
        return;
    }
    // Room for a few rows at least; the rest scrolls.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 2 * m_table->frameWidth()
                              + 3 * m_table->verticalHeader()->defaultSectionSize());
    m_table->setMaximumHeight(QWIDGETSIZE_MAX);
}

void ListEditor::fitHeight()
{
    if (!m_fitToRows)
        return;
    // Tall enough for every row: the properties panel scrolls as a whole (a table wider than
    // the panel scrolls sideways itself).
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    // An empty well keeps a row's room, to drop into and to say so.
    if (m_placeholder && m_table->rowCount() == 0)
        height += m_table->verticalHeader()->defaultSectionSize();
    if (naturalWidth() > m_table->width() - 2 * m_table->frameWidth())
        height += m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);
}

QList<int> ListEditor::naturalColumnWidths() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
            + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    QList<int> widths;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        int width = header->fontMetrics().horizontalAdvance(m_columns.at(column).title) + margin;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QWidget *cell = m_table->cellWidget(row, column);
            // What the cell shows now, not its longest choice: a list of columns would make
            // every column as wide as the longest column name.
            if (auto *edit = qobject_cast<QLineEdit *>(cell))
                width = qMax(width, edit->fontMetrics().horizontalAdvance(edit->text()) + 16);
            else if (auto *combo = qobject_cast<QComboBox *>(cell)) {
                // A choice's icon (a column's type) takes its room before the text.
                const int icon = combo->itemIcon(combo->currentIndex()).isNull()
                        ? 0
                        : combo->iconSize().width() + 4;
                width = qMax(width,
                             qMin(combo->fontMetrics().horizontalAdvance(combo->currentText())
                                          + icon
                                          + combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent,
                                                                        nullptr, combo)
                                          + 20,
                                  220));
            }
        }
        widths.append(qMax(width, 60));
    }
    return widths;
}

int ListEditor::naturalWidth() const
{
    const QList<int> widths = naturalColumnWidths();
    return std::accumulate(widths.begin(), widths.end(), 0);
}

void ListEditor::fitColumns()
{
    const QList<int> natural = naturalColumnWidths();
    const int total = std::accumulate(natural.begin(), natural.end(), 0);
    const int available = m_table->viewport()->width();
    const int extra = qMax(0, available - total);
    int given = 0;
    for (int column = 0; column < natural.size(); ++column) {
        // The last column takes what rounding left, so the row ends at the table's edge.
        int width = natural[column] + (total > 0 ? extra * natural[column] / total : 0);
        if (column == natural.size() - 1 && extra > 0)
            width = available - given;
        m_table->horizontalHeader()->resizeSection(column, width);
        given += width;
    }
}

QSize ListEditor::minimumSizeHint() const
{
    // Wide enough to read its columns where the form can give it that (the form then puts the
    // field under its label); never so wide that the panel itself scrolls sideways.
    QSize size = QWidget::minimumSizeHint();
    size.setWidth(qMin(naturalWidth() + 2 * m_table->frameWidth(), 240));
    return size;
}

void ListEditor::setChoices(int column, const Choices &choices, const QList<QIcon> &icons)
{
    const auto sameIcons = [&] {
        const QList<QIcon> &shown = m_icons[column];
        if (shown.size() != icons.size())
            return false;
        for (qsizetype i = 0; i < icons.size(); ++i) {
            if (shown[i].cacheKey() != icons[i].cacheKey())
                return false;
        }
        return true;
    };
    if (m_columns[column].choices == choices && sameIcons())
        return;
    const QList<QVariantList> shown = rows();
    m_columns[column].choices = choices;
    m_icons[column] = icons;
    m_table->setRowCount(0); // rebuilt with the new choices
    setRows(shown);
}

bool ListEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's resize, not the table's: when the table's arrives, the viewport still has
    // its old width, and columns fitted to it ran past a narrowed table under a scroll bar that
    // fitHeight() had not made room for, hiding the rows.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
        fitHeight();
        placePlaceholder();
        return QWidget::eventFilter(watched, event);
    }
    // A click into a cell's editor does not move the table's current cell, which Remove takes:
    // the row being edited is the one it removes.
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            for (int column = 0; column < m_table->columnCount(); ++column) {
                if (m_table->cellWidget(row, column) == watched)
                    m_table->setCurrentCell(row, column);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *ListEditor::createCell(int column, const QVariant &value)
{
    const Choices &choices = m_columns.at(column).choices;
    if (choices.isEmpty()) {
        auto *edit = new QLineEdit(value.toString(), m_table);
        edit->setFrame(false);
        // A column dropped on a well is added to it, not typed into a label as its name.
        if (m_placeholder)
            edit->setAcceptDrops(false);
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textEdited, this, &ListEditor::edited);
        return edit;
    }
    auto *combo = new QComboBox(m_table);
    combo->installEventFilter(this);
    combo->setFrame(false);
    const QList<QIcon> &icons = m_icons.at(column);
    for (qsizetype i = 0; i < choices.size(); ++i)
        combo->addItem(icons.value(i), choices.at(i).first, choices.at(i).second);
    int index = combo->findData(value);
    if (index < 0 && value.isValid()) {
        // A value the choices no longer offer (a column since removed) still shows as it is.
        combo->addItem(value.toString(), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(index, 0));
    connect(combo, &QComboBox::activated, this, &ListEditor::edited);
    return combo;
}

QVariant ListEditor::cellValue(int row, int column) const
{
    QWidget *cell = m_table->cellWidget(row, column);
    if (auto *combo = qobject_cast<QComboBox *>(cell))
        return combo->currentData();
    if (auto *edit = qobject_cast<QLineEdit *>(cell))
        return edit->text();
    return {};
}

void ListEditor::setRows(const QList<QVariantList> &rows)
{
    if (rows == this->rows() && m_table->rowCount() == rows.size())
        return;
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < m_columns.size(); ++column)
            m_table->setCellWidget(row, column, createCell(column, rows.at(row).value(column)));
    }
    m_table->resizeRowsToContents();
    if (m_placeholder)
        m_placeholder->setVisible(rows.isEmpty());
    fitColumns();
    fitHeight();
    updateGeometry();
}

void ListEditor::setDropZone(const QString &mimeType, const QString &placeholder)
{
    m_dropMimeType = mimeType;
    setAcceptDrops(true);
    if (!m_placeholder) {
        m_placeholder = new QLabel(m_table->viewport());
        m_placeholder->setObjectName(u"placeholder"_s);
        m_placeholder->setAlignment(Qt::AlignCenter);
        m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    }
    m_placeholder->setText(placeholder);
    m_placeholder->setVisible(m_table->rowCount() == 0);
    for (QLineEdit *edit : m_table->findChildren<QLineEdit *>())
        edit->setAcceptDrops(false);
    placePlaceholder();
    fitHeight();
}

void ListEditor::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    fitMessage();
}

void ListEditor::fitMessage()
{
    if (m_message->isHidden())
        return;
    const int height = m_message->heightForWidth(qMax(width(), 1));
    if (m_message->height() != height || m_message->minimumHeight() != height) {
        m_message->setFixedHeight(height);
        updateGeometry();
    }
}

void ListEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitMessage();
}

QString ListEditor::placeholderText() const
{
    return m_placeholder ? m_placeholder->text() : QString();
}

void ListEditor::placePlaceholder()
{
    if (m_placeholder)
        m_placeholder->setGeometry(m_table->viewport()->rect());
}

void ListEditor::setHighlighted(bool highlighted)
{
    // The table's background takes a tint of the selection colour: where the column would go.
    QPalette palette = this->palette();
    if (highlighted) {
        const QColor base = palette.color(QPalette::Base);
        const QColor highlight = palette.color(QPalette::Highlight);
        palette.setColor(QPalette::Base,
                         QColor::fromRgbF(0.75f * base.redF() + 0.25f * highlight.redF(),
                                          0.75f * base.greenF() + 0.25f * highlight.greenF(),
                                          0.75f * base.blueF() + 0.25f * highlight.blueF()));
    }
    m_table->viewport()->setPalette(palette);
}

void ListEditor::setDropCheck(std::function<QString(const QMimeData *)> check)
{
    m_dropCheck = std::move(check);
}

void ListEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_dropMimeType.isEmpty() || !event->mimeData()->hasFormat(m_dropMimeType)) {
        event->ignore();
        return;
    }
    // Taken even when refused, so that the leave event comes; the move events say no (the
    // forbidden cursor). The reason stays after the drag, as a refused drop's does.
    event->acceptProposedAction();
    const QString why = m_dropCheck ? m_dropCheck(event->mimeData()) : QString();
    if (!why.isEmpty()) {
        m_refusing = true;
        setMessage(why);
        return;
    }
    setHighlighted(true);
}

void ListEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_dropMimeType.isEmpty() || !event->mimeData()->hasFormat(m_dropMimeType) || m_refusing) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void ListEditor::dragLeaveEvent(QDragLeaveEvent *)
{
    setHighlighted(false);
    m_refusing = false;
}

void ListEditor::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    m_refusing = false;
    if (m_dropMimeType.isEmpty() || !event->mimeData()->hasFormat(m_dropMimeType)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT dropped(event->mimeData());
}

QList<QVariantList> ListEditor::rows() const
{
    QList<QVariantList> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QVariantList values;
        for (int column = 0; column < m_columns.size(); ++column)
            values.append(cellValue(row, column));
        result.append(values);
    }
    return result;
}

} // namespace Dashwright
