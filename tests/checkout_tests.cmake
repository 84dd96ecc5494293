# The checkout helper's window against the real server (needs both the client and the server).
lm_add_test(tst_checkout SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_checkout.cpp
    LIBS leadmarket_checkout_lib lm_server_harness LABELS client)
# Qt WebEngine refuses to start as root without this; CI runs as root.
set_tests_properties(tst_checkout PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
