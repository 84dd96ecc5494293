# Payment suites (issue 6): Stripe against a local fake of its API, CMI with hashes computed by
# openssl, PDF receipts read back with pdftotext, emails received by Debian's aiosmtpd. Each runs on
# SQLite and (suffix _pg) on PostgreSQL, like server_tests.cmake's suites.

add_library(lm_payment_testkit STATIC
    ${CMAKE_CURRENT_LIST_DIR}/paymenttestkit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paymenttestkit.h)
target_link_libraries(lm_payment_testkit
    PUBLIC lm_server_harness Qt6::Core Qt6::Network Qt6::Sql Qt6::Test
    PRIVATE leadmarket_settings)
set_target_properties(lm_payment_testkit PROPERTIES AUTOMOC ON)


lm_add_server_test(tst_server_payment_stripe LIBS lm_payment_testkit TIMEOUT 300)
lm_add_server_test(tst_server_payment_cmi LIBS lm_payment_testkit TIMEOUT 300)
lm_add_server_test(tst_server_payment_receipt LIBS lm_payment_testkit TIMEOUT 300)

# The receipt's French number words, straight from the server library.
lm_add_test(tst_payment_words SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_payment_words.cpp
    LIBS leadmarket_server_lib LABELS server)
