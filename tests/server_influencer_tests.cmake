# Issue 12 suites, the server half of contract v2 for influencers: performance (stats with weeks)
# and campaigns as influencers see them; bank details and payouts. Registered like
# server_tests.cmake's suites: once on SQLite, once (_pg) on PostgreSQL. Included from
# tests/CMakeLists.txt after the money, payment and jobs suites (it reuses their helper libraries).

if(NOT COMMAND lm_add_server_test)
    return()
endif()

lm_add_server_test(tst_server_influencer LIBS lm_money_harness lm_jobs_fixture LABELS money)
lm_add_server_test(tst_server_payouts LIBS lm_money_harness lm_payment_testkit LABELS money TIMEOUT 300)

# The data key's sealing, straight from the server library.
lm_add_test(tst_server_datacipher SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_datacipher.cpp
    LIBS leadmarket_server_lib LABELS server)
