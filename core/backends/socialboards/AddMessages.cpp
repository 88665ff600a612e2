#include "AddMessages.h"

#include <QJsonDocument>

namespace agentdesk::socialboards {

ApiError checkAddMessages(const AddMessagesRequest& request, const QDateTime& now) {
    if (request.conversationId <= 0)
        return refused(QStringLiteral("no conversation id"));
    if (request.messages.isEmpty())
        return refused(QStringLiteral("no messages to add"));
    const QDateTime latest = now.addSecs(kMaxCreationTimeAheadSecs);
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        const NewMessage& m = request.messages.at(i);
        const QString which = QStringLiteral("message %1").arg(i + 1);
        if (m.message.isEmpty())
            return refused(which + QStringLiteral(": the text is empty"));
        if (!m.author.identifiesSomeone()) {
            return refused(which + QStringLiteral(": the author needs an id, an email or a custom "
                                                  "identifier (or must be the bot)"));
        }
        if (m.creationTime.isValid() && m.creationTime > latest) {
            return refused(which + QStringLiteral(": creationTime %1 is %2 s ahead of now; "
                                                  "SocialBoards allows at most %3 s")
                                       .arg(formatIsoDateTime(m.creationTime))
                                       .arg(now.secsTo(m.creationTime))
                                       .arg(kMaxCreationTimeAheadSecs));
        }
    }
    return {};
}

HttpRequest addMessagesRequest(const Server& server, const AddMessagesRequest& request) {
    QJsonArray body;
    for (const NewMessage& m : request.messages) {
        QJsonObject item{
            {QStringLiteral("message"), m.message},
            {QStringLiteral("author"), userValueJson(m.author)},
        };
        if (m.creationTime.isValid())
            item.insert(QStringLiteral("creationTime"), formatIsoDateTime(m.creationTime));
        if (m.isByTeam)
            item.insert(QStringLiteral("isByTeam"), *m.isByTeam);
        body.append(item);
    }
    HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(server.baseUrl,
                      QStringLiteral("chat/conversations/%1/messages").arg(request.conversationId));
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.credentials = server.credentials();
    return http;
}

Result<QList<ConversationMessage>> parseAddMessagesReply(const HttpResponse& response) {
    const auto envelope = unwrapEnvelope(response);
    if (!envelope)
        return envelope.error();
    JsonReader reader(envelope.value());
    const QJsonArray data = reader.array(QStringLiteral("data"));
    QList<ConversationMessage> messages =
        parseConversationMessages(reader, data, QStringLiteral("data"));
    if (!reader.ok())
        return badShape(reader.error());
    return messages;
}

void addMessages(Transport& transport, const Server& server, const AddMessagesRequest& request,
                 QObject* context, ResultCallback<QList<ConversationMessage>> done) {
    if (const ApiError error = checkAddMessages(request, transport.now()))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<QList<ConversationMessage>>(transport, addMessagesRequest(server, request),
                                             &readError, &parseAddMessagesReply, context,
                                             std::move(done));
}

} // namespace agentdesk::socialboards
