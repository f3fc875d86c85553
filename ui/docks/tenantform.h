// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;

namespace Dashwright {

class ClaimsSection;
class MetadataSection;
class PolicyValuesSection;
class ProjectDocument;

// The claims of one tenant profile, a section per kind of claim (identity, securables, parameter
// overrides, filters, policy values, account overrides, metadata). Every change is one undo
// command; what ClaimsValidator finds wrong with the claims is listed at the top.
class TenantForm : public QWidget
{
    Q_OBJECT

public:
    explicit TenantForm(ProjectDocument *document, QWidget *parent = nullptr);

    QString tenantId() const { return m_tenantId; }
    void setTenantId(const QString &tenantId);
    // The problems shown, one per line; empty when the claims are valid.
    QString problems() const;

    PolicyValuesSection *policyValues() const { return m_policyValues; }
    MetadataSection *metadata() const { return m_metadata; }

private:
    void refresh();

    ProjectDocument *m_document;
    QString m_tenantId;
    QLabel *m_problems;
    QList<ClaimsSection *> m_sections;
    PolicyValuesSection *m_policyValues;
    MetadataSection *m_metadata;
};

} // namespace Dashwright
