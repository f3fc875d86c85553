// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetform.h"

#include "canvas/chartfactory.h"
#include "canvas/widgetproposal.h"
#include "commands/parameteredits.h"
#include "listeditor.h"
#include "mimetypes.h"
#include "typeicons.h"
#include "typelabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

template<typename Enum>
ListEditor::Choices enumChoices(Enum last, QString (*label)(Enum))
{
    ListEditor::Choices choices;
    for (int value = 0; value <= int(last); ++value)
        choices.append({label(Enum(value)), value});
    return choices;
}

QString sortFieldKey(SortKey::Field field, int index)
{
    return (field == SortKey::Field::Dimension ? u"d:"_s : u"m:"_s) + QString::number(index);
}

// A filter's value as typed: lists comma-separated.
QString filterValueText(const QVariant &value)
{
    if (value.typeId() != QMetaType::QVariantList)
        return ParameterEdits::valueText(value);
    QStringList parts;
    for (const QVariant &item : value.toList())
        parts.append(ParameterEdits::valueText(item));
    return parts.join(u", "_s);
}

// The typed value in the column's type where it converts; the validator reports what does not.
QVariant filterValue(const QString &text, FilterExpression expression, const Column *column)
{
    const auto typed = [&](const QString &part) {
        const QString trimmed = part.trimmed();
        if (!column)
            return QVariant(trimmed);
        return coerceValue(QVariant(trimmed), column->type).value_or(QVariant(trimmed));
    };
    const int arity = filterExpressionArity(expression);
    if (arity == 0)
        return {};
    if (arity == 1)
        return typed(text);
    QVariantList values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        values.append(typed(part));
    return values;
}

QStringList colorList(const QString &text)
{
    QStringList colors;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            colors.append(part.trimmed());
    }
    return colors;
}

} // namespace

