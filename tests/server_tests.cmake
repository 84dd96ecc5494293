# Server integration suites: the real leadmarket-server binary on an ephemeral port, spoken to over
# HTTP. Each suite runs twice: on SQLite and (suffix _pg) on a fresh PostgreSQL database created
# through LEADMARKET_TEST_PG_URL (scripts/test starts a throwaway cluster and exports it).
# Included from tests/CMakeLists.txt when the server is built.

add_library(lm_server_harness STATIC
    ${CMAKE_CURRENT_LIST_DIR}/serverharness.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serverharness.h
    ${CMAKE_CURRENT_LIST_DIR}/serverfixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serverfixture.h)
target_include_directories(lm_server_harness PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(lm_server_harness
    PUBLIC Qt6::Core Qt6::Network Qt6::Sql Qt6::Test
    PRIVATE leadmarket_settings)
target_compile_definitions(lm_server_harness PRIVATE
    LEADMARKET_SERVER_BIN="$<TARGET_FILE:leadmarket-server>")
add_dependencies(lm_server_harness leadmarket-server)

#   lm_add_server_test(<area>) → tst_server_<area> (SQLite) and tst_server_<area>_pg (PostgreSQL)
# lm_add_server_test(<name> [LIBS …] [LABELS …] [TIMEOUT seconds]): tests/<name>.cpp against the
# real server, registered twice: <name> on SQLite and <name>_pg on PostgreSQL.
function(lm_add_server_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 180)
    endif()
    lm_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp LIBS lm_server_harness ${ARG_LIBS}
        LABELS server ${ARG_LABELS})
    add_dependencies(${name} leadmarket-server)
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})

    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEADMARKET_TEST_ENGINE=postgresql"
        LABELS "server;postgresql;${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT})
endfunction()

lm_add_server_test(tst_server_auth LIBS lm_payment_testkit) # DbProbe: a hand-edited role
lm_add_server_test(tst_server_http)
lm_add_server_test(tst_server_campaigns)
lm_add_server_test(tst_server_cli)
