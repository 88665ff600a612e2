#include "DeskFixture.h"

#include "desk/Accounts.h"

#include <QUuid>

using namespace agentdesk;

Desk& DeskFixture::opened(Desk& desk, const QTemporaryDir& dir) {
    if (!dir.isValid())
        qFatal("no temporary directory");
    Desk::Options options;
    options.secrets = Desk::Secrets::Memory;
    options.cannedStarterSet = false;
    if (!desk.open(dir.path(), options))
        qFatal("cannot open the desk: %s", qPrintable(desk.errorString()));
    return desk;
}

DeskFixture::DeskFixture(const QUrl& server)
    : history(*opened(desk, m_dir).history())
    , transport(*desk.transport())
    , credentials(*desk.memorySecrets())
    , outbox(desk.outbox()) {
    Account a;
    a.backend = Backend::RocketChat;
    a.serverUrl = server;
    a.displayName = QStringLiteral("Acme support");
    a.userId = QStringLiteral("agent-1");
    a.username = QStringLiteral("kim.jane");
    const auto added = desk.accounts()->add(a, QStringLiteral("test-token"));
    QVERIFY(added);
    account = *added;
}

Conversation DeskFixture::addConversation(int n, const QString& name, Backend backend) {
    Conversation c;
    c.accountId = account.id;
    c.backend = backend;
    c.remoteId = QStringLiteral("room-%1").arg(n);
    c.visitorToken = QStringLiteral("token-%1").arg(n);
    c.title = name;
    c.visitorName = name;
    const auto stored = history.upsertConversation(c);
    if (!stored)
        qFatal("cannot add a conversation: %s", qPrintable(history.lastError()));
    return *stored;
}

QList<Message> DeskFixture::addMessages(qint64 conversationId, int count, const QDateTime& start,
                                        const QString& prefix) {
    QList<Message> messages;
    messages.reserve(count);
    for (int i = 0; i < count; ++i) {
        Message m;
        m.conversationId = conversationId;
        m.direction = i % 2 == 0 ? Direction::Incoming : Direction::Outgoing;
        m.author = i % 2 == 0 ? QStringLiteral("Visitor") : QStringLiteral("kim.jane");
        m.text = QStringLiteral("%1message %2").arg(prefix).arg(i);
        m.createdAt = start.addSecs(60LL * i);
        m.remoteId = QStringLiteral("r-%1-%2-%3").arg(conversationId).arg(prefix).arg(i);
        if (m.direction == Direction::Outgoing) {
            m.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m.state = DeliveryState::Sent;
            m.sentAt = m.createdAt;
        }
        messages << m;
    }
    return history.addMessages(messages);
}

Message DeskFixture::addIncoming(qint64 conversationId, const QString& text, Direction direction,
                                 TextFormat format) {
    Message m;
    m.conversationId = conversationId;
    m.direction = direction;
    m.author =
        direction == Direction::Ai ? QStringLiteral("LiveChatAI") : QStringLiteral("Visitor");
    m.text = text;
    m.format = format;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.remoteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto stored = history.addMessage(m);
    if (!stored)
        qFatal("cannot add a message: %s", qPrintable(history.lastError()));
    return *stored;
}
