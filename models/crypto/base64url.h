// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Dashwright::Base64Url {

// base64url without padding (RFC 7515 §2, RFC 4648 §5), as every JOSE segment is written.
QByteArray encode(QByteArrayView data);

// Strict: the URL alphabet only, no padding, no whitespace, and canonical trailing bits, so that
// exactly one text decodes to given bytes. Qt's decoder skips stray characters and accepts "QR" as
// well as "QQ" for "A" (DESIGN §8); a token that two parsers read differently is refused instead.
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace Dashwright::Base64Url
