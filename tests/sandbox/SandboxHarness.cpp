#include "SandboxHarness.h"

#include <QNetworkRequest>
#include <QTest>

SandboxHarness::SandboxHarness(quint32 seed)
    : world(seed)
    , server(world, seed) {
    sandbox::seedDemoWorld(world);
    if (!server.listen(0))
        qFatal("sandbox harness: cannot listen on 127.0.0.1");
}

QUrl SandboxHarness::url(const QString& path, const QUrlQuery& query) const {
    QUrl url = server.url();
    url.setPath(path);
    url.setQuery(query);
    return url;
}

Answer SandboxHarness::get(const QString& path, const QUrlQuery& query, const Headers& headers) {
    return send("GET", url(path, query), {}, headers, {});
}

Answer SandboxHarness::post(const QString& path, const QByteArray& body, const Headers& headers,
                            const QByteArray& contentType) {
    return send("POST", url(path), body, headers, contentType);
}

Answer SandboxHarness::postJson(const QString& path, const QJsonValue& body,
                                const Headers& headers) {
    const QByteArray bytes = body.isArray()
                                 ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return post(path, bytes, headers);
}

Answer SandboxHarness::send(const QByteArray& method, const QUrl& target, const QByteArray& body,
                            const Headers& headers, const QByteArray& contentType, int timeoutMs) {
    QNetworkRequest request(target);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    Answer answer;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&answer, reply] {
        answer.finished = true;
        answer.error = reply->error();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        answer.body = reply->readAll();
    });
    if (!QTest::qWaitFor([&] { return answer.finished; }, timeoutMs)) {
        QObject::disconnect(reply, nullptr, nullptr, nullptr);
        reply->abort();
    }
    reply->deleteLater();
    return answer;
}

Answer SandboxHarness::setFaults(const QJsonObject& faults) {
    return postJson(QStringLiteral("/_admin/faults"), faults);
}

int seeded::storedCopies(sandbox::World& world, const QString& backend, const QString& text) {
    int count = 0;
    if (backend == QLatin1String("rocketchat")) {
        for (const QJsonObject& message : world.rocketChat().messages)
            count += message.value("msg").toString() == text ? 1 : 0;
    } else if (backend == QLatin1String("socialboards")) {
        for (const QJsonObject& message : world.socialBoards().messages.at(kSbConversation))
            count += message.value("message").toString() == text ? 1 : 0;
    } else {
        for (const QJsonObject& conversation : world.liveChatAi().conversations) {
            if (conversation.value("id").toString() != kLcaiConversation)
                continue;
            for (const QJsonValue& message : conversation.value("messages").toArray())
                count += message.toObject().value("content").toString() == text ? 1 : 0;
        }
    }
    return count;
}
