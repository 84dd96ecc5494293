# Issue 13 (server half): API.md contract v2 "Admin" and the pii-retention job, against the real
# server on SQLite and (suffix _pg) PostgreSQL. Included from tests/CMakeLists.txt after
# server_jobs_tests.cmake (it uses the jobs fixture, and the money harness's shape checks).

if(NOT COMMAND lm_add_server_test OR NOT TARGET lm_jobs_fixture OR NOT TARGET lm_money_harness)
    return()
endif()

lm_add_server_test(tst_server_admin LIBS lm_jobs_fixture lm_money_harness)
