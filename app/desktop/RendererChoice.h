#pragma once

#include <QString>

// Picks the Qt Quick scene graph backend before the first window exists.
//
// "auto" keeps Qt's hardware-accelerated default where a GPU is present. Where the only OpenGL would be
// a software rasteriser (shared terminals, thin clients and virtual machines without a GPU), Qt Quick's
// own software renderer starts about twice as fast and needs half the memory, so "auto" picks it there.
// "gpu" and "software" force one or the other. Returns an error text for an unknown choice.
QString applyRendererChoice(const QString &choice);

// What the platform file decides for "auto": true when no GPU device is available to this process.
bool gpuUnavailable();
