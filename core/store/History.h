#pragma once

#include "SalvageReport.h"
#include "Types.h"

#include <QObject>
#include <QVariant>

#include <memory>
#include <optional>

namespace agentdesk {

class CannedStore;

//! The local history of one workspace: accounts, conversations, messages, AI exchanges and the
//! outbox's state, in one SQLite database (WAL, FTS5, numbered migrations).
//!
//! It is the single source of truth of the desk: the outbox writes a message here before any
//! byte leaves, sync merges what the servers have, models read pages by key and follow the
//! signals instead of polling. All calls are on the thread that opened it.
class History : public QObject {
    Q_OBJECT
public:
    enum class OpenStatus {
        Ok,
        NewerVersion, //!< written by a newer AgentDesk: refused, file untouched
        //! not a database or fails integrity: moved aside untouched, a new one created with
        //! everything still readable copied into it (see salvage)
        Corrupt,
        IoError, //!< cannot create or open the file (permissions, full disk)
    };
    struct OpenOutcome {
        OpenStatus status = OpenStatus::Ok;
        QString message;      //!< for the agent: what happened and where the old file went
        QString movedAsideTo; //!< for Corrupt
        //! For Corrupt: what was saved and lost (also kept in the history until shown, see
        //! unseenSalvageReport()). Unset when the salvage itself could not be written: the
        //! next open tries again.
        std::optional<SalvageReport> salvage;
    };

    //! How open() may use the file.
    enum class Access {
        ReadWrite, //!< creates, migrates and salvages as needed
        //! Only reads, for a command that only reads a workspace it cannot write (a read-only
        //! folder or mount): nothing is created, migrated or salvaged, and a file that would
        //! need it is refused with the reason.
        ReadOnly,
    };

    explicit History(QObject* parent = nullptr);
    ~History() override;

    //! Opens (creating and migrating as needed) the database file at `path`. The workspace
    //! folder and its files are made private to their owner (0700/0600). A full disk and a
    //! read-only folder are named as such.
    OpenOutcome open(const QString& path, Access access = Access::ReadWrite);
    //! Closes the database (also done by open() and the destructor); the prepared statements go.
    void close();
    //! open() always checks an existing file's header and schema; it also runs
    //! `PRAGMA quick_check` (which reads every page) when the file is at most `bytes` big, so a
    //! large history still opens in a blink. Default 64 MiB; 0: never; -1: always.
    void setIntegrityCheckLimit(qint64 bytes);
    //! Reads every page (`PRAGMA quick_check`); false with lastError() naming the damage.
    bool checkIntegrity() const;
    bool isOpen() const;
    QString path() const;
    static int schemaVersion(); //!< the PRAGMA user_version this build writes
    //! The default workspace database under QStandardPaths::AppDataLocation or `dataDir`.
    static QString databasePath(const QString& dataDir = {});
    QString lastError() const;

    //! The report of the last salvage of this workspace's history, until
    //! markSalvageReportSeen(): the desk shows it once, whichever program salvaged.
    std::optional<SalvageReport> unseenSalvageReport() const;
    bool markSalvageReportSeen();

    // Accounts
    std::optional<Account> addAccount(const Account& account);
    bool updateAccount(const Account& account);
    bool removeAccount(qint64 accountId); //!< and its conversations and messages
    QList<Account> accounts() const;
    std::optional<Account> account(qint64 accountId) const;

    // Conversations
    //! Inserts, or updates the one with the same (accountId, remoteId); returns it with its id.
    std::optional<Conversation> upsertConversation(const Conversation& conversation);
    bool updateConversation(const Conversation& conversation);
    std::optional<Conversation> conversation(qint64 conversationId) const;
    std::optional<Conversation> conversationByRemoteId(qint64 accountId,
                                                       const QString& remoteId) const;
    //! All conversations, most recent activity first.
    QList<Conversation> conversations() const;
    //! Up to `limit` conversations listed after `after` (from the top when unset), in the order
    //! of conversations(): a page by key, never OFFSET, so the first page of a workspace of
    //! 10,000 conversations costs what it costs in one of ten (index conversations_by_activity).
    QList<Conversation> conversationsAfter(const std::optional<ConversationKey>& after,
                                           int limit) const;
    //! Every conversation listed after `after` (from the top when unset) down to `through`,
    //! included: what a list must load to show `through`.
    QList<Conversation> conversationsThrough(const std::optional<ConversationKey>& after,
                                             const ConversationKey& through) const;
    bool markRead(qint64 conversationId);
    //! Sets how many of the conversation's messages the agent has not seen (a first read counts
    //! the visitor's messages after the agent's last reply).
    bool setUnreadCount(qint64 conversationId, int unreadCount);
    bool setDraft(qint64 conversationId, const QString& draft);
    bool setAiConversationId(qint64 conversationId, const QString& aiConversationId);

