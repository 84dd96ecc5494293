# Issue 7 suites: the scheduler's jobs (deposit check, reminders, blocking, expiry, daily report,
# slots across instances) and the delivery of notifications to real SMTP and fake Messages API
# servers. Registered like server_tests.cmake's suites: once on SQLite, once (_pg) on PostgreSQL.
# Included from tests/CMakeLists.txt after server_tests.cmake (which defines lm_add_server_test).

if(NOT COMMAND lm_add_server_test)
    return()
endif()

add_library(lm_jobs_fixture STATIC
    ${CMAKE_CURRENT_LIST_DIR}/jobsfixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jobsfixture.h)
target_link_libraries(lm_jobs_fixture PUBLIC lm_server_harness PRIVATE leadmarket_settings)

lm_add_server_test(tst_server_jobs LIBS lm_jobs_fixture)
lm_add_server_test(tst_server_delivery LIBS lm_jobs_fixture lm_mail_sink)
