#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace relm {

/// Why an operation failed, in words a user can act on.
enum class ErrorCode {
    Invalid,      ///< input breaks a rule (empty name, end before start, illegal transition)
    NotFound,     ///< the named record does not exist
    Conflict,     ///< the record clashes with another (duplicate name or version)
    Storage,      ///< the database refused a read or write
    NewerVersion, ///< the file was written by a newer Relm
    NotRelm,      ///< the file is not a Relm database
    Corrupt,      ///< the file is damaged
    Locked,       ///< another program holds the file
    Io,           ///< the file system refused (permissions, full disk)
    Denied,       ///< the database server does not let this login do it
    Unidentified, ///< nobody is chosen to act, or the person named is not in the database
};

/// An error with a user-readable message.
struct Error {
    ErrorCode code = ErrorCode::Invalid;
    QString message;
};

/// Either a value or an Error: the one error idiom across core (like std::expected).
template<typename T>
class [[nodiscard]] Result final {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void> final {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, QString message) {
    return Error{code, std::move(message)};
}

} // namespace relm
