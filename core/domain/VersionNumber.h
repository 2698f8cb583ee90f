#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace relm {

/// A version string compared the way people read versions: numbers numerically (2.10 > 2.9),
/// missing parts as zero (2.3 == 2.3.0), and a pre-release (after '-') before its release
/// (3.0.0-rc.1 < 3.0.0). Build metadata after '+' is ignored.
class VersionNumber final {
public:
    explicit VersionNumber(const QString &text);

    QString text() const { return m_text; }
    bool isPreRelease() const { return !m_preRelease.isEmpty(); }
    /// The version without its pre-release part, e.g. 3.0.0 for 3.0.0-rc.1.
    QString releasePart() const;

    static int compare(const VersionNumber &a, const VersionNumber &b);
    friend bool operator<(const VersionNumber &a, const VersionNumber &b) { return compare(a, b) < 0; }
    friend bool operator==(const VersionNumber &a, const VersionNumber &b) { return compare(a, b) == 0; }

private:
    QString m_text;
    QList<QVariant> m_release;    ///< segments: qlonglong for digits, QString for letters
    QList<QVariant> m_preRelease; ///< empty for a release
};

/// A set of versions, written as comparators that must all hold, with "||" between alternatives:
/// ">=2.3 <3", "=2.3.1" (or just "2.3.1"), "!=2.4.0", ">1.0 || =0.9.5", "*" (any version).
/// A pre-release matches only a range that names a pre-release of the same release itself.
class VersionRange final {
public:
    static Result<VersionRange> parse(const QString &text);
    bool matches(const VersionNumber &version) const;
    bool matches(const QString &version) const { return matches(VersionNumber(version)); }
    QString text() const { return m_text; }

private:
    enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Any };
    struct Comparator {
        Op op;
        VersionNumber version;
    };
    QString m_text;
    QList<QList<Comparator>> m_alternatives;
};

} // namespace relm
