# Money-engine integration suites (leads, deposits and payments, concurrency and idempotency): the
# real leadmarket-server binary, each suite on SQLite and (suffix _pg) on PostgreSQL, like
# server_tests.cmake. Included from tests/CMakeLists.txt after it (it reuses lm_server_harness).

add_library(lm_money_harness STATIC
    ${CMAKE_CURRENT_LIST_DIR}/moneyharness.cpp
    ${CMAKE_CURRENT_LIST_DIR}/moneyharness.h)
target_link_libraries(lm_money_harness PUBLIC lm_server_harness PRIVATE leadmarket_settings)

lm_add_server_test(tst_server_leads LIBS lm_money_harness LABELS money)
lm_add_server_test(tst_server_money LIBS lm_money_harness LABELS money)
lm_add_server_test(tst_server_concurrency LIBS lm_money_harness LABELS money)
lm_add_server_test(tst_server_faults LIBS lm_money_harness LABELS money)
