// relm-crashwriter DATABASE PREFIX LOGIN: writes through the real command layer until it is
// killed, for tst_crashsafety. DATABASE is a file, or a server's address (postgresql://…). Each step creates
// environments named PREFIX<step> (every third step three of them in one change, to check that a change is all or
// nothing). After each commit it prints "<step> <name>..." and flushes, so a line on stdout means "acknowledged".

#include "changes/Change.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

// Enough text per record that each commit adds several pages to the -wal.
const QString filler = QString(1500, u'x');

std::unique_ptr<Change> createEnvironments(const QStringList &names, int step) {
    auto batch = std::make_unique<CompositeChange>(u"crash step %1"_s.arg(step));
    for (const QString &name : names)
        batch->add(
            std::make_unique<CreateRecord<Environment>>(Environment{0, name, EnvironmentKind::Other, step, filler}));
    return batch;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fputs("usage: relm-crashwriter DATABASE PREFIX LOGIN\n", stderr);
        return 2;
    }
    const bool onServer = ServerAddress::looksLikeServer(arguments.at(1));
    auto address = ServerAddress::parse(arguments.at(1));
    auto workspace =
        onServer ? (address ? Workspace::openServer(*address) : Result<std::unique_ptr<Workspace>>(address.error()))
                 : Workspace::openFile(arguments.at(1));
    if (!workspace) {
        std::fprintf(stderr, "open: %s\n", qPrintable(workspace.errorMessage()));
        return 4;
    }
    Workspace &ws = **workspace;
    if (auto acting = ws.actAs(arguments.at(3)); !acting) {
        std::fprintf(stderr, "act: %s\n", qPrintable(acting.errorMessage()));
        return 3;
    }
    // Checkpoints (copying the -wal into the file) every few commits instead of every thousand
    // pages, so that kills land in them too.
    if (auto r = onServer ? Result<QSqlQuery *>(nullptr) : ws.database().exec(u"PRAGMA wal_autocheckpoint = 16"_s);
        !r) {
        std::fprintf(stderr, "pragma: %s\n", qPrintable(r.errorMessage()));
        return 4;
    }
    const QString prefix = arguments.at(2);
    for (int step = 0;; ++step) {
        const QString name = prefix + QString::number(step);
        const QStringList names =
            step % 3 == 2 ? QStringList{name + u"a"_s, name + u"b"_s, name + u"c"_s} : QStringList{name};
        auto change = createEnvironments(names, step);
        if (auto r = ws.apply(*change); !r) {
            std::fprintf(stderr, "step %d: %s\n", step, qPrintable(r.errorMessage()));
            return 3;
        }
        std::printf("%d %s\n", step, qPrintable(names.join(u' ')));
        std::fflush(stdout);
    }
}
