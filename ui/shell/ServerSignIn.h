#pragma once

#include "Result.h"
#include "storage/ServerAddress.h"

#include <memory>

class QWidget;

namespace relm {

class Workspace;

/// Signs in to a shared database for the window: with the password given, else the one kept in
/// the keychain, else (when the server wants one) asking for it, and keeping it in the keychain
/// when the user agreed.
class ServerSignIn final {
public:
    struct Request {
        ServerAddress address;
        bool rememberPassword = false;
        bool mayAsk = true; ///< false: fail rather than show a dialog
    };
    static Result<std::unique_ptr<Workspace>> open(QWidget *parent, Request request);
};

} // namespace relm