WidgetForm::WidgetForm(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_measuresNote = new QLabel(this);
    m_measuresNote->setObjectName(u"measuresNote"_s);
    m_measuresNote->setWordWrap(true);
    m_measuresNote->setForegroundRole(QPalette::PlaceholderText);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"title"_s);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"type"_s);
    for (int type = 0; type <= int(WidgetType::Text); ++type)
        m_type->addItem(widgetTypeLabel(WidgetType(type)), type);
    m_dataset = new QComboBox(this);
    m_dataset->setObjectName(u"dataset"_s);
    m_dimensions = new ListEditor(
            {{tr("Column"), {}}, {tr("Time grain"), enumChoices(TimeGrain::Year, &timeGrainLabel)}},
            this);
    m_dimensions->setObjectName(u"dimensions"_s);
    m_measures
            = new ListEditor({{tr("Column"), {}},
                              {tr("Aggregation"), enumChoices(Aggregation::Max, &aggregationLabel)},
                              {tr("Label"), {}}},
                             this);
    m_measures->setObjectName(u"measures"_s);
    m_sort = new ListEditor(
            {{tr("By"), {}}, {tr("Order"), {{tr("Ascending"), false}, {tr("Descending"), true}}}},
            this);
    m_sort->setObjectName(u"sort"_s);
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(u"limit"_s);
    m_limit->setRange(0, 1000000);
    m_limit->setSpecialValueText(tr("No limit"));
    m_filters = new ListEditor(
            {{tr("Column"), {}},
             {tr("Condition"), enumChoices(FilterExpression::IsNotNull, &filterExpressionLabel)},
             {tr("Value"), {}},
             {tr("Or parameter"), {}}},
            this);
    m_filters->setObjectName(u"filters"_s);
    m_colors = new QLineEdit(this);
    m_colors->setObjectName(u"colors"_s);
    m_colors->setPlaceholderText(tr("#1f77b4, #ff7f0e, … (empty: theme)"));
    m_numberFormat = new QLineEdit(this);
    m_numberFormat->setObjectName(u"numberFormat"_s);
    m_numberFormat->setPlaceholderText(tr("0,0.00 (empty: automatic)"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"text"_s);
    m_text->setMaximumHeight(100);

    // The lists of columns are field wells, as in the BI tools analysts know: columns dragged
    // from the data panel land in them.
    m_dimensions->setDropZone(QString(MimeTypes::column), tr("Drop a column to group by"));
    m_measures->setDropZone(QString(MimeTypes::column), tr("Drop a column to measure"));
    m_filters->setDropZone(QString(MimeTypes::column), tr("Drop a column to filter on"));
    for (const auto &[editor, well] : {std::pair(m_dimensions, FieldWells::Well::Dimensions),
                                       std::pair(m_measures, FieldWells::Well::Measures),
                                       std::pair(m_filters, FieldWells::Well::Filters)}) {
        connect(editor, &ListEditor::dropped, this,
                [this, well](const QMimeData *mime) { dropColumn(well, mime); });
        editor->setDropCheck(
                [this, well](const QMimeData *mime) { return dropRefusal(well, mime); });
    }

    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    // A list too wide beside its label goes under it, with the panel's whole width; in a narrow
    // panel every field does (resizeEvent).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_note);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Dataset:"), m_dataset);
    form->addRow(tr("Dimensions:"), m_dimensions);
    form->addRow(tr("Measures:"), m_measures);
    form->addRow(QString(), m_measuresNote);
    form->addRow(tr("Sort:"), m_sort);
    form->addRow(tr("Limit:"), m_limit);
    form->addRow(tr("Filters:"), m_filters);
    form->addRow(tr("Colours:"), m_colors);
    form->addRow(tr("Number format:"), m_numberFormat);
    form->addRow(tr("Text:"), m_text);
    m_singleOnly = {m_title, m_dataset, m_dimensions, m_measures, m_sort, m_filters, m_text};

    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString &text) { apply(&Widget::title, text); });
    connect(m_type, &QComboBox::activated, this,
            [this] { apply(&Widget::type, WidgetType(m_type->currentData().toInt())); });
    connect(m_dataset, &QComboBox::activated, this, &WidgetForm::changeDataset);
    connect(m_dimensions, &ListEditor::edited, this, &WidgetForm::dimensionsEdited);
    connect(m_measures, &ListEditor::edited, this, &WidgetForm::measuresEdited);
    connect(m_sort, &ListEditor::edited, this, &WidgetForm::sortEdited);
    connect(m_filters, &ListEditor::edited, this, &WidgetForm::filtersEdited);
    connect(m_limit, &QSpinBox::valueChanged, this,
            [this](int limit) { apply(&Widget::limit, limit); });
    connect(m_colors, &QLineEdit::textEdited, this,
            [this](const QString &text) { apply(&Widget::colors, colorList(text)); });
    connect(m_numberFormat, &QLineEdit::textEdited, this,
            [this](const QString &text) { apply(&Widget::numberFormat, text.trimmed()); });
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { apply(&Widget::text, m_text->toPlainText()); });

    // What the form shows depends on the widgets, their dataset's columns and the parameters.
    connect(document, &ProjectDocument::widgetChanged, this,
            [this](const QString &dashboardId, const QString &widgetId) {
                if (dashboardId == m_dashboardId && m_widgetIds.contains(widgetId))
                    refresh();
            });
    connect(document, &ProjectDocument::datasetChanged, this, &WidgetForm::refresh);
    connect(document, &ProjectDocument::parameterChanged, this, &WidgetForm::refresh);
    connect(document, &ProjectDocument::parameterAdded, this, &WidgetForm::refresh);
    connect(document, &ProjectDocument::parameterRemoved, this, &WidgetForm::refresh);
}

const Widget *WidgetForm::first() const
{
    return m_widgetIds.isEmpty() ? nullptr : m_document->widget(m_dashboardId, m_widgetIds.first());
}

void WidgetForm::setWidgets(const QString &dashboardId, const QStringList &widgetIds)
{
    m_dashboardId = dashboardId;
    m_widgetIds = widgetIds;
    for (ListEditor *editor : {m_dimensions, m_measures, m_filters})
        editor->setMessage({});
    refresh();
}

