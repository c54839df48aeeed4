#include "sync/SyncLog.h"

namespace tack::sync {
Q_LOGGING_CATEGORY(lcSync, "tack.sync", QtWarningMsg)
}
