// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterform.h"

#include "commands/parameteredits.h"
#include "document/projectdocument.h"
#include "typeicons.h"
#include "typelabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Dashwright {

ParameterForm::ParameterForm(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_label = new QLineEdit(this);
    m_label->setObjectName(u"label"_s);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"type"_s);
    for (int type = int(ColumnType::Text); type <= int(ColumnType::Boolean); ++type)
        m_type->addItem(columnTypeIcon(ColumnType(type)), columnTypeLabel(ColumnType(type)), type);
    m_default = new QLineEdit(this);
    m_default->setObjectName(u"default"_s);
    m_allowed = new QLineEdit(this);
    m_allowed->setObjectName(u"allowed"_s);
    m_allowed->setPlaceholderText(tr("any value; or a, b, c"));
    m_required = new QCheckBox(tr("Required in token"), this);
    m_required->setObjectName(u"requiredInToken"_s);
    m_required->setToolTip(tr("A token that does not override this parameter is denied, instead "
                              "of seeing the default's data. The design view still uses the "
                              "default."));
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b3261e;"_s);

    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Default:"), m_default);
    form->addRow(tr("Allowed values:"), m_allowed);
    form->addRow(QString(), m_required);
    form->addRow(m_message);
    auto *hint = new QLabel(tr("Tokens override a parameter by its name; filters refer to it to "
                               "take its value."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(hint);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        QString error;
        report(ParameterEdits::rename(m_document, m_dashboardId, m_parameterId, text.trimmed(),
                                      &error),
               error);
    });
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        QString error;
        report(ParameterEdits::setLabel(m_document, m_dashboardId, m_parameterId, text, &error),
               error);
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        QString error;
        report(ParameterEdits::setType(m_document, m_dashboardId, m_parameterId,
                                       ColumnType(m_type->currentData().toInt()), &error),
               error);
    });
    connect(m_default, &QLineEdit::textEdited, this, [this](const QString &text) {
        QString error;
        report(ParameterEdits::setDefault(m_document, m_dashboardId, m_parameterId, text, &error),
               error);
    });
    connect(m_required, &QCheckBox::clicked, this, [this](bool checked) {
        QString error;
        report(ParameterEdits::setRequiredInToken(m_document, m_dashboardId, m_parameterId, checked,
                                                  &error),
               error);
    });
    // Allowed values are a list: applied when the typing ends, not at every comma.
    connect(m_allowed, &QLineEdit::editingFinished, this, [this] {
        if (m_refreshing)
            return;
        QString error;
        report(ParameterEdits::setAllowedValues(m_document, m_dashboardId, m_parameterId,
                                                m_allowed->text(), &error),
               error);
    });
    connect(document, &ProjectDocument::parameterChanged, this,
            [this](const QString &dashboardId, const QString &parameterId) {
                if (dashboardId == m_dashboardId && parameterId == m_parameterId)
                    refresh();
            });
}

void ParameterForm::setParameter(const QString &dashboardId, const QString &parameterId)
{
    m_dashboardId = dashboardId;
    m_parameterId = parameterId;
    m_message->clear();
    refresh();
}

QString ParameterForm::message() const
{
    return m_message->text();
}

void ParameterForm::report(bool ok, const QString &error)
{
    m_message->setText(ok ? QString() : error);
}

void ParameterForm::refresh()
{
    const Parameter *parameter = m_document->parameter(m_dashboardId, m_parameterId);
    if (!parameter)
        return;
    m_refreshing = true;
    // Only what differs, so that the field being typed in keeps its cursor; a refused name stays
    // as typed, with the message beside it.
    if (m_name->text().trimmed() != parameter->name && m_message->text().isEmpty())
        m_name->setText(parameter->name);
    if (m_label->text() != parameter->label)
        m_label->setText(parameter->label);
    m_type->setCurrentIndex(m_type->findData(int(parameter->type)));
    const QString defaultText = ParameterEdits::valueText(parameter->defaultValue);
    if (!m_default->hasFocus() && m_default->text() != defaultText)
        m_default->setText(defaultText);
    if (!m_allowed->hasFocus())
        m_allowed->setText(ParameterEdits::allowedValuesText(*parameter));
    m_required->setChecked(parameter->requiredInToken);
    m_refreshing = false;
}

} // namespace Dashwright
