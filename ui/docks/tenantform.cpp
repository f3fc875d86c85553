// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantform.h"

#include "access/claimsedits.h"
#include "accountoverridessection.h"
#include "document/projectdocument.h"
#include "identitysection.h"
#include "metadatasection.h"
#include "parameteroverridessection.h"
#include "policyvaluessection.h"
#include "securablessection.h"
#include "tokenfilterssection.h"

#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

TenantForm::TenantForm(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_problems(new QLabel(this))
    , m_policyValues(new PolicyValuesSection(document, this))
    , m_metadata(new MetadataSection(document, this))
{
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #b3261e;"_s);
    m_problems->hide();

    m_sections = {new IdentitySection(document, this),
                  new SecurablesSection(document, this),
                  new ParameterOverridesSection(document, this),
                  new TokenFiltersSection(document, this),
                  m_policyValues,
                  new AccountOverridesSection(document, this),
                  m_metadata};
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    for (ClaimsSection *section : std::as_const(m_sections))
        layout->addWidget(section);
    layout->addStretch();

    // Once per undo step (a macro is one), and for changes of the profile made outside the stack.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &TenantForm::refresh);
    connect(document, &ProjectDocument::projectReset, this, &TenantForm::refresh);
    connect(document, &ProjectDocument::tenantChanged, this, [this](const QString &tenantId) {
        if (tenantId == m_tenantId)
            refresh();
    });
    refresh();
}

void TenantForm::setTenantId(const QString &tenantId)
{
    if (tenantId == m_tenantId)
        return;
    m_tenantId = tenantId;
    for (ClaimsSection *section : std::as_const(m_sections))
        section->setTenantId(tenantId);
    refresh();
}

QString TenantForm::problems() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void TenantForm::refresh()
{
    for (ClaimsSection *section : std::as_const(m_sections))
        section->refresh();
    const TenantProfile *tenant = m_document->tenant(m_tenantId);
    QStringList lines;
    if (tenant) {
        for (const Problem &problem : ClaimsEdits::problems(tenant->claims, m_document->project()))
            lines.append(u"• "_s + problem.toString());
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

} // namespace Dashwright
