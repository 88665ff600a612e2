#include "ListConversations.h"

namespace agentdesk::livechatai {

ApiError checkListConversations(const ListConversationsRequest& request) {
    if (request.agentId.isEmpty())
        return refused(QStringLiteral("no agentId: whose conversations should be listed?"));
    if (request.page < 1)
        return refused(QStringLiteral("page must be 1 or more (got %1)").arg(request.page));
    if (request.perPage < 1 || request.perPage > kMaxPerPage) {
        return refused(QStringLiteral("perPage must be between 1 and %1 (got %2)")
                           .arg(kMaxPerPage)
                           .arg(request.perPage));
    }
    return {};
}

HttpRequest listConversationsRequest(const Server& server,
                                     const ListConversationsRequest& request) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("agentId"), request.agentId);
    query.addQueryItem(QStringLiteral("page"), QString::number(request.page));
    query.addQueryItem(QStringLiteral("perPage"), QString::number(request.perPage));
    if (request.status)
        query.addQueryItem(QStringLiteral("status"), toString(*request.status));
    HttpRequest http;
    http.method = "GET";
    http.url = apiUrl(server.baseUrl, QStringLiteral("/api/v2/conversations"), query);
    http.credentials = server.credentials();
    return http;
}

Result<ConversationPage> parseListConversationsReply(const HttpResponse& response) {
    const auto envelope = unwrapEnvelope(response);
    if (!envelope)
        return envelope.error();
    JsonReader reader(envelope.value());
    JsonReader data = reader.child(QStringLiteral("data"));
    ConversationPage page;
    const QJsonArray conversations = data.array(QStringLiteral("conversations"));
    for (qsizetype i = 0; i < conversations.size() && reader.ok(); ++i) {
        page.conversations.append(
            parseConversation(data.element(conversations, i, QStringLiteral("conversations"))));
    }
    if (auto meta = data.optionalChild(QStringLiteral("meta"))) {
        page.meta.total = meta->integer(QStringLiteral("total"));
        page.meta.perPage = int(meta->integer(QStringLiteral("perPage")));
        page.meta.currentPage = int(meta->integer(QStringLiteral("currentPage")));
        page.meta.totalPages = int(meta->integer(QStringLiteral("totalPages")));
    }
    if (!reader.ok())
        return badShape(reader.error());
    return page;
}

void listConversations(Transport& transport, const Server& server,
                       const ListConversationsRequest& request, QObject* context,
                       ResultCallback<ConversationPage> done) {
    if (const ApiError error = checkListConversations(request))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<ConversationPage>(transport, listConversationsRequest(server, request), &readError,
                                   &parseListConversationsReply, context, std::move(done));
}

} // namespace agentdesk::livechatai
