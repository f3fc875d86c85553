// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtervalue.h"

#include "common/printable.h"
#include "jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

Problems checkFilterValue(FilterExpression expression, const QVariant &value, const Column &column,
                          const QString &path)
{
    const int arity = filterExpressionArity(expression);
    const QString text = filterExpressionText(expression);
    const bool hasValue = value.isValid() && !value.isNull();
    if (arity == 0)
        return hasValue ? Problems{{path, u"expression \"%1\" takes no value"_s.arg(text)}}
                        : Problems{};
    if (!hasValue)
        return {{path, u"expression \"%1\" needs a value"_s.arg(text)}};
    const bool isList = value.typeId() == QMetaType::QVariantList;
    const QVariantList values = isList ? value.toList() : QVariantList{value};
    if (arity == 1 && isList)
        return {{path, u"expression \"%1\" takes one value, not a list"_s.arg(text)}};
    if (arity == 2 && (!isList || values.size() != 2))
        return {{path, u"\"? between ?\" takes a list of two values"_s}};
    if (arity == -1 && (!isList || values.isEmpty()))
        return {{path, u"\"%1\" takes a non-empty list of values"_s.arg(text)}};
    // A LIKE pattern is text whatever the column's type.
    const ColumnType type = expression == FilterExpression::Like ? ColumnType::Text : column.type;
    Problems problems;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!coerceValue(values[i], type))
            problems.append({isList ? jsonPathIndex(path, i) : path,
                             u"is not a valid %1 value for column %2"_s.arg(columnTypeName(type),
                                                                            quoted(column.name))});
    }
    return problems;
}

} // namespace Dashwright
