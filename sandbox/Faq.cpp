#include "Faq.h"

#include <QRegularExpression>

namespace sandbox {

const QList<Faq::Entry>& Faq::entries() {
    static const QList<Entry> list{
        {QStringLiteral("business-hours"),
         {QStringLiteral("hours"), QStringLiteral("open"), QStringLiteral("opening"),
          QStringLiteral("closed"), QStringLiteral("weekend")},
         QStringLiteral("Our support team is available **Monday to Friday, 9 AM to 6 PM CET**. "
                        "Outside these hours you can leave a message and we answer the next "
                        "business day.\n\nSource: [Opening hours](https://help.example.com/hours)"),
         QStringLiteral("On **weekends and public holidays** the team is offline; messages sent "
                        "then are answered on Monday morning.\n\nSource: "
                        "[Opening hours](https://help.example.com/hours)"),
         QStringLiteral("https://help.example.com/hours")},
        {QStringLiteral("refunds"),
         {QStringLiteral("refund"), QStringLiteral("money"), QStringLiteral("return"),
          QStringLiteral("cancel")},
         QStringLiteral("You can return any item within **30 days**. Refunds are processed "
                        "within **5 business days** after we receive it.\n\nSource: "
                        "[Refund policy](https://help.example.com/refunds)"),
         QStringLiteral("The refund goes back to the **original payment method**; bank "
                        "transfers can take 2-3 more days to show.\n\nSource: "
                        "[Refund policy](https://help.example.com/refunds)"),
         QStringLiteral("https://help.example.com/refunds")},
        {QStringLiteral("shipping"),
         {QStringLiteral("shipping"), QStringLiteral("delivery"), QStringLiteral("deliver"),
          QStringLiteral("track"), QStringLiteral("parcel"), QStringLiteral("order")},
         QStringLiteral("Orders ship within **1 business day**; delivery takes 2-4 days in the "
                        "EU. You get a tracking link by e-mail once the parcel leaves.\n\n"
                        "Source: [Shipping](https://help.example.com/shipping)"),
         QStringLiteral("Express delivery (next business day) is available at checkout for "
                        "**EUR 9.90**.\n\nSource: [Shipping](https://help.example.com/shipping)"),
         QStringLiteral("https://help.example.com/shipping")},
        {QStringLiteral("password"),
         {QStringLiteral("password"), QStringLiteral("login"), QStringLiteral("log"),
          QStringLiteral("sign"), QStringLiteral("reset"), QStringLiteral("account")},
         QStringLiteral("To reset your password, open **Sign in → Forgot password** and follow "
                        "the link we e-mail you; it is valid for 1 hour.\n\nSource: "
                        "[Account help](https://help.example.com/account)"),
         QStringLiteral("No e-mail? Check the spam folder, or ask us to resend it from the "
                        "address on your account.\n\nSource: "
                        "[Account help](https://help.example.com/account)"),
         QStringLiteral("https://help.example.com/account")},
        {QStringLiteral("pricing"),
         {QStringLiteral("price"), QStringLiteral("pricing"), QStringLiteral("cost"),
          QStringLiteral("plan"), QStringLiteral("subscription"), QStringLiteral("invoice")},
         QStringLiteral("Plans start at **EUR 12 per agent and month**, billed yearly; a 14-day "
                        "trial needs no card.\n\nSource: "
                        "[Pricing](https://help.example.com/pricing)"),
         QStringLiteral("Invoices are in **Settings → Billing** and are e-mailed on each "
                        "renewal.\n\nSource: [Pricing](https://help.example.com/pricing)"),
         QStringLiteral("https://help.example.com/pricing")},
    };
    return list;
}

const Faq::Entry* Faq::match(const QString& question) {
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"));
    const QStringList words = question.toLower().split(nonWord, Qt::SkipEmptyParts);
    const Entry* best = nullptr;
    int bestScore = 0;
    for (const Entry& entry : entries()) {
        int score = 0;
        for (const QString& word : words) {
            for (const QString& keyword : entry.keywords) {
                if (word == keyword || (keyword.size() > 4 && word.startsWith(keyword)))
                    ++score;
            }
        }
        if (score > bestScore) {
            best = &entry;
            bestScore = score;
        }
    }
    return best;
}

const Faq::Entry* Faq::byTopic(const QString& topic) {
    for (const Entry& entry : entries()) {
        if (entry.topic == topic)
            return &entry;
    }
    return nullptr;
}

QString Faq::fallbackAnswer() {
    return QStringLiteral("I could not find that in our help center. A member of the team will "
                          "follow up here shortly.\n\nSource: "
                          "[Help center](https://help.example.com/)");
}

QString Faq::fallbackLink() {
    return QStringLiteral("https://help.example.com/");
}

} // namespace sandbox
