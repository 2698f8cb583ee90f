#include "PersonText.h"

#include "domain/Directory.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

namespace relm {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(relm::PersonText)
};
} // namespace

QString rolesOf(const Person &person) {
    QStringList roles;
    for (Role role : person.roles)
        roles.append(labelOf(role));
    return roles.isEmpty() ? Text::tr("no role") : roles.join(QLatin1String(", "));
}

QString personWithRoles(const Person &person) {
    return Text::tr("%1 \u2014 %2").arg(person.displayName, rolesOf(person));
}

} // namespace relm
