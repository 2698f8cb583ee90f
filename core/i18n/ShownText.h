#pragma once

#include <QString>

namespace relm {

/// Text cut to at most `most` characters for a summary or a heading, ending in "…" when it was
/// cut, so that a reader can tell a shortened name from a whole one.
inline QString shortened(const QString &text, qsizetype most) {
    if (text.size() <= most)
        return text;
    return text.left(most - 1).trimmed() + QChar(0x2026);
}

} // namespace relm
