#pragma once

#include <QString>
#include <optional>

namespace tack::proto {

// Typed protocol errors; the wire names and retry rules are in docs/protocol.md section 7.
enum class ErrorCode
{
    BadFrame,
    TooLarge,
    BadVersion,
    UnknownType,
    Unauthenticated,
    TokenExpired,
    SessionRevoked,
    BadCredentials,
    AccountDisabled,
    Forbidden,
    NotFound,
    InvalidArgs,
    UnknownMutation,
    Conflict,
    RecallWindow,
    MustRefetch,
    OutOfOrder,
    RateLimited,
    Busy,
    Internal,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);
bool isRetryable(ErrorCode code);

// An error as carried by an `error` frame.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    int retryAfter = 0; // seconds before trying again (`retry_after` on the wire; rate_limited), 0 for none

    bool retryable() const { return isRetryable(code); }
};

} // namespace tack::proto
