#pragma once

#include "signing/TrailVerification.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace relm {

class AuditModel;
class Workspace;

/// The audit trail: who changed what and when, filtered by release, person and date, with a
/// Verify button that checks every entry's hash link and every signature on a worker thread (its
/// own read connection to the database), with progress and Stop, and marks the first bad entry.
class AuditView final : public QWidget {
    Q_OBJECT

public:
    explicit AuditView(Workspace &workspace, QWidget *parent = nullptr);
    ~AuditView() override;
    Q_DISABLE_COPY_MOVE(AuditView)

    void setReleaseFilter(Id releaseId);
    void setPersonFilter(const QString &login);
    void setDateRange(const QDate &from, const QDate &to);
    void reload();
    void verify();
    void stopVerifying();

    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString verdict() const;
    bool isVerifying() const { return m_verifying.isRunning(); }

Q_SIGNALS:
    void verified(bool intact);

private:
    void fillFilters();
    void showVerification();

    /// What the worker hands back: the result, or the error that stopped it.
    struct Outcome {
        std::optional<TrailVerification> verification;
        QString error;
    };

    Workspace &m_workspace;
    AuditModel *m_model;
    QTableView *m_table;
    QComboBox *m_release;
    QComboBox *m_person;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QPushButton *m_verify;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_verdict;
    QFutureWatcher<Outcome> m_verifying;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    Id m_badEntry = 0;
};

} // namespace relm
