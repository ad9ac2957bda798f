#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Taktline {

// The answer of an operation that can be refused: success, or a message for the user.
class Outcome
{
public:
    static Outcome success() { return Outcome(); }
    static Outcome failure(QString message) { return Outcome(std::move(message)); }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    Outcome() = default;
    explicit Outcome(QString message)
        : m_error(std::move(message))
    {}
    QString m_error;
};

// A value, or a message for the user saying why there is none.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Outcome failure)
        : m_error(failure.error())
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // A temporary Result hands its value out by move, so `for (x : f().value())` is safe.
    T value() && { return std::move(*m_value); }
    const QString &error() const { return m_error; }
    Outcome outcome() const { return ok() ? Outcome::success() : Outcome::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace Taktline
