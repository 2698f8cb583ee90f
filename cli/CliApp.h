#pragma once

#include <QStringList>
#include <QTextStream>

namespace relm {

/// relm-cli: parses the command line, opens the database and runs one command.
class CliApp final {
public:
    /// arguments includes the program name, as QCoreApplication::arguments() gives it.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace relm
