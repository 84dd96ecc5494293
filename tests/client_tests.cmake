# Client suites (included from tests/CMakeLists.txt when the client is built). Those that talk to
# the real server reuse lm_server_harness from server_tests.cmake.

lm_add_test(tst_client_models SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_models.cpp
    LIBS leadmarket_models LABELS client)
lm_add_test(tst_client_cache SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_cache.cpp
    LIBS leadmarket_app LABELS client)
lm_add_test(tst_client_csv SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_csv.cpp
    LIBS leadmarket_models LABELS client)
lm_add_test(tst_client_gauge SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_gauge.cpp
    LIBS leadmarket_ui LABELS client)
lm_add_test(tst_client_dialogs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_dialogs.cpp
    LIBS leadmarket_ui LABELS client)
lm_add_test(tst_client_plurals SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_plurals.cpp
    LIBS leadmarket_ui LABELS client)
# Every dialog in English, French and Arabic with a long problem in each of its lines: it fits a
# 960×600 screen, no label or button is cut, every control is inside and has an accessible name
# (LM_SCREENSHOT_DIR=… keeps the grabs).
lm_add_test(tst_client_dialogfit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_dialogfit.cpp
    LIBS leadmarket_ui LABELS client)
# The influencer's "My performance" panel: figures, weekly chart and status donut, in each
# language and direction (LM_SCREENSHOT_DIR=… also saves French and Arabic screenshots).
lm_add_test(tst_client_performance SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_performance.cpp
    LIBS leadmarket_ui LABELS client)

# Keychain: a real Secret Service in a private D-Bus session…
add_executable(tst_client_keychain ${CMAKE_CURRENT_LIST_DIR}/tst_client_keychain.cpp)
target_link_libraries(tst_client_keychain PRIVATE leadmarket_settings leadmarket_app Qt6::Test)
add_test(NAME tst_client_keychain
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-with-keyring.sh $<TARGET_FILE:tst_client_keychain>
            storeReadDelete keysSeparateServersAndAccounts)
