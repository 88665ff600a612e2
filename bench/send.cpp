// bench-send: the outbox against agentdesk-sandbox on loopback, each figure next to a bare
// QNetworkAccessManager doing the same requests to the same server.
//
//   bench-send --singles N --batch N --batch-runs N --flush N --flush-conversations N
#include "BenchSupport.h"
#include "accounts/Credentials.h"
#include "demo/DemoWorld.h"
#include "demo/SandboxProcess.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace agentdesk;

namespace {

struct Room {
    QString rid;
    QString token;
};

//! The bare client: QNetworkAccessManager with the Rocket.Chat headers, nothing else.
class BareClient {
public:
    explicit BareClient(const QUrl& base)
        : m_base(base) {}

    QNetworkReply* post(const QString& path, const QJsonObject& body, bool agent = false) {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (agent) {
            request.setRawHeader("X-User-Id", demo::RocketChatAccount::userId().toUtf8());
            request.setRawHeader("X-Auth-Token", demo::RocketChatAccount::authToken().toUtf8());
        }
        return m_manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QNetworkReply* get(const QString& path) {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setRawHeader("X-User-Id", demo::RocketChatAccount::userId().toUtf8());
        request.setRawHeader("X-Auth-Token", demo::RocketChatAccount::authToken().toUtf8());
        return m_manager.get(request);
    }
    //! Waits for the reply; its body, or an empty document on any failure.
    static QJsonDocument wait(QNetworkReply* reply) {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return {};
        return QJsonDocument::fromJson(reply->readAll());
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
};

//! An agent's reply as the outbox sends it: `chat.sendMessage` (post it with `agent` set).
QJsonObject singleBody(const Room& room, const QString& text, const QString& id) {
    return {{QStringLiteral("message"), QJsonObject{{QStringLiteral("rid"), room.rid},
                                                    {QStringLiteral("msg"), text},
                                                    {QStringLiteral("_id"), id}}}};
}

QJsonObject batchBody(const Room& room, const QStringList& parts) {
    QJsonArray messages;
    for (const QString& part : parts)
        messages.append(QJsonObject{{QStringLiteral("msg"), part}});
    return {{QStringLiteral("visitor"), QJsonObject{{QStringLiteral("token"), room.token}}},
            {QStringLiteral("messages"), messages}};
}

//! Opens `count` visitor rooms on the sandbox (a visitor's first batch opens their room).
QList<Room> openRooms(BareClient& client, int count) {
    QHash<QString, QString> ridByToken;
    for (int i = 0; i < count; ++i) {
        const Room room{{}, QStringLiteral("bench-visitor-%1").arg(i)};
        if (BareClient::wait(client.post(QStringLiteral("/api/v1/livechat/messages"),
                                         batchBody(room, {QStringLiteral("Hello")}), true))
                .isNull())
            return {};
    }
    const QJsonDocument listed =
        BareClient::wait(client.get(QStringLiteral("/api/v1/livechat/rooms?count=100000")));
    for (const QJsonValue& value : listed.object().value(QLatin1String("rooms")).toArray()) {
        const QJsonObject room = value.toObject();
        ridByToken.insert(
            room.value(QLatin1String("v")).toObject().value(QLatin1String("token")).toString(),
            room.value(QLatin1String("_id")).toString());
    }
    QList<Room> rooms;
    for (int i = 0; i < count; ++i) {
        const QString token = QStringLiteral("bench-visitor-%1").arg(i);
        if (!ridByToken.contains(token))
            return {};
        rooms << Room{ridByToken.value(token), token};
    }
    return rooms;
}

//! Runs the event loop until `done` holds; false after `timeoutMs`.
bool waitUntil(const std::function<bool()>& done, QObject* source, const char* signal,
               int timeoutMs = 120000) {
    if (done())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QMetaObject::Connection c = QObject::connect(source, signal, &loop, SLOT(quit()));
    QTimer poll; // the condition is checked after every signal and, to be safe, every 50 ms
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    timeout.start(timeoutMs);
    poll.start(50);
    bool ok = true;
    while (!done()) {
        if (loop.exec() != 0) {
            ok = false;
            break;
        }
    }
    QObject::disconnect(c);
    return ok;
}

class Bench {
public:
    //! A fresh sandbox (the sandbox's own cost grows with the messages it holds, so every
    //! figure, and each side of a comparison, starts on an empty one) with `roomCount` rooms,
    //! and a fresh history whose conversations are those rooms.
    bool setUp(int roomCount) {
        m_sandbox = std::make_unique<SandboxProcess>();
        m_sandbox->start();
        if (!m_sandbox->waitForReady())
            return error(
                QStringLiteral("the sandbox did not start: %1").arg(m_sandbox->errorString()));
        m_bare = std::make_unique<BareClient>(m_sandbox->baseUrl());
        m_rooms = openRooms(*m_bare, roomCount);
        if (m_rooms.size() != roomCount)
            return error(QStringLiteral("could not open %1 rooms on the sandbox").arg(roomCount));
        m_dir = std::make_unique<QTemporaryDir>();
        m_conversations.clear();
        if (!m_dir->isValid())
            return error(QStringLiteral("no temporary folder"));
        if (m_history.open(History::databasePath(m_dir->path())).status != History::OpenStatus::Ok)
            return error(m_history.lastError());
        Account account;
        account.backend = Backend::RocketChat;
        account.serverUrl = m_sandbox->baseUrl();
        account.displayName = QStringLiteral("Sandbox");
        account.userId = demo::RocketChatAccount::userId();
        account.username = demo::RocketChatAccount::username();
        const auto stored = m_history.addAccount(account);
        if (!stored)
            return error(m_history.lastError());
        m_credentials.setSecret(stored->id, demo::RocketChatAccount::authToken());
        for (const Room& room : std::as_const(m_rooms)) {
            Conversation c;
            c.accountId = stored->id;
            c.backend = Backend::RocketChat;
            c.remoteId = room.rid;
            c.visitorToken = room.token;
            c.visitorName = room.token;
            const auto conversation = m_history.upsertConversation(c);
            if (!conversation)
                return error(m_history.lastError());
            m_conversations << conversation->id;
        }
        return true;
    }

    QString errorString() const { return m_error; }
    //! How long queueMessage() took in single(): the durable write before anything is sent.
    QList<double> queueMs() const { return m_queueMs; }

    //! One reply at a time, queued durably and delivered: milliseconds each; then the same
    //! POST through a bare QNetworkAccessManager.
    bool single(int count, QList<double>* outbox, QList<double>* bare) {
        Outbox box(&m_history, &m_transport, &m_credentials);
        box.start();
        qint64 waitingFor = 0;
        bool sent = false;
        QObject::connect(&box, &Outbox::deliveryChanged, &box, [&](const Message& m) {
            if (m.id == waitingFor && m.state == DeliveryState::Sent)
                sent = true;
            if (m.id == waitingFor && m.state == DeliveryState::Failed)
                m_error = m.lastError;
        });
        for (int i = -3; i < count; ++i) { // three warm-ups, uncounted
            sent = false;
            const qint64 start = bench::monotonicNanos();
            const auto queued =
                box.queueMessage(m_conversations.first(), QStringLiteral("Reply number %1").arg(i));
            if (!queued)
                return error(box.lastError());
            waitingFor = queued->id;
            if (i >= 0)
                m_queueMs << double(bench::monotonicNanos() - start) / 1e6;
            if (!waitUntil([&] { return sent || !m_error.isEmpty(); }, &box,
                           SIGNAL(deliveryChanged(agentdesk::Message))) ||
                !m_error.isEmpty())
                return error(QStringLiteral("a single reply was not delivered: %1").arg(m_error));
            if (i >= 0)
                *outbox << double(bench::monotonicNanos() - start) / 1e6;
        }
        const Room room = m_rooms.first();
        for (int i = -3; i < count; ++i) {
            const qint64 start = bench::monotonicNanos();
            const QJsonDocument answer = BareClient::wait(
                m_bare->post(QStringLiteral("/api/v1/chat.sendMessage"),
                             singleBody(room, QStringLiteral("Reply number %1").arg(i),
                                        QStringLiteral("bare-single-%1").arg(i + 3)),
                             true));
            if (!answer.object().value(QLatin1String("success")).toBool())
                return error(QStringLiteral("the bare POST failed"));
            if (i >= 0)
                *bare << double(bench::monotonicNanos() - start) / 1e6;
        }
        return true;
    }

    //! `size` messages queued as one batch (an import: Rocket.Chat's livechat/messages) until
    //! every one is delivered; then one bare POST of the same array.
    bool batch(int size, int runs, QList<double>* outbox, QList<double>* bare) {
        QStringList parts;
        for (int i = 0; i < size; ++i)
            parts << QStringLiteral("Imported line %1 of the earlier chat").arg(i);
        for (int run = 0; run < runs; ++run) {
            Outbox box(&m_history, &m_transport, &m_credentials);
            box.start();
            int delivered = 0;
            QObject::connect(&box, &Outbox::deliveryChanged, &box, [&](const Message& m) {
                if (m.state == DeliveryState::Sent)
                    ++delivered;
                if (m.state == DeliveryState::Failed)
                    m_error = m.lastError;
            });
            const qint64 conversation = m_conversations.at(1 + run % (m_conversations.size() - 1));
            const qint64 start = bench::monotonicNanos();
            if (box.queueBatch(conversation, parts, Outbox::BatchKind::Import).size() != size)
                return error(box.lastError());
            if (!waitUntil([&] { return delivered >= size || !m_error.isEmpty(); }, &box,
                           SIGNAL(deliveryChanged(agentdesk::Message))) ||
                !m_error.isEmpty())
                return error(QStringLiteral("a batch was not delivered: %1").arg(m_error));
            *outbox << double(bench::monotonicNanos() - start) / 1e6;
        }
        for (int run = 0; run < runs; ++run) {
            const Room room = m_rooms.at(1 + run % (m_rooms.size() - 1));
            const qint64 start = bench::monotonicNanos();
            const QJsonDocument answer = BareClient::wait(m_bare->post(
                QStringLiteral("/api/v1/livechat/messages"), batchBody(room, parts), true));
            if (answer.object().value(QLatin1String("messages")).toArray().size() != size)
                return error(QStringLiteral("the bare batch POST failed"));
            *bare << double(bench::monotonicNanos() - start) / 1e6;
        }
        return true;
    }

    //! `count` replies queued over the conversations while the outbox is stopped, then one
    //! flush: messages/s. The bare client sends the same replies, all requests issued at once.
    bool flush(int count, double* outboxRate, double* bareRate) {
        const int lanes = int(m_conversations.size());
        {
            Outbox box(&m_history, &m_transport, &m_credentials);
            for (int i = 0; i < count; ++i) {
                if (!box.queueMessage(m_conversations.at(i % lanes),
                                      QStringLiteral("Queued reply %1").arg(i)))
                    return error(box.lastError());
            }
        }
        Outbox box(&m_history, &m_transport, &m_credentials);
        bool flushed = false;
        QObject::connect(&box, &Outbox::flushed, &box, [&flushed] { flushed = true; });
        const qint64 start = bench::monotonicNanos();
        box.flush();
        if (!waitUntil([&] { return flushed; }, &box, SIGNAL(flushed()), 300000))
            return error(QStringLiteral("the flush did not finish"));
        const double seconds = double(bench::monotonicNanos() - start) / 1e9;
        if (!m_history.pendingMessages().isEmpty() || !m_history.failedMessages().isEmpty())
            return error(QStringLiteral("the flush left messages undelivered"));
        *outboxRate = count / seconds;

        if (!setUp(lanes)) // the bare client starts on an empty sandbox too
            return false;
        int finished = 0;
        bool ok = true;
        QEventLoop loop; // left when the last reply finishes (not on a polling timer's tick)
        const qint64 bareStart = bench::monotonicNanos();
        for (int i = 0; i < count; ++i) {
            QNetworkReply* reply = m_bare->post(QStringLiteral("/api/v1/chat.sendMessage"),
                                                singleBody(m_rooms.at(i % lanes),
                                                           QStringLiteral("Queued reply %1").arg(i),
                                                           QStringLiteral("bare-flush-%1").arg(i)),
                                                true);
            QObject::connect(reply, &QNetworkReply::finished, reply,
                             [reply, &finished, &ok, &loop, count] {
                                 ok = ok && reply->error() == QNetworkReply::NoError;
                                 if (++finished == count)
                                     loop.quit();
                                 reply->deleteLater();
                             });
        }
        QTimer::singleShot(300000, &loop, [&loop] { loop.exit(1); });
        if ((finished < count && loop.exec() != 0) || !ok)
            return error(QStringLiteral("the bare sends failed"));
        *bareRate = count / (double(bench::monotonicNanos() - bareStart) / 1e9);
        return true;
    }

private:
    bool error(const QString& message) {
        m_error = message;
        return false;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<BareClient> m_bare;
    QList<Room> m_rooms;
    History m_history;
    Transport m_transport;
    MemoryCredentials m_credentials;
    QList<qint64> m_conversations;
    QList<double> m_queueMs;
    QString m_error;
};

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const auto option = [](const char* name, const char* help, const char* fallback) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QStringLiteral("N"), QString::fromLatin1(fallback));
    };
    parser.addOptions({
        option("singles", "single replies sent one after the other", "200"),
        option("batch", "messages in the batch", "1000"),
        option("batch-runs", "batches sent", "7"),
        option("flush", "replies queued before the flush", "10000"),
        option("flush-conversations", "conversations they are spread over", "100"),
    });
    parser.process(app);
    const auto number = [&parser](const char* name) {
        return parser.value(QString::fromLatin1(name)).toInt();
    };
    const int singles = number("singles"), batchSize = number("batch"),
              batchRuns = number("batch-runs"), flushCount = number("flush"),
              flushLanes = number("flush-conversations");
    if (singles < 1 || batchSize < 1 || batchRuns < 1 || flushCount < 1 || flushLanes < 2)
        return bench::fail(QStringLiteral("every count must be positive (conversations >= 2)"));

