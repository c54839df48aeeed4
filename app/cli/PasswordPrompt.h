#pragma once

#include <QString>
#include <optional>

namespace tack::cli {

// The password for `login`: TACK_PASSWORD when set, else a prompt without echo when stdin is a terminal.
// Empty optional when neither is possible; `error` then says why.
std::optional<QString> readPassword(const QString &login, QString *error);

} // namespace tack::cli
