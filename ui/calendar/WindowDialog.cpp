#include "WindowDialog.h"

#include "i18n/ShownDates.h"

#include "calendar/CalendarWidgets.h"
#include "calendar/RecordSaver.h"
#include "calendar/RecurrenceEditor.h"
#include "calendar/ScopeEditor.h"
#include "calendar/WindowOccurrences.h"
#include "changes/Workspace.h"
#include "undo/UndoController.h"
#include "widgets/FocusFirst.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

constexpr int kPreviewCount = 5;

QDateTimeEdit *wallClockEdit(QWidget *parent) {
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"ddd "_s + shown_dates::localeDateTimeFormat());
    return edit;
}

/// How far ahead to look for the next few occurrences of a rule.
QDateTime lookAheadEnd(const ChangeWindow &w, const QDateTime &from) {
    const int periods = (kPreviewCount + 1) * w.recurrence.interval;
    switch (w.recurrence.frequency) {
    case Recurrence::Frequency::Once:
        return from.addDays(400 * 30);
    case Recurrence::Frequency::Weekly:
        return from.addDays(7 * periods);
    case Recurrence::Frequency::Monthly:
        return from.addMonths(periods);
    case Recurrence::Frequency::Yearly:
        return from.addYears(std::min(periods, 500));
    }
    return from;
}

QString moment(const QDateTime &at) {
    return QLocale().toString(at, u"ddd "_s + shown_dates::localeDateTimeFormat());
}

/// "Mon 2026-11-30 18:00 – Tue 06:00 CET": the end's date only when it is another day.
QString span(const QDateTime &start, const QDateTime &end) {
    const QString endText = QLocale().toString(end, start.date() == end.date() ? u"HH:mm"_s : u"ddd HH:mm"_s);
    const QString endDate = start.date().daysTo(end.date()) > 6 ? moment(end) : endText;
    const QString zone = start.timeZoneAbbreviation() == end.timeZoneAbbreviation()
                             ? start.timeZoneAbbreviation()
                             : start.timeZoneAbbreviation() + u'/' + end.timeZoneAbbreviation();
    return moment(start) + u" \u2013 "_s + endDate + u' ' + zone;
}

} // namespace

