<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>lm::checkout::CheckoutWindow</name>
    <message>
        <source>LeadMarket — Secure payment</source>
        <translation>LeadMarket — دفع آمن</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>Open in my browser</source>
        <translation>فتح في متصفحي</translation>
    </message>
    <message>
        <source>Continue this payment in your usual web browser</source>
        <translation>متابعة هذا الدفع في متصفحك المعتاد</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>اتصال آمن</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>اتصال</translation>
    </message>
</context>
</TS>
