#pragma once

#include <utility>
#include <variant>

namespace InviteDesk {

// A value or the error that prevented it (std::expected is C++23). The error type must
// differ from the value type.
template<typename T, typename Error>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    explicit operator bool() const { return m_data.index() == 0; }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // Of a temporary, by value: `for (auto &row : read().value())` must not dangle.
    T value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const & { return std::get<1>(m_data); }
    Error error() && { return std::get<1>(std::move(m_data)); }

private:
    std::variant<T, Error> m_data;
};

} // namespace InviteDesk
