#pragma once

#include "store/History.h"

#include <QAccessible>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

//! Finds the child control a screen reader would announce as `name`; fails the test if absent.
template<class T> T* controlNamed(QWidget* parent, const QString& name) {
    const QList<T*> all = parent->findChildren<T*>();
    for (T* child : all) {
        if (child->accessibleName() == name)
            return child;
    }
    qWarning("no control named \"%s\"", qPrintable(name));
    return nullptr;
}

//! A fresh history database in a temporary folder.
struct TempHistory {
    QTemporaryDir dir;
    agentdesk::History history;

    bool open() {
        const auto outcome = history.open(dir.filePath(QStringLiteral("history.db")));
        return outcome.status == agentdesk::History::OpenStatus::Ok;
    }
};
