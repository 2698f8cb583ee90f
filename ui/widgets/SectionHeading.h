#pragma once

#include <QWidget>

namespace relm {

/// A section's bold heading that gives way to the buttons beside it: on a narrow window it is
/// shortened with an ellipsis, or left out on the narrowest (the whole title stays in its tooltip
/// and accessible name), instead of widening the window.
class SectionHeading final : public QWidget {
    Q_OBJECT

public:
    explicit SectionHeading(const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    /// What is painted now: the title, or its shortened form.
    QString shownText() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
};

} // namespace relm
