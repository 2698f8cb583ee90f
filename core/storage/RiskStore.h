#pragma once

#include "Result.h"
#include "domain/Risk.h"

#include <QList>

namespace relm {

class Database;

/// The risk registers of the releases.
class RiskStore final {
public:
    explicit RiskStore(Database &db);

    /// The risks of one release (or of all when releaseId is 0), highest exposure first.
    Result<QList<Risk>> risks(Id releaseId = 0);
    Result<Risk> risk(Id id);
    Result<Id> insert(const Risk &risk);
    Result<void> update(const Risk &risk);
    Result<void> removeRisk(Id id);

private:
    Result<QList<Risk>> query(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace relm
