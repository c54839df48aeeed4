#include "RendererChoice.h"

// Windows and macOS always offer a hardware path (Direct3D 11, Metal), which Qt Quick picks by itself.
bool gpuUnavailable()
{
    return false;
}
