// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account.h"

#include "enumnames.h"

namespace Dashwright {

namespace {
constexpr std::pair<AccountType, const char16_t *> accountTypeNames[] = {
        {AccountType::Sqlite, u"sqlite"},
        {AccountType::Postgresql, u"postgresql"},
        {AccountType::Plugin, u"plugin"},
};
} // namespace

QString accountTypeName(AccountType type)
{
    return detail::nameOf(accountTypeNames, type);
}

std::optional<AccountType> accountTypeFromName(QStringView name)
{
    return detail::valueOf(accountTypeNames, name);
}

} // namespace Dashwright
