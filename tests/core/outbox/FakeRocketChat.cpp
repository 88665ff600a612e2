#include "FakeRocketChat.h"

#include <QHttpServerRequest>
#include <QJsonObject>

FakeRocketChat::FakeRocketChat(QObject* parent)
    : TestServer(parent) {
    on("POST", QString::fromLatin1(kSendPath),
       [this](const RecordedRequest& request, QHttpServerResponder& r) { onSend(request, r); });
    on("POST", QString::fromLatin1(kVisitorSendPath),
       [this](const RecordedRequest& request, QHttpServerResponder& r) { onSend(request, r); });
    on("GET", QString::fromLatin1(kLookupPath),
       [this](const RecordedRequest& request, QHttpServerResponder& r) {
           onChatLookup(request, r);
       });
}

int FakeRocketChat::lookupsOf(const QString& id) const {
    int count = int(requestsTo(QString::fromLatin1(kLookupPrefix) + id).size());
    for (const RecordedRequest& request : requestsTo(QString::fromLatin1(kLookupPath)))
        count += request.query.queryItemValue(QStringLiteral("msgId")) == id ? 1 : 0;
    return count;
}

QStringList FakeRocketChat::textsIn(const QString& rid) const {
    QStringList texts;
    for (const QString& id : m_order) {
        if (m_rooms.value(id) == rid)
            texts.append(m_texts.value(id));
    }
    return texts;
}

QJsonObject FakeRocketChat::messageObject(const QString& id, const QString& rid,
                                          const QString& text, const QString& token) {
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonObject message{
        {"_id", id},
        {"rid", rid},
        {"msg", text},
        {"ts", now},
        {"u", QJsonObject{{"_id", "agent-1"}, {"username", "kim.jane"}, {"name", "Kim"}}},
        {"_updatedAt", now},
    };
    if (!token.isEmpty()) {
        message.insert("token", token);
        message.insert("alias", "Visitor");
        message.insert(
            "u", QJsonObject{{"_id", "visitor-1"}, {"username", "guest-1"}, {"name", "Visitor"}});
    }
    return message;
}

QByteArray FakeRocketChat::messageJson(const QString& id, const QString& rid, const QString& text,
                                       const QString& token) {
    const QJsonObject message = messageObject(id, rid, text, token);
    return QJsonDocument(QJsonObject{{"message", message}, {"success", true}}).toJson();
}

bool FakeRocketChat::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    // TestServer routes exact paths; the lookup path carries the id, so add its route on the fly.
    const QString path = request.url().path();
    if (request.method() == QHttpServerRequest::Method::Get &&
        path.startsWith(QLatin1String(kLookupPrefix))) {
        on("GET", path,
           [this](const RecordedRequest& got, QHttpServerResponder& r) { onLookup(got, r); });
    }
    return TestServer::handleRequest(request, socket);
}

void FakeRocketChat::onSend(const RecordedRequest& request, QHttpServerResponder& responder) {
    const bool asAgent = request.path == QLatin1String(kSendPath);
    const QJsonObject body =
        asAgent ? request.json().object().value("message").toObject() : request.json().object();
    const QString id = body.value("_id").toString();
    const QString rid = body.value("rid").toString();
    const QString token = body.value("token").toString();
    const QString text = body.value("msg").toString();
    bool storeAnyway = false;
    if (m_sendHook && !m_sendHook(request, responder, storeAnyway)) {
        if (storeAnyway && !id.isEmpty() && !m_texts.contains(id)) {
            m_order.append(id);
            m_texts.insert(id, text);
            m_rooms.insert(id, rid);
            m_tokens.insert(id, token);
        }
        return;
    }
    if (asAgent &&
        (request.header("x-auth-token").isEmpty() || request.header("x-user-id").isEmpty())) {
        respond(responder, 401,
                R"({"status":"error","message":"You must be logged in to do this."})");
        return;
    }
    if (id.isEmpty() || rid.isEmpty() || (!asAgent && token.isEmpty()) || text.isEmpty()) {
        respond(responder, 400, R"({"success":false,"error":"invalid-params"})");
        return;
    }
    if (m_texts.contains(id)) {
        ++m_duplicates;
        respond(responder, 400,
                asAgent ? QByteArray(R"x({"success":false,"error":"Cannot read properties of )x"
                                     R"x(undefined (reading 'starred')"})x")
                        : QByteArray(R"({"success":false,"error":"The message already exists )"
                                     R"([error-duplicate]","errorType":"error-duplicate"})"));
        return;
    }
    m_order.append(id);
    m_texts.insert(id, text);
    m_rooms.insert(id, rid);
    m_tokens.insert(id, token);
    if (m_hangAfterStoring) {
        m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    }
    respond(responder, 200, messageJson(id, rid, text, token));
}

void FakeRocketChat::onLookup(const RecordedRequest& request, QHttpServerResponder& responder) {
    const QString id = request.path.mid(QString::fromLatin1(kLookupPrefix).size());
    const QString token = request.query.queryItemValue("token");
    const QString rid = request.query.queryItemValue("rid");
    const bool known =
        m_texts.contains(id) && m_rooms.value(id) == rid && m_tokens.value(id) == token;
    if (!known || m_missLookups > 0) {
        m_missLookups = std::max(0, m_missLookups - 1);
        respond(responder, 400, R"({"success":false,"error":"invalid-message"})");
        return;
    }
    respond(responder, 200, messageJson(id, rid, m_texts.value(id), token));
}

void FakeRocketChat::onChatLookup(const RecordedRequest& request, QHttpServerResponder& responder) {
    const QString id = request.query.queryItemValue(QStringLiteral("msgId"));
    if (request.header("x-auth-token").isEmpty()) {
        respond(responder, 401,
                R"({"status":"error","message":"You must be logged in to do this."})");
        return;
    }
    if (!m_texts.contains(id) || m_missLookups > 0) {
        m_missLookups = std::max(0, m_missLookups - 1);
        respond(responder, 400, R"({"success":false})"); // getSingleMessage() found nothing
        return;
    }
    respond(responder, 200,
            messageJson(id, m_rooms.value(id), m_texts.value(id), m_tokens.value(id)));
}
