#pragma once

#include "History.h"
#include "Types.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace agentdesk {

//! The rows of the canned replies (table canned_replies) and whether the workspace was offered
//! the starter set, in the History's database.
//!
//! Only rows: what a valid reply is, who owns a shortcut, the order and how an import merges
//! are CannedLibrary's rules, so the command line tool and the desk apply the same ones. It
//! goes through the History's connection and prepared statements, so its writes join the
//! History's transactions; reach it with History::cannedReplies().
class CannedStore {
public:
    explicit CannedStore(History::Private& d);
    CannedStore(const CannedStore&) = delete;
    CannedStore& operator=(const CannedStore&) = delete;

    //! Every reply in the agent's order (position, then id); empty when the read fails.
    QList<CannedReply> all() const;

    enum class WriteStatus {
        Ok,
        NoSuchReply,   //!< nothing has that id
        NoSuchAccount, //!< accountId names no account (the foreign key refused it)
        Failed,        //!< see lastError()
    };
    //! Inserts `reply` with its fields as given (id 0); on Ok `reply` is what was stored: its
    //! id assigned, updatedAt now, title, folder and trigger trimmed.
    WriteStatus insert(CannedReply& reply);
    //! Writes every field of the reply with `reply.id`; on Ok `reply` is what was stored.
    WriteStatus update(CannedReply& reply);
    WriteStatus remove(qint64 id);
    //! Gives the replies `ids` the positions 0, 1, 2 ... in one transaction: all or none.
    bool setOrder(const QList<qint64>& ids);
    //! Runs `work` in one write transaction: committed when it returns true, rolled back when
    //! it returns false. False when the transaction could not start or commit (lastError()) or
    //! `work` failed. An import is all or nothing through it.
    bool inTransaction(const std::function<bool()>& work);

    //! Whether the starter set was offered to this workspace (once, ever); nullopt when the
    //! history cannot say (lastError()).
    std::optional<bool> starterSetOffered() const;
    bool markStarterSetOffered();

    //! Why the last call failed, in SQLite's words (the library words it for the agent).
    QString lastError() const { return m_lastError; }

private:
    WriteStatus write(CannedReply& reply, bool insert);
    //! Executes a prepared statement; on failure keeps the driver's error and finishes it.
    bool run(QSqlQuery& query) const;
    bool fail() const; //!< takes the History's error (a statement that could not be prepared)

    History::Private& m_d;
    mutable QString m_lastError;
};

} // namespace agentdesk
