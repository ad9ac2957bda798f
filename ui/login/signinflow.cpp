#include "login/signinflow.h"

#include "login/languagechoicedialog.h"
#include "login/logindialog.h"
#include "login/ownersetupdialog.h"
#include "services/access/authservice.h"
#include "services/workspace.h"

namespace Taktline {

bool SignInFlow::run(Workspace *workspace, LanguageManager *language)
{
    if (workspace->auth()->needsOwnerSetup()) {
        LanguageChoiceDialog choice(language);
        if (choice.exec() != QDialog::Accepted)
            return false;
        OwnerSetupDialog setup(workspace);
        return setup.exec() == QDialog::Accepted;
    }
    LoginDialog login(workspace);
    return login.exec() == QDialog::Accepted;
}

} // namespace Taktline
