#pragma once

#include <QFrame>
#include <QStringList>

#include <functional>

class QLabel;
class QToolButton;

namespace relm {

/// An inline message strip (error, warning or information) shown above a page's content, so that
/// problems are reported where they happen instead of in a cascade of dialogs.
class MessageBar final : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MessageBar)

    void showMessage(Kind kind, const QString &text);
    /// A message with one button beside it (e.g. "Open" after a file was saved).
    void showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    /// Several messages of one kind: the first with a count of the rest, and a button that shows
    /// them all (and folds them again), so that a long list does not push the page's content away.
    void showMessages(Kind kind, const QStringList &texts);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    void showFolded();
    void showUnfolded();

    QStringList m_texts; ///< what showMessages() was given; empty after a single message
    bool m_unfolded = false;
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_onAction;
    Kind m_kind = Kind::Information;
};

} // namespace relm
