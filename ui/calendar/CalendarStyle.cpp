#include "CalendarStyle.h"

#include "i18n/ShownDates.h"
#include "widgets/Legible.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace relm::calendar_style {

namespace {
QString tr(const char *text, const char *comment = nullptr, int n = -1) {
    return QCoreApplication::translate("relm::CalendarStyle", text, comment, n);
}
} // namespace

QString kindLabel(CalendarEvent::Kind kind) {
    switch (kind) {
    case CalendarEvent::Kind::Deployment:
        return tr("Deployment");
    case CalendarEvent::Kind::Freeze:
        return tr("Freeze");
    case CalendarEvent::Kind::Maintenance:
        return tr("Maintenance");
    case CalendarEvent::Kind::Meeting:
        return tr("Meeting");
    case CalendarEvent::Kind::Milestone:
        return tr("Milestone");
    }
    return {};
}

QString badge(const CalendarEvent &event) {
    switch (event.kind) {
    case CalendarEvent::Kind::Freeze:
        return tr("FREEZE");
    case CalendarEvent::Kind::Maintenance:
        return tr("MAINT.");
    case CalendarEvent::Kind::Milestone:
        return u"\u25C6"_s;
    case CalendarEvent::Kind::Meeting:
        return tr("CAB");
    case CalendarEvent::Kind::Deployment:
        return event.outcome == DeploymentOutcome::Planned ? QString() : labelOf(event.outcome);
    }
    return {};
}

QColor alarm() {
    return QColor(0xc6, 0x28, 0x28);
}

QColor alarmText() {
    return legible::onBase(alarm());
}

QColor bandText(const CalendarEvent &event, const QColor &ground) {
    return legible::on(colour(event, EnvironmentKind::Other).darker(130), ground);
}

QString summary(const QList<CalendarEvent> &events) {
    // In the order of CalendarEvent::Kind.
    static const char *const kinds[] = {
        QT_TRANSLATE_N_NOOP("relm::CalendarStyle", "%n deployment(s)"),
        QT_TRANSLATE_N_NOOP("relm::CalendarStyle", "%n change freeze(s)"),
        QT_TRANSLATE_N_NOOP("relm::CalendarStyle", "%n maintenance window(s)"),
        QT_TRANSLATE_N_NOOP("relm::CalendarStyle", "%n meeting(s)"),
        QT_TRANSLATE_N_NOOP("relm::CalendarStyle", "%n milestone(s)"),
    };
    int counts[std::size(kinds)] = {};
    int conflicts = 0;
    for (const CalendarEvent &e : events) {
        ++counts[int(e.kind)];
        conflicts += e.conflicts.isEmpty() ? 0 : 1;
    }
    QStringList parts;
    for (std::size_t k = 0; k < std::size(kinds); ++k) {
        if (counts[k] > 0)
            parts << tr(kinds[k], nullptr, counts[k]);
    }
    if (parts.isEmpty())
        return tr("Nothing planned in this period.");
    QString text = tr("In view: %1.").arg(parts.join(tr(", ", "between the counts of a list")));
    if (conflicts > 0)
        text += u' ' + tr("%n event(s) in conflict.", nullptr, conflicts);
    return text;
}

