#include "CreateConversation.h"

#include <QJsonDocument>

namespace agentdesk::socialboards {

ApiError checkCreateConversation(const CreateConversationRequest& request) {
    if (!request.author.identifiesSomeone()) {
        return refused(QStringLiteral("the conversation's author needs an id, an email or a "
                                      "custom identifier (or must be the bot)"));
    }
    return {};
}

HttpRequest createConversationRequest(const Server& server,
                                      const CreateConversationRequest& request) {
    QJsonObject body{{QStringLiteral("author"), userValueJson(request.author)}};
    auto put = [&body](const char* key, const QString& value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(key), value);
    };
    put("title", request.title);
    put("url", request.url);
    put("sentiment", request.sentiment);
    if (request.categoryId)
        body.insert(QStringLiteral("categoryId"), *request.categoryId);
    if (request.isBotEnabled)
        body.insert(QStringLiteral("isBotEnabled"), *request.isBotEnabled);

    HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(server.baseUrl, QStringLiteral("chat/conversations"));
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.credentials = server.credentials();
    return http;
}

Conversation parseConversation(JsonReader reader) {
    Conversation c;
    c.author = parseUser(reader.child(QStringLiteral("author")));
    c.creationTime = reader.dateTime(QStringLiteral("creationTime"));
    c.id = reader.integer(QStringLiteral("id"));
    c.initialPageUrl = reader.optionalString(QStringLiteral("initialPageUrl"));
    c.isClosed = reader.boolean(QStringLiteral("isClosed"));
    c.isTakeoverEnabled =
        reader.optionalBoolean(QStringLiteral("isTakeoverEnabled")).value_or(false);
    c.lastModifiedTime = reader.optionalDateTime(QStringLiteral("lastModifiedTime"));
    c.latestPageUrl = reader.optionalString(QStringLiteral("latestPageUrl"));
    c.messages = parseConversationMessages(reader, reader.optionalArray(QStringLiteral("messages")),
                                           QStringLiteral("messages"));
    if (auto queue = reader.optionalChild(QStringLiteral("queuePositionInfo"))) {
        QueuePosition position;
        position.position = queue->integer(QStringLiteral("position"));
        position.waitTime = queue->optionalInteger(QStringLiteral("waitTime"));
        c.queuePositionInfo = position;
    }
    c.totalMessagesCount = reader.optionalInteger(QStringLiteral("totalMessagesCount")).value_or(0);
    reader.optionalArray(QStringLiteral("fields")); // checked for type; not used by the desk
    return c;
}

Result<Conversation> parseCreateConversationReply(const HttpResponse& response) {
    const auto envelope = unwrapEnvelope(response);
    if (!envelope)
        return envelope.error();
    JsonReader reader(envelope.value());
    Conversation conversation = parseConversation(reader.child(QStringLiteral("data")));
    if (!reader.ok())
        return badShape(reader.error());
    return conversation;
}

void createConversation(Transport& transport, const Server& server,
                        const CreateConversationRequest& request, QObject* context,
                        ResultCallback<Conversation> done) {
    if (const ApiError error = checkCreateConversation(request))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<Conversation>(transport, createConversationRequest(server, request), &readError,
                               &parseCreateConversationReply, context, std::move(done));
}

} // namespace agentdesk::socialboards
