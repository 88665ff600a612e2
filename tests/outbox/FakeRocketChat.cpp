#include "FakeRocketChat.h"

#include <QHttpServerRequest>
#include <QJsonObject>

FakeRocketChat::FakeRocketChat(QObject* parent)
    : TestServer(parent) {
    on("POST", QString::fromLatin1(kSendPath),
       [this](const RecordedRequest& request, QHttpServerResponder& r) { onSend(request, r); });
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
    return QJsonObject{
        {"_id", id},
        {"rid", rid},
        {"msg", text},
        {"token", token},
        {"alias", "Kim"},
        {"ts", now},
        {"u", QJsonObject{{"_id", "agent-1"}, {"username", "kim.jane"}, {"name", "Kim"}}},
        {"_updatedAt", now},
    };
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
    const QJsonObject body = request.json().object();
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
    if (id.isEmpty() || rid.isEmpty() || token.isEmpty() || text.isEmpty()) {
        respond(responder, 400, R"({"success":false,"error":"invalid-params"})");
        return;
    }
    if (m_texts.contains(id)) {
        ++m_duplicates;
        respond(responder, 400,
                R"({"success":false,"error":"The message already exists [error-duplicate]",)"
                R"("errorType":"error-duplicate"})");
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
