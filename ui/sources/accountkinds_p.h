// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to ui/sources: the three kinds of account AccountKind::of() knows.

#include "accountkind.h"

namespace Dashwright {

class SqliteKind final : public AccountKind
{
public:
    AccountType type() const override { return AccountType::Sqlite; }
    QString label() const override;
    QString summary(const Account &account) const override;
    AccountPage *createPage(QWidget *parent) const override;
    QList<OverrideField> overrideFields(const Account &account) const override;
};

class PostgresqlKind final : public AccountKind
{
public:
    AccountType type() const override { return AccountType::Postgresql; }
    QString label() const override;
    QString summary(const Account &account) const override;
    QString details(const Account &account) const override;
    AccountPage *createPage(QWidget *parent) const override;
    QList<OverrideField> overrideFields(const Account &account) const override;
};

class PluginKind final : public AccountKind
{
public:
    AccountType type() const override { return AccountType::Plugin; }
    QString label() const override;
    QString summary(const Account &account) const override;
    AccountPage *createPage(QWidget *parent) const override;
    QList<OverrideField> overrideFields(const Account &account) const override;
};

} // namespace Dashwright