    // Messages
    //! Appends one message (id assigned). Outgoing ones must carry state Queued and a clientId;
    //! the write is durable (synchronous=FULL) before this returns.
    std::optional<Message> addMessage(const Message& message);
    //! Appends several messages in one transaction (sync, imports, multi-part replies).
    QList<Message> addMessages(const QList<Message>& messages);
    //! Merges a message from the server: skipped when its remoteId (or clientId) is already known,
    //! otherwise inserted. Returns the stored row and whether it was new.
    std::pair<std::optional<Message>, bool> mergeRemoteMessage(const Message& message);
    bool updateMessage(const Message& message); //!< state, remoteId, error, attempts, ...
    bool removeMessage(qint64 messageId);       //!< Discard of a failed or queued reply
    std::optional<Message> message(qint64 messageId) const;
    std::optional<Message> messageByClientId(const QString& clientId) const;
    //! How long a write waits for the disk.
    enum class Durability {
        Synced,   //!< on disk when the call returns (synchronous=FULL)
        Deferred, //!< in the write-ahead log: kept if the process dies, on disk with the next
                  //!< synced write; a power cut may lose it (for what can be found out again)
    };
    //! updateMessage() for several messages in one transaction, all or none: one disk sync for
    //! a whole batch the outbox marks Sending or Sent, instead of one per message (none when
    //! Deferred: marks the outbox finds again on the server if a power cut loses them).
    bool updateMessages(const QList<Message>& messages, Durability durability = Durability::Synced);

    //! Up to `limit` messages older than `before` (newest page when `before` is unset),
    //! returned oldest first. Keyset paging: never OFFSET.
    QList<Message> messagesBefore(qint64 conversationId, std::optional<MessageKey> before,
                                  int limit) const;
    //! Up to `limit` messages newer than `after`, oldest first.
    QList<Message> messagesAfter(qint64 conversationId, MessageKey after, int limit) const;
    qint64 messageCount(qint64 conversationId) const;

    //! Outgoing messages in Queued or Sending state, per conversation in the order typed.
    QList<Message> pendingMessages() const;
    QList<Message> failedMessages() const;

    // Search
    QList<SearchHit> search(const QString& query, const SearchFilter& filter = {}) const;

    // AI exchanges
    //! Stores the exchange; the AI conversation it names is the AI colleague's, so a copy of it
    //! the sync listed as a visitor conversation is removed (removeAiConversationCopies()).
    std::optional<AiExchange> addAiExchange(const AiExchange& exchange);
    QList<AiExchange> aiExchanges(qint64 conversationId) const;
    //! True when the LiveChatAI conversation `remoteId` is one the AI panel asked in (recorded
    //! by an exchange or kept by a desk conversation): the AI colleague's, not a visitor's.
    bool isAiConversation(const QString& remoteId) const;
    //! Removes the LiveChatAI visitor conversations listed under the AI colleague's conversation
    //! `aiConversationId` (the sync saw it before the panel recorded it). A conversation the agent
    //! replied in or asked the AI from is kept. False when the database fails.
    bool removeAiConversationCopies(const QString& aiConversationId);

    // Canned replies
    //! Their rows; CannedLibrary holds the rules, and is what the desk and the CLI use.
    CannedStore& cannedReplies();
    const CannedStore& cannedReplies() const;

    // The connection's settings and the write-ahead log
    //! Copies the whole write-ahead log into the file and empties the log
    //! (`PRAGMA wal_checkpoint(TRUNCATE)`), so the file alone holds the history: what the
    //! benchmarks measure its size after. False when a reader kept part of the log back.
    bool checkpoint();
    //! `PRAGMA name` read on the history's own connection (the first value; invalid when the
    //! name is not a pragma's or the read fails). synchronous, foreign_keys and busy_timeout
    //! are per connection: another connection on the file cannot tell what this one runs with.
    QVariant pragma(const QString& name) const;
    //! Sets `PRAGMA name = value` (a number or a word) on the history's own connection, outside
    //! a transaction, for tools that tune it: a generated benchmark workspace written without
    //! a disk sync, a test that caps max_page_count to play a full disk. The history's own
    //! writes set synchronous back as they need it. False with lastError() when refused.
    bool setPragma(const QString& name, const QVariant& value);

signals:
    void accountsChanged();
    void conversationInserted(const agentdesk::Conversation& conversation);
    void conversationChanged(const agentdesk::Conversation& conversation);
    void conversationRemoved(qint64 conversationId);
    //! Before and after new messages are appended to a conversation (models map these to
    //! beginInsertRows/endInsertRows).
    void messagesAboutToBeInserted(qint64 conversationId, int count);
    void messagesInserted(qint64 conversationId, const QList<agentdesk::Message>& messages);
    void messageChanged(const agentdesk::Message& message);
    void messageRemoved(qint64 conversationId, qint64 messageId);

public:
    class Private; //!< the implementation, shared by the table families in core/store only

private:
    //! Copies what is readable of the damaged file moved aside (or of the one whose salvage
    //! did not complete) into the history just opened, and says so in `outcome`.
    void salvage(OpenOutcome& outcome, const QString& damage);

    std::unique_ptr<Private> d;
};

} // namespace agentdesk
