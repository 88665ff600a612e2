#include "LiveChatAiAgent.h"
#include "RocketChatRooms.h"
#include "SocialBoardsConversations.h"
#include "World.h"

#include <QJsonArray>

namespace sandbox {

namespace {
QJsonObject agentUser(const QString& id, const QString& username, const QString& name,
                      const QString& authToken) {
    const QJsonObject me{
        {QStringLiteral("_id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("address"), username + "@example.com"},
                                {QStringLiteral("verified"), true}}}},
        {QStringLiteral("status"), QStringLiteral("online")},
        {QStringLiteral("statusConnection"), QStringLiteral("online")},
        {QStringLiteral("username"), username},
        {QStringLiteral("utcOffset"), 0},
        {QStringLiteral("active"), true},
        {QStringLiteral("roles"),
         QJsonArray{QStringLiteral("user"), QStringLiteral("livechat-agent")}},
        {QStringLiteral("statusLivechat"), QStringLiteral("available")},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("preferences"), QJsonObject()}}},
    };
    return {{QStringLiteral("_id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("name"), name},
            {QStringLiteral("password"), QStringLiteral("demo")},
            {QStringLiteral("authToken"), authToken},
            {QStringLiteral("me"), me}};
}

QJsonObject visitor(const QString& id, const QString& username, const QString& name,
                    const QString& token) {
    return {{QStringLiteral("_id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("name"), name},
            {QStringLiteral("token"), token}};
}

QJsonObject canned(const QString& id, const QString& shortcut, const QString& text,
                   const QString& scope, const QJsonArray& tags, const QString& departmentId) {
    QJsonObject response{
        {QStringLiteral("_id"), id},
        {QStringLiteral("shortcut"), shortcut},
        {QStringLiteral("text"), text},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("createdBy"),
         QJsonObject{{QStringLiteral("_id"), QStringLiteral("CkCPNcvsvCDfmWLqC")},
                     {QStringLiteral("username"), QStringLiteral("kim.jane")}}},
        {QStringLiteral("userId"), QStringLiteral("CkCPNcvsvCDfmWLqC")},
        {QStringLiteral("_createdAt"), QStringLiteral("2023-09-12T09:01:44.120Z")},
        {QStringLiteral("_updatedAt"), QStringLiteral("2023-09-12T09:01:44.120Z")},
    };
    if (!departmentId.isEmpty())
        response.insert(QStringLiteral("departmentId"), departmentId);
    return response;
}

//! Opens a room with a fixed id and plays a short history into it (V: visitor, A: agent).
void seedRoom(World& world, const QString& rid, const QJsonObject& guest, const QJsonObject& agent,
              int minutesAgo, const QStringList& lines) {
    RocketChatRooms rooms(world);
    QDateTime when = World::now().addSecs(-60 * minutesAgo);
    const QString random = rooms.openRoom(guest, agent, when);
    auto& room = world.rocketChat().rooms[rooms.roomIndex(random)];
    room.insert(QStringLiteral("_id"), rid);
    for (QJsonObject& message : world.rocketChat().messages) {
        if (message.value(QLatin1String("rid")).toString() == random)
            message.insert(QStringLiteral("rid"), rid);
    }
    for (const QString& line : lines) {
        when = when.addSecs(50);
        if (line.startsWith(QLatin1String("V:")))
            rooms.postAsVisitor(rid, guest, line.mid(2).trimmed(), {}, when);
        else
            rooms.postAsAgent(rid, agent, line.mid(2).trimmed(), when);
    }
}

void seedRocketChat(World& world) {
    auto& rc = world.rocketChat();
    const QJsonObject kim =
        agentUser(QStringLiteral("CkCPNcvsvCDfmWLqC"), QStringLiteral("kim.jane"),
                  QStringLiteral("Kim Jane"), QStringLiteral("demo-rocketchat-token"));
    const QJsonObject li =
        agentUser(QStringLiteral("Lw8xR2mQ9tZk4VbNc"), QStringLiteral("li.wei"),
                  QStringLiteral("Li Wei"), QStringLiteral("demo-rocketchat-li"));
    rc.users = {kim, li};
    const QJsonObject baek =
        visitor(QStringLiteral("6523dc0ba2f73c7460e18d4d"), QStringLiteral("guest-35"),
                QStringLiteral("Baek"),
                QStringLiteral("54fc5544030bcecda053311cb6b98920bdf953f242c129d7b8065000b1f9b2e9"));
    const QJsonObject marcos =
        visitor(QStringLiteral("xh45w4y7oPW5SiMJu"), QStringLiteral("guest-4"),
                QStringLiteral("Marcos Defendi"), QStringLiteral("xn5hdkyptei11m07f3me"));
    const QJsonObject amara =
        visitor(QStringLiteral("5f2b9c1d7e3a4b6c8d0e1f2a"), QStringLiteral("guest-12"),
                QStringLiteral("Amara Okafor"), QStringLiteral("a7c1f0e2d4b6a8c0e2f4a6b8c0d2e4f6"));
    const QJsonObject jonas =
        visitor(QStringLiteral("7a1c3e5f7b9d1f3a5c7e9b1d"), QStringLiteral("guest-21"),
                QStringLiteral("Jonas Berg"), QStringLiteral("0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a"));
    const QJsonObject sofia =
        visitor(QStringLiteral("9c8b7a6f5e4d3c2b1a0f9e8d"), QStringLiteral("guest-27"),
                QStringLiteral("Sofia Rossi"), QStringLiteral("5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"));
    rc.visitors = {baek, marcos, amara, jonas, sofia};

    seedRoom(world, QStringLiteral("hGFwSKA28nRKut3pD"), baek, kim, 95,
             {QStringLiteral("V: Hi, the checkout page keeps spinning after I click Pay."),
              QStringLiteral("A: Sorry about that! Which browser are you using?"),
              QStringLiteral("V: Firefox on Windows."),
              QStringLiteral("A: Please clear the cache and reload the page."),
              QStringLiteral("V: Thanks, that fixed it! When will my order ship?")});
    seedRoom(world, QStringLiteral("9dQMveZhqxiDgCM3B"), marcos, kim, 40,
             {QStringLiteral("V: Hello, I'd like a refund for order #4411, the jacket is too "
                             "small.")});
    seedRoom(world, QStringLiteral("Tz4kQ8wPn2XvLr6Ma"), amara, kim, 12,
             {QStringLiteral("V: Can I change the e-mail address on my account?"),
              QStringLiteral("A: Yes! Go to Settings, then Profile, and edit it there."),
              QStringLiteral("V: I don't see a Profile tab, only Billing.")});
    seedRoom(world, QStringLiteral("ClosedRoom7xK2pQ9"), jonas, kim, 600,
             {QStringLiteral("V: Do you ship to Norway?"),
              QStringLiteral("A: We do, delivery takes 4-6 business days."),
              QStringLiteral("V: Great, thanks!")});
    RocketChatRooms(world).closeRoom(QStringLiteral("ClosedRoom7xK2pQ9"));
    seedRoom(world, QStringLiteral("Lw8RoomSofia3Jk5N"), sofia, li, 25,
             {QStringLiteral("V: Is the premium plan billed monthly?")});

    rc.canned = {
        canned(QStringLiteral("Z9sKxHnqE4bWfLmT2"), QStringLiteral("hello"),
               QStringLiteral("Hello {{contact.name}}, thanks for reaching out! How can I help "
                              "you today?"),
               QStringLiteral("global"), {QStringLiteral("greeting")}, {}),
        canned(QStringLiteral("mQ2cT7pXvR5yNdJ8a"), QStringLiteral("refund"),
               QStringLiteral("Refunds are processed within 5 business days after we receive "
                              "the item."),
               QStringLiteral("department"), {QStringLiteral("billing"), QStringLiteral("refund")},
               QStringLiteral("xnmXQmytuvxp2TuSC")),
        canned(QStringLiteral("c4HwLs9EoU1gYkVbP"), QStringLiteral("bye"),
               QStringLiteral("Glad I could help. Have a great day!"), QStringLiteral("user"), {},
               {}),
    };
}

void seedSocialBoards(World& world) {
    auto& sb = world.socialBoards();
    sb.clients = {QJsonObject{
        {QStringLiteral("clientId"), QStringLiteral("agentdesk-demo")},
        {QStringLiteral("refreshToken"), QStringLiteral("demo-socialboards-refresh-token")}}};
    sb.accessTokens.insert(QStringLiteral("demo-socialboards-token"), QDateTime());
    sb.nextConversationId = 254626;
    SocialBoardsConversations conversations(world);
    const QJsonObject john{{QStringLiteral("name"), QStringLiteral("John")},
                           {QStringLiteral("email"), QStringLiteral("john@dow.com")}};
    const QJsonObject team{{QStringLiteral("name"), QStringLiteral("Support Team")},
                           {QStringLiteral("email"), QStringLiteral("support@example.com")}};
    const QDateTime start = World::now().addSecs(-3600);
    const qint64 first =
        conversations
            .create(john, QStringLiteral("Chat API Client Problems"),
                    QStringLiteral("https://thejohndow.com"),
                    QStringLiteral("Hi, I have some questions about the Chat API"), start)
            .value(QLatin1String("id"))
            .toInteger();
    conversations.addMessage(first, team,
                             QStringLiteral("Hi John, happy to help. What would you like to know?"),
                             start.addSecs(120), true);
    conversations.addMessage(first, john, QStringLiteral("How do I attach a file to a message?"),
                             start.addSecs(300), false);
    const QJsonObject priya{{QStringLiteral("name"), QStringLiteral("Priya Nair")},
                            {QStringLiteral("customIdentifier"), QStringLiteral("CUS-20931")}};
    conversations.create(
        priya, QStringLiteral("Invoice VAT number"), QStringLiteral("https://example.com/billing"),
        QStringLiteral("My invoice shows the wrong VAT number."), World::now().addSecs(-900));
    sb.nextConversationId = 254700;
}

void seedLiveChatAi(World& world) {
    world.liveChatAi().agents = {
        QJsonObject{{QStringLiteral("id"), QStringLiteral("clx1234567890abcdef")},
                    {QStringLiteral("name"), QStringLiteral("AgentDesk Helper")},
                    {QStringLiteral("apiKey"), QStringLiteral("demo-livechatai-key")}}};
    LiveChatAiAgent agent(world);
    agent.ask(QStringLiteral("clx1234567890abcdef"), QStringLiteral("chat_1234567890"),
              QStringLiteral("What are your business hours?"), QStringLiteral("TEXT"), false,
              QStringLiteral("WHATSAPP"));
}
} // namespace

void seedDemoWorld(World& world) {
    seedRocketChat(world);
    seedSocialBoards(world);
    seedLiveChatAi(world);
}

} // namespace sandbox