    Bench bench;
    QList<double> singleOutbox, singleBare, batchOutbox, batchBare;
    if (!bench.setUp(2) || !bench.single(singles, &singleOutbox, &singleBare))
        return bench::fail(bench.errorString());
    bench::report({{QStringLiteral("figure"), QStringLiteral("single")},
                   {QStringLiteral("outboxMs"), bench::median(singleOutbox)},
                   {QStringLiteral("bareMs"), bench::median(singleBare)},
                   {QStringLiteral("outboxP95Ms"), bench::percentile(singleOutbox, 0.95)},
                   {QStringLiteral("queueMs"), bench::median(bench.queueMs())}});
    if (!bench.setUp(2) || !bench.batch(batchSize, batchRuns, &batchOutbox, &batchBare))
        return bench::fail(bench.errorString());
    bench::report({{QStringLiteral("figure"), QStringLiteral("batch")},
                   {QStringLiteral("outboxMs"), bench::median(batchOutbox)},
                   {QStringLiteral("bareMs"), bench::median(batchBare)},
                   {QStringLiteral("size"), batchSize}});
    double flushRate = 0, bareRate = 0;
    if (!bench.setUp(flushLanes) || !bench.flush(flushCount, &flushRate, &bareRate))
        return bench::fail(bench.errorString());
    bench::report({{QStringLiteral("figure"), QStringLiteral("flush")},
                   {QStringLiteral("outboxPerSecond"), flushRate},
                   {QStringLiteral("barePerSecond"), bareRate},
                   {QStringLiteral("messages"), flushCount}});
    return 0;
}
