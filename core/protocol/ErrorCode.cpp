#include "protocol/ErrorCode.h"

#include <array>
#include <utility>

namespace tack::proto {
namespace {

struct ErrorInfo
{
    ErrorCode code;
    const char *name;
    bool retryable;
};

constexpr std::array kErrors{
    ErrorInfo{ErrorCode::BadFrame, "bad_frame", false},
    ErrorInfo{ErrorCode::TooLarge, "too_large", false},
    ErrorInfo{ErrorCode::BadVersion, "bad_version", false},
    ErrorInfo{ErrorCode::UnknownType, "unknown_type", false},
    ErrorInfo{ErrorCode::Unauthenticated, "unauthenticated", false},
    ErrorInfo{ErrorCode::TokenExpired, "token_expired", false},
    ErrorInfo{ErrorCode::SessionRevoked, "session_revoked", false},
    ErrorInfo{ErrorCode::BadCredentials, "bad_credentials", false},
    ErrorInfo{ErrorCode::AccountDisabled, "account_disabled", false},
    ErrorInfo{ErrorCode::Forbidden, "forbidden", false},
    ErrorInfo{ErrorCode::NotFound, "not_found", false},
    ErrorInfo{ErrorCode::InvalidArgs, "invalid_args", false},
    ErrorInfo{ErrorCode::UnknownMutation, "unknown_mutation", false},
    ErrorInfo{ErrorCode::Conflict, "conflict", false},
    ErrorInfo{ErrorCode::RecallWindow, "recall_window", false},
    ErrorInfo{ErrorCode::MustRefetch, "must_refetch", false},
    ErrorInfo{ErrorCode::OutOfOrder, "out_of_order", true},
    ErrorInfo{ErrorCode::RateLimited, "rate_limited", true},
    ErrorInfo{ErrorCode::Busy, "busy", true},
    ErrorInfo{ErrorCode::Internal, "internal", true},
};

const ErrorInfo &info(ErrorCode code)
{
    for (const auto &e : kErrors) {
        if (e.code == code)
            return e;
    }
    return kErrors.back();
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(info(code).name);
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const auto &e : kErrors) {
        if (name == QLatin1String(e.name))
            return e.code;
    }
    return std::nullopt;
}

bool isRetryable(ErrorCode code)
{
    return info(code).retryable;
}

} // namespace tack::proto
