# Server integration suites: the real leadmarket-server binary on an ephemeral port, spoken to over
# HTTP. Each suite runs twice: on SQLite and (suffix _pg) on a fresh PostgreSQL database created
# through LEADMARKET_TEST_PG_URL (scripts/test starts a throwaway cluster and exports it).
# Included from tests/CMakeLists.txt when the server is built.

add_library(lm_server_harness STATIC
    ${CMAKE_CURRENT_LIST_DIR}/serverharness.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serverharness.h)
target_include_directories(lm_server_harness PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(lm_server_harness
    PUBLIC Qt6::Core Qt6::Network Qt6::Sql Qt6::Test
    PRIVATE leadmarket_settings)
target_compile_definitions(lm_server_harness PRIVATE
    LEADMARKET_SERVER_BIN="$<TARGET_FILE:leadmarket-server>")
add_dependencies(lm_server_harness leadmarket-server)

#   lm_add_server_test(<area>) → tst_server_<area> (SQLite) and tst_server_<area>_pg (PostgreSQL)
function(lm_add_server_test area)
    set(name tst_server_${area})
    lm_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp LIBS lm_server_harness LABELS server)
    add_dependencies(${name} leadmarket-server)
    set_tests_properties(${name} PROPERTIES TIMEOUT 180)

    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEADMARKET_TEST_ENGINE=postgresql"
        LABELS "server;postgresql"
        TIMEOUT 180)
endfunction()

lm_add_server_test(auth)
lm_add_server_test(http)
lm_add_server_test(campaigns)
lm_add_server_test(cli)
