// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenfilterssection.h"

#include "access/claimsedits.h"
#include "document/projectdocument.h"
#include "listeditor.h"
#include "typelabels.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

using ClaimsEdits::FilterColumn;

TokenFiltersSection::TokenFiltersSection(ProjectDocument *document, QWidget *parent)
    : ClaimsSection(tr("Filters"), document, parent)
{
    ListEditor::Choices expressions;
    for (int e = int(FilterExpression::Equals); e <= int(FilterExpression::IsNotNull); ++e)
        expressions.append({filterExpressionLabel(FilterExpression(e)),
                            filterExpressionText(FilterExpression(e))});
    m_editor = new ListEditor(
            {{tr("Dataset"), {}},
             {tr("Column"), {}},
             {tr("Expression"), expressions},
             {tr("Value"), {}},
             {tr("Clause"), {{tr("where"), u"where"_s}, {tr("having"), u"having"_s}}},
             {tr("Origin"),
              {{tr("global"), u"global"_s}, {tr("initialization"), u"initialization"_s}}}},
            this);
    m_editor->setObjectName(u"filters"_s);
    // Never squeezed below its rows; the pickers as wide as their choices, the value the rest.
    m_editor->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QHeaderView *header = m_editor->table()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(FilterColumn::ValueColumn, QHeaderView::Stretch);
    m_editor->setToolTip(tr("Global filters restrict every widget on the dataset; initialization "
                            "filters set the first value of the dashboard's own filter on the "
                            "column. Having applies after grouping."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    connect(m_editor, &ListEditor::edited, this, &TokenFiltersSection::edited);
}

void TokenFiltersSection::updateChoices()
{
    const Project &project = document()->project();
    ListEditor::Choices datasets;
    ListEditor::Choices columns;
    for (const Dataset &dataset : project.datasets) {
        datasets.append({dataset.name, dataset.id});
        for (const Column &column : dataset.columns)
            columns.append({column.label.isEmpty() ? column.name : column.label, column.id});
    }
    m_editor->setChoices(FilterColumn::DatasetColumn, datasets);
    m_editor->setChoices(FilterColumn::ColumnColumn, columns);
}

void TokenFiltersSection::fitRows()
{
    const Project &project = document()->project();
    QTableWidget *table = m_editor->table();
    const QList<QVariantList> rows = m_editor->rows();
    for (int row = 0; row < rows.size(); ++row) {
        const Dataset *dataset
                = project.dataset(rows[row].value(FilterColumn::DatasetColumn).toString());
        if (auto *combo
            = qobject_cast<QComboBox *>(table->cellWidget(row, FilterColumn::ColumnColumn))) {
            for (int i = combo->count() - 1; i >= 0; --i) {
                if (dataset && !dataset->column(combo->itemData(i).toString())
                    && i != combo->currentIndex())
                    combo->removeItem(i);
            }
        }
        const auto expression = filterExpressionFromText(
                rows[row].value(FilterColumn::ExpressionColumn).toString());
        if (auto *value
            = qobject_cast<QLineEdit *>(table->cellWidget(row, FilterColumn::ValueColumn))) {
            const int arity = expression ? filterExpressionArity(*expression) : 1;
            value->setEnabled(arity != 0);
            value->setPlaceholderText(arity == 0           ? tr("no value")
                                              : arity == 2 ? tr("from, to")
                                              : arity < 0  ? tr("a, b, c")
                                                           : QString());
        }
    }
    fitColumns();
}

void TokenFiltersSection::fitColumns()
{
    // Six columns do not fit a narrow dock: the pickers keep the width their choices need, and
    // the table its minimum, so that the form scrolls sideways rather than clipping them.
    QTableWidget *table = m_editor->table();
    QHeaderView *header = table->horizontalHeader();
    int total = 2 * table->frameWidth();
    for (int column = 0; column < FilterColumn::FilterColumnCount; ++column) {
        int width = header->sectionSizeHint(column);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (QWidget *cell = table->cellWidget(row, column))
                width = qMax(width, cell->sizeHint().width());
        }
        if (column == FilterColumn::ValueColumn)
            width = qMax(width, 120);
        else
            header->resizeSection(column, width);
        total += width;
    }
    table->setMinimumWidth(total);
}

void TokenFiltersSection::showClaims()
{
    updateChoices();
    const Json filters = ClaimsEdits::member(claims(), "filters");
    // Rows that already read as the claims stay as typed ("1," while typing a list).
    const Json shown
            = ClaimsEdits::filtersFromRows(m_editor->rows(), filters, document()->project());
    if (!(shown == filters) && !(filters.is_null() && shown.empty()))
        m_editor->setRows(ClaimsEdits::filterRows(filters));
    fitRows();
}

void TokenFiltersSection::edited()
{
    if (isRefreshing())
        return;
    const Json current = claims();
    const Json filters = ClaimsEdits::filtersFromRows(
            m_editor->rows(), ClaimsEdits::member(current, "filters"), document()->project());
    // Typing a value is one step; choosing in a combo box, adding or removing a row is its own.
    QWidget *focus = QApplication::focusWidget();
    const bool typing = qobject_cast<QLineEdit *>(focus) && m_editor->isAncestorOf(focus);
    commit(ClaimsEdits::withMember(current, "filters", filters.empty() ? Json() : filters),
           typing ? u"filters"_s : QString());
    fitRows();
}

} // namespace Dashwright
