// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountoverridessection.h"

#include "access/claimsedits.h"
#include "document/projectdocument.h"
#include "sources/accountkind.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Dashwright {

AccountOverridesSection::AccountOverridesSection(ProjectDocument *document, QWidget *parent)
    : ClaimsSection(tr("Account overrides"), document, parent)
    , m_form(new QFormLayout(this))
{ }

void AccountOverridesSection::rebuild()
{
    m_groups.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const Account &account : document()->project().accounts) {
        Group group{account.id, account.type, account.name, new QCheckBox(this), {}};
        group.overridden->setText(tr("Override “%1”").arg(account.name));
        group.overridden->setObjectName(u"account/"_s + account.id);
        m_form->addRow(group.overridden);
        const QString id = account.id;
        connect(group.overridden, &QCheckBox::clicked, this, [this, id](bool checked) {
            edited(id, {}, checked ? Json::object() : Json(), false);
        });

        // The fields an override of this kind of account may set (AccountKind).
        for (const OverrideField &field : AccountKind::of(account.type).overrideFields(account)) {
            if (field.isPort) {
                group.port = new QSpinBox(this);
                group.port->setObjectName(u"account/%1/port"_s.arg(id));
                group.port->setRange(0, 65535);
                group.port->setSpecialValueText(tr("not overridden"));
                m_form->addRow(field.label, group.port);
                connect(group.port, &QSpinBox::valueChanged, this, [this, id](int port) {
                    if (!isRefreshing())
                        edited(id, "port", port == 0 ? Json() : Json(port), true);
                });
                continue;
            }
            auto *edit = new QLineEdit(this);
            edit->setObjectName(u"account/%1/%2"_s.arg(id, QString::fromLatin1(field.key)));
            edit->setPlaceholderText(field.placeholder);
            m_form->addRow(field.label, edit);
            group.fields.append(edit);
            const std::string member = field.key;
            connect(edit, &QLineEdit::textEdited, this, [this, id, member](const QString &text) {
                edited(id, member, text.isEmpty() ? Json() : Json(text.toStdString()), true);
            });
        }
        m_groups.append(group);
    }
    auto *note = new QLabel(tr("Profiles hold no passwords: they are saved in the project file. "
                               "A connection sent elsewhere takes no password from the keystore; "
                               "a token brings its own, sealed."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    m_form->addRow(note);
}

void AccountOverridesSection::showClaims()
{
    const auto &accounts = document()->project().accounts;
    const bool same = accounts.size() == m_groups.size()
            && std::equal(accounts.cbegin(), accounts.cend(), m_groups.cbegin(),
                          [](const Account &a, const Group &g) {
                              return a.id == g.accountId && a.type == g.type && a.name == g.name;
                          });
    if (!same)
        rebuild();
    const Json overrides = ClaimsEdits::member(claims(), "account_overrides");
    for (const Group &group : std::as_const(m_groups)) {
        const Json override = ClaimsEdits::member(overrides, group.accountId.toStdString());
        const bool overridden = override.is_object();
        group.overridden->setChecked(overridden);
        for (QLineEdit *field : group.fields) {
            const std::string key = field->objectName().section(u'/', -1).toStdString();
            const QString text = ClaimsEdits::valueText(ClaimsEdits::member(override, key));
            field->setEnabled(overridden);
            if (field->text() != text)
                field->setText(text);
        }
        if (group.port) {
            const Json port = ClaimsEdits::member(override, "port");
            group.port->setEnabled(overridden);
            group.port->setValue(port.is_number_integer() ? port.get<int>() : 0);
        }
    }
}

void AccountOverridesSection::edited(const QString &accountId, const std::string &key,
                                     const Json &value, bool typing)
{
    const Json current = claims();
    const std::string id = accountId.toStdString();
    Json override = value;
    if (!key.empty()) {
        override = ClaimsEdits::member(ClaimsEdits::member(current, "account_overrides"), id);
        override = ClaimsEdits::withMember(override, key, value);
    }
    commit(ClaimsEdits::withSubMember(current, "account_overrides", id, override),
           typing ? u"account_overrides/%1/%2"_s.arg(accountId, QString::fromStdString(key))
                  : QString());
}

} // namespace Dashwright