void WidgetForm::refresh()
{
    const Widget *widget = first();
    if (!widget)
        return;
    m_refreshing = true;
    const bool single = m_widgetIds.size() == 1;
    m_note->setText(single ? QString()
                           : tr("%n widgets selected: changes apply to all of them.", nullptr,
                                int(m_widgetIds.size())));
    m_note->setVisible(!single);
    for (QWidget *field : std::as_const(m_singleOnly))
        field->setEnabled(single);

    if (m_title->text() != widget->title)
        m_title->setText(widget->title);
    m_type->setCurrentIndex(m_type->findData(int(widget->type)));

    m_dataset->clear();
    m_dataset->addItem(tr("(none)"), QString());
    for (const Dataset &dataset : m_document->project().datasets)
        m_dataset->addItem(dataset.name, dataset.id);
    m_dataset->setCurrentIndex(qMax(0, m_dataset->findData(widget->datasetId)));

    const Dataset *dataset = m_document->dataset(widget->datasetId);
    ListEditor::Choices columns;
    QList<QIcon> icons;
    if (dataset) {
        for (const Column &column : dataset->columns) {
            columns.append({column.label, column.id});
            icons.append(columnTypeIcon(column.type));
        }
    }
    m_dimensions->setChoices(0, columns, icons);
    m_measures->setChoices(0, ListEditor::Choices{{tr("(rows)"), QString()}} + columns,
                           QList<QIcon>{QIcon()} + icons);
    m_filters->setChoices(0, columns, icons);
    ListEditor::Choices parameters{{tr("(the value)"), QString()}};
    if (const Dashboard *dashboard = m_document->dashboard(m_dashboardId)) {
        for (const Parameter &parameter : dashboard->parameters)
            parameters.append(
                    {parameter.label.isEmpty() ? parameter.name : parameter.label, parameter.id});
    }
    m_filters->setChoices(3, parameters);
    ListEditor::Choices sortFields;
    for (int i = 0; i < widget->dimensions.size(); ++i) {
        const Column *column = dataset ? dataset->column(widget->dimensions[i].columnId) : nullptr;
        sortFields.append({column ? column->label : tr("Dimension %1").arg(i + 1),
                           sortFieldKey(SortKey::Field::Dimension, i)});
    }
    for (int i = 0; i < widget->measures.size(); ++i) {
        const Measure &measure = widget->measures[i];
        sortFields.append({measure.label.isEmpty() ? tr("Measure %1").arg(i + 1) : measure.label,
                           sortFieldKey(SortKey::Field::Measure, i)});
    }
    m_sort->setChoices(0, sortFields);

    QList<QVariantList> rows;
    for (const Dimension &d : widget->dimensions)
        rows.append({d.columnId, int(d.grain)});
    m_dimensions->setRows(rows);
    rows.clear();
    for (const Measure &m : widget->measures)
        rows.append({m.columnId, int(m.aggregation), m.label});
    m_measures->setRows(rows);
    rows.clear();
    for (const SortKey &k : widget->sort)
        rows.append({sortFieldKey(k.field, k.index), k.descending});
    m_sort->setRows(rows);
    rows.clear();
    for (const Filter &f : widget->filters)
        rows.append({f.columnId, int(f.expression), filterValueText(f.value), f.parameterId});
    m_filters->setRows(rows);

    if (m_limit->value() != widget->limit)
        m_limit->setValue(widget->limit);
    if (colorList(m_colors->text()) != widget->colors)
        m_colors->setText(widget->colors.join(u", "_s));
    if (m_numberFormat->text().trimmed() != widget->numberFormat)
        m_numberFormat->setText(widget->numberFormat);
    if (m_text->toPlainText() != widget->text)
        m_text->setPlainText(widget->text);
    // A text widget reads no data; a chart has no text.
    const bool isText = widget->type == WidgetType::Text;
    auto *form = static_cast<QFormLayout *>(layout());
    for (QWidget *field :
         {static_cast<QWidget *>(m_dataset), static_cast<QWidget *>(m_dimensions),
          static_cast<QWidget *>(m_measures), static_cast<QWidget *>(m_sort),
          static_cast<QWidget *>(m_limit), static_cast<QWidget *>(m_filters),
          static_cast<QWidget *>(m_colors), static_cast<QWidget *>(m_numberFormat)})
        form->setRowVisible(field, !isText);
    form->setRowVisible(m_text, isText);
    const QString undrawn = single ? ChartFactory::undrawnMeasures(*widget) : QString();
    m_measuresNote->setText(undrawn);
    form->setRowVisible(m_measuresNote, !undrawn.isEmpty());
    m_refreshing = false;
}

void WidgetForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    auto *form = static_cast<QFormLayout *>(layout());
    const auto policy
            = width() < narrowWidth ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows;
    if (form->rowWrapPolicy() != policy)
        form->setRowWrapPolicy(policy);
}

ListEditor *WidgetForm::well(FieldWells::Well well) const
{
    switch (well) {
    case FieldWells::Well::Dimensions:
        return m_dimensions;
    case FieldWells::Well::Measures:
        return m_measures;
    case FieldWells::Well::Filters:
        return m_filters;
    }
    return m_dimensions;
}

QString WidgetForm::dropRefusal(FieldWells::Well well, const QMimeData *mime) const
{
    const auto column = FieldWells::fromMime(mime);
    if (!column)
        return tr("Only columns from the data panel can be dropped here.");
    if (m_widgetIds.size() != 1)
        return tr("Select one widget to add a column to it.");
    return FieldWells::refusal(*m_document, m_dashboardId, m_widgetIds.first(), well, *column);
}

