#pragma once

#include <QCoreApplication>

#include "domain/outcome.h"

#include <QString>

namespace Taktline {

// Where a command gets a backup passphrase: from the environment variable named by
// --passphrase-env (for scripts and the Task Scheduler), or typed at a terminal without echo.
// Never from the command line itself, where other users and the shell history would see it.
class PassphrasePrompt final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::PassphrasePrompt)

public:
    // The value of the variable VARIABLE; refused when it is not set.
    static Result<QString> fromEnvironment(const QString &variable);
    // Asks with PROMPT on the terminal, without echo; refused when there is no terminal.
    static Result<QString> ask(const QString &prompt);
};

} // namespace Taktline
