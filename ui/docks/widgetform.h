// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/setproperty.h"
#include "commands/undomacroguard.h"
#include "fieldwells.h"

#include <QStringList>
#include <QUndoStack>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPlainTextEdit;
class QSpinBox;

namespace Dashwright {

class ListEditor;

// The properties of the selected widgets: title, type, dataset, dimensions, measures with their
// aggregation, sort, limit, filters (a column, an expression, and a value or a parameter),
// colours and number format. Every edit is a SetProperty command, so typing merges into one undo
// step. With several widgets selected only what they can share is editable (type, limit, colours,
// number format), applied to all of them as one step. Dimensions, measures and filters are also
// field wells: a column dragged from the data panel onto one is added to it (FieldWells), and a
// column the widget cannot take is refused with the reason under that well.
class WidgetForm : public QWidget
{
    Q_OBJECT

public:
    explicit WidgetForm(ProjectDocument *document, QWidget *parent = nullptr);

    void setWidgets(const QString &dashboardId, const QStringList &widgetIds);
    QStringList widgetIds() const { return m_widgetIds; }
    // What a drop of a data panel column (`mime` as the data panel makes it) on a well does.
    // Returns the refusal shown under the well, empty when the column was added.
    QString dropColumn(FieldWells::Well well, const QMimeData *mime);
    // Why such a drag cannot land on the well (empty: it can), said while it is over the well.
    QString dropRefusal(FieldWells::Well well, const QMimeData *mime) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Narrower than this, labels go above their fields: the lists need the width.
    static constexpr int narrowWidth = 360;

    // Pushes the change for every selected widget: one command (which merges with the next one
    // while typing) for one widget, one macro for several.
    template<typename Value>
    void apply(Value Widget::*member, const Value &value)
    {
        if (m_refreshing || m_widgetIds.isEmpty())
            return;
        QUndoStack *stack = m_document->undoStack();
        if (m_widgetIds.size() == 1) {
            stack->push(new SetProperty(m_document, {m_dashboardId, m_widgetIds.first()}, member,
                                        value, tr("Change widget")));
            return;
        }
        UndoMacroGuard macro(stack, tr("Change %n widget(s)", nullptr, int(m_widgetIds.size())));
        for (const QString &id : std::as_const(m_widgetIds)) {
            const Widget *widget = m_document->widget(m_dashboardId, id);
            if (widget && !(widget->*member == value))
                stack->push(new SetProperty(m_document, {m_dashboardId, id}, member, value));
        }
    }

    const Widget *first() const;
    void refresh();
    void changeDataset();
    void dimensionsEdited();
    void measuresEdited();
    void sortEdited();
    void filtersEdited();
    ListEditor *well(FieldWells::Well well) const;
    void showDropMessage(FieldWells::Well well, const QString &message);

    ProjectDocument *m_document;
    QString m_dashboardId;
    QStringList m_widgetIds;
    bool m_refreshing = false;

    QLabel *m_note;
    QLabel *m_measuresNote; // which measures the widget's picture leaves out
    QLineEdit *m_title;
    QComboBox *m_type;
    QComboBox *m_dataset;
    ListEditor *m_dimensions;
    ListEditor *m_measures;
    ListEditor *m_sort;
    QSpinBox *m_limit;
    ListEditor *m_filters;
    QLineEdit *m_colors;
    QLineEdit *m_numberFormat;
    QPlainTextEdit *m_text;
    QList<QWidget *> m_singleOnly; // fields that make no sense for several widgets at once
};

} // namespace Dashwright
