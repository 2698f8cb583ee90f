#include "import/CsvImportSupport.h"

#include "changes/ChangeRequestChanges.h"
#include "changes/Workspace.h"
#include "domain/Validation.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::csv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

/// Change requests by reference: new ones are created with their releases, known ones updated
/// and linked to the releases they do not have yet (the page's release, and those the row names).
class ChangeRequestImporter final : public RecordImporter {
public:
    Result<void> load(Workspace &workspace, Id releaseId) override {
        m_now = workspace.clock()();
        auto releases = workspace.releases().releases();
        if (!releases)
            return releases.error();
        for (const Release &r : *releases) {
            m_releases.insert(r.name.toCaseFolded(), r);
            if (r.id == releaseId)
                m_fallback = r;
        }
        auto changes = workspace.releases().changeRequests();
        if (!changes)
            return changes.error();
        for (const ChangeRequest &c : *changes)
            m_existing.insert(c.reference.toCaseFolded(), c);
        return {};
    }

    QString read(RowCells &cells) override {
        const QString reference = cells.text(u"reference"_s, true);
        if (reference.isEmpty() || !m_seen.first(cells, u"reference"_s, reference))
            return reference;
        const auto found = m_existing.constFind(reference.toCaseFolded());
        const std::optional<ChangeRequest> existing =
            found == m_existing.cend() ? std::nullopt : std::optional<ChangeRequest>(*found);
        ChangeRequest change = existing.value_or(ChangeRequest{});
        change.reference = existing ? change.reference : reference;
        change.title = cells.text(u"title"_s, true);
        if (!existing)
            change.createdAt = m_now;
        if (const auto kind = cells.term<ChangeKind>(u"kind"_s, tr("feature, improvement, fix")))
            change.kind = *kind;
        if (const auto status =
                cells.term<ChangeStatus>(u"status"_s, tr("proposed, approved, in_progress, implemented, rejected")))
            change.status = *status;
        for (const auto &[field, target] :
             {std::pair{u"summary"_s, &change.publicSummary}, std::pair{u"detail"_s, &change.description},
              std::pair{u"action"_s, &change.userAction}}) {
            if (cells.isMapped(field))
                *target = cells.text(field);
        }
        const QList<Release> targets = readReleases(cells);
        if (auto r = validation::check(change); !r)
            cells.problem({}, r.errorMessage());
        if (!cells.problems().isEmpty())
            return reference;
        if (!existing) {
            for (const Release &r : targets)
                change.releaseIds.append(r.id);
            m_created.append(change);
            m_linked += int(targets.size());
            return reference;
        }
        if (change != *existing)
            m_edited.append({*existing, change});
        else
            ++m_unchanged;
        for (const Release &r : targets) {
            if (!existing->releaseIds.contains(r.id))
                m_links.append({change, r});
        }
        return reference;
    }

    std::unique_ptr<Change> change(const QString &source, ImportCounts &counts) override {
        std::vector<std::unique_ptr<Change>> parts;
        if (!m_created.isEmpty())
            parts.push_back(std::make_unique<CreateRecords<ChangeRequest>>(m_created, source));
        for (const auto &[before, after] : std::as_const(m_edited))
            parts.push_back(std::make_unique<EditRecord<ChangeRequest>>(before, after));
        for (const auto &[change, release] : std::as_const(m_links))
            parts.push_back(std::make_unique<LinkChangeRequest>(LinkChangeRequest::Mode::Link, change, release));
        counts.created += int(m_created.size());
        counts.updated += int(m_edited.size());
        counts.unchanged += m_unchanged;
        counts.linked += m_linked + int(m_links.size());
        return combine(detail::importText(QT_TRANSLATE_NOOP("relm::ImportChanges", "Import %1"), source),
                       std::move(parts));
    }

private:
    QList<Release> readReleases(RowCells &cells) {
        QList<Release> targets;
        if (m_fallback.id)
            targets.append(m_fallback);
        for (const QString &name : cells.names(u"releases"_s)) {
            const auto found = m_releases.constFind(name.toCaseFolded());
            if (found == m_releases.cend()) {
                cells.problem(u"releases"_s, tr("there is no release \u201C%1\u201D (release names are as the "
                                                "portfolio shows them, separated by \u201C|\u201D).")
                                                 .arg(name));
                continue;
            }
            if (!std::any_of(targets.cbegin(), targets.cend(), [&](const Release &r) { return r.id == found->id; }))
                targets.append(*found);
        }
        return targets;
    }

    QDateTime m_now;
    Release m_fallback;
    QHash<QString, Release> m_releases;
    QHash<QString, ChangeRequest> m_existing;
    SeenKeys m_seen;
    QList<ChangeRequest> m_created;
    QList<std::pair<ChangeRequest, ChangeRequest>> m_edited;
    QList<std::pair<ChangeRequest, Release>> m_links;
    int m_unchanged = 0;
    int m_linked = 0;
};

} // namespace

std::unique_ptr<RecordImporter> changeRequestImporter() {
    return std::make_unique<ChangeRequestImporter>();
}

std::unique_ptr<RecordImporter> importerFor(RecordKind kind) {
    switch (kind) {
    case RecordKind::Components:
    case RecordKind::Versions:
        return catalogueImporter(kind);
    case RecordKind::Tasks:
        return taskImporter();
    case RecordKind::Risks:
        return riskImporter();
    case RecordKind::Changes:
        break;
    }
    return changeRequestImporter();
}

} // namespace relm::csv
