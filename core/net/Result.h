#pragma once

#include "ApiError.h"

#include <utility>
#include <variant>

namespace agentdesk {

//! A value or the ApiError that prevented it; never both, never a half-filled value.
template<class T> class Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(ApiError error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const { return std::get<T>(m_data); }
    T& value() { return std::get<T>(m_data); }
    const T* operator->() const { return &value(); }

    ApiError error() const { return ok() ? ApiError() : std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace agentdesk