WindowDialog::WindowDialog(Workspace &workspace, UndoController &undo, const ChangeWindow &window, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_original(window)
    , m_stored(window)
    , m_message(new MessageBar(this))
    , m_ruleHint(new MessageBar(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_start(wallClockEdit(this))
    , m_end(wallClockEdit(this))
    , m_zone(calendar_widgets::zoneBox(window.timeZone, this))
    , m_recurrence(new RecurrenceEditor(this))
    , m_scope(new ScopeEditor(workspace, window.scope, this))
    , m_reason(new QPlainTextEdit(this))
    , m_role(calendar_widgets::roleBox(window.overrideRole, this))
    , m_preview(new QLabel(this)) {
    setWindowTitle(window.id ? tr("Window \u201C%1\u201D").arg(window.name) : tr("New Freeze or Maintenance Window"));
    for (WindowKind kind : allOf<WindowKind>())
        m_kind->addItem(labelOf(kind), int(kind));
    const QList<std::pair<QWidget *, QString>> names{
        {m_name, u"windowName"_s},        {m_kind, u"windowKind"_s},       {m_start, u"windowStart"_s},
        {m_end, u"windowEnd"_s},          {m_zone, u"windowZone"_s},       {m_reason, u"windowReason"_s},
        {m_role, u"windowRole"_s},        {m_preview, u"windowPreview"_s}, {m_message, u"windowMessage"_s},
        {m_ruleHint, u"windowRuleHint"_s}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(name);
    m_name->setPlaceholderText(tr("e.g. Month-end freeze"));
    m_reason->setPlaceholderText(tr("Why changes stop, or what the window is for"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_role->setToolTip(tr("Who may let a deployment run in the freeze, and who may lift, shorten or remove it. "
                          "Until it begins, and while nobody else has changed it, whoever made it may still take "
                          "it back."));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("S&tarts:"), m_start);
    form->addRow(tr("En&ds:"), m_end);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("&Repeats:"), m_recurrence);
    form->addRow(tr("Rea&son:"), m_reason);
    form->addRow(tr("&Overriding role:"), m_role);
    auto *scopeBox = new QGroupBox(tr("Applies to"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_scope);
    auto *previewBox = new QGroupBox(tr("Next occurrences"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WindowDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WindowDialog::reject);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(scopeBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_ruleHint);
    layout->addLayout(columns, 1);
    layout->addWidget(previewBox);
    layout->addWidget(buttons);
    // The form's column first, then what the window applies to, in the column beside it.
    chainTabOrder({m_role, m_scope});

    setFields(window);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        m_recurrence->setAnchor(start.date());
        updatePreview();
    });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &WindowDialog::updatePreview);
    connect(m_zone, &QComboBox::currentTextChanged, this, &WindowDialog::updatePreview);
    connect(m_recurrence, &RecurrenceEditor::changed, this, &WindowDialog::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WindowDialog::updatePreview);
    connect(m_scope, &ScopeEditor::changed, this, &WindowDialog::updatePreview);
    updatePreview();
    resize(fontMetrics().averageCharWidth() * 175, sizeHint().height());
}

WindowDialog *WindowDialog::createNew(QWidget *parent, Workspace &workspace, UndoController &undo) {
    auto *dialog = new WindowDialog(workspace, undo, newFreeze(workspace.clock()()), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ChangeWindow WindowDialog::newFreeze(const QDateTime &now) {
    const QDateTime local = now.toLocalTime();
    ChangeWindow w;
    w.start = QDateTime(local.date(), QTime(local.time().hour(), 0)).addSecs(3600);
    w.end = w.start.addDays(7);
    w.timeZone = QTimeZone::systemTimeZoneId();
    return w;
}

void WindowDialog::setFields(const ChangeWindow &w) {
    m_name->setText(w.name);
    m_kind->setCurrentIndex(m_kind->findData(int(w.kind)));
    m_start->setDateTime(w.start);
    m_end->setDateTime(w.end);
    m_recurrence->setRecurrence(w.recurrence);
    m_recurrence->setAnchor(w.start.date());
    m_reason->setPlainText(w.reason);
}

ChangeWindow WindowDialog::window() const {
    ChangeWindow w = m_original;
    w.name = m_name->text().trimmed();
    w.kind = WindowKind(m_kind->currentData().toInt());
    // Wall-clock times: the date and time as typed, the zone kept apart.
    w.start = QDateTime(m_start->date(), m_start->time());
    w.end = QDateTime(m_end->date(), m_end->time());
    w.timeZone = calendar_widgets::zoneOf(m_zone);
    w.recurrence = m_recurrence->recurrence();
    w.scope = m_scope->scope();
    w.reason = m_reason->toPlainText().trimmed();
    w.overrideRole = Role(m_role->currentData().toInt());
    return w;
}

void WindowDialog::startOnRuleDay() {
    const ChangeWindow w = window();
    const QDate day = window_occurrences::firstDayFrom(w.recurrence, w.start.date());
    if (!day.isValid())
        return;
    const qint64 shift = w.start.date().daysTo(day);
    m_start->setDateTime(QDateTime(day, w.start.time()));
    m_end->setDateTime(QDateTime(w.end.date().addDays(shift), w.end.time()));
    m_message->clear();
}

void WindowDialog::updatePreview() {
    const ChangeWindow w = window();
    m_role->setEnabled(w.kind == WindowKind::Freeze);
    if (w.recurrence.repeats() && w.start.isValid() && !window_occurrences::startFollowsRule(w)) {
        const QDate day = window_occurrences::firstDayFrom(w.recurrence, w.start.date());
        m_ruleHint->showMessage(
            MessageBar::Kind::Warning,
            tr("%1 is not a day this window repeats on (%2).")
                .arg(QLocale().toString(w.start.date(), u"ddd "_s + shown_dates::localeDateFormat()),
                     w.recurrence.describe()),
            tr("Start on %1").arg(QLocale().toString(day, u"ddd "_s + shown_dates::localeDateFormat())),
            [this] { startOnRuleDay(); });
    } else {
        m_ruleHint->clear();
    }
    if (w.timeZone.isEmpty() || !QTimeZone(w.timeZone).isValid()) { // as the core checks it
        m_preview->setText(tr("Choose a time zone this computer knows, such as Europe/Berlin or UTC."));
        return;
    }
    if (!w.start.isValid() || w.end <= w.start) {
        m_preview->setText(tr("The window needs to end after it starts."));
        return;
    }
    const QDateTime now = m_workspace.clock()().toUTC();
    const QList<WindowOccurrence> next = window_occurrences::of(w, now, lookAheadEnd(w, now)).mid(0, kPreviewCount);
    if (next.isEmpty()) {
        m_preview->setText(tr("No occurrence after today."));
        return;
    }
    const QTimeZone zone(w.timeZone);
    QString rows = u"<tr><th align='left'>%1</th><th align='left'>&nbsp;&nbsp;%2</th></tr>"_s.arg(
        tr("In %1").arg(QString::fromUtf8(w.timeZone)).toHtmlEscaped(),
        tr("Your time (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())).toHtmlEscaped());
    for (const WindowOccurrence &o : next) {
        const QString there = span(o.start.toTimeZone(zone), o.end.toTimeZone(zone));
        const QString here = span(o.start.toLocalTime(), o.end.toLocalTime());
        rows += u"<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>"_s.arg(there.toHtmlEscaped(), here.toHtmlEscaped());
    }
    m_preview->setText(u"<table cellspacing='0' cellpadding='2'>%1</table>"_s.arg(rows));
}

void WindowDialog::accept() {
    auto saved = saveRecord(m_undo, m_original, window());
    if (!saved) {
        m_message->showError(saved.errorMessage());
        return;
    }
    m_stored = *saved;
    QDialog::accept();
}

} // namespace relm
