#pragma once

#include <QDateTime>

#include <memory>

namespace relm {

/// The demo's own clock for audit time stamps: the demo story happens over the weeks before
/// "today", one second per change, and never runs backwards, so the audit trail stays in order.
class DemoClock final {
public:
    explicit DemoClock(const QDateTime &start)
        : m_now(std::make_shared<QDateTime>(start)) {}

    /// Moves on to a later moment (an earlier one is ignored).
    void advanceTo(const QDateTime &at) {
        if (at > *m_now)
            *m_now = at;
    }
    /// The workspace clock: each reading is one second after the one before.
    auto reader() const {
        return [now = m_now] {
            *now = now->addSecs(1);
            return *now;
        };
    }

private:
    std::shared_ptr<QDateTime> m_now;
};

} // namespace relm
