#pragma once

#include <QCoroTask>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <optional>

namespace InviteDesk::Test {

// Runs the event loop until the task finishes; nullopt if it did not within `timeout`
// (a hung coroutine fails the test instead of hanging it).
template<typename T>
std::optional<T> awaitTask(QCoro::Task<T> task, std::chrono::milliseconds timeout = std::chrono::seconds(30))
{
    std::optional<T> result;
    QEventLoop loop;
    QCoro::connect(std::move(task), &loop, [&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

// The same for a task without a result: false if it did not finish within `timeout`.
inline bool awaitTask(QCoro::Task<> task, std::chrono::milliseconds timeout = std::chrono::seconds(30))
{
    bool done = false;
    QEventLoop loop;
    QCoro::connect(std::move(task), &loop, [&] {
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done;
}

// Spins the event loop until `condition` holds; false after `timeout`.
inline bool waitUntil(const std::function<bool()> &condition,
                      std::chrono::milliseconds timeout = std::chrono::seconds(30))
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!condition()) {
        if (elapsed.elapsed() > timeout.count())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace InviteDesk::Test
