#pragma once

#include "api/apierror.h"

#include <utility>
#include <variant>

namespace InviteDesk {

// A value or the error that prevented it (std::expected is C++23).
template<typename T>
class ApiResult
{
public:
    ApiResult(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    ApiResult(ApiError error) : m_data(std::in_place_index<1>, std::move(error)) {}

    explicit operator bool() const { return m_data.index() == 0; }
    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace InviteDesk
