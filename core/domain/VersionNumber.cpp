#include "VersionNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// Splits "rc1.2b" into segments: runs of digits become numbers, runs of other characters text.
QList<QVariant> segments(QStringView text) {
    QList<QVariant> result;
    QString run;
    bool digits = false;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        result.append(digits ? QVariant(run.toLongLong()) : QVariant(run.toLower()));
        run.clear();
    };
    for (QChar c : text) {
        if (c == u'.' || c == u'_') {
            flush();
            continue;
        }
        const bool isDigit = c.isDigit();
        if (!run.isEmpty() && isDigit != digits)
            flush();
        digits = isDigit;
        run.append(c);
    }
    flush();
    return result;
}

int compareSegment(const QVariant &a, const QVariant &b) {
    const bool aNumber = a.typeId() == QMetaType::LongLong;
    const bool bNumber = b.typeId() == QMetaType::LongLong;
    if (aNumber && bNumber)
        return a.toLongLong() < b.toLongLong() ? -1 : a.toLongLong() > b.toLongLong() ? 1 : 0;
    if (aNumber != bNumber)
        return aNumber ? 1 : -1; // "1.0.1" after "1.0.beta"
    return QString::compare(a.toString(), b.toString());
}

int compareLists(const QList<QVariant> &a, const QList<QVariant> &b, bool padWithZero) {
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!padWithZero && (i >= a.size() || i >= b.size()))
            return i >= a.size() ? -1 : 1; // a shorter pre-release sorts first (rc < rc.1)
        const QVariant x = i < a.size() ? a.at(i) : QVariant(qlonglong(0));
        const QVariant y = i < b.size() ? b.at(i) : QVariant(qlonglong(0));
        if (const int c = compareSegment(x, y))
            return c;
    }
    return 0;
}

} // namespace

VersionNumber::VersionNumber(const QString &text)
    : m_text(text.trimmed()) {
    QStringView view(m_text);
    if (const auto plus = view.indexOf(u'+'); plus >= 0)
        view = view.left(plus);
    if (view.startsWith(u'v') || view.startsWith(u'V')) {
        if (view.size() > 1 && view.at(1).isDigit())
            view = view.mid(1);
    }
    const auto dash = view.indexOf(u'-');
    m_release = segments(dash >= 0 ? view.left(dash) : view);
    if (dash >= 0)
        m_preRelease = segments(view.mid(dash + 1));
}

QString VersionNumber::releasePart() const {
    const auto dash = m_text.indexOf(u'-');
    return dash >= 0 ? m_text.left(dash) : m_text;
}

int VersionNumber::compare(const VersionNumber &a, const VersionNumber &b) {
    if (const int c = compareLists(a.m_release, b.m_release, true))
        return c;
    if (a.m_preRelease.isEmpty() != b.m_preRelease.isEmpty())
        return a.m_preRelease.isEmpty() ? 1 : -1;
    return compareLists(a.m_preRelease, b.m_preRelease, false);
}

Result<VersionRange> VersionRange::parse(const QString &text) {
    static const QRegularExpression comparator(u"^(>=|<=|!=|==|=|>|<)?\\s*([0-9A-Za-z][0-9A-Za-z.+_-]*)$"_s);
    VersionRange range;
    range.m_text = text.simplified();
    if (range.m_text.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("relm::VersionRange", "A version range is empty; use e.g. "
                                                                           "\u201C>=2.3 <3\u201D or \u201C*\u201D."));
    for (const QString &alternative : range.m_text.split(u"||"_s)) {
        QList<Comparator> all;
        // ">= 2.3" may be written with a space: join operators to their version first.
        QString normalised = alternative.trimmed();
        static const QRegularExpression spaceAfterOperator(u"(>=|<=|!=|==|=|>|<)\\s+"_s);
        normalised.replace(spaceAfterOperator, u"\\1"_s);
        for (const QString &part : normalised.split(u' ', Qt::SkipEmptyParts)) {
            if (part == u"*"_s) {
                all.append({Op::Any, VersionNumber(QString())});
                continue;
            }
            const auto match = comparator.match(part);
            if (!match.hasMatch())
                return makeError(ErrorCode::Invalid,
                                 QCoreApplication::translate("relm::VersionRange",
                                                             "\u201C%1\u201D in the range \u201C%2\u201D is not a "
                                                             "comparison; write e.g. >=2.3, <3, =2.3.1 or *.")
                                     .arg(part, range.m_text));
            const QString op = match.captured(1);
            const Op kind = op == u">="_s   ? Op::GreaterEqual
                            : op == u"<="_s ? Op::LessEqual
                            : op == u"!="_s ? Op::NotEqual
                            : op == u">"_s  ? Op::Greater
                            : op == u"<"_s  ? Op::Less
                                            : Op::Equal;
            all.append({kind, VersionNumber(match.captured(2))});
        }
        if (all.isEmpty())
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("relm::VersionRange", "The range \u201C%1\u201D has an empty "
                                                                               "alternative around \u201C||\u201D.")
                                 .arg(range.m_text));
        range.m_alternatives.append(all);
    }
    return range;
}

bool VersionRange::matches(const VersionNumber &version) const {
    for (const auto &alternative : m_alternatives) {
        bool all = true;
        bool namesThisPreRelease = false;
        for (const Comparator &c : alternative) {
            if (c.op != Op::Any && c.version.isPreRelease() &&
                VersionNumber(c.version.releasePart()) == VersionNumber(version.releasePart()))
                namesThisPreRelease = true;
            const int cmp = c.op == Op::Any ? 0 : VersionNumber::compare(version, c.version);
            switch (c.op) {
            case Op::Any:
                break;
            case Op::Equal:
                all = all && cmp == 0;
                break;
            case Op::NotEqual:
                all = all && cmp != 0;
                break;
            case Op::Less:
                all = all && cmp < 0;
                break;
            case Op::LessEqual:
                all = all && cmp <= 0;
                break;
            case Op::Greater:
                all = all && cmp > 0;
                break;
            case Op::GreaterEqual:
                all = all && cmp >= 0;
                break;
            }
        }
        if (all && (!version.isPreRelease() || namesThisPreRelease))
            return true;
    }
    return false;
}

} // namespace relm
