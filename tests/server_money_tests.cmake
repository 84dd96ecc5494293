# Money-engine integration suites (leads, deposits and payments, concurrency and idempotency): the
# real leadmarket-server binary, each suite on SQLite and (suffix _pg) on PostgreSQL, like
# server_tests.cmake. Included from tests/CMakeLists.txt after it (it reuses lm_server_harness).

add_library(lm_money_harness STATIC
    ${CMAKE_CURRENT_LIST_DIR}/moneyharness.cpp
    ${CMAKE_CURRENT_LIST_DIR}/moneyharness.h)
target_link_libraries(lm_money_harness PUBLIC lm_server_harness PRIVATE leadmarket_settings)

#   lm_add_money_test(<area>) → tst_server_<area> (SQLite) and tst_server_<area>_pg (PostgreSQL)
function(lm_add_money_test area)
    set(name tst_server_${area})
    lm_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp LIBS lm_money_harness LABELS "server;money")
    add_dependencies(${name} leadmarket-server)
    set_tests_properties(${name} PROPERTIES TIMEOUT 180)

    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEADMARKET_TEST_ENGINE=postgresql"
        LABELS "server;money;postgresql"
        TIMEOUT 180)
endfunction()

lm_add_money_test(leads)
lm_add_money_test(money)
lm_add_money_test(concurrency)
