#pragma once

#include "SandboxServer.h"
#include "World.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <utility>

//! What came back from the sandbox: status, lower-cased headers and body, or a network error.
struct Answer {
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

//! A seeded demo world served in-process on 127.0.0.1, plus a small blocking HTTP client.
class SandboxHarness {
public:
    explicit SandboxHarness(quint32 seed = 7);

    QUrl url(const QString& path, const QUrlQuery& query = {}) const;
    Answer get(const QString& path, const QUrlQuery& query = {}, const Headers& headers = {});
    Answer post(const QString& path, const QByteArray& body, const Headers& headers = {},
                const QByteArray& contentType = "application/json");
    Answer postJson(const QString& path, const QJsonValue& body, const Headers& headers = {});
    Answer send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                const Headers& headers, const QByteArray& contentType, int timeoutMs = 5000);
    //! Switches faults through the admin endpoint, as a test or demo would at run time.
    Answer setFaults(const QJsonObject& faults);

    sandbox::World world;
    sandbox::SandboxServer server;
    QNetworkAccessManager network;
};

//! Demo-world facts the tests rely on (see sandbox/WorldSeed.cpp).
namespace seeded {
inline const QString kAgentId = QStringLiteral("CkCPNcvsvCDfmWLqC");
inline const QString kAgentToken = QStringLiteral("demo-rocketchat-token");
inline const QString kOtherAgentId = QStringLiteral("Lw8xR2mQ9tZk4VbNc");
inline const QString kVisitorToken =
    QStringLiteral("54fc5544030bcecda053311cb6b98920bdf953f242c129d7b8065000b1f9b2e9");
inline const QString kRoom = QStringLiteral("hGFwSKA28nRKut3pD");
inline const QString kOtherVisitorToken = QStringLiteral("xn5hdkyptei11m07f3me");
inline const QString kOtherRoom = QStringLiteral("9dQMveZhqxiDgCM3B");
inline const QString kClosedRoomToken = QStringLiteral("0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a");
inline const QString kClosedRoom = QStringLiteral("ClosedRoom7xK2pQ9");
inline const QByteArray kSbToken = "demo-socialboards-token";
inline const QByteArray kLcaiKey = "demo-livechatai-key";
inline const QString kLcaiAgent = QStringLiteral("clx1234567890abcdef");
inline const qint64 kSbConversation = 254626;
inline const QString kLcaiConversation = QStringLiteral("chat_1234567890");
//! Copies of `text` the sandbox stores, counted on the server's side, in the seeded
//! conversation of `backend` ("rocketchat": any room, "socialboards": kSbConversation,
//! "livechatai": kLcaiConversation).
int storedCopies(sandbox::World& world, const QString& backend, const QString& text);
inline Headers rcAuth() {
    return {{"X-Auth-Token", kAgentToken.toUtf8()}, {"X-User-Id", kAgentId.toUtf8()}};
}
inline Headers bearer(const QByteArray& token) {
    return {{"Authorization", "Bearer " + token}};
}
} // namespace seeded
