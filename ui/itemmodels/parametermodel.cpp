// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parametermodel.h"

#include "commands/parameteredits.h"
#include "document/projectdocument.h"
#include "typelabels.h"

namespace Dashwright {

ParameterModel::ParameterModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::projectAboutToBeReset, this, [this] {
        beginResetModel();
        m_dashboardId.clear();
    });
    connect(document, &ProjectDocument::projectReset, this, &ParameterModel::endResetModel);
    connect(document, &ProjectDocument::dashboardAboutToBeRemoved, this, [this](int row) {
        if (isShown(row))
            setDashboardId(QString());
    });
    connect(document, &ProjectDocument::parameterAboutToBeAdded, this,
            [this](int dashboardRow, int row) {
                if (isShown(dashboardRow)) {
                    const int count = rowCount();
                    beginInsertRows({}, row < 0 ? count : row, row < 0 ? count : row);
                }
            });
    connect(document, &ProjectDocument::parameterAdded, this, [this](int dashboardRow) {
        if (isShown(dashboardRow))
            endInsertRows();
    });
    connect(document, &ProjectDocument::parameterAboutToBeRemoved, this,
            [this](int dashboardRow, int row) {
                if (isShown(dashboardRow))
                    beginRemoveRows({}, row, row);
            });
    connect(document, &ProjectDocument::parameterRemoved, this, [this](int dashboardRow) {
        if (isShown(dashboardRow))
            endRemoveRows();
    });
    connect(document, &ProjectDocument::parameterChanged, this,
            [this](const QString &dashboardId, const QString &parameterId) {
                const int row = dashboardId == m_dashboardId ? rowOf(parameterId) : -1;
                if (row >= 0)
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            });
}

bool ParameterModel::isShown(int dashboardRow) const
{
    return !m_dashboardId.isEmpty() && dashboardRow == m_document->dashboardIndex(m_dashboardId);
}

void ParameterModel::setDashboardId(const QString &dashboardId)
{
    if (dashboardId == m_dashboardId)
        return;
    beginResetModel();
    m_dashboardId = dashboardId;
    endResetModel();
}

QString ParameterModel::parameterId(int row) const
{
    const Dashboard *dashboard = m_document->dashboard(m_dashboardId);
    return dashboard && row >= 0 && row < dashboard->parameters.size()
            ? dashboard->parameters.at(row).id
            : QString();
}

int ParameterModel::rowOf(const QString &parameterId) const
{
    return m_document->parameterIndex(m_dashboardId, parameterId);
}

int ParameterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const Dashboard *dashboard = m_document->dashboard(m_dashboardId);
    return dashboard ? int(dashboard->parameters.size()) : 0;
}

int ParameterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Parameter &parameter = m_document->dashboard(m_dashboardId)->parameters.at(index.row());
    if (role == IdRole)
        return parameter.id;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("Tokens override this parameter as \"%1\".").arg(parameter.name);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return parameter.name;
    case LabelColumn:
        return parameter.label;
    case TypeColumn:
        return role == Qt::EditRole ? QVariant(int(parameter.type))
                                    : QVariant(columnTypeLabel(parameter.type));
    case DefaultColumn:
        return ParameterEdits::valueText(parameter.defaultValue);
    case AllowedColumn:
        if (role == Qt::DisplayRole && parameter.allowedValues.isEmpty())
            return tr("any");
        return ParameterEdits::allowedValuesText(parameter);
    }
    return {};
}

bool ParameterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString id = parameterId(index.row());
    QString error;
    bool ok = false;
    switch (index.column()) {
    case NameColumn:
        ok = ParameterEdits::rename(m_document, m_dashboardId, id, value.toString().trimmed(),
                                    &error);
        break;
    case LabelColumn:
        ok = ParameterEdits::setLabel(m_document, m_dashboardId, id, value.toString(), &error);
        break;
    case TypeColumn: {
        bool isInt = false;
        const int type = value.toInt(&isInt);
        if (!isInt || type < int(ColumnType::Text) || type > int(ColumnType::Boolean))
            error = tr("Unknown type.");
        else
            ok = ParameterEdits::setType(m_document, m_dashboardId, id, ColumnType(type), &error);
        break;
    }
    case DefaultColumn:
        ok = ParameterEdits::setDefault(m_document, m_dashboardId, id, value.toString(), &error);
        break;
    case AllowedColumn:
        ok = ParameterEdits::setAllowedValues(m_document, m_dashboardId, id, value.toString(),
                                              &error);
        break;
    }
    if (!ok && !error.isEmpty())
        Q_EMIT editRefused(error);
    return ok;
}

QVariant ParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LabelColumn:
        return tr("Label");
    case TypeColumn:
        return tr("Type");
    case DefaultColumn:
        return tr("Default");
    case AllowedColumn:
        return tr("Allowed values");
    }
    return {};
}

Qt::ItemFlags ParameterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace Dashwright
