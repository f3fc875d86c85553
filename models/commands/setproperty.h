// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mergeablecommand.h"

#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QString>

#include <type_traits>

namespace Dashwright {

// Which object a property edit is about: a widget or parameter by its dashboard and its own id;
// a dashboard, dataset, account or tenant profile by its id alone (dashboardId empty); the project
// by neither.
struct ObjectRef
{
    QString dashboardId;
    QString id;

    bool operator==(const ObjectRef &) const = default;
};

// The one command for editing a field of a widget, parameter, dashboard, dataset, account, tenant
// profile or the project itself, e.g.
//     stack->push(new SetProperty(doc, {dashboardId, widgetId}, &Widget::title, title));
// Repeated edits of the same field of the same object merge into one step (typing a title is one
// undo), and an edit whose net effect is nothing makes itself obsolete, so QUndoStack drops it.
// Fields with rules of their own (a parameter's name and default) have their own commands, and the
// project's lists of accounts, datasets and dashboards change through add/remove commands, whose
// begin/end signals item models need.
template<typename Object, typename Value>
class SetProperty final : public MergeableCommand<MergeId::SetProperty, SetProperty<Object, Value>>
{
public:
    using Member = Value Object::*;

    SetProperty(ProjectDocument *document, ObjectRef ref, Member member, Value value,
                const QString &text = QString(), QUndoCommand *parent = nullptr)
        : MergeableCommand<MergeId::SetProperty, SetProperty<Object, Value>>(
                text.isEmpty()
                        ? QCoreApplication::translate("Dashwright::SetProperty", "Change property")
                        : text,
                false, parent)
        , m_document(document)
        , m_ref(std::move(ref))
        , m_member(member)
        , m_new(std::move(value))
    {
        const Object *object = find();
        Q_ASSERT(object);
        m_old = object->*m_member;
        this->setObsolete(m_old == m_new);
    }

    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }

    bool absorb(const SetProperty &next)
    {
        if (next.m_ref != m_ref || next.m_member != m_member)
            return false;
        m_new = next.m_new;
        this->setObsolete(m_old == m_new);
        return true;
    }

    const Value &oldValue() const { return m_old; }
    const Value &newValue() const { return m_new; }

private:
    const Object *find() const
    {
        if constexpr (std::is_same_v<Object, Widget>)
            return m_document->widget(m_ref.dashboardId, m_ref.id);
        else if constexpr (std::is_same_v<Object, Parameter>)
            return m_document->parameter(m_ref.dashboardId, m_ref.id);
        else if constexpr (std::is_same_v<Object, Dashboard>)
            return m_document->dashboard(m_ref.id);
        else if constexpr (std::is_same_v<Object, Dataset>)
            return m_document->dataset(m_ref.id);
        else if constexpr (std::is_same_v<Object, Project>)
            return &m_document->project();
        else if constexpr (std::is_same_v<Object, TenantProfile>)
            return m_document->tenant(m_ref.id);
        else {
            static_assert(std::is_same_v<Object, Account>, "no such document object");
            return m_document->account(m_ref.id);
        }
    }

    void apply(const Value &value)
    {
        const auto set = [&](Object &object) { object.*m_member = value; };
        if constexpr (std::is_same_v<Object, Widget>)
            m_document->changeWidget(m_ref.dashboardId, m_ref.id, set);
        else if constexpr (std::is_same_v<Object, Parameter>)
            m_document->changeParameter(m_ref.dashboardId, m_ref.id, set);
        else if constexpr (std::is_same_v<Object, Dashboard>)
            m_document->changeDashboard(m_ref.id, set);
        else if constexpr (std::is_same_v<Object, Dataset>)
            m_document->changeDataset(m_ref.id, set);
        else if constexpr (std::is_same_v<Object, Project>)
            m_document->changeProject(set);
        else if constexpr (std::is_same_v<Object, TenantProfile>)
            m_document->changeTenant(m_ref.id, set);
        else
            m_document->changeAccount(m_ref.id, set);
    }

    ProjectDocument *m_document;
    ObjectRef m_ref;
    Member m_member;
    Value m_old;
    Value m_new;
};

template<typename Value>
using SetWidgetProperty = SetProperty<Widget, Value>;
template<typename Value>
using SetParameterProperty = SetProperty<Parameter, Value>;
template<typename Value>
using SetDashboardProperty = SetProperty<Dashboard, Value>;
template<typename Value>
using SetTenantProperty = SetProperty<TenantProfile, Value>;

} // namespace Dashwright
