#pragma once

#include "domain/Component.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace relm {

class FingerprintJob;

/// Adds or edits a component version: version string, SHA-256 (typed, or computed from the
/// artefact file off the UI thread with progress and cancel), source, requirements and conflicts.
class VersionDialog final : public QDialog {
    Q_OBJECT

public:
    VersionDialog(const ComponentVersion &version, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(VersionDialog)

    ComponentVersion version() const;
    QString problem() const;
    /// Starts fingerprinting a file (what "Compute from File…" does after asking for the file).
    void computeFingerprint(const QString &path);
    bool isHashing() const;

    /// Relations in the text form used by the dialog: one "requires|conflicts COMPONENT RANGE" per line.
    static QString relationsToText(const QList<VersionRelation> &relations);
    static QList<VersionRelation> relationsFromText(const QString &text, QString *problem);

Q_SIGNALS:
    void fingerprintFinished();

private:
    void check();
    void chooseFile();

    ComponentVersion m_version;
    QLineEdit *m_versionEdit;
    QLineEdit *m_sha;
    QPushButton *m_compute;
    FingerprintJob *m_fingerprint;
    QLineEdit *m_source;
    QPlainTextEdit *m_relations;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace relm
