#pragma once

#include "domain/ChangeWindow.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace relm {

class Workspace;

/// Edits what a window applies to: services (the releases' target services, plus any typed),
/// environments and components, each a checkable list. Nothing checked means everything, and a
/// line under the lists says so.
class ScopeEditor final : public QWidget {
    Q_OBJECT

public:
    ScopeEditor(Workspace &workspace, const WindowScope &scope, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ScopeEditor)

    WindowScope scope() const;
    /// Adds a service to the list (checked), unless it is there already; then checks it.
    void addService(const QString &service);
    QListWidget *services() const { return m_services; }
    QListWidget *environments() const { return m_environments; }
    QListWidget *components() const { return m_components; }

Q_SIGNALS:
    void changed();

private:
    void updateSummary();

    QListWidget *m_services;
    QListWidget *m_environments;
    QListWidget *m_components;
    QLineEdit *m_newService;
    QLabel *m_summary;
};

} // namespace relm
