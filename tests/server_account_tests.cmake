# Issue 17 item 1 (server half): API.md contract v2 "Accounts" against the real server on SQLite and
# (suffix _pg) PostgreSQL, with a real SMTP server on loopback reading the emailed links. Included
# from tests/CMakeLists.txt after server_jobs_tests.cmake (it uses the jobs fixture).

if(NOT COMMAND lm_add_server_test OR NOT TARGET lm_jobs_fixture)
    return()
endif()

lm_add_server_test(tst_server_accounts LIBS lm_jobs_fixture lm_mail_sink)
