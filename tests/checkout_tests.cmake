# The checkout helper's window against the real server (needs both the client and the server).
lm_add_test(tst_checkout SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_checkout.cpp
    LIBS leadmarket_checkout_lib lm_server_harness LABELS client)
# Qt WebEngine refuses to start as root without this; CI runs as root.
set_tests_properties(tst_checkout PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
# CMI inside the payment window: the real server with a local fake CMI gateway, the window class
# and the leadmarket-checkout program itself (through the client's CheckoutSession).
lm_add_test(tst_checkout_cmi SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_checkout_cmi.cpp
    LIBS leadmarket_checkout_lib leadmarket_app lm_payment_testkit LABELS client)
add_dependencies(tst_checkout_cmi leadmarket-checkout)
set_tests_properties(tst_checkout_cmi PROPERTIES TIMEOUT 240 ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
