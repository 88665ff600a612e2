#pragma once

#include <QString>
#include <QStringList>

#include <array>

//! Deterministic support-chat text for the bench: visitor names and message bodies in several
//! languages, with realistic lengths and a few very long pastes, all from one seed.
//!
//! It carries its own generator (splitmix64) rather than <random>'s distributions, whose
//! results differ between standard libraries: the same seed gives the same workspace anywhere.
namespace bench {

class Corpus {
public:
    explicit Corpus(quint64 seed);

    quint64 next();                  //!< 64 random bits
    int below(int bound);            //!< uniform in [0, bound)
    bool chance(double probability); //!< true with `probability`

    static int languageCount();
    static QString languageCode(int language);
    QString visitorName(int language);
    //! A message body in `language` of about `length` characters (UTF-16 code units).
    QString text(int language, int length);
    //! A message body of a length drawn from the chat-like mix: mostly 10-160 characters, some
    //! up to 600, one in 10,000 a paste of 8-40 KB.
    QString message(int language);

    //! Terms search benchmarks ask for. Common ones are part of the languages' vocabulary; rare
    //! ones are planted by message() in about one message in 100,000 (each).
    static QStringList commonTerms();
    static QStringList rareTerms();

private:
    quint64 m_state;
};

} // namespace bench
