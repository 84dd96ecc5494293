# Push (API.md "Push", GET /api/events over WebSocket) against the real server, on SQLite and
# (suffix _pg) PostgreSQL. Included from tests/CMakeLists.txt after server_money_tests.cmake (it
# uses the money harness).

if(NOT COMMAND lm_add_server_test OR NOT TARGET lm_money_harness)
    return()
endif()

lm_add_server_test(tst_server_events LIBS lm_money_harness Qt6::WebSockets)
