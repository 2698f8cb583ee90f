#include "CsvImportSupport.h"

#include "changes/Workspace.h"
#include "storage/DirectoryStore.h"

#include <QCoreApplication>

namespace relm::csv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

} // namespace

Result<void> Logins::load(Workspace &workspace) {
    auto people = workspace.directory().people();
    if (!people)
        return people.error();
    for (const Person &p : *people) {
        m_ids.insert(p.login.toCaseFolded(), p.id);
        m_logins.insert(p.id, p.login);
    }
    return {};
}

Id Logins::read(RowCells &cells, const QString &field) {
    const QString login = cells.text(field);
    if (login.isEmpty())
        return 0;
    const Id id = m_ids.value(login.toCaseFolded());
    if (!id)
        cells.problem(
            field,
            tr("nobody with the login \u201C%1\u201D is in this database (see relm-cli person list).").arg(login));
    return id;
}

bool SeenKeys::first(RowCells &cells, const QString &field, const QString &key) {
    const QString folded = key.toCaseFolded();
    if (m_keys.contains(folded)) {
        cells.problem(field, tr("\u201C%1\u201D appears twice in the file; give each once.").arg(key));
        return false;
    }
    m_keys.insert(folded);
    return true;
}

std::unique_ptr<Change> combine(const QString &text, std::vector<std::unique_ptr<Change>> parts) {
    if (parts.empty())
        return nullptr;
    if (parts.size() == 1)
        return std::move(parts.front());
    auto composite = std::make_unique<CompositeChange>(text);
    for (auto &part : parts)
        composite->add(std::move(part));
    return composite;
}

} // namespace relm::csv
