// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyvaluessection.h"

#include "document/projectdocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Dashwright {

PolicyValuesSection::PolicyValuesSection(ProjectDocument *document, QWidget *parent)
    : ClaimsSection(tr("Policy values"), document, parent)
    , m_form(new QFormLayout(this))
{ }

QStringList PolicyValuesSection::placeholderNames() const
{
    QStringList names;
    for (const auto &[placeholder, edit] : m_fields)
        names.append(placeholder.name);
    return names;
}

void PolicyValuesSection::rebuild(const QList<ClaimsEdits::Placeholder> &placeholders)
{
    m_fields.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (placeholders.isEmpty()) {
        auto *none
                = new QLabel(tr("The project's access policies use no ${{ name }} values."), this);
        none->setEnabled(false);
        m_form->addRow(none);
    }
    for (const ClaimsEdits::Placeholder &placeholder : placeholders) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"policy/"_s + placeholder.name);
        edit->setPlaceholderText(placeholder.list ? tr("not set (denied); a list: a, b")
                                                  : tr("not set (denied)"));
        edit->setToolTip(tr("Used by: %1").arg(placeholder.policies.join(u", "_s)));
        m_form->addRow(placeholder.name + u':', edit);
        m_fields.append({placeholder, edit});
        connect(edit, &QLineEdit::textEdited, this, [this, placeholder](const QString &text) {
            commit(ClaimsEdits::withSubMember(
                           claims(), "policy_values", placeholder.name.toStdString(),
                           ClaimsEdits::valueFromText(text, placeholder.type, placeholder.list)),
                   u"policy_values/"_s + placeholder.name);
        });
    }
}

void PolicyValuesSection::showClaims()
{
    const auto placeholders = ClaimsEdits::placeholders(document()->project());
    const bool same = placeholders.size() == m_fields.size()
            && std::equal(placeholders.cbegin(), placeholders.cend(), m_fields.cbegin(),
                          [](const auto &p, const auto &field) {
                              return p.name == field.first.name && p.type == field.first.type
                                      && p.list == field.first.list;
                          });
    if (!same)
        rebuild(placeholders);
    const Json values = ClaimsEdits::member(claims(), "policy_values");
    for (const auto &[placeholder, edit] : std::as_const(m_fields)) {
        const Json value = ClaimsEdits::member(values, placeholder.name.toStdString());
        // "a," while typing a list still reads as the stored value: leave it as typed.
        if (!(ClaimsEdits::valueFromText(edit->text(), placeholder.type, placeholder.list)
              == value))
            edit->setText(ClaimsEdits::valueText(value));
    }
}

} // namespace Dashwright
