# Issue 17 (server half): API.md contract v2 "Disputes, fraud, personal data" — disputes of rejected
# leads and the fraud checks of lead creation — against the real server on SQLite and (suffix _pg)
# PostgreSQL. Included from tests/CMakeLists.txt after server_admin_tests.cmake (it uses the jobs
# fixture and the money harness).

if(NOT COMMAND lm_add_server_test OR NOT TARGET lm_jobs_fixture OR NOT TARGET lm_money_harness)
    return()
endif()

lm_add_server_test(tst_server_disputes LIBS lm_jobs_fixture lm_money_harness LABELS money)
lm_add_server_test(tst_server_fraud LIBS lm_jobs_fixture lm_money_harness LABELS money)
# The dispute texts in French, Arabic and English, straight from the server library.
lm_add_test(tst_server_disputetexts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_disputetexts.cpp
    LIBS leadmarket_server_lib LABELS server)
