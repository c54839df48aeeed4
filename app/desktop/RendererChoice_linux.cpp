#include "RendererChoice.h"

#include <QDir>

// Linux: a GPU the process can render with shows up as a DRM render node (/dev/dri/renderD128, ...).
// Without one, Mesa would fall back to llvmpipe, a software rasteriser that is slower than Qt Quick's
// software renderer for this interface.
bool gpuUnavailable()
{
    if (qEnvironmentVariableIntValue("LIBGL_ALWAYS_SOFTWARE") == 1)
        return true;
    return QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*")}, QDir::System).isEmpty();
}
