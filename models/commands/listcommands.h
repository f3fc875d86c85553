// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace Dashwright {

// Where each list of the project lives, for the one pair of add/remove commands below: accounts,
// datasets, dashboards and tenant profiles at the top of the project, parameters and widgets inside
// a dashboard (`nested`, found by the dashboard's id). A kind of object added later needs a traits
// block here, not two more command classes. The command texts are translated under one context per
// command ("Dashwright::AddAccount", …), which the .ts files carry.
template<typename T>
struct ListTraits;

template<>
struct ListTraits<Account>
{
    static constexpr bool nested = false;
    static constexpr const char *addContext = "Dashwright::AddAccount";
    static constexpr const char *addText
            = QT_TRANSLATE_NOOP("Dashwright::AddAccount", "Add account");
    static constexpr const char *removeContext = "Dashwright::RemoveAccount";
    static constexpr const char *removeText
            = QT_TRANSLATE_NOOP("Dashwright::RemoveAccount", "Remove account");
    static constexpr auto list = &Project::accounts;
    static constexpr auto indexOf = &ProjectDocument::accountIndex;
    static constexpr auto insert = &ProjectDocument::insertAccount;
    static constexpr auto take = &ProjectDocument::takeAccount;
};

template<>
struct ListTraits<Dataset>
{
    static constexpr bool nested = false;
    static constexpr const char *addContext = "Dashwright::AddDataset";
    static constexpr const char *addText
            = QT_TRANSLATE_NOOP("Dashwright::AddDataset", "Add dataset");
    static constexpr const char *removeContext = "Dashwright::RemoveDataset";
    static constexpr const char *removeText
            = QT_TRANSLATE_NOOP("Dashwright::RemoveDataset", "Remove dataset");
    static constexpr auto list = &Project::datasets;
    static constexpr auto indexOf = &ProjectDocument::datasetIndex;
    static constexpr auto insert = &ProjectDocument::insertDataset;
    static constexpr auto take = &ProjectDocument::takeDataset;
};

template<>
struct ListTraits<Dashboard>
{
    static constexpr bool nested = false;
    static constexpr const char *addContext = "Dashwright::AddDashboard";
    static constexpr const char *addText
            = QT_TRANSLATE_NOOP("Dashwright::AddDashboard", "Add dashboard");
    static constexpr const char *removeContext = "Dashwright::RemoveDashboard";
    static constexpr const char *removeText
            = QT_TRANSLATE_NOOP("Dashwright::RemoveDashboard", "Remove dashboard");
    static constexpr auto list = &Project::dashboards;
    static constexpr auto indexOf = &ProjectDocument::dashboardIndex;
    static constexpr auto insert = &ProjectDocument::insertDashboard;
    static constexpr auto take = &ProjectDocument::takeDashboard;
};

template<>
struct ListTraits<TenantProfile>
{
    static constexpr bool nested = false;
    static constexpr const char *addContext = "Dashwright::AddTenant";
    static constexpr const char *addText
            = QT_TRANSLATE_NOOP("Dashwright::AddTenant", "Add tenant profile");
    static constexpr const char *removeContext = "Dashwright::RemoveTenant";
    static constexpr const char *removeText
            = QT_TRANSLATE_NOOP("Dashwright::RemoveTenant", "Remove tenant profile");
    static constexpr auto list = &Project::tenants;
    static constexpr auto indexOf = &ProjectDocument::tenantIndex;
    static constexpr auto insert = &ProjectDocument::insertTenant;
    static constexpr auto take = &ProjectDocument::takeTenant;
};

template<>
struct ListTraits<Parameter>
{
    static constexpr bool nested = true;
    static constexpr const char *addContext = "Dashwright::AddParameter";
    static constexpr const char *addText
            = QT_TRANSLATE_NOOP("Dashwright::AddParameter", "Add parameter");
    static constexpr const char *removeContext = "Dashwright::RemoveParameter";
    static constexpr const char *removeText
            = QT_TRANSLATE_NOOP("Dashwright::RemoveParameter", "Remove parameter");
    static constexpr auto list = &Dashboard::parameters;
    static constexpr auto indexOf = &ProjectDocument::parameterIndex;
    static constexpr auto insert = &ProjectDocument::insertParameter;
    static constexpr auto take = &ProjectDocument::takeParameter;
};

template<>
struct ListTraits<Widget>
{
    static constexpr bool nested = true;
    static constexpr const char *addContext = "Dashwright::AddWidget";
    static constexpr const char *addText = QT_TRANSLATE_NOOP("Dashwright::AddWidget", "Add widget");
    static constexpr const char *removeContext = "Dashwright::RemoveWidget";
    static constexpr const char *removeText
            = QT_TRANSLATE_NOOP("Dashwright::RemoveWidget", "Remove widget");
    static constexpr auto list = &Dashboard::widgets;
    static constexpr auto indexOf = &ProjectDocument::widgetIndex;
    static constexpr auto insert = &ProjectDocument::insertWidget;
    static constexpr auto take = &ProjectDocument::takeWidget;
};

