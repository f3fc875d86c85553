// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "renameparameter.h"

#include "document/projectdocument.h"

#include <QUndoStack>

namespace Dashwright {

RenameParameter::RenameParameter(ProjectDocument *document, const QString &dashboardId,
                                 const QString &parameterId, const QString &name,
                                 QUndoCommand *parent)
    : MergeableCommand(tr("Rename parameter"), false, parent)
    , m_document(document)
    , m_dashboardId(dashboardId)
    , m_parameterId(parameterId)
    , m_newName(name)
{
    const Parameter *parameter = document->parameter(dashboardId, parameterId);
    Q_ASSERT(parameter);
    m_oldName = parameter->name;
    m_originalName = m_oldName;
    // Typing pushes one rename per keystroke, and QUndoStack merges each into the one before when
    // that is on top and not the saved state (QUndoStack::push). Then this step continues that
    // one: it starts from its original name and its record of the profiles.
    const QUndoStack *stack = document->undoStack();
    if (!parent && stack->index() > 0 && stack->index() == stack->count()
        && stack->index() != stack->cleanIndex()) {
        const auto *previous
                = dynamic_cast<const RenameParameter *>(stack->command(stack->index() - 1));
        if (previous && previous->m_dashboardId == dashboardId
            && previous->m_parameterId == parameterId) {
            m_originalName = previous->m_originalName;
            m_before = previous->m_before;
        }
    }
    setObsolete(m_oldName == m_newName);
}

bool RenameParameter::absorb(const RenameParameter &next)
{
    if (next.m_dashboardId != m_dashboardId || next.m_parameterId != m_parameterId)
        return false;
    m_newName = next.m_newName;
    // next started from this command's record, so its record is the whole story.
    m_before = next.m_before;
    m_after = next.m_after;
    setObsolete(m_oldName == m_newName);
    return true;
}

void RenameParameter::redo()
{
    setName(m_newName);
    if (m_done) {
        restore(m_after);
        return;
    }
    renameOverrides();
    m_done = true;
}

void RenameParameter::undo()
{
    setName(m_oldName);
    restore(m_before);
}

void RenameParameter::setName(const QString &name)
{
    m_document->changeParameter(m_dashboardId, m_parameterId, [&](Parameter &p) { p.name = name; });
}

void RenameParameter::restore(const QHash<QString, nlohmann::ordered_json> &claims)
{
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (m_document->project().tenant(it.key()))
            m_document->changeTenant(it.key(),
                                     [&](TenantProfile &profile) { profile.claims = it.value(); });
    }
}

void RenameParameter::renameOverrides()
{
    // Undo what earlier keystrokes did to the profiles, then rename from the original name.
    restore(m_before);
    bool shared = false;
    for (const Dashboard &dashboard : m_document->project().dashboards) {
        // Another dashboard's parameter of the original name still uses the profiles' key.
        if (dashboard.id != m_dashboardId && dashboard.parameterByName(m_originalName))
            shared = true;
    }
    const std::string oldKey = m_originalName.toStdString();
    const std::string newKey = m_newName.toStdString();
    if (!shared && oldKey != newKey) {
        for (const TenantProfile &tenant : m_document->project().tenants) {
            const auto overrides = tenant.claims.find("parameter_overrides");
            if (overrides == tenant.claims.end() || !overrides->is_object()
                || !overrides->contains(oldKey) || overrides->contains(newKey))
                continue;
            if (!m_before.contains(tenant.id))
                m_before.insert(tenant.id, tenant.claims);
            m_document->changeTenant(tenant.id, [&](TenantProfile &profile) {
                // Rebuilt rather than erased and added, so that the key keeps its place.
                auto &members = profile.claims["parameter_overrides"];
                nlohmann::ordered_json renamed = nlohmann::ordered_json::object();
                for (auto it = members.begin(); it != members.end(); ++it)
                    renamed[it.key() == oldKey ? newKey : it.key()] = std::move(it.value());
                members = std::move(renamed);
            });
        }
    }
    m_after.clear();
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        if (const TenantProfile *tenant = m_document->project().tenant(it.key()))
            m_after.insert(it.key(), tenant->claims);
    }
}

} // namespace Dashwright
