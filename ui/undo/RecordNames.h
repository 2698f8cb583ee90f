#pragma once

#include "domain/Ids.h"

#include <QJsonValue>
#include <QString>

namespace relm {

class Workspace;

/// The name a person knows a referenced record by (a person, an environment, a task, a release),
/// for a field of a record's JSON that holds its id; empty when the field holds no such id.
QString referencedName(Workspace &workspace, const QString &key, const QJsonValue &value);

/// Who last changed the record, by name, as the audit trail says; empty when it does not say.
QString lastAuthorOf(Workspace &workspace, const QString &entity, Id id);

} // namespace relm
