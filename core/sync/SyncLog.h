#pragma once

#include <QLoggingCategory>

namespace tack::sync {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
}