QString WidgetForm::dropColumn(FieldWells::Well well, const QMimeData *mime)
{
    QString why = dropRefusal(well, mime);
    if (why.isEmpty())
        why = FieldWells::drop(m_document, m_dashboardId, m_widgetIds.first(), well,
                               *FieldWells::fromMime(mime));
    showDropMessage(well, why);
    if (!why.isEmpty() || well != FieldWells::Well::Filters)
        return why;
    // A new filter needs its value: the cursor goes where it is typed.
    const int row = m_filters->table()->rowCount() - 1;
    if (QWidget *value = row >= 0 ? m_filters->table()->cellWidget(row, 2) : nullptr)
        value->setFocus();
    return why;
}

void WidgetForm::showDropMessage(FieldWells::Well well, const QString &message)
{
    // Under the well it was dropped on, where the analyst is looking; the others say nothing.
    for (ListEditor *editor : {m_dimensions, m_measures, m_filters})
        editor->setMessage(editor == this->well(well) ? message : QString());
    if (message.isEmpty())
        return;
    for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(this->well(well)->messageLabel());
            break;
        }
    }
}

void WidgetForm::changeDataset()
{
    const Widget *widget = first();
    const QString datasetId = m_dataset->currentData().toString();
    if (!widget || m_widgetIds.size() != 1 || widget->datasetId == datasetId)
        return;
    // The lists name columns of the old dataset: they go with it, in the same undo step.
    UndoMacroGuard macro(m_document->undoStack(), tr("Change widget dataset"));
    apply(&Widget::datasetId, datasetId);
    apply(&Widget::dimensions, QList<Dimension>());
    apply(&Widget::measures, QList<Measure>());
    apply(&Widget::sort, QList<SortKey>());
    apply(&Widget::filters, QList<Filter>());
}

namespace {
// The designer's proposals follow a single edited or added row. Several changed rows are a move
// or a removal: the rows keep what they had.
template<typename Item>
QList<Item> followEdits(const QList<Item> &before, QList<Item> after, const Dataset *dataset)
{
    if (after.size() == before.size() + 1) {
        after.last() = WidgetProposal::followEdit(nullptr, after.last(), dataset);
        return after;
    }
    if (after.size() != before.size())
        return after;
    qsizetype changed = -1;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (after[i] == before[i])
            continue;
        if (changed >= 0)
            return after;
        changed = i;
    }
    if (changed >= 0)
        after[changed] = WidgetProposal::followEdit(&before[changed], after[changed], dataset);
    return after;
}
} // namespace

void WidgetForm::dimensionsEdited()
{
    const Widget *widget = first();
    if (!widget)
        return;
    QList<Dimension> dimensions;
    for (const QVariantList &row : m_dimensions->rows())
        dimensions.append({row.value(0).toString(), TimeGrain(row.value(1).toInt())});
    apply(&Widget::dimensions,
          followEdits(widget->dimensions, dimensions, m_document->dataset(widget->datasetId)));
}

void WidgetForm::measuresEdited()
{
    const Widget *widget = first();
    if (!widget)
        return;
    QList<Measure> measures;
    for (const QVariantList &row : m_measures->rows())
        measures.append({row.value(0).toString(), Aggregation(row.value(1).toInt()),
                         row.value(2).toString()});
    apply(&Widget::measures,
          followEdits(widget->measures, measures, m_document->dataset(widget->datasetId)));
}

void WidgetForm::sortEdited()
{
    QList<SortKey> keys;
    for (const QVariantList &row : m_sort->rows()) {
        const QString key = row.value(0).toString();
        SortKey sort;
        sort.field = key.startsWith(u"d:"_s) ? SortKey::Field::Dimension : SortKey::Field::Measure;
        sort.index = key.mid(2).toInt();
        sort.descending = row.value(1).toBool();
        keys.append(sort);
    }
    apply(&Widget::sort, keys);
}

void WidgetForm::filtersEdited()
{
    const Widget *widget = first();
    if (!widget)
        return;
    const Dataset *dataset = m_document->dataset(widget->datasetId);
    QList<Filter> filters;
    const QList<QVariantList> rows = m_filters->rows();
    for (int i = 0; i < rows.size(); ++i) {
        const QVariantList &row = rows.at(i);
        // Rows keep their filter's id and label; a new row is a new filter.
        Filter filter = i < widget->filters.size() ? widget->filters.at(i) : Filter();
        if (filter.id.isEmpty())
            filter.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        filter.columnId = row.value(0).toString();
        filter.expression = FilterExpression(row.value(1).toInt());
        filter.parameterId = row.value(3).toString();
        filter.value = filter.parameterId.isEmpty()
                ? filterValue(row.value(2).toString(), filter.expression,
                              dataset ? dataset->column(filter.columnId) : nullptr)
                : QVariant();
        filters.append(filter);
    }
    apply(&Widget::filters, filters);
}

} // namespace Dashwright
