#pragma once

#include "accounts/Keychain.h"

#include <QHash>
#include <QObject>
#include <QTimer>

using agentdesk::Keychain;

//! A keychain stand-in: either a working one backed by a map, or one that fails like QtKeychain
//! does without a secret service. Answers come later, as the real one's do.
class FakeKeychain : public Keychain {
public:
    explicit FakeKeychain(bool works, QHash<QString, QString>* entries)
        : m_works(works)
        , m_entries(entries) {}

    void read(const QString& key, QObject* context, Done done) override {
        answer(context, [this, key, done] {
            if (!m_works)
                return done(Status::Unavailable, {}, QStringLiteral("no secret service"));
            if (!m_entries->contains(key))
                return done(Status::NotFound, {}, {});
            done(Status::Ok, m_entries->value(key), {});
        });
    }
    void write(const QString& key, const QString& secret, QObject* context, Done done) override {
        answer(context, [this, key, secret, done] {
            if (!m_works)
                return done(Status::Unavailable, {}, QStringLiteral("no secret service"));
            m_entries->insert(key, secret);
            done(Status::Ok, {}, {});
        });
    }
    void remove(const QString& key, QObject* context, Done done) override {
        answer(context, [this, key, done] {
            if (!m_works)
                return done(Status::Unavailable, {}, QStringLiteral("no secret service"));
            done(m_entries->remove(key) ? Status::Ok : Status::NotFound, {}, {});
        });
    }

private:
    static void answer(QObject* context, std::function<void()> f) {
        QTimer::singleShot(1, context, std::move(f));
    }
    bool m_works;
    QHash<QString, QString>* m_entries;
};
