#pragma once

#include "CannedReply.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace agentdesk {

class History;
namespace rocketchat {
struct CannedResponse;
}

//! The workspace's canned replies and their rules; the rows are the History's (CannedStore).
//!
//! Titles and texts are required; a shortcut belongs to at most one reply (the library refuses
//! a second one and names the owner); the order is the agent's. New replies without a shortcut
//! get the first free Ctrl+1 ... Ctrl+9 while the library has fewer than nine. Imports are all
//! or nothing. Every change emits changed().
class CannedLibrary : public QObject {
    Q_OBJECT
public:
    explicit CannedLibrary(History* history, QObject* parent = nullptr);

    //! All replies in the agent's order.
    QList<CannedReply> replies() const;
    //! The personal ones and those of `accountId`, in order (what a conversation offers).
    QList<CannedReply> repliesFor(qint64 accountId) const;
    std::optional<CannedReply> reply(qint64 id) const;
    //! The reply that owns `shortcut` (portable text), if any.
    std::optional<CannedReply> replyWithShortcut(const QString& shortcut) const;

    enum class DefaultShortcut { Assign, None };
    //! Appends `reply` (id and position are assigned); nullopt and lastError() when invalid.
    std::optional<CannedReply> add(CannedReply reply,
                                   DefaultShortcut shortcut = DefaultShortcut::Assign);
    bool update(const CannedReply& reply);
    bool remove(qint64 id);
    //! A copy right after the original, titled "… (copy)", without shortcut or remote id.
    std::optional<CannedReply> duplicate(qint64 id);
    //! Moves the reply to `index` in the order (clamped).
    bool move(qint64 id, int index);

    struct ImportEntry {
        CannedReply reply;
        bool hasShortcut = false; //!< false: the default-shortcut rule applies
    };
    struct ImportOutcome {
        bool ok = false;
        int added = 0;
        int updated = 0;
        QStringList notes; //!< what was adjusted (a shortcut already taken, ...)
        QString error;     //!< when !ok: nothing was imported
    };
    //! Adds the entries, or updates the reply with the same title and scope (or the same remote
    //! id), in one transaction: all or nothing.
    ImportOutcome importReplies(const QList<ImportEntry>& entries);
    //! A Rocket.Chat server's canned responses for `accountId`: updated by `_id`, its shortcut
    //! becomes the trigger word and `{{contact.name}}`-style placeholders become ours.
    ImportOutcome importRocketChat(qint64 accountId,
                                   const QList<rocketchat::CannedResponse>& responses);
    static CannedReply fromRocketChat(const rocketchat::CannedResponse& response);

    //! Adds the starter set (greeting, order number, closing, hand-over) in the current UI
    //! language, once per workspace: deleting them later does not bring them back, and a
    //! workspace that already holds replies (a team set) gets none.
    bool ensureStarterSet();
    static QList<CannedReply> starterSet();

    QString lastError() const { return m_lastError; }

signals:
    void changed();

private:
    bool validate(const CannedReply& reply, qint64 ignoreId);
    bool store(CannedReply& reply, bool insert);
    QString firstFreeDefaultShortcut(const QList<CannedReply>& replies) const;
    bool fail(const QString& error);

    History* m_history;
    QString m_lastError;
};

} // namespace agentdesk
