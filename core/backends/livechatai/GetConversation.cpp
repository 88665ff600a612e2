#include "GetConversation.h"

namespace agentdesk::livechatai {

ApiError checkGetConversation(const GetConversationRequest& request) {
    if (!isPathSegment(request.conversationId)) {
        return refused(
            QStringLiteral("not a conversation id: \"%1\"").arg(request.conversationId.left(80)));
    }
    return {};
}

HttpRequest getConversationRequest(const Server& server, const GetConversationRequest& request) {
    HttpRequest http;
    http.method = "GET";
    http.url =
        apiUrl(server.baseUrl, QStringLiteral("/api/v2/conversations/") + request.conversationId);
    http.credentials = server.credentials();
    return http;
}

Result<Conversation> parseGetConversationReply(const HttpResponse& response) {
    const auto envelope = unwrapEnvelope(response);
    if (!envelope)
        return envelope.error();
    JsonReader reader(envelope.value());
    JsonReader data = reader.child(QStringLiteral("data"));
    data.array(QStringLiteral("messages")); // the one read that must carry them
    Conversation conversation = parseConversation(data);
    if (!reader.ok())
        return badShape(reader.error());
    return conversation;
}

void getConversation(Transport& transport, const Server& server,
                     const GetConversationRequest& request, QObject* context,
                     ResultCallback<Conversation> done) {
    if (const ApiError error = checkGetConversation(request))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<Conversation>(transport, getConversationRequest(server, request), &readError,
                               &parseGetConversationReply, context, std::move(done));
}

} // namespace agentdesk::livechatai
