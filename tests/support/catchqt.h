#pragma once

// Readable Qt values in Catch2 failure messages.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &value)
    {
        return value.toUTC().toString(Qt::ISODateWithMs).toStdString();
    }
};

} // namespace Catch