set_tests_properties(tst_client_keychain PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEADMARKET_TEST_KEYCHAIN=present" LABELS client TIMEOUT 60)
# …and none at all: no session bus, no display.
add_test(NAME tst_client_keychain_missing COMMAND tst_client_keychain missingKeychainIsExplained)
set_tests_properties(tst_client_keychain_missing PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEADMARKET_TEST_KEYCHAIN=absent"
    ENVIRONMENT_MODIFICATION "DBUS_SESSION_BUS_ADDRESS=unset:;DISPLAY=unset:;WAYLAND_DISPLAY=unset:"
    LABELS client TIMEOUT 60)

if(TARGET lm_server_harness)
    # The cache's client contact fields sealed with a key from a real Secret Service, synced from the
    # real server (copied caches, a deleted key, an earlier release's plaintext cache, tampering)…
    add_executable(tst_client_cachecrypto ${CMAKE_CURRENT_LIST_DIR}/tst_client_cachecrypto.cpp)
    target_link_libraries(tst_client_cachecrypto PRIVATE leadmarket_settings leadmarket_app lm_server_harness Qt6::Test)
    add_test(NAME tst_client_cachecrypto
        COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-with-keyring.sh $<TARGET_FILE:tst_client_cachecrypto>
                syncedContactsAreSealedInTheFile cacheWithoutItsKeyShowsNoContact plaintextCacheMigrates
                tamperedValueIsUnavailable queuedLeadOfAnotherKeyFails)
    set_tests_properties(tst_client_cachecrypto PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEADMARKET_TEST_KEYCHAIN=present" LABELS client TIMEOUT 240)
    # …and with no keychain at all: a key of the session only, nothing in clear.
    add_test(NAME tst_client_cachecrypto_nokeychain COMMAND tst_client_cachecrypto missingKeychainKeepsContactsForTheSession)
    set_tests_properties(tst_client_cachecrypto_nokeychain PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LEADMARKET_TEST_KEYCHAIN=absent"
        ENVIRONMENT_MODIFICATION "DBUS_SESSION_BUS_ADDRESS=unset:;DISPLAY=unset:;WAYLAND_DISPLAY=unset:"
        LABELS client TIMEOUT 60)
    # The desktop window for one account, wired and synchronised once with the real server, and
    # the keyboard helpers of the GUI suites.
    add_library(lm_client_harness STATIC
        ${CMAKE_CURRENT_LIST_DIR}/clientharness.cpp
        ${CMAKE_CURRENT_LIST_DIR}/clientharness.h)
    target_link_libraries(lm_client_harness PUBLIC lm_server_harness leadmarket_ui Qt6::Test
        PRIVATE leadmarket_settings)
    lm_add_test(tst_client_sync SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_sync.cpp
        LIBS leadmarket_app lm_server_harness LABELS client)
    set_tests_properties(tst_client_sync PROPERTIES TIMEOUT 240)
    lm_add_test(tst_client_gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_gui.cpp
        LIBS leadmarket_ui lm_server_harness LABELS client)
    set_tests_properties(tst_client_gui PROPERTIES TIMEOUT 240)
    # The merchant's decisions through the real dialogs, checked on the real server (the money
    # harness sets up a merchant with a recharged deposit, a campaign and pending leads).
    lm_add_test(tst_client_decisions SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_decisions.cpp
        LIBS leadmarket_ui lm_server_harness lm_money_harness lm_client_harness LABELS client)
    set_tests_properties(tst_client_decisions PROPERTIES TIMEOUT 240)
    # The influencer's new-lead form: checks as typed, the commission preview, and the lead sent
    # (online, and queued while the server is down) with exactly its commission reserved.
    lm_add_test(tst_client_newlead SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_newlead.cpp
        LIBS leadmarket_ui lm_server_harness lm_money_harness lm_client_harness LABELS client)
    set_tests_properties(tst_client_newlead PROPERTIES TIMEOUT 240)
    # The influencer's workspace on the real server: performance, my leads, refused leads fixed and
    # resent, campaigns that take no lead, bank details and a payout through the admin's decision.
    lm_add_test(tst_client_influencer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_influencer.cpp
        LIBS leadmarket_ui lm_server_harness lm_money_harness lm_client_harness LABELS client)
    set_tests_properties(tst_client_influencer PROPERTIES TIMEOUT 300)
    # The admin console on the real server: the alerts board at each of the five levels in the
    # brief's colours, block and unblock (423 for the influencer's next lead), the daily reports
    # (figures, chart, CSV and PDF), the ledger check, users disabled and enabled, payouts marked
    # paid (LM_SCREENSHOT_DIR=… also saves the board and the reports in English and Arabic).
    lm_add_test(tst_client_admin SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_admin.cpp
        LIBS leadmarket_ui lm_server_harness lm_money_harness lm_client_harness LABELS client)
    set_tests_properties(tst_client_admin PROPERTIES TIMEOUT 300)
    # Sign-up (merchant, influencer) and sign-in progress through the real dialogs on the real
    # server, with a real Secret Service for the token (LM_SCREENSHOT_DIR=… keeps the dialogs in
    # English and right-to-left).
    add_executable(tst_client_signup ${CMAKE_CURRENT_LIST_DIR}/tst_client_signup.cpp)
    target_link_libraries(tst_client_signup PRIVATE leadmarket_settings leadmarket_ui lm_server_harness
        lm_client_harness Qt6::Test)
    add_test(NAME tst_client_signup
        COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-with-keyring.sh $<TARGET_FILE:tst_client_signup>)
    set_tests_properties(tst_client_signup PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen" LABELS client TIMEOUT 240)
    # The merchant's campaigns on the real server: created through the dialog (on the server and in
    # the page at once), edited, refused values beside their field, pause and resume as influencers
    # see them, a resume with an empty deposit refused with an offer to recharge, the first-run
    # guide, one campaign for a retry after a lost answer (LM_SCREENSHOT_DIR=… keeps English and
    # Arabic screenshots).
    lm_add_test(tst_client_campaigns SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_campaigns.cpp
        LIBS leadmarket_ui lm_server_harness lm_money_harness lm_client_harness LABELS client)
    set_tests_properties(tst_client_campaigns PROPERTIES TIMEOUT 300)
    # The queued actions (client names, cancelling a waiting one offline: the lead and the deposit
    # put back, nothing sent; one on its way cannot be) and the notifications (mark read, mark all,
    # offline, the server's state wins) on the real server.
    lm_add_test(tst_client_queue SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_queue.cpp
        LIBS leadmarket_ui lm_server_harness lm_money_harness lm_client_harness LABELS client)
    set_tests_properties(tst_client_queue PROPERTIES TIMEOUT 240)
    # The recharge starts the real checkout helper (Qt WebEngine, offscreen; as root it needs no sandbox).
    lm_add_test(tst_client_recharge SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_recharge.cpp
        LIBS leadmarket_ui lm_server_harness lm_client_harness LABELS client)
    add_dependencies(tst_client_recharge leadmarket-checkout)
    set_tests_properties(tst_client_recharge PROPERTIES TIMEOUT 240 ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
    # Push: the server's event stream brings a new lead and a deposit change to the merchant's
    # window at once (the poll set to an hour), falls back to polling while the server is down and
    # catches up when it is back, and stops for a revoked token.
    lm_add_test(tst_client_push SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_push.cpp
        LIBS leadmarket_ui lm_server_harness lm_money_harness lm_client_harness LABELS client)
    set_tests_properties(tst_client_push PROPERTIES TIMEOUT 240)
    # The window on a small screen: each role's workspace at 1024×700 and 960×600, in French and
    # Arabic, page by page (controls inside the window and named, names in tables whole, empty
    # tables that say so, the status bar's items apart), and a geometry saved off screen brought back.
    lm_add_test(tst_client_layout SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_layout.cpp
        LIBS leadmarket_ui lm_server_harness lm_money_harness lm_client_harness LABELS client)
    set_tests_properties(tst_client_layout PROPERTIES TIMEOUT 300)
endif()

# New-lead awareness: desktop notifications observed on a private D-Bus session bus, where the
# test itself owns org.freedesktop.Notifications (dbus-run-session comes with the dbus package).
add_executable(tst_client_notifications ${CMAKE_CURRENT_LIST_DIR}/tst_client_notifications.cpp)
target_link_libraries(tst_client_notifications PRIVATE leadmarket_settings leadmarket_ui Qt6::DBus Qt6::Test)
add_test(NAME tst_client_notifications COMMAND dbus-run-session -- $<TARGET_FILE:tst_client_notifications>)
set_tests_properties(tst_client_notifications PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen" LABELS client TIMEOUT 60)

if(TARGET lm_client_harness)
    # The user's own account through the real dialogs on the real server, its emails caught by a
    # real SMTP server on loopback: a forgotten password reset with the emailed code, the password
    # changed, the profile saved, the email verified (issue 17).
    lm_add_test(tst_client_accounts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_accounts.cpp
        LIBS leadmarket_ui lm_server_harness lm_client_harness lm_mail_sink LABELS client)
    set_tests_properties(tst_client_accounts PROPERTIES TIMEOUT 240)
endif()