// The position of one list: the project's own, or one dashboard's (by id, looked up at each
// redo/undo, since earlier commands on the stack may have moved the dashboard).
template<typename T>
class ListPlace
{
public:
    using Traits = ListTraits<T>;

    ListPlace(ProjectDocument *document, QString dashboardId)
        : m_document(document)
        , m_dashboardId(std::move(dashboardId))
    { }

    int count() const
    {
        if constexpr (Traits::nested)
            return int((m_document->project().dashboards[dashboardRow()].*Traits::list).size());
        else
            return int((m_document->project().*Traits::list).size());
    }
    int indexOf(const QString &id) const
    {
        if constexpr (Traits::nested)
            return (m_document->*Traits::indexOf)(m_dashboardId, id);
        else
            return (m_document->*Traits::indexOf)(id);
    }
    void insert(int row, T object) const
    {
        if constexpr (Traits::nested)
            (m_document->*Traits::insert)(dashboardRow(), row, std::move(object));
        else
            (m_document->*Traits::insert)(row, std::move(object));
    }
    T take(int row) const
    {
        if constexpr (Traits::nested)
            return (m_document->*Traits::take)(dashboardRow(), row);
        else
            return (m_document->*Traits::take)(row);
    }

private:
    int dashboardRow() const
    {
        const int row = m_document->dashboardIndex(m_dashboardId);
        Q_ASSERT(row >= 0);
        return row;
    }

    ProjectDocument *m_document;
    QString m_dashboardId;
};

// Adds an object to its list at a row (-1: at the end). The command keeps its own copy, so that
// redo after undo inserts exactly the same object.
//     push(new AddAccount(document, account));
//     push(new AddWidget(document, dashboardId, widget));
template<typename T>
class AddToList : public QUndoCommand
{
public:
    AddToList(ProjectDocument *document, T object, int row = -1,
              QUndoCommand *parent = nullptr) requires(!ListTraits<T>::nested)
        : AddToList(ListPlace<T>(document, {}), std::move(object), row, parent)
    { }
    AddToList(ProjectDocument *document, const QString &dashboardId, T object, int row = -1,
              QUndoCommand *parent = nullptr) requires(ListTraits<T>::nested)
        : AddToList(ListPlace<T>(document, dashboardId), std::move(object), row, parent)
    { }

    void redo() override
    {
        // Resolved now rather than at construction: commands built ahead under one parent would
        // otherwise all aim at the same "end".
        m_row = m_requestedRow < 0 ? m_place.count() : m_requestedRow;
        m_place.insert(m_row, m_object);
    }
    void undo() override { m_object = m_place.take(m_row); }

private:
    AddToList(ListPlace<T> place, T object, int row, QUndoCommand *parent)
        : QUndoCommand(
                QCoreApplication::translate(ListTraits<T>::addContext, ListTraits<T>::addText),
                parent)
        , m_place(std::move(place))
        , m_object(std::move(object))
        , m_requestedRow(row)
    { }

    ListPlace<T> m_place;
    T m_object;
    int m_requestedRow;
    int m_row = -1;
};

// Removes an object from its list by id, keeping it (and its row) to put it back on undo. What
// depends on it (datasets on an account, widgets on a dataset) is the caller's to remove first,
// in one macro.
template<typename T>
class RemoveFromList : public QUndoCommand
{
public:
    RemoveFromList(ProjectDocument *document, const QString &id,
                   QUndoCommand *parent = nullptr) requires(!ListTraits<T>::nested)
        : RemoveFromList(ListPlace<T>(document, {}), id, parent)
    { }
    RemoveFromList(ProjectDocument *document, const QString &dashboardId, const QString &id,
                   QUndoCommand *parent = nullptr) requires(ListTraits<T>::nested)
        : RemoveFromList(ListPlace<T>(document, dashboardId), id, parent)
    { }

    void redo() override
    {
        m_row = m_place.indexOf(m_id);
        Q_ASSERT(m_row >= 0);
        m_removed = m_place.take(m_row);
    }
    void undo() override
    {
        Q_ASSERT(m_removed);
        m_place.insert(m_row, std::move(*m_removed));
        m_removed.reset();
    }

private:
    RemoveFromList(ListPlace<T> place, const QString &id, QUndoCommand *parent)
        : QUndoCommand(QCoreApplication::translate(ListTraits<T>::removeContext,
                                                   ListTraits<T>::removeText),
                       parent)
        , m_place(std::move(place))
        , m_id(id)
    { }

    ListPlace<T> m_place;
    QString m_id;
    std::optional<T> m_removed;
    int m_row = -1;
};

using AddAccount = AddToList<Account>;
using AddDataset = AddToList<Dataset>;
using AddDashboard = AddToList<Dashboard>;
using AddTenant = AddToList<TenantProfile>;
using AddParameter = AddToList<Parameter>;
using AddWidget = AddToList<Widget>;
using RemoveAccount = RemoveFromList<Account>;
using RemoveDataset = RemoveFromList<Dataset>;
using RemoveDashboard = RemoveFromList<Dashboard>;
using RemoveTenant = RemoveFromList<TenantProfile>;
using RemoveParameter = RemoveFromList<Parameter>;
using RemoveWidget = RemoveFromList<Widget>;

} // namespace Dashwright
