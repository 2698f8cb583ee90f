#include "PersonNames.h"

#include "changes/SetupActor.h"
#include "changes/Workspace.h"
#include "storage/DirectoryStore.h"

namespace relm {

void PersonNames::load(Workspace &workspace) {
    m_names.clear();
    const Person setup = setupActor();
    m_names.insert(setup.login, setup.displayName);
    if (auto people = workspace.directory().people()) {
        for (const Person &person : std::as_const(*people))
            m_names.insert(person.login, person.displayName);
    }
}

} // namespace relm
