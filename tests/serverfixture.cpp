#include "serverfixture.h"

using namespace Qt::StringLiterals;

namespace lmtest {

bool ServerFixture::start(const QStringList &args, const QProcessEnvironment &env)
{
    m_admin = Account{};
    m_admin.error = u"the fixture was started without an admin"_s;
    if (!m_db.create()) {
        m_error = u"database: "_s + m_db.errorString();
        return false;
    }
    m_server.configure(m_db.url(), args, env);
    return followServer(m_server.start());
}

bool ServerFixture::startWithAdmin(const QStringList &args, const QProcessEnvironment &env)
{
    if (!start(args, env))
        return false;
    m_admin = m_http.createAdmin(m_db.url());
    if (!m_admin.ok()) {
        m_error = u"admin: "_s + m_admin.error;
        return false;
    }
    return true;
}

bool ServerFixture::restart(const QStringList &args)
{
    return followServer(m_server.restart(args));
}

bool ServerFixture::restart()
{
    return followServer(m_server.restart());
}

bool ServerFixture::followServer(bool started)
{
    if (!started) {
        m_error = u"server: "_s + m_server.errorString();
        return false;
    }
    m_error.clear();
    m_http.setBaseUrl(m_server.baseUrl());
    return true;
}

} // namespace lmtest
