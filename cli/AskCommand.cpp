#include "CliContext.h"
#include "Commands.h"
#include "ResultJson.h"
#include "TerminalText.h"

namespace agentdesk::cli {

int askCommand(CliContext& c, const QStringList& arguments) {
    c.parser.setApplicationDescription(QStringLiteral("Ask the LiveChatAI agent a question."));
    c.addCommonOptions();
    c.parser.addOption({QStringLiteral("server"),
                        QStringLiteral("LiveChatAI base URL (https://app.livechatai.com)."),
                        QStringLiteral("url")});
    c.parser.addOption(
        {QStringLiteral("agent-id"), QStringLiteral("The AI agent to ask."), QStringLiteral("id")});
    c.parser.addOption({QStringLiteral("conversation"),
                        QStringLiteral("Continue this LiveChatAI conversation."),
                        QStringLiteral("id")});
    c.parser.addOption({QStringLiteral("format"), QStringLiteral("markdown (default) or plain."),
                        QStringLiteral("format"), QStringLiteral("markdown")});
    c.parser.addPositionalArgument(QStringLiteral("QUESTION"),
                                   QStringLiteral("The question (- reads standard input)."));
    bool help = false;
    if (!c.parse(arguments, &help))
        return Usage;
    if (help)
        return Success;

    livechatai::AskRequest request;
    const QString format = c.parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("markdown"))
        request.responseFormat = livechatai::ResponseFormat::Markdown;
    else if (format == QLatin1String("plain"))
        request.responseFormat = livechatai::ResponseFormat::Plain;
    else
        return c.usageError(QStringLiteral("--format must be markdown or plain"));
    const auto server = c.serverUrl();
    const auto agent = server ? c.required(QStringLiteral("agent-id")) : std::nullopt;
    const auto question = agent ? c.text() : std::nullopt;
    const auto key = question ? c.secret(QStringLiteral("AGENTDESK_LCAI_API_KEY")) : std::nullopt;
    if (!key)
        return Usage;
    request.agentId = *agent;
    request.question = *question;
    request.conversationId = c.parser.value(QStringLiteral("conversation"));

    const livechatai::Server target{*server, *key};
    const auto result = c.wait<livechatai::Answer>([&](QObject* context, auto done) {
        livechatai::ask(c.transport, target, request, context, std::move(done));
    });
    if (!result)
        return c.failure(result.error());
    const livechatai::Answer& answer = result.value();
    if (c.json()) {
        c.printJson(toJson(answer));
        return Success;
    }
    c.out << terminalSafe(answer.response) << '\n';
    if (!answer.links.isEmpty()) {
        c.out << "\nSources:\n";
        for (const auto& link : answer.links)
            c.out << "  " << terminalSafeField(link.link) << '\n';
    }
    c.out << "\n(conversation " << terminalSafeField(answer.conversationId) << ")\n";
    return Success;
}

} // namespace agentdesk::cli
