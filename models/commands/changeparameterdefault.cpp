// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeparameterdefault.h"

#include "document/projectdocument.h"

#include "document/columntype.h"

namespace Dashwright {

std::unique_ptr<ChangeParameterDefault>
ChangeParameterDefault::create(ProjectDocument *document, const QString &dashboardId,
                               const QString &parameterId, const QVariant &value, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<ChangeParameterDefault>();
    };
    const Parameter *parameter = document->parameter(dashboardId, parameterId);
    if (!parameter)
        return fail(tr("no such parameter"));
    const auto coerced = coerceValue(value, parameter->type);
    if (!coerced || coerced->isNull())
        return fail(tr("\"%1\" is not a valid %2 value")
                            .arg(value.toString(), columnTypeName(parameter->type)));
    if (!parameter->allowedValues.isEmpty() && !parameter->allowedValues.contains(*coerced))
        return fail(tr("\"%1\" is not one of the allowed values").arg(value.toString()));
    return std::unique_ptr<ChangeParameterDefault>(new ChangeParameterDefault(
            document, dashboardId, parameterId, parameter->defaultValue, *coerced));
}

ChangeParameterDefault::ChangeParameterDefault(ProjectDocument *document,
                                               const QString &dashboardId,
                                               const QString &parameterId, QVariant oldValue,
                                               QVariant newValue)
    : MergeableCommand(tr("Change parameter default"), false, nullptr)
    , m_document(document)
    , m_dashboardId(dashboardId)
    , m_parameterId(parameterId)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    setObsolete(m_oldValue == m_newValue);
}

bool ChangeParameterDefault::absorb(const ChangeParameterDefault &next)
{
    if (next.m_dashboardId != m_dashboardId || next.m_parameterId != m_parameterId)
        return false;
    m_newValue = next.m_newValue;
    setObsolete(m_oldValue == m_newValue);
    return true;
}

void ChangeParameterDefault::redo()
{
    apply(m_newValue);
}

void ChangeParameterDefault::undo()
{
    apply(m_oldValue);
}

void ChangeParameterDefault::apply(const QVariant &value)
{
    m_document->changeParameter(m_dashboardId, m_parameterId,
                                [&](Parameter &p) { p.defaultValue = value; });
}

} // namespace Dashwright
