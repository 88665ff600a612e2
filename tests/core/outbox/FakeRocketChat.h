#pragma once

#include "TestServer.h"

#include <QHash>
#include <QStringList>

#include <functional>

//! A loopback Rocket.Chat that behaves like the real one where the outbox depends on it: the
//! agent's `chat.sendMessage` (with credentials) and the visitor-side `livechat/message` store a
//! message under the client's `_id` and answer 400 when that `_id` is already there;
//! `GET chat.getMessage?msgId=` (bare 400 `{success:false}` when unknown) and
//! `GET livechat/message/:_id` (400 `invalid-message`) find it.
class FakeRocketChat : public TestServer {
public:
    //! The agent's replies.
    static constexpr auto kSendPath = "/api/v1/chat.sendMessage";
    static constexpr auto kLookupPath = "/api/v1/chat.getMessage";
    //! Messages on the visitor's behalf.
    static constexpr auto kVisitorSendPath = "/api/v1/livechat/message";
    static constexpr auto kLookupPrefix = "/api/v1/livechat/message/";

    //! Decides the fate of one single send before it is stored; return false to take over the
    //! answer (the message is then not stored unless `storeAnyway` was set).
    using SendHook = std::function<bool(const RecordedRequest& request, QHttpServerResponder& r,
                                        bool& storeAnyway)>;

    explicit FakeRocketChat(QObject* parent = nullptr);

    void setSendHook(SendHook hook) { m_sendHook = std::move(hook); }
    //! Stores each single send but never answers (the server processed it; the answer is lost).
    void setHangAfterStoring(bool hang) { m_hangAfterStoring = hang; }
    //! The next `count` lookups answer "no such message" even when it exists (replication lag).
    void setMissLookups(int count) { m_missLookups = count; }

    //! The ids stored, in the order received; each at most once (as the server guarantees).
    const QStringList& storedIds() const { return m_order; }
    QString storedText(const QString& id) const { return m_texts.value(id); }
    //! The texts stored for one room, in order.
    QStringList textsIn(const QString& rid) const;
    //! How many single sends were refused as duplicates.
    int duplicatesRefused() const { return m_duplicates; }
    //! How many times `id` was looked up, by either lookup endpoint.
    int lookupsOf(const QString& id) const;

    //! A message object as the server returns it, stamped now: written by the agent when
    //! `token` is empty (chat.sendMessage), else by the visitor with that token.
    static QJsonObject messageObject(const QString& id, const QString& rid, const QString& text,
                                     const QString& token);
    static QByteArray messageJson(const QString& id, const QString& rid, const QString& text,
                                  const QString& token);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void onSend(const RecordedRequest& request, QHttpServerResponder& responder);
    void onLookup(const RecordedRequest& request, QHttpServerResponder& responder);
    void onChatLookup(const RecordedRequest& request, QHttpServerResponder& responder);

    SendHook m_sendHook;
    bool m_hangAfterStoring = false;
    int m_missLookups = 0;
    int m_duplicates = 0;
    QStringList m_order;
    QHash<QString, QString> m_texts;
    QHash<QString, QString> m_rooms;
    QHash<QString, QString> m_tokens;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held;
};
