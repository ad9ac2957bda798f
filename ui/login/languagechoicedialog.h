#pragma once

#include <QDialog>

namespace Taktline {

class LanguageManager;

// The first question of a new factory file: which language Taktline speaks. Each language is
// offered in its own words; the choice is applied and remembered at once, so the set-up that
// follows is already in it.
class LanguageChoiceDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LanguageChoiceDialog(LanguageManager *language, QWidget *parent = nullptr);

private:
    LanguageManager *m_language;
};

} // namespace Taktline