QColor colour(const CalendarEvent &event, EnvironmentKind environmentKind) {
    switch (event.kind) {
    case CalendarEvent::Kind::Freeze:
        return alarm();
    case CalendarEvent::Kind::Maintenance:
        return QColor(0x2e, 0x7d, 0x32);
    case CalendarEvent::Kind::Meeting:
        return QColor(0x6d, 0x4c, 0x41);
    case CalendarEvent::Kind::Milestone:
        return QColor(0x00, 0x69, 0x7c);
    case CalendarEvent::Kind::Deployment:
        break;
    }
    switch (environmentKind) {
    case EnvironmentKind::Production:
        return QColor(0x6a, 0x1b, 0x9a);
    case EnvironmentKind::Staging:
        return QColor(0x15, 0x65, 0xc0);
    case EnvironmentKind::Test:
        return QColor(0x00, 0x83, 0x8f);
    case EnvironmentKind::Build:
    case EnvironmentKind::Other:
        break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

QString clockText(const QTime &time) {
    // The locale's own short format, less its seconds (some locales' short formats carry them).
    static const QRegularExpression seconds(u"[.:]s+"_s);
    const QLocale locale;
    return locale.toString(time, locale.timeFormat(QLocale::ShortFormat).remove(seconds));
}

QString dateTimeText(const QDateTime &local) {
    return tr("%1 %2", "date, time").arg(shown_dates::date(local.date()), clockText(local.time()));
}

QString startTime(const CalendarEvent &event) {
    if (event.allDay)
        return {};
    return clockText(event.start.toLocalTime().time());
}

QString timeRange(const CalendarEvent &event) {
    const QLocale locale;
    if (event.allDay)
        return locale.toString(event.start.date(), QLocale::LongFormat);
    const QDateTime start = event.start.toLocalTime();
    const QDateTime end = event.end.toLocalTime();
    const QString from = dateTimeText(start);
    const QString to = start.date() == end.date() ? clockText(end.time()) : dateTimeText(end);
    return tr("%1 \u2013 %2").arg(from, to);
}

QString tooltip(const CalendarEvent &event) {
    QStringList rows;
    rows << u"<b>%1</b>"_s.arg(event.title.toHtmlEscaped());
    rows << tr("%1: %2").arg(kindLabel(event.kind), timeRange(event)).toHtmlEscaped();
    if (!event.environment.isEmpty())
        rows << tr("Environment: %1").arg(event.environment).toHtmlEscaped();
    if (!event.service.isEmpty())
        rows << tr("Service: %1").arg(event.service).toHtmlEscaped();
    if (!event.detail.isEmpty())
        rows << event.detail.toHtmlEscaped();
    if (event.kind == CalendarEvent::Kind::Deployment)
        rows << tr("Deployment #%1 (the number relm-cli takes)").arg(event.id).toHtmlEscaped();
    if (event.movable)
        rows << tr("Drag it, or press Alt+arrow keys, to move it.").toHtmlEscaped();
    if (!event.conflicts.isEmpty()) {
        rows << u"<b style='color:%1'>%2</b>"_s.arg(legible::problemText().name(),
                                                    tr("\u26A0 Conflicts:").toHtmlEscaped());
        for (const QString &c : event.conflicts)
            rows << u"\u2022 "_s + c.toHtmlEscaped();
    }
    if (!event.overridden.isEmpty()) {
        rows << u"<b>%1</b>"_s.arg(tr("Overridden:").toHtmlEscaped());
        for (const QString &c : event.overridden)
            rows << u"\u2022 "_s + c.toHtmlEscaped();
    }
    return rows.join(u"<br>"_s);
}

QString line(const CalendarEvent &event, ConflictMark mark) {
    QStringList parts;
    if (mark == ConflictMark::Shown && !event.conflicts.isEmpty())
        parts << tr("\u26A0");
    const QString b = badge(event);
    if (event.kind != CalendarEvent::Kind::Deployment && !b.isEmpty())
        parts << b;
    if (event.kind == CalendarEvent::Kind::Deployment || event.kind == CalendarEvent::Kind::Meeting)
        parts << startTime(event);
    parts << event.title;
    // How a past deployment went comes last: the title matters more in a narrow day.
    if (event.kind == CalendarEvent::Kind::Deployment && !b.isEmpty())
        parts << tr("(%1)").arg(b);
    return parts.join(u' ');
}

void paintBand(QPainter &painter, const QRectF &rect, const CalendarEvent &event) {
    QColor fill = colour(event, EnvironmentKind::Other);
    fill.setAlpha(event.kind == CalendarEvent::Kind::Freeze ? 40 : 50);
    painter.fillRect(rect, fill);
    if (event.kind == CalendarEvent::Kind::Freeze) {
        QColor hatch = alarm();
        hatch.setAlpha(110);
        painter.fillRect(rect, QBrush(hatch, Qt::BDiagPattern));
    }
}

void paintConflictOutline(QPainter &painter, const QRectF &rect) {
    painter.save();
    painter.setPen(QPen(alarm(), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(1, 1, -1, -1));
    painter.restore();
}

} // namespace relm::calendar_style
