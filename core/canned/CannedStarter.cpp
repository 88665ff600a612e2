// The starter set: the four replies every desk needs on its first day, in the UI's language.
#include "CannedLibrary.h"

namespace agentdesk {

QList<CannedReply> CannedLibrary::starterSet() {
    const QString folder = tr("Starter");
    auto reply = [&folder](const QString& title, const QString& trigger, const QString& text) {
        CannedReply r;
        r.title = title;
        r.trigger = trigger;
        r.text = text;
        r.folder = folder;
        return r;
    };
    return {
        reply(tr("Greeting"), tr("hello", "trigger word: one word, no spaces"),
              tr("Hi {visitor.name}, thanks for reaching out! I'm {agent.name} and I'm happy to "
                 "help. {cursor}")),
        reply(tr("Ask for the order number"), tr("order", "trigger word: one word, no spaces"),
              tr("Could you send me your order number? You'll find it in the confirmation "
                 "e-mail we sent you.{cursor}")),
        reply(tr("Closing"), tr("bye", "trigger word: one word, no spaces"),
              tr("Thanks for contacting us, {visitor.name}! If anything else comes up, just "
                 "write to us here. Have a great day.")),
        reply(tr("Hand over to a colleague"), tr("handover", "trigger word: one word, no spaces"),
              tr("I'm handing you over to a colleague who knows this topic best.\n---\nThey'll "
                 "be with you in a moment and can already read our conversation, so there is "
                 "no need to repeat anything.")),
    };
}

} // namespace agentdesk
