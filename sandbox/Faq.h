#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

//! The small knowledge base the sandbox's LiveChatAI agent answers from.
class Faq {
public:
    struct Entry {
        QString topic;        //!< stable name, kept as the conversation's context
        QStringList keywords; //!< lower-case words that point to this entry
        QString answer;       //!< Markdown, with its source link
        QString followUp;     //!< Markdown, for a follow-up question on the same topic
        QString link;         //!< the source page
    };

    static const QList<Entry>& entries();
    //! The best entry for a question, or nullptr when no keyword matches.
    static const Entry* match(const QString& question);
    static const Entry* byTopic(const QString& topic);
    //! What the agent says when it does not know.
    static QString fallbackAnswer();
    static QString fallbackLink();
};

} // namespace sandbox
