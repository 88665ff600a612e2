#include "CoreDesk.h"

#include "desk/Accounts.h"
#include "store/History.h"

#include <QUuid>

using namespace agentdesk;

CoreDesk::CoreDesk(const QUrl& server) {
    if (!m_dir.isValid())
        qFatal("no temporary directory");
    Desk::Options options;
    options.secrets = Desk::Secrets::Memory;
    options.cannedStarterSet = false;
    if (!desk.open(m_dir.path(), options))
        qFatal("cannot open the desk: %s", qPrintable(desk.errorString()));
    Account a;
    a.backend = Backend::RocketChat;
    a.serverUrl = server;
    a.displayName = QStringLiteral("Acme support");
    a.userId = QStringLiteral("agent-1");
    a.username = QStringLiteral("kim.jane");
    a.agentName = QStringLiteral("Kim Jane");
    const auto added = desk.accounts()->add(a, QStringLiteral("test-token"));
    if (!added)
        qFatal("cannot add the account: %s", qPrintable(desk.accounts()->lastError()));
    account = *added;
}

Conversation CoreDesk::addRoom(int n, const QString& name, bool open) {
    Conversation c;
    c.accountId = account.id;
    c.backend = Backend::RocketChat;
    c.remoteId = QStringLiteral("room-%1").arg(n);
    c.visitorToken = QStringLiteral("token-%1").arg(n);
    c.title = name;
    c.visitorName = name;
    c.visitorEmail = name.section(u' ', 0, 0).toLower() + QStringLiteral("@example.org");
    c.open = open;
    const auto stored = desk.history()->upsertConversation(c);
    if (!stored)
        qFatal("cannot add a conversation: %s", qPrintable(desk.history()->lastError()));
    return *stored;
}

Message CoreDesk::addVisitorMessage(qint64 conversationId, const QString& text) {
    Message m;
    m.conversationId = conversationId;
    m.direction = Direction::Incoming;
    m.author = QStringLiteral("Visitor");
    m.text = text;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.remoteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto stored = desk.history()->addMessage(m);
    if (!stored)
        qFatal("cannot add a message: %s", qPrintable(desk.history()->lastError()));
    return *stored;
}
