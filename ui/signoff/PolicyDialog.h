#pragma once

#include "domain/Acceptance.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace relm {

/// Edits the release policies, one release type at a time: which roles sign and with what quorum,
/// which criterion categories a release must have, the lead time between approval and production,
/// whether a frozen baseline is required, and who may authorise an emergency.
class PolicyDialog final : public QDialog {
    Q_OBJECT

public:
    PolicyDialog(const QList<ReleasePolicy> &policies, ReleaseType shown, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PolicyDialog)

    /// Shows the policy of another release type (edits to the one shown are kept).
    void showType(ReleaseType type);
    /// The policy as currently edited for the type shown.
    ReleasePolicy current() const;
    /// Every policy that differs from what was passed in (new ones have id 0).
    QList<std::pair<std::optional<ReleasePolicy>, ReleasePolicy>> changes() const;

    void setQuorum(Role role, int quorum); ///< 0 removes the role
    void setLeadHours(int hours);

public Q_SLOTS:
    /// Keeps the edits of the type shown, then closes.
    void accept() override;

private:
    void store();
    void load(const ReleasePolicy &policy);
    void check();

    QMap<ReleaseType, ReleasePolicy> m_original;
    QMap<ReleaseType, ReleasePolicy> m_edited;
    ReleaseType m_shown;
    QComboBox *m_type;
    QTableWidget *m_roles;
    QList<QCheckBox *> m_categories;
    QSpinBox *m_leadHours;
    QCheckBox *m_frozen;
    QComboBox *m_emergency;
    QLabel *m_problem;
};

} // namespace relm
