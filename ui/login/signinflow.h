#pragma once

namespace Taktline {

class LanguageManager;
class Workspace;

// Who uses the factory file: a new file asks for its language, then for the factory and its
// owner account; every other start (the demo factory's too) shows the sign-in dialog.
class SignInFlow final
{
public:
    // Returns false when the user gave up (nobody is signed in then).
    static bool run(Workspace *workspace, LanguageManager *language);
};

} // namespace Taktline
