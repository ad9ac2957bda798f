#include "passphraseprompt.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Taktline {

Result<QString> PassphrasePrompt::fromEnvironment(const QString &variable)
{
    if (variable.isEmpty() || !qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
        return Outcome::failure(tr("The environment variable %1 that should hold the passphrase "
                                   "is not set.")
                                    .arg(variable));
    }
    return qEnvironmentVariable(variable.toLocal8Bit().constData());
}

Result<QString> PassphrasePrompt::ask(const QString &prompt)
{
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!_isatty(_fileno(stdin)) || !GetConsoleMode(input, &mode))
#else
    termios saved{};
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved) != 0)
#endif
    {
        return Outcome::failure(tr("The backup is encrypted and there is no terminal to type its "
                                   "passphrase. Give it with --passphrase-env VARIABLE."));
    }
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
#endif
    std::string line;
    for (int ch = std::fgetc(stdin); ch != EOF && ch != '\n'; ch = std::fgetc(stdin)) {
        if (ch != '\r')
            line.push_back(char(ch));
    }
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    std::fprintf(stderr, "\n");
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

} // namespace Taktline
