# Issue 15: the server's HTTP edge (limits, timeouts, framing), HTTPS, and "no stalls" (slow work
# never holds up other requests), against the real leadmarket-server. Included from
# tests/CMakeLists.txt after the money and payment suites (it reuses their harness libraries).

add_library(lm_raw_http STATIC
    ${CMAKE_CURRENT_LIST_DIR}/rawhttp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rawhttp.h
    ${CMAKE_CURRENT_LIST_DIR}/latencysampler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/latencysampler.h)
target_link_libraries(lm_raw_http PUBLIC lm_server_harness Qt6::Network PRIVATE leadmarket_settings)

lm_add_server_test(tst_server_edge LIBS lm_raw_http TIMEOUT 300)

# HTTPS on SQLite only: TLS belongs to the transport, the database engine plays no part in it.
lm_add_test(tst_server_tls SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_tls.cpp LIBS lm_raw_http LABELS server)
add_dependencies(tst_server_tls leadmarket-server)
set_tests_properties(tst_server_tls PROPERTIES TIMEOUT 180
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEADMARKET_TEST_ENGINE=sqlite")

# No stalls: password hashing and a hanging Stripe, on SQLite and PostgreSQL.
lm_add_server_test(tst_server_stalls LIBS lm_raw_http lm_money_harness lm_payment_testkit TIMEOUT 300)
# Another process holding SQLite's write lock: SQLite only (PostgreSQL has no database file to lock).
lm_add_test(tst_server_stalls_sqlite SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_stalls_sqlite.cpp
    LIBS lm_raw_http LABELS server)
add_dependencies(tst_server_stalls_sqlite leadmarket-server)
set_tests_properties(tst_server_stalls_sqlite PROPERTIES TIMEOUT 180
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEADMARKET_TEST_ENGINE=sqlite")
