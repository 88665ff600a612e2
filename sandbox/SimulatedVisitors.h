#pragma once

#include "World.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace sandbox {

//! Visitors who come by on their own (`--visitors N`): they open Rocket.Chat rooms, write on in
//! the SocialBoards conversations, answer when anyone else (the agent) wrote since their last
//! line and nudge when nobody did, at a human pace (randomised delays from the world's seeded
//! generator, so `--seed` replays a run).
class SimulatedVisitors : public QObject {
    Q_OBJECT
public:
    //! `count` conversations are kept going at once; `paceMs` is the mean delay between actions.
    SimulatedVisitors(World& world, int count, int paceMs, QObject* parent = nullptr);

    void start();
    void stop() { m_timer.stop(); }
    int activeConversations() const { return int(m_active.size()); }

signals:
    //! After each visitor action, with a short description ("opened rocketchat room X").
    void acted(const QString& what);

private:
    struct Conversation {
        bool rocketChat = true;
        QString id;          //!< rid or SocialBoards conversation id
        QJsonObject visitor; //!< Rocket.Chat visitor or SocialBoards author
        int turns = 0;
        int lastSeenAgentMessages = 0;
        QSet<QString> own; //!< ids of the messages this visitor wrote
    };

    void act();
    void scheduleNext();
    void open();
    //! Takes over a SocialBoards conversation nobody simulates yet (the desk opens those by id,
    //! there is no list endpoint); false when there is none.
    bool adoptSocialBoardsConversation(Conversation& conversation);
    void continueConversation(Conversation& conversation);
    int agentMessages(const Conversation& conversation) const;
    void say(Conversation& conversation, const QString& text);
    QString pick(const QStringList& lines);
    QString nudge();

    World& m_world;
    int m_count;
    int m_paceMs;
    QTimer m_timer;
    QList<Conversation> m_active;
};

} // namespace sandbox
