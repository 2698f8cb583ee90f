#pragma once

#include "domain/Vocabulary.h"

#include <QColor>
#include <QIcon>

namespace relm {

/// Relm's icons: the desktop theme's where it has one, our SVGs in resources/ otherwise, and small
/// painted badges for statuses and release types (colour plus a letter, never colour alone).
namespace Icons {
QIcon application();
QIcon package();
QIcon component();
QIcon release();
QIcon releaseType(ReleaseType type);
QIcon status(ReleaseStatus status);
/// The colour that stands for a status, chosen to read on light and dark backgrounds.
QColor statusColor(ReleaseStatus status);
} // namespace Icons

} // namespace relm
