#pragma once

#include "schedule/ScheduleInput.h"

#include <optional>
#include <utility>

namespace relm::mspdi {

/// The <ConstraintType> codes of Microsoft Project XML.
inline constexpr std::pair<int, ConstraintType> kConstraintCodes[] = {
    {0, ConstraintType::AsSoonAsPossible},    {1, ConstraintType::AsLateAsPossible},
    {2, ConstraintType::MustStartOn},         {3, ConstraintType::MustFinishOn},
    {4, ConstraintType::StartNoEarlierThan},  {5, ConstraintType::StartNoLaterThan},
    {6, ConstraintType::FinishNoEarlierThan}, {7, ConstraintType::FinishNoLaterThan},
};

/// The constraint a code stands for; empty for a code the format does not have.
constexpr std::optional<ConstraintType> constraintOfCode(int code) {
    for (const auto &[value, type] : kConstraintCodes) {
        if (value == code)
            return type;
    }
    return std::nullopt;
}

constexpr int codeOfConstraint(ConstraintType type) {
    for (const auto &[value, known] : kConstraintCodes) {
        if (known == type)
            return value;
    }
    return 0;
}

} // namespace relm::mspdi
