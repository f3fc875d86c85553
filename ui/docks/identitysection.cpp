// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitysection.h"

#include "access/claimsedits.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Dashwright {

IdentitySection::IdentitySection(ProjectDocument *document, QWidget *parent)
    : ClaimsSection(tr("Identity"), document, parent)
{
    auto *form = new QFormLayout(this);
    const QList<std::pair<QString, QString>> fields = {
            {u"username"_s, tr("Username:")}, {u"name"_s, tr("Name:")},
            {u"email"_s, tr("Email:")},       {u"suborganization"_s, tr("Suborganization:")},
            {u"expiry"_s, tr("Expiry:")},
    };
    for (const auto &[key, label] : fields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        form->addRow(label, edit);
        m_fields.append(edit);
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) {
            commit(ClaimsEdits::withMember(claims(), key.toStdString(),
                                           text.isEmpty() ? Json() : Json(text.toStdString())),
                   key);
        });
    }
    m_fields.last()->setPlaceholderText(tr("never; or e.g. 2026-12-01T00:00:00Z"));

    m_inactivity = new QSpinBox(this);
    m_inactivity->setObjectName(u"inactivity_interval"_s);
    m_inactivity->setRange(0, 10 * 365 * 24 * 3600);
    m_inactivity->setSuffix(tr(" s"));
    m_inactivity->setSpecialValueText(tr("none"));
    form->addRow(tr("Inactivity interval:"), m_inactivity);
    connect(m_inactivity, &QSpinBox::valueChanged, this, [this](int seconds) {
        commit(ClaimsEdits::withMember(claims(), "inactivity_interval",
                                       seconds == 0 ? Json() : Json(seconds)),
               u"inactivity_interval"_s);
    });
}

void IdentitySection::showClaims()
{
    const Json current = claims();
    for (QLineEdit *edit : std::as_const(m_fields)) {
        const QString text = ClaimsEdits::valueText(
                ClaimsEdits::member(current, edit->objectName().toStdString()));
        if (edit->text() != text)
            edit->setText(text);
    }
    const Json inactivity = ClaimsEdits::member(current, "inactivity_interval");
    m_inactivity->setValue(inactivity.is_number_integer() ? inactivity.get<int>() : 0);
}

} // namespace Dashwright
