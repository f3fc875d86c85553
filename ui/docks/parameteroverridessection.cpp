// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameteroverridessection.h"

#include "commands/parameteredits.h"
#include "common/json.h"
#include "document/jsonvalue.h"
#include "document/projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// The editor's value in the type's canonical form; invalid when it has none.
QVariant editorValue(QWidget *editor)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return QVariant(qint64(spin->value()));
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        return spin->value();
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        return date->date();
    if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor))
        return dateTime->dateTime();
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text();
    return {};
}

void setEditorValue(QWidget *editor, const QVariant &value)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findData(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(int(value.toLongLong()));
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate());
    } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) {
        dateTime->setDateTime(value.toDateTime());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->text() != value.toString())
            edit->setText(value.toString());
    }
}

} // namespace

ParameterOverridesSection::ParameterOverridesSection(ProjectDocument *document, QWidget *parent)
    : ClaimsSection(tr("Parameter overrides"), document, parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setColumnStretch(1, 1);
}

QWidget *ParameterOverridesSection::createEditor(const ClaimsEdits::OverridableParameter &parameter)
{
    if (!parameter.allowedValues.isEmpty() || parameter.type == ColumnType::Boolean) {
        auto *combo = new QComboBox(this);
        const QVariantList values = parameter.allowedValues.isEmpty() ? QVariantList{true, false}
                                                                      : parameter.allowedValues;
        for (const QVariant &value : values)
            combo->addItem(ParameterEdits::valueText(value), value);
        return combo;
    }
    switch (parameter.type) {
    case ColumnType::Integer: {
        auto *spin = new QSpinBox(this);
        spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        return spin;
    }
    case ColumnType::Number: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(-1e15, 1e15);
        spin->setDecimals(4);
        return spin;
    }
    case ColumnType::Date: {
        auto *date = new QDateEdit(this);
        date->setCalendarPopup(true);
        date->setDisplayFormat(u"yyyy-MM-dd"_s);
        return date;
    }
    case ColumnType::DateTime: {
        auto *dateTime = new QDateTimeEdit(this);
        dateTime->setCalendarPopup(true);
        dateTime->setTimeSpec(Qt::UTC);
        dateTime->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
        return dateTime;
    }
    case ColumnType::Text:
    case ColumnType::Boolean:
        break;
    }
    return new QLineEdit(this);
}

void ParameterOverridesSection::rebuild(const QList<ClaimsEdits::OverridableParameter> &parameters)
{
    m_rows.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (parameters.isEmpty()) {
        auto *none = new QLabel(tr("No dashboard has parameters."), this);
        none->setEnabled(false);
        m_grid->addWidget(none, 0, 0, 1, 3);
    }
    for (const ClaimsEdits::OverridableParameter &parameter : parameters) {
        const int gridRow = int(m_rows.size());
        auto *overridden = new QCheckBox(parameter.name, this);
        overridden->setObjectName(u"override/"_s + parameter.name);
        overridden->setToolTip(tr("Unchecked: the parameter's default, %1")
                                       .arg(ParameterEdits::valueText(parameter.defaultValue)));
        QWidget *editor = createEditor(parameter);
        editor->setObjectName(u"value/"_s + parameter.name);
        auto *where = new QLabel(parameter.dashboards.join(u", "_s), this);
        where->setEnabled(false);
        m_grid->addWidget(overridden, gridRow, 0);
        m_grid->addWidget(editor, gridRow, 1);
        m_grid->addWidget(where, gridRow, 2);
        m_rows.append({parameter, overridden, editor});

        const auto changed = [this, gridRow](bool typing) {
            if (!isRefreshing())
                edited(m_rows.at(gridRow), typing);
        };
        connect(overridden, &QCheckBox::clicked, this, [changed] { changed(false); });
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            connect(combo, &QComboBox::activated, this, [changed] { changed(false); });
        else if (auto *edit = qobject_cast<QLineEdit *>(editor))
            connect(edit, &QLineEdit::textEdited, this, [changed] { changed(true); });
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            connect(spin, &QSpinBox::valueChanged, this, [changed] { changed(true); });
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            connect(spin, &QDoubleSpinBox::valueChanged, this, [changed] { changed(true); });
        else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) // and QDateEdit
            connect(dateTime, &QDateTimeEdit::dateTimeChanged, this, [changed] { changed(true); });
    }
}

void ParameterOverridesSection::showClaims()
{
    const auto parameters = ClaimsEdits::overridableParameters(document()->project());
    const bool same = parameters.size() == m_rows.size()
            && std::equal(parameters.cbegin(), parameters.cend(), m_rows.cbegin(),
                          [](const auto &p, const Row &row) {
                              return p.name == row.parameter.name && p.type == row.parameter.type
                                      && p.allowedValues == row.parameter.allowedValues;
                          });
    if (!same)
        rebuild(parameters);
    const Json overrides = ClaimsEdits::member(claims(), "parameter_overrides");
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        row.parameter = parameters.at(i); // its default and dashboards may have changed
        const Json value = ClaimsEdits::member(overrides, row.parameter.name.toStdString());
        row.overridden->setChecked(!value.is_null());
        row.editor->setEnabled(!value.is_null());
        const auto typed = coerceValue(variantFromJson(value), row.parameter.type);
        // A value of the wrong type stays in the claims; the form's problems name it.
        setEditorValue(row.editor, typed ? *typed : row.parameter.defaultValue);
    }
}

void ParameterOverridesSection::edited(const Row &row, bool typing)
{
    const bool overridden = row.overridden->isChecked();
    row.editor->setEnabled(overridden);
    Json value;
    if (overridden) {
        const auto typed = coerceValue(editorValue(row.editor), row.parameter.type);
        value = typed ? jsonFromVariant(canonicalBindValue(*typed, row.parameter.type))
                      : Json(editorValue(row.editor).toString().toStdString());
    }
    commit(ClaimsEdits::withSubMember(claims(), "parameter_overrides",
                                      row.parameter.name.toStdString(), value),
           typing ? u"parameter_overrides/"_s + row.parameter.name : QString());
}

} // namespace Dashwright
