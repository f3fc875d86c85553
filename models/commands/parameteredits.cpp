// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameteredits.h"

#include "commands/changeparameterdefault.h"
#include "commands/renameparameter.h"
#include "commands/setproperty.h"
#include "commands/undomacroguard.h"
#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Dashwright::ParameterEdits {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Dashwright::ParameterEdits)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The value people would pick first for a type: what a default falls back to.
QVariant plainValue(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QVariant(QString(u""_s));
    case ColumnType::Integer:
        return QVariant(qint64(0));
    case ColumnType::Number:
        return QVariant(0.0);
    case ColumnType::Date:
        return QVariant(QDate::currentDate());
    case ColumnType::DateTime:
        return QVariant(QDate::currentDate().startOfDay(Qt::UTC));
    case ColumnType::Boolean:
        return QVariant(false);
    }
    return {};
}

std::optional<QVariant> fromText(const QString &text, ColumnType type)
{
    return coerceValue(QVariant(type == ColumnType::Text ? text : text.trimmed()), type);
}

} // namespace

QString valueText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return value.toString();
    }
}

QString allowedValuesText(const Parameter &parameter)
{
    QStringList texts;
    for (const QVariant &value : parameter.allowedValues)
        texts.append(valueText(value));
    return texts.join(u", "_s);
}

Parameter newParameter(const Dashboard &dashboard)
{
    Parameter parameter;
    parameter.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int n = 1;; ++n) {
        parameter.name = u"parameter%1"_s.arg(n);
        if (!dashboard.parameterByName(parameter.name))
            break;
    }
    parameter.label = Text::tr("Parameter %1").arg(parameter.name.mid(9));
    parameter.type = ColumnType::Text;
    parameter.defaultValue = plainValue(ColumnType::Text);
    return parameter;
}

bool rename(ProjectDocument *document, const QString &dashboardId, const QString &parameterId,
            const QString &name, QString *error)
{
    const Dashboard *dashboard = document->dashboard(dashboardId);
    if (!dashboard || !dashboard->parameter(parameterId))
        return fail(error, Text::tr("No such parameter."));
    // The same rule as the validator's: tokens name parameters in JSON and policies in ${{ }}.
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]{0,63}$"_s);
    if (!identifier.match(name).hasMatch())
        return fail(error,
                    Text::tr("A parameter name is a letter or _ followed by letters, digits "
                             "or _."));
    const Parameter *other = dashboard->parameterByName(name);
    if (other && other->id != parameterId)
        return fail(error,
                    Text::tr("The dashboard already has a parameter named \"%1\".").arg(name));
    document->undoStack()->push(new RenameParameter(document, dashboardId, parameterId, name));
    return true;
}

bool setLabel(ProjectDocument *document, const QString &dashboardId, const QString &parameterId,
              const QString &label, QString *error)
{
    if (!document->parameter(dashboardId, parameterId))
        return fail(error, Text::tr("No such parameter."));
    document->undoStack()->push(new SetProperty(document, {dashboardId, parameterId},
                                                &Parameter::label, label,
                                                Text::tr("Change parameter label")));
    return true;
}

bool setRequiredInToken(ProjectDocument *document, const QString &dashboardId,
                        const QString &parameterId, bool required, QString *error)
{
    if (!document->parameter(dashboardId, parameterId))
        return fail(error, Text::tr("No such parameter."));
    document->undoStack()->push(
            new SetProperty(document, {dashboardId, parameterId}, &Parameter::requiredInToken,
                            required, Text::tr("Change whether a token must set the parameter")));
    return true;
}

bool setType(ProjectDocument *document, const QString &dashboardId, const QString &parameterId,
             ColumnType type, QString *error)
{
    const Parameter *parameter = document->parameter(dashboardId, parameterId);
    if (!parameter)
        return fail(error, Text::tr("No such parameter."));
    if (parameter->type == type)
        return true;

    QVariantList allowed;
    for (const QVariant &value : parameter->allowedValues) {
        if (auto converted = fromText(valueText(value), type))
            allowed.append(*converted);
    }
    // Keeping only some of the allowed values would widen nothing but change their meaning.
    if (allowed.size() != parameter->allowedValues.size())
        allowed.clear();
    QVariant defaultValue
            = fromText(valueText(parameter->defaultValue), type).value_or(plainValue(type));
    if (!allowed.isEmpty() && !allowed.contains(defaultValue))
        defaultValue = allowed.first();

    const ObjectRef ref{dashboardId, parameterId};
    UndoMacroGuard macro(document->undoStack(), Text::tr("Change parameter type"));
    document->undoStack()->push(new SetProperty(document, ref, &Parameter::type, type));
    if (allowed != parameter->allowedValues)
        document->undoStack()->push(
                new SetProperty(document, ref, &Parameter::allowedValues, allowed));
    if (defaultValue != parameter->defaultValue)
        document->undoStack()->push(
                new SetProperty(document, ref, &Parameter::defaultValue, defaultValue));
    return true;
}

bool setDefault(ProjectDocument *document, const QString &dashboardId, const QString &parameterId,
                const QString &text, QString *error)
{
    const Parameter *parameter = document->parameter(dashboardId, parameterId);
    if (!parameter)
        return fail(error, Text::tr("No such parameter."));
    // Required (DESIGN: a token that forgets the override falls back to the default, never to all
    // rows): an empty one would be a value nobody chose.
    if (text.trimmed().isEmpty())
        return fail(error, Text::tr("A parameter needs a default value."));
    const std::optional<QVariant> value = fromText(text, parameter->type);
    if (!value)
        return fail(error, Text::tr("\"%1\" is not a value of this parameter's type.").arg(text));
    std::unique_ptr<ChangeParameterDefault> command
            = ChangeParameterDefault::create(document, dashboardId, parameterId, *value, error);
    if (!command)
        return false;
    document->undoStack()->push(command.release());
    return true;
}

bool setAllowedValues(ProjectDocument *document, const QString &dashboardId,
                      const QString &parameterId, const QString &text, QString *error)
{
    const Parameter *parameter = document->parameter(dashboardId, parameterId);
    if (!parameter)
        return fail(error, Text::tr("No such parameter."));
    QVariantList values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        const std::optional<QVariant> value = fromText(trimmed, parameter->type);
        if (!value)
            return fail(error,
                        Text::tr("\"%1\" is not a value of this parameter's type.").arg(trimmed));
        if (!values.contains(*value))
            values.append(*value);
    }
    // The default is required and must stay one of the allowed values.
    if (!values.isEmpty() && !values.contains(parameter->defaultValue))
        return fail(error,
                    Text::tr("The allowed values must include the default, %1.")
                            .arg(valueText(parameter->defaultValue)));
    document->undoStack()->push(new SetProperty(document, {dashboardId, parameterId},
                                                &Parameter::allowedValues, values,
                                                Text::tr("Change allowed values")));
    return true;
}

} // namespace Dashwright::ParameterEdits
