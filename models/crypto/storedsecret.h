// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dashwright {

// A password or API key that an account refers to by id (Account::secretId). The project file never
// holds one; the keystore does.
struct StoredSecret
{
    enum class Kind { Password, ApiKey };

    QString id;
    Kind kind = Kind::Password;
    QString value;

    bool operator==(const StoredSecret &) const = default;
};

} // namespace Dashwright
